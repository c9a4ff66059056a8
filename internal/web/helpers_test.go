package web

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/khabar-news/khabar/internal/metrics"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// Fixture text, written for these tests.
const (
	agencyName  = "وكالة الأنباء التجريبية"
	paperName   = "صحيفة الغد <التجريبية>"
	bookTitle   = "افتتاح معرض الكتاب في الرياض بمشاركة ٤٠٠ دار نشر"
	bookAuthor  = "سارة العلي"
	bookPara1   = "افتتح صباح اليوم معرض الكتاب السنوي في العاصمة، بمشاركة دور نشر من عشرين بلدًا."
	bookPara2   = "وقال المنظمون إن المعرض يضم هذا العام جناحًا خاصًا بكتب الأطفال."
	bookPara3   = "ويستمر المعرض عشرة أيام، ويفتح أبوابه من العاشرة صباحًا حتى العاشرة مساءً."
	evilTitle   = `<script>alert("x")</script> عنوان <b>خطير</b>`
	englishText = "The council met on Monday.\n\nIt approved the budget."
	lastError   = "http_503: الخادم غير متاح <b>مؤقتًا</b>"
	bookURL     = "https://news.example/2015/08/book-fair?id=1&x=<y>"
)

// fixture is a store with two sources and some articles, and their ids.
type fixture struct {
	store       news.Store
	agency      *news.Source
	paper       *news.Source
	book, evil  *news.Article
	english     *news.Article
	manyCount   int // articles of the agency, book included
	total       int
	riyadhLocal string // how the book's published time must read
}

// newStore opens a real SQLite store in a temporary folder.
func newStore(t testing.TB) news.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "khabar.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{store: newStore(t)}
	f.agency = &news.Source{FeedURL: "https://agency.example/rss", Name: agencyName, SiteURL: "https://agency.example/", Kind: news.KindFeed}
	f.paper = &news.Source{FeedURL: "https://paper.example/feed", Name: paperName, SiteURL: "https://paper.example/", Kind: news.KindFeed}
	for _, s := range []*news.Source{f.agency, f.paper} {
		if err := f.store.AddSource(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2015, 8, 12, 9, 0, 0, 0, time.UTC)
	f.agency.LastFetch, f.agency.LastSuccess, f.agency.NextFetch = now, now, now.Add(time.Hour)
	f.paper.LastFetch, f.paper.LastSuccess, f.paper.NextFetch = now, now.Add(-48*time.Hour), now.Add(4*time.Hour)
	f.paper.LastError, f.paper.Failures = lastError, 3
	for _, s := range []*news.Source{f.agency, f.paper} {
		if err := f.store.UpdateSourceHealth(ctx, s); err != nil {
			t.Fatal(err)
		}
	}

	put := func(a *news.Article) *news.Article {
		t.Helper()
		if a.Fetched.IsZero() {
			a.Fetched = now
		}
		if a.CanonicalURL == "" {
			a.CanonicalURL = a.URL
		}
		if _, err := f.store.PutArticle(ctx, a); err != nil {
			t.Fatalf("put %s: %v", a.URL, err)
		}
		f.total++
		return a
	}
	// 34 filler articles so the home page (30 a page) has two pages.
	for i := range 34 {
		put(&news.Article{
			SourceID: f.agency.ID, URL: fmt.Sprintf("https://agency.example/n/%d", i),
			Title: fmt.Sprintf("خبر رقم %d من الوكالة", i), Text: fmt.Sprintf("نص الخبر رقم %d.", i),
			Published: time.Date(2015, 8, 1, 8, i, 0, 0, time.UTC), Language: "ar",
		})
	}
	f.book = put(&news.Article{
		SourceID: f.agency.ID, URL: bookURL, CanonicalURL: "https://news.example/2015/08/book-fair",
		Title: bookTitle, Author: bookAuthor, Language: "ar",
		Text:      bookPara1 + "\n\n" + bookPara2 + "\n \n" + bookPara3 + "\n",
		Published: time.Date(2015, 8, 10, 14, 23, 0, 0, time.FixedZone("", 3*3600)),
	})
	f.manyCount = 35
	f.evil = put(&news.Article{
		SourceID: f.paper.ID, URL: "https://paper.example/evil",
		Title: evilTitle, Author: `<img src=x onerror=alert(1)>`, Text: "فقرة <script>alert(2)</script> أولى\n\nفقرة ثانية",
		Published: time.Date(2015, 8, 11, 6, 0, 0, 0, time.UTC), Language: "ar",
	})
	f.english = put(&news.Article{
		SourceID: f.paper.ID, URL: "https://paper.example/en/council",
		Title: "Council approves budget", Text: englishText, Language: "en",
		// Stored in UTC: shown in Riyadh time.
		Published: time.Date(2015, 8, 9, 11, 5, 0, 0, time.UTC),
	})
	f.riyadhLocal = "١٠ أغسطس ٢٠١٥، ١٤:٢٣"
	return f
}

