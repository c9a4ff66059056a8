// Package api serves Khabar's read-only JSON API under /api/v1 on top of a
// news.Store. It registers its routes on a caller's ServeMux so the web
// server can mount it next to the pages and see each route's pattern.
package api

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/news"
)

// Prefix is where the API lives.
const Prefix = "/api/v1"

// Limits of the article listing.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// Handler holds what the API handlers need.
type Handler struct {
	store  news.Store
	logger *slog.Logger
}

// Register adds the API's routes to mux. The route table is here, in one
// place; unknown paths under /api/ answer with a JSON 404 so clients never
// get an HTML page.
func Register(mux *http.ServeMux, store news.Store, logger *slog.Logger) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	h := &Handler{store: store, logger: logger}
	mux.HandleFunc("GET "+Prefix+"/articles", h.listArticles)
	mux.HandleFunc("GET "+Prefix+"/articles/{id}", h.getArticle)
	mux.HandleFunc("GET "+Prefix+"/sources", h.listSources)
	mux.HandleFunc("GET "+Prefix+"/stats", h.stats)
	mux.HandleFunc("GET "+Prefix+"/analyze", h.analyze)
	mux.HandleFunc("GET "+Prefix+"/stories", h.listStories)
	mux.HandleFunc("GET "+Prefix+"/stories/{id}", h.getStory)
	mux.HandleFunc("GET "+Prefix+"/articles/{id}/similar", h.similar)
	mux.HandleFunc("GET "+Prefix+"/trending", h.trending)
	mux.HandleFunc("/api/", h.notFound)
}

// Status maps a news error code to its HTTP status.
func Status(err error) int {
	switch news.ErrorCode(err) {
	case "":
		return http.StatusOK
	case news.EINVALID:
		return http.StatusBadRequest
	case news.ENOTFOUND:
		return http.StatusNotFound
	case news.ECONFLICT:
		return http.StatusConflict
	default:
		return http.StatusInternalServerError
	}
}

// Article is the JSON form of a news.Article.
type Article struct {
	ID           int64      `json:"id"`
	URL          string     `json:"url"`
	CanonicalURL string     `json:"canonical_url"`
	Source       SourceRef  `json:"source"`
	Title        string     `json:"title"`
	Text         string     `json:"text"`
	Author       string     `json:"author"`
	Language     string     `json:"language"`
	Published    *time.Time `json:"published"` // null when unknown
	Fetched      time.Time  `json:"fetched"`
}

// SourceRef names the source of an article.
type SourceRef struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// ArticleList is one page of articles; Next is the cursor for the following
// page (pass it as before=), empty when there is none.
type ArticleList struct {
	Articles []Article `json:"articles"`
	Next     string    `json:"next"`
}

// Source is the JSON form of a news.Source with its health. Conditional-GET
// validators are left out: they are the crawler's business.
type Source struct {
	ID          int64      `json:"id"`
	Name        string     `json:"name"`
	FeedURL     string     `json:"feed_url"`
	SiteURL     string     `json:"site_url"`
	Kind        string     `json:"kind"`
	Country     string     `json:"country"`
	Added       time.Time  `json:"added"`
	LastFetch   *time.Time `json:"last_fetch"`
	LastSuccess *time.Time `json:"last_success"`
	LastError   string     `json:"last_error"`
	Failures    int        `json:"failures"`
	NextFetch   *time.Time `json:"next_fetch"`
	Articles    int        `json:"articles"`
}

// SourceList is every source.
type SourceList struct {
	Sources []Source `json:"sources"`
}

// ErrorBody is the shape of every error answer.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is a news error code and its user-facing message.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// NewArticle converts a stored article to its JSON form.
func NewArticle(a *news.Article) Article {
	return Article{
		ID:           a.ID,
		URL:          a.URL,
		CanonicalURL: a.CanonicalURL,
		Source:       SourceRef{ID: a.SourceID, Name: a.SourceName},
		Title:        a.Title,
		Text:         a.Text,
		Author:       a.Author,
		Language:     a.Language,
		Published:    optTime(a.Published),
		Fetched:      a.Fetched,
	}
}

// NewSource converts a stored source to its JSON form.
func NewSource(s *news.Source) Source {
	return Source{
		ID:          s.ID,
		Name:        s.Name,
		FeedURL:     s.FeedURL,
		SiteURL:     s.SiteURL,
		Kind:        s.Kind,
		Country:     s.Country,
		Added:       s.Added,
		LastFetch:   optTime(s.LastFetch),
		LastSuccess: optTime(s.LastSuccess),
		LastError:   s.LastError,
		Failures:    s.Failures,
		NextFetch:   optTime(s.NextFetch),
		Articles:    s.Articles,
	}
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// pageParams reads the keyset paging of a list: limit and the before cursor.
func pageParams(q url.Values) (limit int, before int64, err error) {
	if limit, err = IntParam(q.Get("limit"), "limit", DefaultLimit, 1, MaxLimit); err != nil {
		return 0, 0, err
	}
	before, err = IDParam(q.Get("before"), "before")
	return limit, before, err
}

func (h *Handler) listArticles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, before, err := pageParams(q)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	source, err := IDParam(q.Get("source"), "source")
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	as, next, err := Page(r, h.store, news.ArticleFilter{SourceID: source, BeforeID: before, Limit: limit})
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	out := ArticleList{Articles: make([]Article, 0, len(as))}
	for i := range as {
		out.Articles = append(out.Articles, NewArticle(&as[i]))
	}
	if next != 0 {
		out.Next = strconv.FormatInt(next, 10)
	}
	h.writeJSON(w, r, http.StatusOK, out)
}

