package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/news"
)

var _ news.StoryStore = (*Store)(nil)

// tagKey is what a tag is looked up by. A tag of no letters or digits
// (never stored by the tagger, possible in a URL) keeps its own text, so it
// finds no other tag.
func tagKey(tag string) string {
	return cmp.Or(arabic.NameKey(tag), tag)
}

// fillTagKeys gives the tags stored before migration 0007 their keys. It
// runs at every open and finds nothing to do after the first.
func fillTagKeys(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT tag FROM story_tags WHERE key = ''`)
	if err != nil {
		return fmt.Errorf("fill tag keys: %w", err)
	}
	var tags []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return fmt.Errorf("fill tag keys: %w", err)
		}
		tags = append(tags, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("fill tag keys: %w", err)
	}
	if len(tags) == 0 {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("fill tag keys: %w", err)
	}
	defer tx.Rollback()
	// By tag alone: with «AND key = ''» SQLite took the key index and read
	// every unfilled row for each tag (a minute on the corpus, not 3 s).
	stmt, err := tx.PrepareContext(ctx, `UPDATE story_tags SET key = ? WHERE tag = ?`)
	if err != nil {
		return fmt.Errorf("fill tag keys: %w", err)
	}
	defer stmt.Close()
	for _, t := range tags {
		if _, err := stmt.ExecContext(ctx, tagKey(t), t); err != nil {
			return fmt.Errorf("fill tag keys: tag %q: %w", t, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("fill tag keys: %w", err)
	}
	return nil
}

func joinTags(tags []string) string { return strings.Join(tags, "\t") }

func splitTags(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\t")
}

// SaveStories applies one update of the story engine in one transaction:
// assignments, merges, then the summary of every touched story recomputed
// from its members (so the counts never drift from the articles).
func (s *Store) SaveStories(ctx context.Context, u *news.StoryUpdate) error {
	const op = "save stories"
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer tx.Rollback()
	touched := map[int64]bool{}
	// The statements run once per article, story and pair, hundreds of
	// times a transaction: each is prepared once.
	st := &txStmts{ctx: ctx, tx: tx, m: map[string]*sql.Stmt{}}
	defer st.close()
	exec := func(q string, args ...any) error {
		stmt, err := st.get(q)
		if err == nil {
			_, err = stmt.ExecContext(ctx, args...)
		}
		return err
	}
	for _, a := range u.Articles {
		if err := exec(`INSERT INTO article_stories (article_id, story_id, copy_of, follows, tags) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, copy_of = excluded.copy_of,
				follows = excluded.follows, tags = excluded.tags`,
			a.ArticleID, a.StoryID, a.CopyOf, a.Follows, joinTags(a.Tags)); err != nil {
			return fmt.Errorf("sqlite: %s: article %d: %w", op, a.ArticleID, err)
		}
		touched[a.StoryID] = true
	}
	// Merges: the articles move, the old row stays as a redirect, and
	// redirects that pointed at the gone story now point at the kept one.
	for _, gone := range slices.Sorted(maps.Keys(u.Merged)) {
		keep := u.Merged[gone]
		for _, q := range []string{
			`UPDATE article_stories SET story_id = ?2 WHERE story_id = ?1`,
			`INSERT INTO stories (id, merged_into) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET merged_into = ?2`,
			`UPDATE stories SET merged_into = ?2 WHERE merged_into = ?1`,
			`DELETE FROM story_tags WHERE story_id = ?1`,
			`DELETE FROM story_related WHERE story_id = ?1`,
		} {
			if err := exec(q, gone, keep); err != nil {
				return fmt.Errorf("sqlite: %s: merge %d into %d: %w", op, gone, keep, err)
			}
		}
		delete(touched, gone)
		touched[keep] = true
	}
	ids := slices.Sorted(maps.Keys(touched))
	for _, id := range ids {
		if err := summarize(st, id, u.Headlines[id]); err != nil {
			return fmt.Errorf("sqlite: %s: story %d: %w", op, id, err)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(u.Tags)) {
		tags := u.Tags[id]
		if err := exec(`DELETE FROM story_tags WHERE story_id = ?`, id); err != nil {
			return fmt.Errorf("sqlite: %s: %w", op, err)
		}
		for _, t := range tags {
			if err := exec(`INSERT INTO story_tags (tag, key, story_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, t, tagKey(t), id); err != nil {
				return fmt.Errorf("sqlite: %s: %w", op, err)
			}
		}
		if err := exec(`UPDATE stories SET tags = ? WHERE id = ?`, joinTags(tags), id); err != nil {
			return fmt.Errorf("sqlite: %s: %w", op, err)
		}
	}
	// In story order: a pair related both ways is written twice, and the
	// later write's score stays, so map order would make it vary run to run.
	for _, id := range slices.Sorted(maps.Keys(u.Related)) {
		for _, r := range u.Related[id] {
			// Both ways: a story found related later shows on the older page too.
			for _, pr := range [][2]int64{{id, r.StoryID}, {r.StoryID, id}} {
				if err := exec(`INSERT INTO story_related (story_id, related_id, score) VALUES (?, ?, ?)
					ON CONFLICT DO UPDATE SET score = excluded.score`, pr[0], pr[1], r.Score); err != nil {
					return fmt.Errorf("sqlite: %s: %w", op, err)
				}
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return nil
}

// txStmts prepares each statement once for a transaction.
type txStmts struct {
	ctx context.Context
	tx  *sql.Tx
	m   map[string]*sql.Stmt
}

func (t *txStmts) get(q string) (*sql.Stmt, error) {
	if st, ok := t.m[q]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(t.ctx, q)
	if err != nil {
		return nil, err
	}
	t.m[q] = st
	return st, nil
}

func (t *txStmts) close() {
	for _, st := range t.m {
		st.Close()
	}
}

// summarize recomputes a story's row from its members.
func summarize(st *txStmts, id, headline int64) error {
	counts, err := st.get(`SELECT COUNT(*), COUNT(DISTINCT a.source_id), MIN(a.sort_ns), MAX(a.sort_ns)
		FROM article_stories x JOIN articles a ON a.id = x.article_id WHERE x.story_id = ?`)
	if err != nil {
		return err
	}
	var n, sources int
	var first, last sql.NullInt64
	if err := counts.QueryRowContext(st.ctx, id).Scan(&n, &sources, &first, &last); err != nil {
		return err
	}
	var firstID int64
	if n > 0 {
		firstQ, err := st.get(`SELECT a.id FROM article_stories x JOIN articles a ON a.id = x.article_id
			WHERE x.story_id = ? ORDER BY a.sort_ns, a.id LIMIT 1`)
		if err != nil {
			return err
		}
		if err := firstQ.QueryRowContext(st.ctx, id).Scan(&firstID); err != nil {
			return err
		}
	}
	if headline == 0 {
		headline = firstID
	}
	put, err := st.get(`INSERT INTO stories (id, merged_into, headline_id, first_id, articles, sources, first_ns, last_ns)
		VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7)
		ON CONFLICT (id) DO UPDATE SET merged_into = 0, headline_id = CASE WHEN ?2 != 0 THEN ?2 ELSE headline_id END,
			first_id = ?3, articles = ?4, sources = ?5, first_ns = ?6, last_ns = ?7`)
	if err == nil {
		_, err = put.ExecContext(st.ctx, id, headline, firstID, n, sources, first.Int64, last.Int64)
	}
	return err
}

const storyColumns = `st.id, st.merged_into, st.headline_id, COALESCE(h.title, ''), st.first_id, COALESCE(fs.id, 0), COALESCE(fs.name, ''),
	st.articles, st.sources, st.first_ns, st.last_ns, st.tags`

const storyFrom = ` FROM stories st LEFT JOIN articles h ON h.id = st.headline_id
	LEFT JOIN articles f ON f.id = st.first_id LEFT JOIN sources fs ON fs.id = f.source_id`

func scanStory(row interface{ Scan(...any) error }, st *news.Story) error {
	var first, last int64
	var tags string
	if err := row.Scan(&st.ID, &st.MergedInto, &st.HeadlineID, &st.Headline, &st.FirstID, &st.FirstSourceID, &st.FirstSource,
		&st.Articles, &st.Sources, &first, &last, &tags); err != nil {
		return err
	}
	st.First, st.Last = time.Unix(0, first).UTC(), time.Unix(0, last).UTC()
	st.Tags = splitTags(tags)
	return nil
}

func (s *Store) queryStories(ctx context.Context, op, where string, args ...any) ([]news.Story, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+storyColumns+storyFrom+` `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	var out []news.Story
	for rows.Next() {
		var st news.Story
		if err := scanStory(rows, &st); err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return out, nil
}

// StoryByID returns the story; a merged id returns its row with MergedInto
// pointing at the story that holds its articles now.
func (s *Store) StoryByID(ctx context.Context, id int64) (*news.Story, error) {
	const op = "story by id"
	out, err := s.queryStories(ctx, op, `WHERE st.id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, notFound(op, "story %d not found", id)
	}
	return &out[0], nil
}

// StoryMembers lists a story's articles, earliest first, without their text.
func (s *Store) StoryMembers(ctx context.Context, id int64) ([]news.Article, error) {
	const op = "story members"
	rows, err := s.r.QueryContext(ctx, `SELECT `+strings.Replace(articleColumns, "a.text", "''", 1)+articleFrom+`
		WHERE x.story_id = ? ORDER BY a.sort_ns, a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	var out []news.Article
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

// ListStories lists live stories by their latest article, newest first.
func (s *Store) ListStories(ctx context.Context, f news.StoryFilter) ([]news.Story, error) {
	const op = "list stories"
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	where := []string{`st.merged_into = 0`, `st.articles > 0`}
	var args []any
	if f.Tag != "" {
		// By key: the page of «التحرش» holds the stories tagged «تحرش» too.
		where = append(where, `st.id IN (SELECT story_id FROM story_tags WHERE key = ?)`)
		args = append(args, tagKey(f.Tag))
	}
	if f.BeforeID != 0 {
		var last int64
		err := s.r.QueryRowContext(ctx, `SELECT last_ns FROM stories WHERE id = ?`, f.BeforeID).Scan(&last)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, invalid(op, "cursor story %d not found", f.BeforeID)
		}
		if err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		where = append(where, `(st.last_ns, st.id) < (?, ?)`)
		args = append(args, last, f.BeforeID)
	}
	args = append(args, limit)
	return s.queryStories(ctx, op, `WHERE `+strings.Join(where, ` AND `)+` ORDER BY st.last_ns DESC, st.id DESC LIMIT ?`, args...)
}

// newestNS is the latest article time: "now" for rankings, so an archive
// (an imported corpus) ranks as it did when it was fresh.
func (s *Store) newestNS(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	if err := s.r.QueryRowContext(ctx, `SELECT MAX(last_ns) FROM stories WHERE merged_into = 0`).Scan(&n); err != nil {
		return 0, err
	}
	now := s.now().UnixNano()
	if !n.Valid || n.Int64 > now {
		return now, nil
	}
	return n.Int64, nil
}

// TopStories ranks the stories active in the last day by distinct sources
// and freshness: sources / (1 + age/6h)^1.2, age from the story's latest
// article to the newest one stored.
func (s *Store) TopStories(ctx context.Context, limit int) ([]news.Story, error) {
	const op = "top stories"
	ref, err := s.newestNS(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	// The day's stories are ranked on their counts alone, and only the
	// top ones are read whole: reading every story of the day with its
	// headline and first source was 17–21 ms of each home and article
	// page (2,000 stories a day).
	rows, err := s.r.QueryContext(ctx, `SELECT st.id, st.sources, st.last_ns FROM stories st
		WHERE st.merged_into = 0 AND st.articles > 0 AND st.last_ns >= ?
		ORDER BY st.sources DESC, st.last_ns DESC LIMIT 2000`, ref-int64(24*time.Hour))
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	type ranked struct {
		id    int64
		score float64
	}
	var rank []ranked
	for rows.Next() {
		var id, last int64
		var sources int
		if err := rows.Scan(&id, &sources, &last); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		age := float64(ref-last) / float64(6*time.Hour)
		rank = append(rank, ranked{id, float64(sources) / math.Pow(1+max(age, 0), 1.2)})
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	rows.Close()
	slices.SortStableFunc(rank, func(a, b ranked) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(b.id, a.id)) })
	rank = rank[:min(limit, len(rank))]
	ids, scores := make([]int64, len(rank)), make([]float64, len(rank))
	for i, r := range rank {
		ids[i], scores[i] = r.id, r.score
	}
	return s.storiesRanked(ctx, op, ids, scores)
}

// storiesRanked reads stories whole in one query and gives them in the
// order of ids, each with its score; an id not found is left out.
func (s *Store) storiesRanked(ctx context.Context, op string, ids []int64, scores []float64) ([]news.Story, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	got, err := s.queryStories(ctx, op, `WHERE st.id IN (?`+strings.Repeat(", ?", len(ids)-1)+`)`, args...)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]news.Story, len(got))
	for _, st := range got {
		byID[st.ID] = st
	}
	out := make([]news.Story, 0, len(ids))
	for i, id := range ids {
		if st, ok := byID[id]; ok {
			st.Score = scores[i]
			out = append(out, st)
		}
	}
	return out, nil
}

// trendingQuery counts the distinct outlets of each story's articles
// published between two times; it reads the index articles_sort_source
// alone, never an article's row.
const trendingQuery = `SELECT x.story_id, COUNT(DISTINCT a.source_id) AS n FROM articles a
	JOIN article_stories x ON x.article_id = a.id WHERE a.sort_ns >= ? AND a.sort_ns <= ?
	GROUP BY x.story_id HAVING n >= 2 ORDER BY n DESC, MAX(a.sort_ns) DESC LIMIT ?`

// TrendingStories are the stories that gained the most distinct sources in
// the six hours before the newest article (the breaking-news ticker).
func (s *Store) TrendingStories(ctx context.Context, limit int) ([]news.Story, error) {
	const op = "trending stories"
	ref, err := s.newestNS(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	rows, err := s.r.QueryContext(ctx, trendingQuery, ref-int64(6*time.Hour), ref, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	var ids []int64
	var outlets []float64
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		ids, outlets = append(ids, id), append(outlets, float64(n))
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	rows.Close()
	return s.storiesRanked(ctx, op, ids, outlets)
}

// RelatedStories returns distinct live stories related to id (merges
// resolved, id's own story left out), best first.
func (s *Store) RelatedStories(ctx context.Context, id int64, limit int) ([]news.Story, error) {
	const op = "related stories"
	rows, err := s.r.QueryContext(ctx, `SELECT COALESCE(NULLIF(st.merged_into, 0), r.related_id), MAX(r.score) AS sc
		FROM story_related r LEFT JOIN stories st ON st.id = r.related_id
		WHERE r.story_id = ? GROUP BY 1 ORDER BY sc DESC LIMIT ?`, id, limit+4)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	var ids []int64
	var scores []float64
	for rows.Next() {
		var rid int64
		var sc float64
		if err := rows.Scan(&rid, &sc); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		ids = append(ids, rid)
		scores = append(scores, sc)
	}
	rows.Close()
	var out []news.Story
	seen := map[int64]bool{id: true}
	for i, rid := range ids {
		st, err := s.StoryByID(ctx, rid)
		if err != nil {
			continue
		}
		for st.MergedInto != 0 && !seen[st.MergedInto] {
			if st, err = s.StoryByID(ctx, st.MergedInto); err != nil {
				break
			}
		}
		if err != nil || st.MergedInto != 0 || seen[st.ID] || st.Articles == 0 {
			continue
		}
		seen[st.ID] = true
		st.Score = scores[i]
		out = append(out, *st)
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// ArticlesByIDs reads articles by id in the order given; unknown ids are
// skipped.
func (s *Store) ArticlesByIDs(ctx context.Context, ids []int64) ([]news.Article, error) {
	const op = "articles by ids"
	byID := make(map[int64]news.Article, len(ids))
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		q := `SELECT ` + articleColumns + articleFrom + ` WHERE a.id IN (?` + strings.Repeat(",?", len(chunk)-1) + `)`
		rows, err := s.r.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		for rows.Next() {
			var a news.Article
			if err := scanArticle(rows, &a); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: %s: %w", op, err)
			}
			byID[a.ID] = a
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
	}
	out := make([]news.Article, 0, len(ids))
	for _, id := range ids {
		if a, ok := byID[id]; ok {
			out = append(out, a)
		}
	}
	return out, nil
}

// EachAssigned calls fn for every article with a story from since on, in
// publication order.
func (s *Store) EachAssigned(ctx context.Context, since time.Time, fn func(a *news.Article) error) error {
	const op = "each assigned"
	rows, err := s.r.QueryContext(ctx, `SELECT `+articleColumns+articleFrom+`
		WHERE x.story_id IS NOT NULL AND a.sort_ns >= ? ORDER BY a.sort_ns, a.id`, nanos(since))
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
			return fmt.Errorf("sqlite: %s: %w", op, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	return nil
}

// LatestAssigned is the publication time of the newest article with a story
// (zero when none).
func (s *Store) LatestAssigned(ctx context.Context) (time.Time, error) {
	var n sql.NullInt64
	if err := s.r.QueryRowContext(ctx, `SELECT MAX(a.sort_ns) FROM article_stories x JOIN articles a ON a.id = x.article_id`).Scan(&n); err != nil {
		return time.Time{}, fmt.Errorf("sqlite: latest assigned: %w", err)
	}
	if !n.Valid {
		return time.Time{}, nil
	}
	return time.Unix(0, n.Int64), nil
}

// UnassignedIDs lists the articles no story holds yet, in id order.
func (s *Store) UnassignedIDs(ctx context.Context) ([]int64, error) {
	const op = "unassigned ids"
	rows, err := s.r.QueryContext(ctx, `SELECT a.id FROM articles a LEFT JOIN article_stories x ON x.article_id = a.id
		WHERE x.article_id IS NULL ORDER BY a.id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", op, err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// ResetStories forgets every story, copy link and tag.
func (s *Store) ResetStories(ctx context.Context) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: reset stories: %w", err)
	}
	defer tx.Rollback()
	for _, t := range []string{"article_stories", "stories", "story_tags", "story_related"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return fmt.Errorf("sqlite: reset stories: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: reset stories: %w", err)
	}
	return nil
}