// logBuffer is a concurrency-safe sink for the server's logs.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testServer is a Server over st with its own metrics and captured logs.
type testServer struct {
	*httptest.Server
	m    *metrics.Metrics
	logs *logBuffer
}

func newTestServer(t testing.TB, st news.Store) *testServer {
	t.Helper()
	logs := &logBuffer{}
	m := metrics.New()
	s := New(Config{Store: st, Metrics: m, Logger: slog.New(slog.NewTextHandler(logs, nil)), Version: "test"})
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &testServer{Server: ts, m: m, logs: logs}
}

// get fetches path and returns the response and its body.
func (ts *testServer) get(t testing.TB, path string) (*http.Response, string) {
	t.Helper()
	res, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: read: %v", path, err)
	}
	return res, string(b)
}

// parse parses an HTML page.
func parse(t testing.TB, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return doc
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// find returns the elements for which match is true, in document order.
func find(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && match(c) {
			out = append(out, c)
		}
	}
	return out
}

func byTag(tag string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == tag }
}

func byClass(class string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		v, _ := attr(n, "class")
		return strings.Contains(" "+v+" ", " "+class+" ")
	}
}

// text is the text content of n.
func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// checkDirAuto fails unless every text node containing one of the outside
// strings sits directly in an element with dir="auto".
func checkDirAuto(t *testing.T, doc *html.Node, outside ...string) {
	t.Helper()
	seen := map[string]bool{}
	for n := range doc.Descendants() {
		if n.Type != html.TextNode {
			continue
		}
		for _, s := range outside {
			if s == "" || !strings.Contains(n.Data, s) {
				continue
			}
			seen[s] = true
			if d, _ := attr(n.Parent, "dir"); d != "auto" {
				t.Errorf("outside text %q is in <%s dir=%q>, want dir=\"auto\"", s, n.Parent.Data, d)
			}
		}
	}
	for _, s := range outside {
		if !seen[s] {
			t.Errorf("outside text %q not on the page", s)
		}
	}
}

// failStore is a store whose reads fail with err, or panic when err is nil.
type failStore struct {
	news.Store
	err error
}

func (s failStore) fail() error {
	if s.err == nil {
		panic("failStore: boom")
	}
	return s.err
}

func (s failStore) ListArticles(context.Context, news.ArticleFilter) ([]news.Article, error) {
	return nil, s.fail()
}
func (s failStore) ArticleByID(context.Context, int64) (*news.Article, error) { return nil, s.fail() }
func (s failStore) ListSources(context.Context) ([]news.Source, error)        { return nil, s.fail() }
func (s failStore) SourceByID(context.Context, int64) (*news.Source, error)   { return nil, s.fail() }
func (s failStore) Stats(context.Context) (news.Stats, error)                 { return news.Stats{}, s.fail() }
