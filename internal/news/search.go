package news

import (
	"context"
	"time"
)

// Search sort orders.
const (
	SortRelevance = "relevance" // BM25 with a small boost for fresh articles
	SortTime      = "time"      // newest first
)

// SearchRequest is one search: a query in Khabar's query language (plain
// words, "exact phrase", -exclude, source:, tag:, after:/before:) and filters
// that callers set outside the query text (the API's source/from/to).
type SearchRequest struct {
	Query    string
	Source   string    // a source id or name; "" for every source
	From, To time.Time // published on or after From, on or before To; zero = open
	Sort     string    // SortRelevance (default) or SortTime
	Page     int       // 1-based; 0 means 1
	PageSize int       // 0 means the default
}

// SearchHit is one article found.
type SearchHit struct {
	ID         int64
	URL        string
	Title      string
	SourceID   int64
	SourceName string
	Published  time.Time // zero when unknown
	Score      float64
	// TitleHTML and Snippet are HTML-safe: the text is escaped and the
	// matched words, in the spelling the article uses, are wrapped in <mark>.
	TitleHTML string
	Snippet   string
	// Story and More are set when results collapse by story: the hit stands
	// for its story, and More other articles of it matched.
	Story int64
	More  int
}

// SearchResult is one page of hits.
type SearchResult struct {
	Query    string
	Total    uint64 // matching articles in all pages
	Page     int
	PageSize int
	Sort     string
	Hits     []SearchHit
	// Relaxed is true when no article had every word and the hits are those
	// with most of them.
	Relaxed bool
	Took    time.Duration
}

// Searcher runs searches; the web site and the API get one through their
// configuration and do without search when it is nil.
type Searcher interface {
	Search(ctx context.Context, r SearchRequest) (*SearchResult, error)
}
