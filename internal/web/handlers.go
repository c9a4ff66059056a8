package web

import (
	"net/http"
	"strconv"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/news"
)

// pageSize is how many articles a listing page shows.
const pageSize = 30

// listPage is the data of the home and source pages.
type listPage struct {
	Source   *news.Source // nil on the home page
	Articles []news.Article
	Older    string // link to the next (older) page, "" on the last
}

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	p, err := s.list(r, nil)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", layoutData{Nav: "home", Page: p})
}

func (s *Server) handleSource(w http.ResponseWriter, r *http.Request) {
	// /sources/{id}.rss, .atom and .json follow one outlet (handleSourceFeed).
	id, kind, ok := feedPath(r)
	if !ok {
		s.renderError(w, r, news.Errorf(news.ENOTFOUND, "%s", r.URL.Path))
		return
	}
	src, err := s.store.SourceByID(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	if kind != "" {
		s.handleSourceFeed(w, r, kind, src)
		return
	}
	p, err := s.list(r, src)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "source", layoutData{Title: src.Name, Nav: "sources",
		Feeds: pageFeeds("/sources/"+strconv.FormatInt(id, 10), "تابع هذا المصدر"), Page: p})
}

// list reads one page of articles, of src or of every source, from the
// ?before= cursor.
func (s *Server) list(r *http.Request, src *news.Source) (*listPage, error) {
	before, err := api.IDParam(r.URL.Query().Get("before"), "before")
	if err != nil {
		return nil, err
	}
	f := news.ArticleFilter{BeforeID: before, Limit: pageSize}
	if src != nil {
		f.SourceID = src.ID
	}
	as, next, err := api.Page(r, s.store, f)
	if err != nil {
		return nil, err
	}
	p := &listPage{Source: src, Articles: as}
	if next != 0 {
		p.Older = r.URL.Path + "?before=" + strconv.FormatInt(next, 10)
	}
	return p, nil
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	a, err := s.store.ArticleByID(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "article", layoutData{Title: news.TrimDesk(a.Title), Page: a})
}

// sourcesPage is the data of the sources page.
type sourcesPage struct {
	Sources []news.Source
	Failing int
}

func (s *Server) handleSources(w http.ResponseWriter, r *http.Request) {
	ss, err := s.store.ListSources(r.Context())
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	p := sourcesPage{Sources: ss}
	for _, src := range ss {
		if failing(src) {
			p.Failing++
		}
	}
	s.render(w, r, http.StatusOK, "sources", layoutData{Title: "المصادر", Nav: "sources", Page: p})
}

// failing reports whether a source's last fetch failed.
func failing(s news.Source) bool { return s.Failures > 0 || s.LastError != "" }

func (s *Server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, news.Errorf(news.ENOTFOUND, "%s", r.URL.Path))
}

// pathID reads the {id} of a page path. A malformed id names no page, so it
// is a 404 here (the API, a program's interface, answers 400 instead).
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, news.Errorf(news.ENOTFOUND, "%s", r.URL.Path)
	}
	return id, nil
}
