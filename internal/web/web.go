// Package web serves Khabar's right-to-left news site: server-rendered
// Arabic pages from embedded templates, the JSON API (package api) under
// /api/v1, health, metrics and static files, all from one route table.
package web

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/metrics"
	"github.com/khabar-news/khabar/internal/news"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// DefaultSiteName is the site's name when Config leaves it empty.
const DefaultSiteName = "خبر"

// Config is what the server is built from. Store is required; nil Metrics
// and Logger get a private registry and a discarding logger.
type Config struct {
	Store    news.Store
	Metrics  *metrics.Metrics
	Logger   *slog.Logger
	SiteName string // default "خبر"
	Version  string
	// Search, when set, serves /search, its feeds and /api/v1/search; Zone
	// is the zone of their from/to days (nil = UTC).
	Search news.Searcher
	Zone   *time.Location
}

// Server serves the site. Build it with New.
type Server struct {
	store    news.Store
	metrics  *metrics.Metrics
	logger   *slog.Logger
	siteName string
	version  string
	search   news.Searcher
	zone     *time.Location
	pages    map[string]*template.Template
	static   http.Handler
	handler  http.Handler
}

// Page templates; each is parsed together with layout.html.
var pageNames = []string{"home", "article", "source", "sources", "error", "search"}

// New builds a server. It panics when the embedded templates do not parse,
// which is a build defect that every test catches.
func New(cfg Config) *Server {
	s := &Server{
		store:    cfg.Store,
		metrics:  cfg.Metrics,
		logger:   cfg.Logger,
		siteName: cfg.SiteName,
		version:  cfg.Version,
		search:   cfg.Search,
		zone:     cfg.Zone,
		pages:    make(map[string]*template.Template, len(pageNames)),
	}
	if s.metrics == nil {
		s.metrics = metrics.New()
	}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	if s.siteName == "" {
		s.siteName = DefaultSiteName
	}
	funcs := template.FuncMap{
		"arabicTime":   arabicTime,
		"timeTag":      timeTag,
		"isoTime":      isoTime,
		"arabicDigits": arabicDigits,
		"counted":      counted,
		"headline":     news.TrimDesk,
		"others":       others,
		"paragraphs":   paragraphs,
		"lang":         langAttr,
		"safeHTML":     safeHTML,
	}
	for _, name := range pageNames {
		s.pages[name] = template.Must(template.New("layout.html").Funcs(funcs).
			ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html"))
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err)
	}
	files := http.StripPrefix("/static/", http.FileServerFS(sub))
	s.static = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
	s.handler = s.instrument(s.secure(s.recoverer(s.routes())))
	return s
}

// Handler is everything the server serves.
func (s *Server) Handler() http.Handler { return s.handler }

// layoutData is what every page gets; Page is the page's own data.
type layoutData struct {
	SiteName string
	Version  string
	Title    string     // page title, without the site name
	Nav      string     // "home" or "sources": the current nav item
	Query    string     // the search box's text
	Feeds    *feedLinks // the page's list as feeds, when it has one
	Page     any
}

// render executes a page into a buffer first, so a template error becomes a
// clean error page instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, d layoutData) {
	d.SiteName, d.Version = s.siteName, s.version
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", d); err != nil {
		s.logger.ErrorContext(r.Context(), "web: render", "page", name, "err", err)
		if name == "error" {
			http.Error(w, "خطأ داخلي", http.StatusInternalServerError)
			return
		}
		s.renderError(w, r, news.Errorf(news.EINTERNAL, "web: render %s: %v", name, err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w) // a failed write is a client that left
}

// errorPage is the data of the error page.
type errorPage struct {
	Status  int
	Heading string
	Detail  string // from news.ErrorMessage: safe to show, may be English or quote input
	// DetailLabel introduces Detail in Arabic.
	DetailLabel string
}

// renderError is the one response helper for pages: the error's code picks
// the status, 5xx are logged with slog, and the user sees an Arabic page.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	status := api.Status(err)
	if status >= 500 {
		s.logger.ErrorContext(r.Context(), "web: request failed",
			"method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	}
	p := errorPage{Status: status, Detail: news.ErrorMessage(err), DetailLabel: "التفاصيل"}
	switch status {
	case http.StatusNotFound:
		p.Heading = "الصفحة غير موجودة"
		p.DetailLabel = "العنوان المطلوب"
	case http.StatusBadRequest:
		p.Heading = "طلب غير صالح"
	case http.StatusConflict:
		p.Heading = "تعارض في الطلب"
	default:
		p.Heading = "حدث خطأ داخلي"
		p.Detail = "" // nothing internal reaches the page
	}
	s.render(w, r, status, "error", layoutData{Title: p.Heading, Page: p})
}
