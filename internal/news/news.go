// Package news holds Khabar's domain types and the interfaces the rest of the
// engine depends on. It imports nothing of the project: storage, fetching and
// serving live in their own packages and meet here.
package news

import (
	"context"
	"time"
)

// Source kinds. A source is usually a feed; "sitemap" sources are sites crawled
// through their (news) sitemaps, "import" sources name the outlet of a dump.
const (
	KindFeed    = "feed"
	KindSitemap = "sitemap"
	KindImport  = "import"
)

// Source is one place articles come from, and its health.
type Source struct {
	ID      int64
	FeedURL string // unique; for imports "import:<name>"
	Name    string
	SiteURL string
	Kind    string
	Country string // optional, ISO 3166 alpha-2 (built-in list)
	Added   time.Time

	// Health, updated after every fetch of the feed.
	LastFetch    time.Time
	LastSuccess  time.Time
	LastError    string // empty when the last fetch worked
	Failures     int    // consecutive failed fetches; the source is backed off, never dropped
	NextFetch    time.Time
	ETag         string
	LastModified string

	// Filled by ListSources and SourceByID.
	Articles int
}

// Article is one stored article, under its canonical URL.
type Article struct {
	ID           int64
	SourceID     int64
	SourceName   string // filled on read
	URL          string // the URL it was first found under (tracking parameters stripped)
	CanonicalURL string // unique
	Title        string
	Text         string // clean text; paragraphs separated by "\n\n"
	Author       string
	Language     string
	Published    time.Time // zero when unknown
	Fetched      time.Time
	ContentHash  string // hex sha-256 of the normalized text

	// Filled on read once the story engine has seen the article.
	Story  int64 // the story holding it (its id, merges resolved)
	CopyOf int64 // the original it copies (the earliest of its copy group), 0 when original
	// Follows is the original a write-up follows loosely without copying
	// it (0 when none): the story engine's copy test needs it after a
	// restart.
	Follows int64
	Tags    []string // names, places and keyphrases
}

// Failure records an article URL that could not be stored, and why.
type Failure struct {
	URL      string
	SourceID int64
	Reason   string // short machine word: robots, too_large, redirect_loop, http_404, no_text, ...
	Detail   string // the error message
	At       time.Time
}

// ArticleFilter selects articles for listing, newest first (by published time,
// then fetch time, then id). BeforeID is a keyset cursor: only articles that sort
// after that article are returned.
type ArticleFilter struct {
	SourceID int64
	BeforeID int64
	Limit    int
}

// Stats summarizes what is stored.
type Stats struct {
	Sources          int            `json:"sources"`
	SourcesFailing   int            `json:"sources_failing"`
	Articles         int            `json:"articles"`
	Failures         int            `json:"failures"`
	FailuresByReason map[string]int `json:"failures_by_reason"`
	OldestPublished  time.Time      `json:"oldest_published,omitzero"`
	NewestPublished  time.Time      `json:"newest_published,omitzero"`
	LastFetched      time.Time      `json:"last_fetched,omitzero"`
	// The story engine's work: stories holding articles (merged ones
	// left out), articles that are copies of another, distinct tags of
	// stories, and articles it has not assigned yet.
	Stories    int `json:"stories"`
	Copies     int `json:"copies"`
	Tags       int `json:"tags"`
	Unassigned int `json:"unassigned"`
}

// Store is where sources and articles live. Every method is one transaction.
type Store interface {
	// AddSource inserts a source or, when its FeedURL is known, updates its
	// name/site/kind where the new value is not empty. It sets s.ID.
	AddSource(ctx context.Context, s *Source) error
	// UpdateSourceHealth writes the health fields of s (by ID).
	UpdateSourceHealth(ctx context.Context, s *Source) error
	SourceByID(ctx context.Context, id int64) (*Source, error)
	SourceByFeedURL(ctx context.Context, feedURL string) (*Source, error)
	ListSources(ctx context.Context) ([]Source, error)
	// RemoveSource deletes a source; its articles stay, detached is not allowed,
	// so they are removed too. ENOTFOUND when unknown.
	RemoveSource(ctx context.Context, id int64) error

	// PutArticle stores a in one transaction under a.CanonicalURL and records
	// a.URL as an alias. When the canonical URL or a.URL is already stored it
	// changes nothing, returns created=false and sets a.ID to the stored
	// article. The same text under a new canonical URL is a new article. Empty
	// text is EINVALID.
	PutArticle(ctx context.Context, a *Article) (created bool, err error)
	// PutArticles is PutArticle for a batch, in one transaction.
	PutArticles(ctx context.Context, as []*Article) (created []bool, err error)
	// AddAlias records another URL under which a stored article was reached.
	AddAlias(ctx context.Context, url string, articleID int64) error
	// ArticleIDByURL finds a stored article by canonical URL or alias; 0 when none.
	ArticleIDByURL(ctx context.Context, url string) (int64, error)
	ArticleByID(ctx context.Context, id int64) (*Article, error)
	ListArticles(ctx context.Context, f ArticleFilter) ([]Article, error)
	// EachArticle calls fn for every article in id order (for export).
	EachArticle(ctx context.Context, fn func(*Article) error) error

	// RecordFailure upserts a failure by URL. ClearFailure removes it once stored.
	RecordFailure(ctx context.Context, f Failure) error
	ClearFailure(ctx context.Context, url string) error

	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Processor sees each newly stored article once, after its transaction
// committed: the search index, copy detection and story clustering plug in
// here. An error is logged by the caller and does not undo the store; a
// processor must be able to catch up from the store at start.
type Processor interface {
	Process(ctx context.Context, a *Article) error
}
