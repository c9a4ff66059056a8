package api

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/search"
)

// SearchHit is the JSON form of a news.SearchHit. Title is plain text;
// Snippet and TitleHTML are HTML-safe, with the matched words in <mark>.
type SearchHit struct {
	ID        int64      `json:"id"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	TitleHTML string     `json:"title_html"`
	Source    SourceRef  `json:"source"`
	Published *time.Time `json:"published"` // null when unknown
	Score     float64    `json:"score"`
	Snippet   string     `json:"snippet"`
	Story     int64      `json:"story,omitempty"`
	More      int        `json:"more,omitempty"`
}

// SearchResult is one page of search hits.
type SearchResult struct {
	Query    string      `json:"query"`
	Total    uint64      `json:"total"`
	Page     int         `json:"page"`
	PageSize int         `json:"page_size"`
	Sort     string      `json:"sort"`
	Relaxed  bool        `json:"relaxed"`
	TookMS   float64     `json:"took_ms"`
	Hits     []SearchHit `json:"hits"`
}

// NewSearchResult converts a search result to its JSON form.
func NewSearchResult(r *news.SearchResult) SearchResult {
	out := SearchResult{Query: r.Query, Total: r.Total, Page: r.Page, PageSize: r.PageSize, Sort: r.Sort,
		Relaxed: r.Relaxed, TookMS: float64(r.Took.Microseconds()) / 1000, Hits: make([]SearchHit, 0, len(r.Hits))}
	for _, h := range r.Hits {
		out.Hits = append(out.Hits, SearchHit{
			ID: h.ID, URL: h.URL, Title: h.Title, TitleHTML: h.TitleHTML,
			Source:    SourceRef{ID: h.SourceID, Name: h.SourceName},
			Published: optTime(h.Published), Score: h.Score, Snippet: h.Snippet, Story: h.Story, More: h.More,
		})
	}
	return out
}

// SearchParams reads a search request from query parameters: q, source (id
// or name), from and to (days, YYYY-MM-DD, both inclusive, in zone), sort
// (relevance or time), page and size. Mistakes are EINVALID.
func SearchParams(r *http.Request, zone *time.Location) (news.SearchRequest, error) {
	v := r.URL.Query()
	req := news.SearchRequest{Query: v.Get("q"), Source: v.Get("source"), Sort: v.Get("sort")}
	var err error
	if req.Page, err = IntParam(v.Get("page"), "page", 1, 1, 1<<20); err != nil {
		return req, err
	}
	if req.PageSize, err = IntParam(v.Get("size"), "size", 0, 1, 1<<20); err != nil {
		return req, err
	}
	if s := v.Get("from"); s != "" {
		if req.From, err = search.ParseDay(s, zone); err != nil {
			return req, news.Errorf(news.EINVALID, "from must be a date like 2015-08-01, got %q", s)
		}
	}
	if s := v.Get("to"); s != "" {
		to, err := search.ParseDay(s, zone)
		if err != nil {
			return req, news.Errorf(news.EINVALID, "to must be a date like 2015-08-31, got %q", s)
		}
		req.To = to.AddDate(0, 0, 1) // the whole day
	}
	return req, nil
}

// SearchHandler serves GET /api/v1/search.
type SearchHandler struct {
	Searcher news.Searcher  // nil: search is off and the endpoint says so
	Zone     *time.Location // of from and to; nil = UTC
	Logger   *slog.Logger
}

// RegisterSearch adds GET /api/v1/search to mux.
func RegisterSearch(mux *http.ServeMux, h *SearchHandler) {
	if h.Logger == nil {
		h.Logger = slog.New(slog.DiscardHandler)
	}
	mux.Handle("GET "+Prefix+"/search", h)
}

func (s *SearchHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := &Handler{logger: s.Logger}
	if s.Searcher == nil {
		h.writeError(w, r, news.Errorf(news.ENOTFOUND, "search is not enabled on this server"))
		return
	}
	req, err := SearchParams(r, s.Zone)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	res, err := s.Searcher.Search(r.Context(), req)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	h.writeJSON(w, r, http.StatusOK, NewSearchResult(res))
}
