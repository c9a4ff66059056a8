package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// Listing limits.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// PutArticle stores a under a.CanonicalURL and records a.URL (and the
// canonical URL) as URLs of it. When either URL is stored already, nothing
// but the new URLs is written, created is false and a.ID is the stored
// article's. The same text under another canonical URL is another article
// (sites republish their own pieces): linking copies is dedup's work, not the
// store's. A zero a.Fetched is set to now. Any failure recorded for
// the URLs is cleared.
func (s *Store) PutArticle(ctx context.Context, a *news.Article) (bool, error) {
	const op = "put article"
	if a == nil {
		return false, invalid(op, "article is nil")
	}
	if msg := checkArticle(a); msg != "" {
		return false, invalid(op, "article %q: %s", a.CanonicalURL, msg)
	}
	created, err := s.putArticles(ctx, op, []*news.Article{a})
	if err != nil {
		return false, err
	}
	return created[0], nil
}

// PutArticles is PutArticle for a batch, in one transaction: all are stored
// or, on any error, none. Duplicates inside the batch are found like stored ones.
func (s *Store) PutArticles(ctx context.Context, as []*news.Article) ([]bool, error) {
	const op = "put articles"
	for i, a := range as {
		if a == nil {
			return nil, invalid(op, "article %d is nil", i)
		}
		if msg := checkArticle(a); msg != "" {
			return nil, invalid(op, "article %d (%q): %s", i, a.CanonicalURL, msg)
		}
	}
	if len(as) == 0 {
		return []bool{}, nil
	}
	return s.putArticles(ctx, op, as)
}

// checkArticle returns what is wrong with a, "" when nothing.
func checkArticle(a *news.Article) string {
	switch {
	case strings.TrimSpace(a.CanonicalURL) == "":
		return "canonical URL is empty"
	case strings.TrimSpace(a.Text) == "":
		return "text is empty"
	case a.SourceID <= 0:
		return "no source"
	case !validTime(a.Published):
		return fmt.Sprintf("published time %v out of range", a.Published)
	case !validTime(a.Fetched):
		return fmt.Sprintf("fetched time %v out of range", a.Fetched)
	}
	return ""
}

// articleWriter holds the statements of one write transaction.
type articleWriter struct {
	sourceExists, findURL, insert, insertURL, clearFailures *sql.Stmt
	sources                                                 map[int64]bool
}

