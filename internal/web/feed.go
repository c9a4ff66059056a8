package web

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/news"
)

// feed is a list of items as RSS 2.0, Atom or JSON Feed 1.1: a search's
// hits or stories. Page is the HTML page of the list, Self the feed's URL.
type feed struct {
	Title, Description, Page, Self string
	Items                          []feedItem
}

// feedItem is one entry. Updated is Published when zero. Author is the
// outlet, AuthorURL its feed here: RSS 2.0's <source> must carry a url.
type feedItem struct {
	ID, Title, Link, Author string
	AuthorURL               string
	Summary                 string // HTML
	Published, Updated      time.Time
}

// sourceFeed is the absolute URL of an outlet's feed here
// (handleSourceFeed): RSS 2.0's <source> names a feed.
func sourceFeed(base string, id int64) string {
	return base + "/sources/" + strconv.FormatInt(id, 10) + ".rss"
}

// baseURL is the scheme and host the request came to.
func baseURL(r *http.Request) string {
	if r.TLS != nil {
		return "https://" + r.Host
	}
	return "http://" + r.Host
}

// writeFeed writes f in the format kind names ("rss", "atom", else JSON
// Feed).
func (s *Server) writeFeed(w http.ResponseWriter, r *http.Request, kind string, f feed) {
	// The feed was updated when its newest item was.
	updated := time.Time{}
	for i := range f.Items {
		it := &f.Items[i]
		if it.Updated.IsZero() {
			it.Updated = it.Published
		}
		if it.Updated.After(updated) {
			updated = it.Updated
		}
	}
	if updated.IsZero() {
		updated = time.Now()
	}
	updated = updated.UTC()
	if f.Items == nil {
		f.Items = []feedItem{}
	}
	var body []byte
	var err error
	switch kind {
	case "rss":
		type source struct {
			URL  string `xml:"url,attr"`
			Name string `xml:",chardata"`
		}
		type item struct {
			Title       string  `xml:"title"`
			Link        string  `xml:"link"`
			GUID        string  `xml:"guid"`
			PubDate     string  `xml:"pubDate,omitempty"`
			Source      *source `xml:"source,omitempty"`
			Description string  `xml:"description"`
		}
		type channel struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			Description string `xml:"description"`
			Language    string `xml:"language"`
			Items       []item `xml:"item"`
		}
		ch := channel{Title: f.Title, Link: f.Page, Description: f.Description, Language: "ar"}
		for _, h := range f.Items {
			it := item{Title: h.Title, Link: h.Link, GUID: h.ID, Description: h.Summary}
			if h.Author != "" && h.AuthorURL != "" {
				it.Source = &source{URL: h.AuthorURL, Name: h.Author}
			}
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
		type atom struct {
			XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
			Lang    string   `xml:"xml:lang,attr"`
			Title   string   `xml:"title"`
			ID      string   `xml:"id"`
			Updated string   `xml:"updated"`
			Links   []link   `xml:"link"`
			Entries []entry  `xml:"entry"`
		}
		a := atom{Lang: "ar", Title: f.Title, ID: f.Self, Updated: updated.Format(time.RFC3339),
			Links: []link{{Rel: "self", Href: f.Self}, {Rel: "alternate", Href: f.Page}}}
		for _, h := range f.Items {
			e := entry{Title: h.Title, ID: h.ID, Link: link{Href: h.Link}, Updated: updated.Format(time.RFC3339),
				Author: h.Author, Summary: text{Type: "html", Body: h.Summary}}
			if !h.Updated.IsZero() {
				e.Updated = h.Updated.UTC().Format(time.RFC3339)
			}
			if !h.Published.IsZero() {
				e.Published = h.Published.UTC().Format(time.RFC3339)
			}
			if e.Author == "" {
				e.Author = s.siteName
			}
			a.Entries = append(a.Entries, e)
		}
		body, err = xml.MarshalIndent(a, "", " ")
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
			DateModified  string   `json:"date_modified,omitempty"`
			Authors       []author `json:"authors,omitempty"`
		}
		j := struct {
			Version     string `json:"version"`
			Title       string `json:"title"`
			HomePageURL string `json:"home_page_url"`
			FeedURL     string `json:"feed_url"`
			Language    string `json:"language"`
			Items       []item `json:"items"`
		}{Version: "https://jsonfeed.org/version/1.1", Title: f.Title, HomePageURL: f.Page, FeedURL: f.Self, Language: "ar", Items: []item{}}
		for _, h := range f.Items {
			it := item{ID: h.ID, URL: h.Link, Title: h.Title, ContentHTML: h.Summary}
			if !h.Published.IsZero() {
				it.DatePublished = h.Published.UTC().Format(time.RFC3339)
			}
			if !h.Updated.IsZero() && !h.Updated.Equal(h.Published) {
				it.DateModified = h.Updated.UTC().Format(time.RFC3339)
			}
			if h.Author != "" {
				it.Authors = []author{{Name: h.Author}}
			}
			j.Items = append(j.Items, it)
		}
		body, err = json.MarshalIndent(j, "", "  ")
		w.Header().Set("Content-Type", "application/feed+json; charset=utf-8")
	}
	if err != nil {
		s.logger.ErrorContext(r.Context(), "web: feed", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if kind != "json" {
		body = append([]byte(xml.Header), body...)
	}
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(body)
}

// handleStoriesFeed is /stories.rss, .atom and .json: the top stories, as
// on the home page, or with ?tag= the latest stories of a tag. Each item is
// a story's full coverage page, updated when an article last joined it.
func (s *Server) handleStoriesFeed(w http.ResponseWriter, r *http.Request) {
	kind := r.URL.Path[strings.LastIndexByte(r.URL.Path, '.')+1:]
	ss := s.storyStore()
	if ss == nil {
		s.handleNotFound(w, r)
		return
	}
	tag, err := api.TagParam(r.URL.Query().Get("tag"))
	if err != nil {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = fmt.Fprintf(w, "%s\n", news.ErrorMessage(err))
		return
	}
	base := baseURL(r)
	f := feed{Title: s.siteName + " — أهم القصص", Description: "أهم القصص بعدد المصادر وحداثتها", Page: base + "/",
		Self: base + r.URL.RequestURI()}
	var list []news.Story
	if tag != "" {
		f.Title, f.Description, f.Page = s.siteName+" — الوسم: "+tag, "آخر القصص بالوسم "+tag, base+"/tags/"+url.PathEscape(tag)
		list, err = ss.ListStories(r.Context(), news.StoryFilter{Tag: tag, Limit: feedSize})
	} else {
		list, err = ss.TopStories(r.Context(), feedSize)
	}
	if err != nil {
		s.logger.ErrorContext(r.Context(), "web: stories feed", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	for _, st := range list {
		page := base + "/stories/" + strconv.FormatInt(st.ID, 10)
		sum := fmt.Sprintf("<p>%s، %s · السبق: %s</p>", mustCount(st.Sources, "source"), mustCount(st.Articles, "article"), html.EscapeString(st.FirstSource))
		if len(st.Tags) > 0 {
			sum += "<p>" + html.EscapeString(strings.Join(st.Tags, "، ")) + "</p>"
		}
		f.Items = append(f.Items, feedItem{ID: page, Title: news.TrimDesk(st.Headline), Link: page, Summary: sum,
			Published: st.First, Updated: st.Last})
	}
	s.writeFeed(w, r, kind, f)
}

// feedLinks are the three feeds of a page's list, and what the page calls
// following them (Label; "" for a list of stories).
type feedLinks struct {
	RSS, Atom, JSON string
	Label           string
}

// pageFeeds are the feeds of the page at path p (/stories/{id},
// /sources/{id}): p.rss, p.atom, p.json.
func pageFeeds(p, label string) *feedLinks {
	return &feedLinks{RSS: p + ".rss", Atom: p + ".atom", JSON: p + ".json", Label: label}
}

// feedPath reads the id of /stories/{id} or /sources/{id} and the feed its
// suffix asks for (.rss, .atom, .json; "" for the page): the mux cannot
// match a suffix after a wildcard. ok is false for anything but a positive
// id.
func feedPath(r *http.Request) (id int64, kind string, ok bool) {
	text := r.PathValue("id")
	for _, k := range []string{"rss", "atom", "json"} {
		if base, cut := strings.CutSuffix(text, "."+k); cut {
			text, kind = base, k
			break
		}
	}
	id, err := strconv.ParseInt(text, 10, 64)
	return id, kind, err == nil && id > 0
}

// handleSourceFeed is /sources/{id}.rss, .atom and .json: the outlet's
// latest articles, newest first, each quoting its opening.
func (s *Server) handleSourceFeed(w http.ResponseWriter, r *http.Request, kind string, src *news.Source) {
	base := baseURL(r)
	as, err := s.store.ListArticles(r.Context(), news.ArticleFilter{SourceID: src.ID, Limit: feedSize})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	f := feed{Title: s.siteName + " — " + src.Name, Description: "آخر أخبار " + src.Name,
		Page: base + "/sources/" + strconv.FormatInt(src.ID, 10), Self: base + r.URL.RequestURI()}
	for _, a := range as {
		link := base + "/articles/" + strconv.FormatInt(a.ID, 10)
		f.Items = append(f.Items, feedItem{ID: link, Title: news.TrimDesk(a.Title), Link: link, Author: src.Name,
			AuthorURL: sourceFeed(base, src.ID), Summary: "<p>" + html.EscapeString(opening(a.Text)) + "</p>", Published: a.Published})
	}
	s.writeFeed(w, r, kind, f)
}

// handleStoryFeed is /stories/{id}.rss, .atom and .json: one story's
// original reports, newest first, for a reader who follows a developing
// story. A copy is no news to such a reader: it is named under its
// original, as on the story page, and never an item of its own.
func (s *Server) handleStoryFeed(w http.ResponseWriter, r *http.Request, kind string, st *news.Story, members []news.Article) {
	base := baseURL(r)
	page := base + "/stories/" + strconv.FormatInt(st.ID, 10)
	headline := news.TrimDesk(st.Headline)
	f := feed{Title: s.siteName + " — " + headline, Description: "التغطية الكاملة: " + headline, Page: page,
		Self: base + r.URL.RequestURI()}
	copies := map[int64][]string{}
	in := make(map[int64]bool, len(members))
	for _, a := range members {
		in[a.ID] = true
		if a.CopyOf != 0 && !slices.Contains(copies[a.CopyOf], a.SourceName) {
			copies[a.CopyOf] = append(copies[a.CopyOf], a.SourceName)
		}
	}
	var items []news.Article
	for i := len(members) - 1; i >= 0 && len(items) < feedSize; i-- {
		if a := members[i]; a.CopyOf == 0 || !in[a.CopyOf] { // a copy is named under its original
			items = append(items, a)
		}
	}
	// Each item quotes its opening: the items' texts, read at once.
	ids := make([]int64, len(items))
	for i, a := range items {
		ids[i] = a.ID
	}
	full, err := s.storyStore().ArticlesByIDs(r.Context(), ids)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	texts := make(map[int64]string, len(full))
	for _, a := range full {
		texts[a.ID] = a.Text
	}
	for _, a := range items {
		link := base + "/articles/" + strconv.FormatInt(a.ID, 10)
		sum := "<p>" + html.EscapeString(a.SourceName)
		if a.ID == st.FirstID {
			sum += " · السبق"
		}
		sum += "</p>"
		if lead := opening(texts[a.ID]); lead != "" {
			sum += "<p>" + html.EscapeString(lead) + "</p>"
		}
		if c := copies[a.ID]; len(c) > 0 {
			sum += "<p>نقله أيضاً: " + html.EscapeString(strings.Join(c, "، ")) + "</p>"
		}
		f.Items = append(f.Items, feedItem{ID: link, Title: news.TrimDesk(a.Title), Link: link, Author: a.SourceName,
			AuthorURL: sourceFeed(base, a.SourceID), Summary: sum, Published: a.Published})
	}
	s.writeFeed(w, r, kind, f)
}

// openingWords is how much of an article a feed item quotes.
const openingWords = 60

// opening is the first paragraph of a text, cut to openingWords words.
func opening(text string) string {
	ps := paragraphs(text)
	if len(ps) == 0 {
		return ""
	}
	ws := strings.Fields(ps[0])
	if len(ws) <= openingWords {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[:openingWords], " ") + " …"
}

// storyFeeds are the feeds of the top stories (tag "") or of a tag.
func storyFeeds(tag string) *feedLinks {
	q := ""
	if tag != "" {
		q = "?tag=" + url.QueryEscape(tag)
	}
	return &feedLinks{RSS: "/stories.rss" + q, Atom: "/stories.atom" + q, JSON: "/stories.json" + q}
}
