package web

import (
	"html/template"
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/news"
)

// searchPage is the data of the results page.
type searchPage struct {
	Query, Sort                    string
	Error                          string
	Result                         *news.SearchResult
	Hits                           []searchHit
	TotalText, PageText, PagesText string
	Pages                          int
	Prev, Next                     string
	FeedRSS, FeedAtom, FeedJSON    string
}

// searchHit is a hit with its highlighted parts marked safe: the index
// escapes the text and adds only <mark>.
type searchHit struct {
	news.SearchHit
	TitleHTML, Snippet template.HTML
	MoreText           string
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	if s.search == nil {
		s.renderError(w, r, news.Errorf(news.ENOTFOUND, "search is not enabled on this server"))
		return
	}
	q := r.URL.Query()
	p := searchPage{Query: q.Get("q"), Sort: q.Get("sort")}
	status := http.StatusOK
	if strings.TrimSpace(p.Query) == "" && q.Get("source") == "" && q.Get("from") == "" && q.Get("to") == "" {
		// The bare page: just the form.
		s.render(w, r, status, "search", layoutData{Title: "البحث", Nav: "search", Page: p})
		return
	}
	res, err := s.runSearch(r)
	switch {
	case news.ErrorCode(err) == news.EINVALID:
		p.Error, status = news.ErrorMessage(err), http.StatusBadRequest
	case err != nil:
		s.renderError(w, r, err)
		return
	default:
		p.Result = res
		p.TotalText = mustCount(int(min(res.Total, math.MaxInt32)), "result")
		p.Pages = int((res.Total + uint64(res.PageSize) - 1) / uint64(res.PageSize))
		p.PageText, p.PagesText = strconv.Itoa(res.Page), strconv.Itoa(p.Pages)
		for _, h := range res.Hits {
			p.Hits = append(p.Hits, searchHit{SearchHit: h, MoreText: mustCount(h.More, "other article"),
				TitleHTML: template.HTML(news.TrimDesk(h.TitleHTML)), Snippet: template.HTML(h.Snippet)}) // #nosec G203 -- escaped by the index
		}
		if res.Page > 1 {
			p.Prev = pageURL(r, "/search", res.Page-1)
		}
		if res.Page < p.Pages && res.Page < 1000 {
			p.Next = pageURL(r, "/search", res.Page+1)
		}
		p.FeedRSS, p.FeedAtom, p.FeedJSON = pageURL(r, "/search.rss", 0), pageURL(r, "/search.atom", 0), pageURL(r, "/search.json", 0)
	}
	title := "البحث"
	if p.Query != "" {
		title = "بحث: " + p.Query
	}
	s.render(w, r, status, "search", layoutData{Title: title, Nav: "search", Query: p.Query, Page: p})
}

func (s *Server) runSearch(r *http.Request) (*news.SearchResult, error) {
	req, err := api.SearchParams(r, s.zone)
	if err != nil {
		return nil, err
	}
	return s.search.Search(r.Context(), req)
}

// pageURL is the request's URL on path with page set (0 drops it).
func pageURL(r *http.Request, path string, page int) string {
	q := r.URL.Query()
	q.Del("page")
	if page > 1 {
		q.Set("page", strconv.Itoa(page))
	}
	return path + "?" + q.Encode()
}

// feedSize is how many items a search feed carries.
const feedSize = 30

// handleSearchFeed serves a search as RSS 2.0, Atom or JSON Feed, newest
// first unless sort= says otherwise: a saved search is a subscription.
func (s *Server) handleSearchFeed(w http.ResponseWriter, r *http.Request) {
	kind := r.URL.Path[strings.LastIndexByte(r.URL.Path, '.')+1:]
	fail := func(status int, msg string) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(msg + "\n"))
	}
	if s.search == nil {
		fail(http.StatusNotFound, "search is not enabled on this server")
		return
	}
	req, err := api.SearchParams(r, s.zone)
	if err == nil {
		if req.Sort == "" {
			req.Sort = news.SortTime
		}
		req.PageSize = feedSize
		var res *news.SearchResult
		if res, err = s.search.Search(r.Context(), req); err == nil {
			s.writeFeed(w, r, kind, s.searchFeed(r, res))
			return
		}
	}
	if news.ErrorCode(err) == news.EINVALID {
		fail(http.StatusBadRequest, news.ErrorMessage(err))
		return
	}
	s.logger.ErrorContext(r.Context(), "web: search feed", "err", err)
	fail(http.StatusInternalServerError, "internal error")
}

// searchFeed is a search's hits as a feed: each item is the article on its
// site, its id the article's page here.
func (s *Server) searchFeed(r *http.Request, res *news.SearchResult) feed {
	base := baseURL(r)
	f := feed{Title: s.siteName + " — بحث: " + res.Query, Description: "نتائج البحث عن " + res.Query,
		Page: base + pageURL(r, "/search", 0), Self: base + r.URL.RequestURI()}
	for _, h := range res.Hits {
		f.Items = append(f.Items, feedItem{ID: base + "/articles/" + strconv.FormatInt(h.ID, 10), Title: news.TrimDesk(h.Title),
			Link: h.URL, Author: h.SourceName, AuthorURL: sourceFeed(base, h.SourceID), Summary: h.Snippet, Published: h.Published})
	}
	return f
}