func (s *Store) putArticles(ctx context.Context, op string, as []*news.Article) ([]bool, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()

	w := articleWriter{sources: map[int64]bool{}}
	for _, p := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&w.sourceExists, `SELECT COUNT(*) FROM sources WHERE id = ?`},
		// The canonical URL wins when the two URLs name different articles.
		{&w.findURL, `SELECT article_id FROM article_urls WHERE url IN (?1, ?2) ORDER BY url = ?1 DESC LIMIT 1`},
		{&w.insert, `INSERT INTO articles (source_id, url, canonical_url, title, text, author, language,
			published, published_ns, fetched, fetched_ns, sort_ns, content_hash)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.insertURL, `INSERT INTO article_urls (url, article_id) VALUES (?, ?) ON CONFLICT (url) DO NOTHING`},
		{&w.clearFailures, `DELETE FROM failures WHERE url IN (?, ?)`},
	} {
		if *p.dst, err = tx.PrepareContext(ctx, p.query); err != nil {
			return nil, fmt.Errorf("sqlite: %s: prepare: %w", op, err)
		}
		defer (*p.dst).Close()
	}

	now := s.now()
	created := make([]bool, len(as))
	for i, a := range as {
		if created[i], err = w.put(ctx, a, now); err != nil {
			if len(as) > 1 {
				return nil, fmt.Errorf("sqlite: %s: article %d (%s): %w", op, i, a.CanonicalURL, err)
			}
			return nil, fmt.Errorf("sqlite: %s %s: %w", op, a.CanonicalURL, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return created, nil
}

func (w *articleWriter) put(ctx context.Context, a *news.Article, now time.Time) (bool, error) {
	known, ok := w.sources[a.SourceID]
	if !ok {
		var n int
		if err := w.sourceExists.QueryRowContext(ctx, a.SourceID).Scan(&n); err != nil {
			return false, err
		}
		known = n > 0
		w.sources[a.SourceID] = known
	}
	if !known {
		return false, news.Errorf(news.EINVALID, "unknown source %d", a.SourceID)
	}

	url := a.URL
	if url == "" {
		url = a.CanonicalURL
	}
	var id int64
	err := w.findURL.QueryRowContext(ctx, a.CanonicalURL, url).Scan(&id)
	created := false
	switch {
	case err == nil:
		// Stored already: only the URLs it was reached under are new.
	case errors.Is(err, sql.ErrNoRows):
		if a.Fetched.IsZero() {
			a.Fetched = now.UTC()
		}
		var pubNS any // NULL when unknown
		sortNS := nanos(a.Fetched)
		if !a.Published.IsZero() {
			sortNS = nanos(a.Published)
			pubNS = sortNS
		}
		res, err := w.insert.ExecContext(ctx, a.SourceID, url, a.CanonicalURL, a.Title, a.Text, a.Author, a.Language,
			fmtTime(a.Published), pubNS, fmtUTC(a.Fetched), nanos(a.Fetched), sortNS, a.ContentHash)
		if err != nil {
			return false, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return false, err
		}
		created = true
	default:
		return false, err
	}
	a.ID = id
	for _, u := range []string{a.CanonicalURL, url} {
		if _, err := w.insertURL.ExecContext(ctx, u, id); err != nil {
			return false, err
		}
	}
	if _, err := w.clearFailures.ExecContext(ctx, a.CanonicalURL, url); err != nil {
		return false, err
	}
	return created, nil
}

// AddAlias records url as another URL of the stored article. Recording a URL
// twice for the same article is fine; a URL already naming another article is
// ECONFLICT, an unknown article ENOTFOUND.
func (s *Store) AddAlias(ctx context.Context, url string, articleID int64) error {
	const op = "add alias"
	if strings.TrimSpace(url) == "" {
		return invalid(op, "alias URL is empty")
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE id = ?`, articleID).Scan(&n); err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if n == 0 {
		return notFound(op, "article %d not found", articleID)
	}
	var stored int64
	err = tx.QueryRowContext(ctx, `INSERT INTO article_urls (url, article_id) VALUES (?1, ?2)
		ON CONFLICT (url) DO UPDATE SET article_id = article_id
		RETURNING article_id`, url, articleID).Scan(&stored)
	if err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, url, err)
	}
	if stored != articleID {
		return fmt.Errorf("sqlite: %s: %w", op, news.Errorf(news.ECONFLICT, "URL %q already belongs to article %d", url, stored))
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM failures WHERE url = ?`, url); err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, url, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s %s: %w", op, url, err)
	}
	return nil
}

// ArticleIDByURL finds a stored article by canonical URL or alias; 0 when none.
func (s *Store) ArticleIDByURL(ctx context.Context, url string) (int64, error) {
	var id int64
	err := s.r.QueryRowContext(ctx, `SELECT article_id FROM article_urls WHERE url = ?`, url).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("sqlite: article id by url: %w", err)
	}
	return id, nil
}

const articleColumns = `a.id, a.source_id, s.name, a.url, a.canonical_url, a.title, a.text, a.author,
	a.language, a.published, a.fetched, a.content_hash,
	COALESCE(x.story_id, 0), COALESCE(x.copy_of, 0), COALESCE(x.follows, 0), COALESCE(x.tags, '')`

const articleFrom = ` FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN article_stories x ON x.article_id = a.id`

func scanArticle(row interface{ Scan(...any) error }, a *news.Article) error {
	var published, fetched, tags string
	if err := row.Scan(&a.ID, &a.SourceID, &a.SourceName, &a.URL, &a.CanonicalURL, &a.Title, &a.Text,
		&a.Author, &a.Language, &published, &fetched, &a.ContentHash, &a.Story, &a.CopyOf, &a.Follows, &tags); err != nil {
		return err
	}
	a.Tags = splitTags(tags)
	var err error
	if a.Published, err = parseTime(published); err != nil {
		return err
	}
	a.Fetched, err = parseTime(fetched)
	return err
}

// ArticleByID returns the article; ENOTFOUND when unknown.
func (s *Store) ArticleByID(ctx context.Context, id int64) (*news.Article, error) {
	const op = "article by id"
	var a news.Article
	err := scanArticle(s.r.QueryRowContext(ctx, `SELECT `+articleColumns+articleFrom+` WHERE a.id = ?`, id), &a)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound(op, "article %d not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return &a, nil
}

// ListArticles returns articles newest first: by published time (fetch time
// when unknown), then fetch time, then id. Limit defaults to DefaultLimit and
// is capped at MaxLimit. A BeforeID that names no article is EINVALID.
func (s *Store) ListArticles(ctx context.Context, f news.ArticleFilter) ([]news.Article, error) {
	const op = "list articles"
	if f.SourceID < 0 || f.BeforeID < 0 {
		return nil, invalid(op, "negative source or cursor id")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)

	// A read transaction so the cursor and the page see the same snapshot.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()

	var where []string
	var args []any
	if f.SourceID != 0 {
		where = append(where, `a.source_id = ?`)
		args = append(args, f.SourceID)
	}
	if f.BeforeID != 0 {
		var sortNS, fetchedNS int64
		err := tx.QueryRowContext(ctx, `SELECT sort_ns, fetched_ns FROM articles WHERE id = ?`, f.BeforeID).Scan(&sortNS, &fetchedNS)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, invalid(op, "cursor article %d not found", f.BeforeID)
		}
		if err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		where = append(where, `(a.sort_ns, a.fetched_ns, a.id) < (?, ?, ?)`)
		args = append(args, sortNS, fetchedNS, f.BeforeID)
	}
	q := `SELECT ` + articleColumns + articleFrom
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY a.sort_ns DESC, a.fetched_ns DESC, a.id DESC LIMIT ?`
	args = append(args, limit)

	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	out := make([]news.Article, 0, min(limit, 64))
	for rows.Next() {
		var a news.Article
		if err := scanArticle(rows, &a); err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return out, nil
}

// EachArticle calls fn for every article in id order, in one read
// transaction; fn's error stops the walk and is returned (wrapped). fn may
// call the store.
func (s *Store) EachArticle(ctx context.Context, fn func(*news.Article) error) error {
	const op = "each article"
	rows, err := s.r.QueryContext(ctx, `SELECT `+articleColumns+articleFrom+` ORDER BY a.id`)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a news.Article
		if err := scanArticle(rows, &a); err != nil {
			return fmt.Errorf("sqlite: %s: %w", op, err)
		}
		if err := fn(&a); err != nil {
			return fmt.Errorf("sqlite: %s: article %d: %w", op, a.ID, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return nil
}
