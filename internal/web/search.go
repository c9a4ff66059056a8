package web

import (
	"encoding/json"
	"encoding/xml"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

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
		p.TotalText = strconv.FormatUint(res.Total, 10)
		p.Pages = int((res.Total + uint64(res.PageSize) - 1) / uint64(res.PageSize))
		p.PageText, p.PagesText = strconv.Itoa(res.Page), strconv.Itoa(p.Pages)
		for _, h := range res.Hits {
			p.Hits = append(p.Hits, searchHit{SearchHit: h, MoreText: strconv.Itoa(h.More),
				TitleHTML: template.HTML(h.TitleHTML), Snippet: template.HTML(h.Snippet)}) // #nosec G203 -- escaped by the index
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
			s.writeFeed(w, r, kind, res)
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

func (s *Server) writeFeed(w http.ResponseWriter, r *http.Request, kind string, res *news.SearchResult) {
	base := "http://" + r.Host
	if r.TLS != nil {
		base = "https://" + r.Host
	}
	page := base + pageURL(r, "/search", 0)
	self := base + r.URL.RequestURI()
	title := s.siteName + " — بحث: " + res.Query
	updated := time.Now().UTC()
	if len(res.Hits) > 0 && !res.Hits[0].Published.IsZero() {
		updated = res.Hits[0].Published.UTC()
	}
	var body []byte
	var err error
	switch kind {
	case "rss":
		type item struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			GUID        string `xml:"guid"`
			PubDate     string `xml:"pubDate,omitempty"`
			Source      string `xml:"source,omitempty"`
			Description string `xml:"description"`
		}
		type channel struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			Description string `xml:"description"`
			Language    string `xml:"language"`
			Items       []item `xml:"item"`
		}
		ch := channel{Title: title, Link: page, Description: "نتائج البحث عن " + res.Query, Language: "ar"}
		for _, h := range res.Hits {
			it := item{Title: h.Title, Link: h.URL, GUID: base + "/articles/" + strconv.FormatInt(h.ID, 10),
				Source: h.SourceName, Description: h.Snippet}
			if !h.Published.IsZero() {
				it.PubDate = h.Published.UTC().Format(time.RFC1123Z)
			}
			ch.Items = append(ch.Items, it)
		}
		body, err = xml.MarshalIndent(struct {
			XMLName xml.Name `xml:"rss"`
			Version string   `xml:"version,attr"`
			Channel channel  `xml:"channel"`
		}{Version: "2.0", Channel: ch}, "", " ")
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	case "atom":
		type link struct {
			Rel  string `xml:"rel,attr,omitempty"`
			Href string `xml:"href,attr"`
		}
		type text struct {
			Type string `xml:"type,attr,omitempty"`
			Body string `xml:",chardata"`
		}
		type entry struct {
			Title     string `xml:"title"`
			ID        string `xml:"id"`
			Link      link   `xml:"link"`
			Updated   string `xml:"updated"`
			Published string `xml:"published,omitempty"`
			Author    string `xml:"author>name"`
			Summary   text   `xml:"summary"`
		}
		type feed struct {
			XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
			Lang    string   `xml:"xml:lang,attr"`
			Title   string   `xml:"title"`
			ID      string   `xml:"id"`
			Updated string   `xml:"updated"`
			Links   []link   `xml:"link"`
			Entries []entry  `xml:"entry"`
		}
		f := feed{Lang: "ar", Title: title, ID: self, Updated: updated.Format(time.RFC3339),
			Links: []link{{Rel: "self", Href: self}, {Rel: "alternate", Href: page}}}
		for _, h := range res.Hits {
			e := entry{Title: h.Title, ID: base + "/articles/" + strconv.FormatInt(h.ID, 10), Link: link{Href: h.URL},
				Updated: updated.Format(time.RFC3339), Author: h.SourceName, Summary: text{Type: "html", Body: h.Snippet}}
			if !h.Published.IsZero() {
				e.Updated = h.Published.UTC().Format(time.RFC3339)
				e.Published = e.Updated
			}
			if e.Author == "" {
				e.Author = s.siteName
			}
			f.Entries = append(f.Entries, e)
		}
		body, err = xml.MarshalIndent(f, "", " ")
		w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	default: // json
		type author struct {
			Name string `json:"name"`
		}
		type item struct {
			ID            string   `json:"id"`
			URL           string   `json:"url"`
			Title         string   `json:"title"`
			ContentHTML   string   `json:"content_html"`
			DatePublished string   `json:"date_published,omitempty"`
			Authors       []author `json:"authors,omitempty"`
		}
		f := struct {
			Version     string `json:"version"`
			Title       string `json:"title"`
			HomePageURL string `json:"home_page_url"`
			FeedURL     string `json:"feed_url"`
			Language    string `json:"language"`
			Items       []item `json:"items"`
		}{Version: "https://jsonfeed.org/version/1.1", Title: title, HomePageURL: page, FeedURL: self, Language: "ar", Items: []item{}}
		for _, h := range res.Hits {
			it := item{ID: base + "/articles/" + strconv.FormatInt(h.ID, 10), URL: h.URL, Title: h.Title, ContentHTML: h.Snippet}
			if !h.Published.IsZero() {
				it.DatePublished = h.Published.UTC().Format(time.RFC3339)
			}
			if h.SourceName != "" {
				it.Authors = []author{{Name: h.SourceName}}
			}
			f.Items = append(f.Items, it)
		}
		body, err = json.MarshalIndent(f, "", "  ")
		w.Header().Set("Content-Type", "application/feed+json; charset=utf-8")
	}
	if err != nil {
		s.logger.ErrorContext(r.Context(), "web: search feed", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if kind != "json" {
		body = append([]byte(xml.Header), body...)
	}
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(body)
}
