package sqlite

import (
	"context"
	"fmt"

	"github.com/khabar-news/khabar/internal/news"
)

// The search index (internal/search) keeps itself in step with the store by
// scanning ids above its watermark; these two reads serve that scan and the
// rebuild without loading every text at once.

// maxScan bounds one page of an id scan.
const maxScan = 10000

// ArticleIDsAfter returns up to limit article ids greater than after, in
// ascending order.
func (s *Store) ArticleIDsAfter(ctx context.Context, after int64, limit int) ([]int64, error) {
	const op = "article ids after"
	limit = min(max(limit, 1), maxScan)
	rows, err := s.r.QueryContext(ctx, `SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	ids := make([]int64, 0, limit)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return ids, nil
}

// ArticlesAfter returns up to limit whole articles with id greater than
// after, in ascending id order.
func (s *Store) ArticlesAfter(ctx context.Context, after int64, limit int) ([]news.Article, error) {
	const op = "articles after"
	limit = min(max(limit, 1), maxScan)
	rows, err := s.r.QueryContext(ctx, `SELECT `+articleColumns+articleFrom+` WHERE a.id > ? ORDER BY a.id LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	var as []news.Article
	for rows.Next() {
		var a news.Article
		if err := scanArticle(rows, &a); err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return as, nil
}

// StoriesOf returns the story of each of ids that is in one (at most
// maxScan ids), so search can fold a page of hits by story without loading
// their texts.
func (s *Store) StoriesOf(ctx context.Context, ids []int64) (map[int64]int64, error) {
	const op = "stories of"
	out := make(map[int64]int64, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	if len(ids) > maxScan {
		return nil, news.Errorf(news.EINVALID, "sqlite: %s: %d ids, at most %d", op, len(ids), maxScan)
	}
	args := make([]any, len(ids))
	marks := make([]byte, 0, 2*len(ids))
	for i, id := range ids {
		args[i] = id
		if i > 0 {
			marks = append(marks, ',')
		}
		marks = append(marks, '?')
	}
	rows, err := s.r.QueryContext(ctx, `SELECT article_id, story_id FROM article_stories WHERE story_id != 0 AND article_id IN (`+string(marks)+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a, st int64
		if err := rows.Scan(&a, &st); err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		out[a] = st
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return out, nil
}
