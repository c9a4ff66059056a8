package news

import (
	"context"
	"time"
)

// Story is one event's coverage: every outlet's articles about it, grouped.
// Its ID is the ID of the article that started it. A story found to be the
// same as an older one is merged into it: MergedInto is then the story that
// holds its articles, and readers holding the old id are sent there.
type Story struct {
	ID            int64
	MergedInto    int64
	Headline      string // the title of HeadlineID
	HeadlineID    int64  // the most representative member, not the first or the longest
	FirstID       int64  // first to report (السبق): the earliest published member
	FirstSource   string
	FirstSourceID int64
	Articles      int
	Sources       int // distinct outlets
	First, Last   time.Time
	Tags          []string
	Score         float64 // ranking score where a listing ranks (home, trending)
}

// StoryMember is one article of a story; CopyOf names the original when the
// article is a copy of another (its text need not be filled).
type StoryMember struct {
	Article
}

// StoryFilter selects stories, newest activity first. BeforeID is a keyset
// cursor (a story id from the previous page).
type StoryFilter struct {
	Tag      string
	BeforeID int64
	Limit    int
}

// ArticleStory is the engine's decision for one article.
type ArticleStory struct {
	ArticleID int64
	StoryID   int64
	CopyOf    int64
	Follows   int64 // the original a write-up follows loosely (news.Article.Follows)
	Tags      []string
}

// StoryUpdate is one write of the story engine, applied in one transaction:
// article assignments, merges (gone → kept), each touched story's headline
// and tags, and its related stories.
type StoryUpdate struct {
	Articles  []ArticleStory
	Merged    map[int64]int64
	Headlines map[int64]int64    // story → headline article
	Tags      map[int64][]string // story → tags
	Related   map[int64][]Related
}

// Related is a story related to another (not the same event).
type Related struct {
	StoryID int64
	Score   float64
}

// StoryStore keeps stories. sqlite.Store implements it next to Store.
type StoryStore interface {
	SaveStories(ctx context.Context, u *StoryUpdate) error
	// StoryByID returns the story; a merged id returns the merged row (with
	// MergedInto set) so callers can redirect. ENOTFOUND when unknown.
	StoryByID(ctx context.Context, id int64) (*Story, error)
	// StoryMembers lists a story's articles, earliest first, without text.
	StoryMembers(ctx context.Context, id int64) ([]Article, error)
	ListStories(ctx context.Context, f StoryFilter) ([]Story, error)
	// TopStories ranks the stories active in the day before the newest
	// article by distinct sources and freshness.
	TopStories(ctx context.Context, limit int) ([]Story, error)
	// TrendingStories are those that gained the most distinct sources in
	// the last hours before the newest article.
	TrendingStories(ctx context.Context, limit int) ([]Story, error)
	// RelatedStories are distinct other stories related to id, merges resolved.
	RelatedStories(ctx context.Context, id int64, limit int) ([]Story, error)
	// ArticlesByIDs reads articles (with text) by id, in the order given;
	// unknown ids are skipped.
	ArticlesByIDs(ctx context.Context, ids []int64) ([]Article, error)
	// EachAssigned calls fn for every article with a story, in publication
	// order, from since on (warming the engine at start).
	EachAssigned(ctx context.Context, since time.Time, fn func(a *Article) error) error
	// UnassignedIDs lists the articles no story holds yet.
	UnassignedIDs(ctx context.Context) ([]int64, error)
	// ResetStories forgets every story, copy link and tag (recluster).
	ResetStories(ctx context.Context) error
}
