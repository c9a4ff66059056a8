package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/khabar-news/khabar/internal/news"
)

// RecordFailure upserts the failure of f.URL, counting attempts. A zero f.At
// is now; f.SourceID 0 means no source. An unknown source is EINVALID.
func (s *Store) RecordFailure(ctx context.Context, f news.Failure) error {
	const op = "record failure"
	if strings.TrimSpace(f.URL) == "" {
		return invalid(op, "failure needs a URL")
	}
	if strings.TrimSpace(f.Reason) == "" {
		return invalid(op, "failure of %q needs a reason", f.URL)
	}
	if f.SourceID < 0 {
		return invalid(op, "negative source id")
	}
	at := f.At
	if at.IsZero() {
		at = s.now()
	}
	var sourceID any // NULL: no source
	if f.SourceID != 0 {
		sourceID = f.SourceID
	}

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()
	if f.SourceID != 0 {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sources WHERE id = ?`, f.SourceID).Scan(&n); err != nil {
			return fmt.Errorf("sqlite: %s: %w", op, err)
		}
		if n == 0 {
			return invalid(op, "unknown source %d", f.SourceID)
		}
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO failures (url, source_id, reason, detail, at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET
			source_id = COALESCE(excluded.source_id, source_id),
			reason = excluded.reason, detail = excluded.detail, at = excluded.at,
			attempts = attempts + 1`,
		f.URL, sourceID, f.Reason, f.Detail, fmtUTC(at)); err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, f.URL, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, f.URL, err)
	}
	return nil
}

// ClearFailure removes the failure of url; clearing an unknown URL is no error.
func (s *Store) ClearFailure(ctx context.Context, url string) error {
	const op = "clear failure"
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM failures WHERE url = ?`, url); err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, url, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, url, err)
	}
	return nil
}

// FailureAttempts is how many times url failed since it last succeeded; 0 when
// it has no failure. (Not part of news.Store: for the pipeline's give-up rule.)
func (s *Store) FailureAttempts(ctx context.Context, url string) (int, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT attempts FROM failures WHERE url = ?`, url).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("sqlite: failure attempts: %w", err)
	}
	return n, nil
}

// Stats summarizes the store in one read transaction. A source is failing
// while its last fetch failed.
func (s *Store) Stats(ctx context.Context) (news.Stats, error) {
	const op = "stats"
	st := news.Stats{FailuresByReason: map[string]int{}}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return st, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()

	var oldest, newest, lastFetched string
	err = tx.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM sources),
		(SELECT COUNT(*) FROM sources WHERE failures > 0 OR last_error <> ''),
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM failures),
		COALESCE((SELECT published FROM articles WHERE published_ns IS NOT NULL ORDER BY published_ns ASC LIMIT 1), ''),
		COALESCE((SELECT published FROM articles WHERE published_ns IS NOT NULL ORDER BY published_ns DESC LIMIT 1), ''),
		COALESCE((SELECT fetched FROM articles ORDER BY fetched_ns DESC LIMIT 1), ''),
		(SELECT COUNT(*) FROM stories WHERE merged_into = 0 AND articles > 0),
		(SELECT COUNT(*) FROM article_stories WHERE copy_of <> 0),
		(SELECT COUNT(DISTINCT key) FROM story_tags),
		(SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_stories x WHERE x.article_id = a.id))`).
		Scan(&st.Sources, &st.SourcesFailing, &st.Articles, &st.Failures, &oldest, &newest, &lastFetched,
			&st.Stories, &st.Copies, &st.Tags, &st.Unassigned)
	if err != nil {
		return st, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if st.OldestPublished, err = parseTime(oldest); err != nil {
		return st, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if st.NewestPublished, err = parseTime(newest); err != nil {
		return st, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if st.LastFetched, err = parseTime(lastFetched); err != nil {
		return st, fmt.Errorf("sqlite: %s: %w", op, err)
	}

	rows, err := tx.QueryContext(ctx, `SELECT reason, COUNT(*) FROM failures GROUP BY reason`)
	if err != nil {
		return st, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var reason string
		var n int
		if err := rows.Scan(&reason, &n); err != nil {
			return st, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		st.FailuresByReason[reason] = n
	}
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return st, nil
}
