package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/khabar-news/khabar/internal/news"
)

var _ news.TemplateStore = (*Store)(nil)

// Template memory bounds: a page records at most maxTemplateFPs fingerprints;
// every pruneEvery pages of a host, fingerprints seen on one page only and
// not in the last pruneAge pages are dropped. What stays per host is the
// repeated blocks plus the paragraphs of its last few hundred pages.
const (
	maxTemplateFPs = 256
	pruneEvery     = 128
	pruneAge       = 512
)

// TemplateCounts implements news.TemplateStore.
func (s *Store) TemplateCounts(ctx context.Context, host string, fps []uint64) (map[uint64]int, int, error) {
	const op = "template counts"
	if host == "" {
		return nil, 0, invalid(op, "empty host")
	}
	var pages int
	err := s.r.QueryRowContext(ctx, `SELECT pages FROM template_hosts WHERE host = ?`, host).Scan(&pages)
	if errors.Is(err, sql.ErrNoRows) {
		return map[uint64]int{}, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	out := make(map[uint64]int, len(fps))
	uniq := dedupFPs(fps)
	for start := 0; start < len(uniq); start += 200 {
		chunk := uniq[start:min(start+200, len(uniq))]
		args := make([]any, 0, len(chunk)+1)
		args = append(args, host)
		for _, f := range chunk {
			args = append(args, int64(f))
		}
		q := `SELECT fp, pages FROM template_blocks WHERE host = ? AND fp IN (?` + strings.Repeat(",?", len(chunk)-1) + `)`
		rows, err := s.r.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, 0, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		for rows.Next() {
			var fp int64
			var n int
			if err := rows.Scan(&fp, &n); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("sqlite: %s: %w", op, err)
			}
			out[uint64(fp)] = n
		}
		if err := rows.Close(); err != nil {
			return nil, 0, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		if err := rows.Err(); err != nil {
			return nil, 0, fmt.Errorf("sqlite: %s: %w", op, err)
		}
	}
	return out, pages, nil
}

// AddTemplatePage implements news.TemplateStore.
func (s *Store) AddTemplatePage(ctx context.Context, host string, fps []uint64) error {
	const op = "add template page"
	if host == "" {
		return invalid(op, "empty host")
	}
	uniq := dedupFPs(fps)
	if len(uniq) > maxTemplateFPs {
		uniq = uniq[:maxTemplateFPs]
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()
	var page int
	if err := tx.QueryRowContext(ctx, `INSERT INTO template_hosts (host, pages) VALUES (?, 1)
		ON CONFLICT (host) DO UPDATE SET pages = pages + 1 RETURNING pages`, host).Scan(&page); err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO template_blocks (host, fp, pages, last_page) VALUES (?, ?, 1, ?)
		ON CONFLICT (host, fp) DO UPDATE SET pages = pages + 1, last_page = excluded.last_page`)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer stmt.Close()
	for _, f := range uniq {
		if _, err := stmt.ExecContext(ctx, host, int64(f), page); err != nil {
			return fmt.Errorf("sqlite: %s: %w", op, err)
		}
	}
	if page%pruneEvery == 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM template_blocks WHERE host = ? AND pages < 2 AND last_page < ?`,
			host, page-pruneAge); err != nil {
			return fmt.Errorf("sqlite: %s: prune: %w", op, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return nil
}

func dedupFPs(fps []uint64) []uint64 {
	seen := make(map[uint64]bool, len(fps))
	out := make([]uint64, 0, len(fps))
	for _, f := range fps {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
