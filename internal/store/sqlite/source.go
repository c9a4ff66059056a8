package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/khabar-news/khabar/internal/news"
)

var validKinds = map[string]bool{news.KindFeed: true, news.KindSitemap: true, news.KindImport: true}

// AddSource inserts s or, when its FeedURL is stored, updates the name, site,
// kind and country that s gives (empty fields keep the stored value). It sets
// s.ID and s.Added to the stored ones. An empty Kind means a feed.
func (s *Store) AddSource(ctx context.Context, src *news.Source) error {
	const op = "add source"
	if strings.TrimSpace(src.FeedURL) == "" {
		return invalid(op, "source needs a feed URL")
	}
	if src.Kind != "" && !validKinds[src.Kind] {
		return invalid(op, "unknown source kind %q (want feed, sitemap or import)", src.Kind)
	}
	added := src.Added
	if added.IsZero() {
		added = s.now()
	}

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()

	// On conflict only non-empty new values win; kind defaults to feed for a
	// new row only, so re-adding without a kind never turns a sitemap into a feed.
	var addedText string
	err = tx.QueryRowContext(ctx, `
		INSERT INTO sources (feed_url, name, site_url, kind, country, added)
		VALUES (?1, ?2, ?3, CASE WHEN ?4 = '' THEN 'feed' ELSE ?4 END, ?5, ?6)
		ON CONFLICT (feed_url) DO UPDATE SET
			name     = CASE WHEN excluded.name     <> '' THEN excluded.name     ELSE name     END,
			site_url = CASE WHEN excluded.site_url <> '' THEN excluded.site_url ELSE site_url END,
			kind     = CASE WHEN ?4                <> '' THEN ?4                ELSE kind     END,
			country  = CASE WHEN excluded.country  <> '' THEN excluded.country  ELSE country  END
		RETURNING id, added`,
		src.FeedURL, src.Name, src.SiteURL, src.Kind, src.Country, fmtUTC(added),
	).Scan(&src.ID, &addedText)
	if err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, src.FeedURL, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, src.FeedURL, err)
	}
	if t, err := parseTime(addedText); err == nil {
		src.Added = t
	}
	return nil
}

// UpdateSourceHealth writes the health fields of src, found by ID.
func (s *Store) UpdateSourceHealth(ctx context.Context, src *news.Source) error {
	const op = "update source health"
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `
		UPDATE sources SET last_fetch = ?, last_success = ?, last_error = ?, failures = ?,
			next_fetch = ?, etag = ?, last_modified = ?
		WHERE id = ?`,
		fmtUTC(src.LastFetch), fmtUTC(src.LastSuccess), src.LastError, src.Failures,
		fmtUTC(src.NextFetch), src.ETag, src.LastModified, src.ID)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	} else if n == 0 {
		return notFound(op, "source %d not found", src.ID)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return nil
}

const sourceColumns = `s.id, s.feed_url, s.name, s.site_url, s.kind, s.country, s.added,
	s.last_fetch, s.last_success, s.last_error, s.failures, s.next_fetch, s.etag, s.last_modified,
	(SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id)`

func scanSource(row interface{ Scan(...any) error }) (*news.Source, error) {
	var src news.Source
	var added, lastFetch, lastSuccess, nextFetch string
	if err := row.Scan(&src.ID, &src.FeedURL, &src.Name, &src.SiteURL, &src.Kind, &src.Country, &added,
		&lastFetch, &lastSuccess, &src.LastError, &src.Failures, &nextFetch, &src.ETag, &src.LastModified,
		&src.Articles); err != nil {
		return nil, err
	}
	var err error
	if src.Added, err = parseTime(added); err != nil {
		return nil, err
	}
	if src.LastFetch, err = parseTime(lastFetch); err != nil {
		return nil, err
	}
	if src.LastSuccess, err = parseTime(lastSuccess); err != nil {
		return nil, err
	}
	if src.NextFetch, err = parseTime(nextFetch); err != nil {
		return nil, err
	}
	return &src, nil
}

// SourceByID returns the source with its article count; ENOTFOUND when unknown.
func (s *Store) SourceByID(ctx context.Context, id int64) (*news.Source, error) {
	const op = "source by id"
	src, err := scanSource(s.r.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources s WHERE s.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound(op, "source %d not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return src, nil
}

// SourceByFeedURL returns the source with that feed URL; ENOTFOUND when unknown.
func (s *Store) SourceByFeedURL(ctx context.Context, feedURL string) (*news.Source, error) {
	const op = "source by feed url"
	src, err := scanSource(s.r.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources s WHERE s.feed_url = ?`, feedURL))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound(op, "no source with feed URL %q", feedURL)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return src, nil
}

// ListSources returns every source in id order, with article counts.
func (s *Store) ListSources(ctx context.Context) ([]news.Source, error) {
	const op = "list sources"
	rows, err := s.r.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources s ORDER BY s.id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	var out []news.Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		out = append(out, *src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return out, nil
}

// RemoveSource deletes the source; its articles, their aliases and its
// failures go with it (ON DELETE CASCADE).
func (s *Store) RemoveSource(ctx context.Context, id int64) error {
	const op = "remove source"
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("sqlite: %s %d: %w", op, id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("sqlite: %s %d: %w", op, id, err)
	} else if n == 0 {
		return notFound(op, "source %d not found", id)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s %d: %w", op, id, err)
	}
	return nil
}