// Page lists one page of articles and the cursor of the next page (0 when
// there is none). It asks for one more than the limit to know whether more
// exist. Stores cap a listing at MaxLimit, so a full page at the cap may hide
// more: then it offers a cursor anyway, as a final empty page is better than
// articles nobody can reach.
func Page(r *http.Request, store news.Store, f news.ArticleFilter) ([]news.Article, int64, error) {
	limit := f.Limit
	f.Limit++
	as, err := store.ListArticles(r.Context(), f)
	if err != nil {
		return nil, 0, err
	}
	more := len(as) > limit || (len(as) == limit && limit >= MaxLimit)
	if !more {
		return as, 0, nil
	}
	as = as[:limit]
	return as, as[len(as)-1].ID, nil
}

func (h *Handler) getArticle(w http.ResponseWriter, r *http.Request) {
	id, err := IDParam(r.PathValue("id"), "id")
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	a, err := h.store.ArticleByID(r.Context(), id)
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	h.writeJSON(w, r, http.StatusOK, NewArticle(a))
}

func (h *Handler) listSources(w http.ResponseWriter, r *http.Request) {
	ss, err := h.store.ListSources(r.Context())
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	out := SourceList{Sources: make([]Source, 0, len(ss))}
	for i := range ss {
		out.Sources = append(out.Sources, NewSource(&ss[i]))
	}
	h.writeJSON(w, r, http.StatusOK, out)
}

func (h *Handler) stats(w http.ResponseWriter, r *http.Request) {
	st, err := h.store.Stats(r.Context())
	if err != nil {
		h.writeError(w, r, err)
		return
	}
	if st.FailuresByReason == nil {
		// An empty object, not null: clients can index it without a check.
		st.FailuresByReason = map[string]int{}
	}
	h.writeJSON(w, r, http.StatusOK, st)
}

func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	h.writeError(w, r, news.Errorf(news.ENOTFOUND, "no API endpoint %s %s", r.Method, r.URL.Path))
}

// IntParam parses an optional integer query parameter within [lo, hi]; empty
// gives def. The error is EINVALID and names the parameter.
func IntParam(v, name string, def, lo, hi int) (int, error) {
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, news.Errorf(news.EINVALID, "%s must be an integer from %d to %d, got %q", name, lo, hi, v)
	}
	return n, nil
}

// IDParam parses an optional positive id; empty gives 0. The error is
// EINVALID and names the parameter.
func IDParam(v, name string) (int64, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		return 0, news.Errorf(news.EINVALID, "%s must be a positive integer id, got %q", name, v)
	}
	return n, nil
}

// MaxTagLen bounds a tag given in a query, in bytes: tags are names and
// keyphrases of a few words.
const MaxTagLen = 200

// TagParam checks a tag given in a query (?tag=, /tags/{tag}): trimmed,
// valid UTF-8 and at most MaxTagLen bytes; "" when none is given.
func TagParam(v string) (string, error) {
	v = strings.TrimSpace(v)
	if len(v) > MaxTagLen || !utf8.ValidString(v) {
		return "", news.Errorf(news.EINVALID, "tag must be at most %d bytes of UTF-8", MaxTagLen)
	}
	return v, nil
}

// writeError is the one place API errors become responses: the code picks
// the status, 5xx are logged, and internal details never reach the client.
func (h *Handler) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := Status(err)
	if status >= 500 {
		h.logger.ErrorContext(r.Context(), "api: request failed",
			"method", r.Method, "path", r.URL.Path, "err", err)
	}
	d := ErrorDetail{Code: news.ErrorCode(err), Message: news.ErrorMessage(err)}
	if status >= 500 {
		// Even a coded internal error may carry details meant for the log.
		d = ErrorDetail{Code: news.EINTERNAL, Message: "internal error"}
	}
	h.writeJSON(w, r, status, ErrorBody{Error: d})
}

// WriteJSON writes v as JSON with the given status. When v cannot be
// encoded (a time outside years 0..9999 from a bad feed date, say) nothing
// is written and the error is returned, so the caller can still answer.
func WriteJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("api: encode: %w", err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n')) // a failed write is a client that left
	return nil
}

func (h *Handler) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	if err := WriteJSON(w, status, v); err != nil {
		h.logger.ErrorContext(r.Context(), "api: request failed",
			"method", r.Method, "path", r.URL.Path, "err", err)
		_ = WriteJSON(w, http.StatusInternalServerError,
			ErrorBody{Error: ErrorDetail{Code: news.EINTERNAL, Message: "internal error"}})
	}
}
