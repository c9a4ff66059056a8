package web

import (
	"net/http"

	"github.com/khabar-news/khabar/internal/api"
)

// routes is Khabar's one route table: every page, the API, health, metrics
// and static files. Patterns double as the "route" label of the metrics, so
// they stay few and bounded.
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleStoryHome)
	mux.HandleFunc("GET /articles/{id}", s.handleStoryArticle)
	mux.HandleFunc("GET /stories/{id}", s.handleStory)
	mux.HandleFunc("GET /tags/{tag}", s.handleTag)
	mux.HandleFunc("GET /stories.rss", s.handleStoriesFeed)
	mux.HandleFunc("GET /stories.atom", s.handleStoriesFeed)
	mux.HandleFunc("GET /stories.json", s.handleStoriesFeed)
	mux.HandleFunc("GET /sources", s.handleSources)
	mux.HandleFunc("GET /sources/{id}", s.handleSource)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /search.rss", s.handleSearchFeed)
	mux.HandleFunc("GET /search.atom", s.handleSearchFeed)
	mux.HandleFunc("GET /search.json", s.handleSearchFeed)
	mux.HandleFunc("GET /healthz", s.handleHealthz)
	mux.Handle("GET /metrics", s.metrics.Handler())
	mux.Handle("GET /static/", s.static)
	api.Register(mux, s.store, s.logger) // GET /api/v1/..., and a JSON 404 for the rest of /api/
	api.RegisterSearch(mux, &api.SearchHandler{Searcher: s.search, Zone: s.zone, Logger: s.logger})
	mux.HandleFunc("/", s.handleNotFound)
	return mux
}
