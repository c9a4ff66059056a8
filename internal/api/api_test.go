package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// fixture: two sources, 7 articles of the first, 1 of the second.
type fixture struct {
	store      news.Store
	src, other *news.Source
	ids        []int64 // the first source's articles, newest first
	lone       *news.Article
}

func newStore(t *testing.T) news.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{store: newStore(t)}
	f.src = &news.Source{FeedURL: "https://agency.example/rss", Name: "وكالة تجريبية", SiteURL: "https://agency.example/"}
	f.other = &news.Source{FeedURL: "https://paper.example/rss", Name: "صحيفة تجريبية"}
	for _, s := range []*news.Source{f.src, f.other} {
		if err := f.store.AddSource(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	f.other.LastFetch = time.Date(2015, 8, 12, 9, 0, 0, 0, time.UTC)
	f.other.LastError, f.other.Failures = "http_503", 2
	if err := f.store.UpdateSourceHealth(ctx, f.other); err != nil {
		t.Fatal(err)
	}
	fetched := time.Date(2015, 8, 12, 10, 0, 0, 0, time.UTC)
	for i := range 7 {
		a := &news.Article{
			SourceID: f.src.ID, URL: fmt.Sprintf("https://agency.example/n/%d?utm=x", i),
			CanonicalURL: fmt.Sprintf("https://agency.example/n/%d", i),
			Title:        fmt.Sprintf("عنوان الخبر %d", i), Text: fmt.Sprintf("فقرة أولى %d.\n\nفقرة ثانية.", i),
			Author: "كاتب", Language: "ar", Fetched: fetched,
			Published: time.Date(2015, 8, 10, 8, i, 0, 0, time.FixedZone("", 3*3600)),
		}
		if _, err := f.store.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		f.ids = append([]int64{a.ID}, f.ids...)
	}
	f.lone = &news.Article{SourceID: f.other.ID, URL: "https://paper.example/a", CanonicalURL: "https://paper.example/a",
		Title: "بلا تاريخ", Text: "نص.", Fetched: time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := f.store.PutArticle(ctx, f.lone); err != nil {
		t.Fatal(err)
	}
	return f
}

type server struct {
	*httptest.Server
	logs *bytes.Buffer // only read after requests complete
}

func newServer(t *testing.T, st news.Store) *server {
	t.Helper()
	logs := &bytes.Buffer{}
	mux := http.NewServeMux()
	Register(mux, st, slog.New(slog.NewTextHandler(logs, nil)))
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return &server{Server: ts, logs: logs}
}

// get fetches path, checks the JSON content type and decodes into v.
func (s *server) get(t *testing.T, path string, v any) int {
	t.Helper()
	res, err := s.Client().Get(s.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("GET %s: decode %T: %v\n%s", path, v, err, body)
	}
	return res.StatusCode
}

func TestListArticles(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.store)
	var l ArticleList
	if code := s.get(t, "/api/v1/articles", &l); code != 200 {
		t.Fatalf("status %d", code)
	}
	if len(l.Articles) != 8 || l.Next != "" {
		t.Fatalf("got %d articles, next %q; want 8 and no cursor", len(l.Articles), l.Next)
	}
	a := l.Articles[0]
	if a.ID != f.ids[0] || a.Source.ID != f.src.ID || a.Source.Name != "وكالة تجريبية" ||
		a.URL != "https://agency.example/n/6?utm=x" || a.CanonicalURL != "https://agency.example/n/6" ||
		a.Title != "عنوان الخبر 6" || a.Text != "فقرة أولى 6.\n\nفقرة ثانية." || a.Author != "كاتب" || a.Language != "ar" ||
		a.Published == nil || !a.Published.Equal(time.Date(2015, 8, 10, 5, 6, 0, 0, time.UTC)) || a.Fetched.IsZero() {
		t.Errorf("first article = %+v", a)
	}

	var sl ArticleList
	s.get(t, fmt.Sprintf("/api/v1/articles?source=%d", f.other.ID), &sl)
	if len(sl.Articles) != 1 || sl.Articles[0].ID != f.lone.ID || sl.Articles[0].Published != nil {
		t.Errorf("source filter: %+v", sl.Articles)
	}
}

// The JSON field names are the API's contract.
func TestArticleJSONShape(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.store)
	var m map[string]any
	s.get(t, fmt.Sprintf("/api/v1/articles/%d", f.lone.ID), &m)
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	want := "author canonical_url fetched id language published source text title url"
	if got := strings.Join(sortStrings(keys), " "); got != want {
		t.Errorf("keys = %s, want %s", got, want)
	}
	if m["published"] != nil {
		t.Errorf("published = %v, want null", m["published"])
	}
	if src, _ := m["source"].(map[string]any); src["name"] != "صحيفة تجريبية" || src["id"] != float64(f.other.ID) {
		t.Errorf("source = %v", m["source"])
	}
	if _, err := time.Parse(time.RFC3339, m["fetched"].(string)); err != nil {
		t.Errorf("fetched not RFC 3339: %v", err)
	}
	s.get(t, fmt.Sprintf("/api/v1/articles/%d", f.ids[0]), &m)
	if p, _ := m["published"].(string); p != "2015-08-10T08:06:00+03:00" {
		t.Errorf("published = %v, want the outlet's own offset", m["published"])
	}
}

func sortStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

func TestPaging(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.store)
	var got []int64
	path := fmt.Sprintf("/api/v1/articles?limit=3&source=%d", f.src.ID)
	for pages := 0; ; pages++ {
		if pages > 5 {
			t.Fatal("cursor never ends")
		}
		var l ArticleList
		if code := s.get(t, path, &l); code != 200 {
			t.Fatalf("%s: status %d", path, code)
		}
		if len(l.Articles) > 3 {
			t.Fatalf("page of %d > limit", len(l.Articles))
		}
		for _, a := range l.Articles {
			got = append(got, a.ID)
		}
		if l.Next == "" {
			break
		}
		if want := strconv.FormatInt(l.Articles[len(l.Articles)-1].ID, 10); l.Next != want {
			t.Errorf("next = %q, want the last id %s", l.Next, want)
		}
		path = fmt.Sprintf("/api/v1/articles?limit=3&source=%d&before=%s", f.src.ID, l.Next)
	}
	if fmt.Sprint(got) != fmt.Sprint(f.ids) {
		t.Errorf("paged ids %v, want %v", got, f.ids)
	}
	// An exact fit still ends: 7 articles in pages of 7 give no cursor.
	var l ArticleList
	s.get(t, fmt.Sprintf("/api/v1/articles?limit=7&source=%d", f.src.ID), &l)
	if len(l.Articles) != 7 || l.Next != "" {
		t.Errorf("exact fit: %d articles, next %q", len(l.Articles), l.Next)
	}
	// Limits at the edges are accepted.
	for _, lim := range []string{"1", "500"} {
		if code := s.get(t, "/api/v1/articles?limit="+lim, &l); code != 200 {
			t.Errorf("limit=%s: status %d", lim, code)
		}
	}
}

func TestGetArticleAndSourcesAndStats(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.store)
	var a Article
	if code := s.get(t, fmt.Sprintf("/api/v1/articles/%d", f.ids[2]), &a); code != 200 || a.ID != f.ids[2] || a.Title != "عنوان الخبر 4" {
		t.Errorf("article: %d %+v", code, a)
	}

	var sl SourceList
	if code := s.get(t, "/api/v1/sources", &sl); code != 200 || len(sl.Sources) != 2 {
		t.Fatalf("sources: %d %+v", code, sl)
	}
	bad := sl.Sources[0]
	if bad.ID != f.other.ID {
		bad = sl.Sources[1]
	}
	if bad.LastError != "http_503" || bad.Failures != 2 || bad.LastFetch == nil || bad.LastSuccess != nil || bad.Articles != 1 {
		t.Errorf("failing source = %+v", bad)
	}

	var st news.Stats
	if code := s.get(t, "/api/v1/stats", &st); code != 200 || st.Articles != 8 || st.Sources != 2 || st.SourcesFailing != 1 || st.FailuresByReason == nil {
		t.Errorf("stats: %d %+v", code, st)
	}
}

func TestErrors(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.store)
	tests := []struct {
		path   string
		status int
		code   string
		names  string // the message must name this
	}{
		{"/api/v1/articles?limit=abc", 400, news.EINVALID, "limit"},
		{"/api/v1/articles?limit=0", 400, news.EINVALID, "limit"},
		{"/api/v1/articles?limit=501", 400, news.EINVALID, "limit"},
		{"/api/v1/articles?limit=-1", 400, news.EINVALID, "limit"},
		{"/api/v1/articles?limit=1e3", 400, news.EINVALID, "limit"},
		{"/api/v1/articles?before=xyz", 400, news.EINVALID, "before"},
		{"/api/v1/articles?before=0", 400, news.EINVALID, "before"},
		{"/api/v1/articles?before=99999999999999999999", 400, news.EINVALID, "before"},
		{"/api/v1/articles?source=abc", 400, news.EINVALID, "source"},
		{"/api/v1/articles?source=-2", 400, news.EINVALID, "source"},
		{"/api/v1/articles/xyz", 400, news.EINVALID, "id"},
		{"/api/v1/articles/0", 400, news.EINVALID, "id"},
		{"/api/v1/articles/424242", 404, news.ENOTFOUND, ""},
		{"/api/v1/nope", 404, news.ENOTFOUND, "/api/v1/nope"},
		{"/api/v2/articles", 404, news.ENOTFOUND, ""},
		{"/api/v1/articles/1/extra", 404, news.ENOTFOUND, ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var e ErrorBody
			code := s.get(t, tt.path, &e)
			if code != tt.status || e.Error.Code != tt.code {
				t.Errorf("got %d %q, want %d %q", code, e.Error.Code, tt.status, tt.code)
			}
			if e.Error.Message == "" || !strings.Contains(e.Error.Message, tt.names) {
				t.Errorf("message %q does not name %q", e.Error.Message, tt.names)
			}
		})
	}
	// A cursor naming no article is the user's mistake too, never a 500.
	var e ErrorBody
	if code := s.get(t, "/api/v1/articles?before=424242", &e); code >= 500 || e.Error.Code == "" {
		t.Errorf("unknown cursor: %d %+v", code, e)
	}
	if strings.Contains(s.logs.String(), "level=ERROR") {
		t.Errorf("user mistakes logged as errors:\n%s", s.logs)
	}
}

func TestPostIsNotServed(t *testing.T) {
	s := newServer(t, newStore(t))
	res, err := s.Client().Post(s.URL+"/api/v1/articles", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode < 400 || res.StatusCode >= 500 || res.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("POST: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
}

type failStore struct {
	news.Store
	err error
}

func (s failStore) ListArticles(context.Context, news.ArticleFilter) ([]news.Article, error) {
	return nil, s.err
}
func (s failStore) ArticleByID(context.Context, int64) (*news.Article, error) { return nil, s.err }
func (s failStore) ListSources(context.Context) ([]news.Source, error)        { return nil, s.err }
func (s failStore) Stats(context.Context) (news.Stats, error)                 { return news.Stats{}, s.err }

func TestInternalErrors(t *testing.T) {
	for _, err := range []error{
		errors.New("sqlite: database is locked at /secret/db"),
		news.Errorf(news.EINTERNAL, "/secret/db corrupt"),
	} {
		s := newServer(t, failStore{Store: newStore(t), err: err})
		for _, path := range []string{"/api/v1/articles", "/api/v1/articles/1", "/api/v1/sources", "/api/v1/stats"} {
			var e ErrorBody
			if code := s.get(t, path, &e); code != 500 || e.Error.Code != news.EINTERNAL || e.Error.Message != "internal error" {
				t.Errorf("%s: %d %+v", path, code, e)
			}
		}
		if logs := s.logs.String(); strings.Count(logs, "level=ERROR") != 4 || !strings.Contains(logs, "/secret/db") {
			t.Errorf("5xx not logged with cause:\n%s", logs)
		}
	}
	// Codes other than internal keep their status and message.
	s := newServer(t, failStore{Store: newStore(t), err: fmt.Errorf("x: %w", news.Errorf(news.ECONFLICT, "busy"))})
	var e ErrorBody
	if code := s.get(t, "/api/v1/stats", &e); code != 409 || e.Error.Code != news.ECONFLICT || e.Error.Message != "busy" {
		t.Errorf("conflict: %d %+v", code, e)
	}
}

// A time no JSON can hold (year 10000 from a bad feed) is a logged 500 with
// a JSON body, not an empty 200.
func TestUnencodable(t *testing.T) {
	rec := httptest.NewRecorder()
	logs := &bytes.Buffer{}
	h := &Handler{logger: slog.New(slog.NewTextHandler(logs, nil))}
	req := httptest.NewRequest("GET", "/api/v1/articles/1", nil)
	h.writeJSON(rec, req, 200, Article{Fetched: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)})
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), `"code":"internal"`) || !strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("got %d %s; logs %s", rec.Code, rec.Body, logs)
	}
}

func TestParams(t *testing.T) {
	for _, tt := range []struct {
		v    string
		want int
		ok   bool
	}{{"", 50, true}, {"1", 1, true}, {"500", 500, true}, {"0", 0, false}, {"501", 0, false}, {" 5", 0, false}, {"٥", 0, false}} {
		got, err := IntParam(tt.v, "limit", DefaultLimit, 1, MaxLimit)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("IntParam(%q) = %d, %v", tt.v, got, err)
		}
		if err != nil && news.ErrorCode(err) != news.EINVALID {
			t.Errorf("IntParam(%q) code %q", tt.v, news.ErrorCode(err))
		}
	}
	if id, err := IDParam("", "before"); id != 0 || err != nil {
		t.Errorf("IDParam(empty) = %d, %v", id, err)
	}
}
