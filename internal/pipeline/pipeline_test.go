package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/extract"
	"github.com/khabar-news/khabar/internal/feed"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/metrics"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// page writes an article page the way a small news site would.
func page(title, canonical, body string) string {
	var ps strings.Builder
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&ps, "<p>%s — الفقرة %d من الخبر، وفيها تفاصيل كافية ليعدها المستخرج نصا رئيسيا للمقال وليس حشوا.</p>\n", body, i+1)
	}
	canon := ""
	if canonical != "" {
		canon = `<link rel="canonical" href="` + canonical + `">`
	}
	return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>` + title + ` | موقع الاختبار</title>` + canon +
		`<meta property="og:title" content="` + title + `"><meta property="article:published_time" content="2015-08-10T09:15:00+03:00"></head>` +
		`<body><nav><a href="/">الرئيسية</a></nav><article><h1>` + title + `</h1>` + ps.String() + `</article><footer>جميع الحقوق محفوظة</footer></body></html>`
}

// site is a test news site: a feed with tracking parameters, a WordPress-style
// redirect to the canonical URL, a page that names its canonical URL, a page
// listed twice, a page without text and a path robots.txt forbids.
func site(t *testing.T) (*httptest.Server, *atomic.Int64) {
	var private atomic.Int64
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\nSitemap: %s/sitemap.xml\n", srv.URL)
	})
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع الاختبار</title><link>%[1]s/</link>
<item><title>افتتاح مدرسة جديدة</title><link>%[1]s/news/1?utm_source=rss&amp;utm_medium=feed</link><pubDate>Mon, 10 Aug 2015 09:15:00 +0300</pubDate></item>
<item><title>خبر بعنوان مختصر</title><link>%[1]s/?p=2</link></item>
<item><title>صفحة بلا نص</title><link>%[1]s/empty</link></item>
<item><title>خبر ممنوع</title><link>%[1]s/private/4</link></item>
<item><title>الخبر نفسه برابط آخر</title><link>/news/1?ref=home</link></item>
</channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>%[1]s/2015/08/2/</loc></url><url><loc>%[1]s/news/5</loc></url></urlset>`, srv.URL)
	})
	mux.HandleFunc("/news/1", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("افتتاح مدرسة جديدة في الرياض", srv.URL+"/news/1", "افتتحت وزارة التعليم مدرسة جديدة"))
	})
	mux.HandleFunc("/news/1/", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("p") == "2" {
			http.Redirect(w, r, "/2015/08/2/", http.StatusMovedPermanently)
			return
		}
		fmt.Fprint(w, "<html><body>home</body></html>")
	})
	mux.HandleFunc("/2015/08/2/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("خبر بعنوان مختصر", srv.URL+"/2015/08/2/", "أعلنت الهيئة العامة للإحصاء نتائج المسح"))
	})
	mux.HandleFunc("/news/5", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("خبر من خريطة الموقع فقط", "", "وصلت قافلة المساعدات إلى المدينة"))
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>فارغ</title></head><body><nav><a href="/">الرئيسية</a></nav></body></html>`)
	})
	mux.HandleFunc("/private/", func(w http.ResponseWriter, r *http.Request) {
		private.Add(1)
		fmt.Fprint(w, page("ممنوع", "", "لا ينبغي جلب هذه الصفحة"))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &private
}

func newTestPipeline(t *testing.T) (*Pipeline, *sqlite.Store) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg := fetch.DefaultConfig()
	cfg.MinDelay = 0
	m := metrics.New()
	return &Pipeline{Store: st, Fetch: fetch.New(cfg, m), Extract: extract.New(), Metrics: m, Workers: 4, Every: time.Minute}, st
}

func TestCrawlSite(t *testing.T) {
	srv, private := site(t)
	p, st := newTestPipeline(t)
	ctx := context.Background()
	src := &news.Source{FeedURL: srv.URL + "/rss.xml", Name: "موقع الاختبار", Kind: news.KindFeed}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	sum, err := p.Crawl(ctx, []news.Source{*src}, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(sum.String())
	if sum.SourcesOK != 1 || sum.Stored != 3 {
		t.Fatalf("want 1 source ok and 3 stored:\n%s", sum)
	}
	if sum.FailedByReason["robots"] != 1 || sum.FailedByReason["no_text"] != 1 {
		t.Fatalf("want one robots and one no_text failure:\n%s", sum)
	}
	if private.Load() != 0 {
		t.Fatal("a robots-disallowed page was fetched")
	}
	arts, err := st.ListArticles(ctx, news.ArticleFilter{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	canon := map[string]news.Article{}
	for _, a := range arts {
		canon[a.CanonicalURL] = a
	}
	a1, ok := canon[srv.URL+"/news/1"]
	if !ok || a1.Title != "افتتاح مدرسة جديدة في الرياض" {
		t.Fatalf("tracking parameters not stripped or page title not used: %v", canon)
	}
	if want := time.Date(2015, 8, 10, 6, 15, 0, 0, time.UTC); !a1.Published.Equal(want) {
		t.Fatalf("published %v, want %v", a1.Published, want)
	}
	if _, ok := canon[srv.URL+"/2015/08/2/"]; !ok {
		t.Fatalf("redirected page not stored under its canonical URL: %v", canon)
	}
	// The ?p=2 URL and the ?ref one now lead to stored articles.
	for _, u := range []string{srv.URL + "/?p=2", srv.URL + "/news/1?ref=home"} {
		if id, err := st.ArticleIDByURL(ctx, u); err != nil || id == 0 {
			t.Errorf("alias %s not recorded (id %d, err %v)", u, id, err)
		}
	}

	// Health written: ETag kept, so the next pass gets a 304 and stores nothing.
	got, err := st.SourceByID(ctx, src.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ETag != `"v1"` || got.LastSuccess.IsZero() || got.Failures != 0 {
		t.Fatalf("health not recorded: %+v", got)
	}
	sum, err = p.Crawl(ctx, []news.Source{*got}, false)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 0 || sum.Discovered != 0 {
		t.Fatalf("second pass after 304:\n%s", sum)
	}
}

func TestFailingSourceIsBackedOffNotDropped(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>هذه صفحة وليست خلاصة</p></body></html>")
	}))
	defer srv.Close()
	p, st := newTestPipeline(t)
	ctx := context.Background()
	src := &news.Source{FeedURL: srv.URL + "/feed", Name: "ليست خلاصة", Kind: news.KindFeed}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 2; i++ {
		cur, _ := st.SourceByID(ctx, src.ID)
		sum, err := p.Crawl(ctx, []news.Source{*cur}, false)
		if err != nil {
			t.Fatal(err)
		}
		if sum.SourcesFailed != 1 || !strings.Contains(sum.SourceErrors[src.FeedURL], "feed") {
			t.Fatalf("pass %d: want the source failed with a clear error:\n%s", i, sum)
		}
		got, err := st.SourceByID(ctx, src.ID)
		if err != nil {
			t.Fatalf("source dropped after failing: %v", err)
		}
		if got.Failures != i || got.LastError == "" || !got.NextFetch.After(time.Now()) {
			t.Fatalf("pass %d: health %+v", i, got)
		}
	}
}

func TestUnreachableHostIsOneError(t *testing.T) {
	p, st := newTestPipeline(t)
	ctx := context.Background()
	// A port nothing listens on.
	srv := httptest.NewServer(http.NotFoundHandler())
	dead := srv.URL + "/rss.xml"
	srv.Close()
	src := &news.Source{FeedURL: dead, Name: "مغلق", Kind: news.KindFeed}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	p.Fetch = fetch.New(func() fetch.Config { c := fetch.DefaultConfig(); c.MinDelay = 0; c.MaxAttempts = 1; return c }(), nil)
	sum, err := p.Crawl(ctx, []news.Source{*src}, true)
	if err != nil {
		t.Fatal(err)
	}
	if sum.SourcesFailed != 1 || len(sum.SourceErrors) != 1 {
		t.Fatalf("want one failed source:\n%s", sum)
	}
}

func TestMerge(t *testing.T) {
	pub := time.Date(2015, 8, 10, 9, 0, 0, 0, time.FixedZone("", 3*3600))
	feedPub := pub.Add(5 * time.Minute)
	cases := []struct {
		name      string
		res       extract.Result
		item      feed.Item
		title     string
		author    string
		published time.Time
	}{
		{"page wins when structured",
			extract.Result{Title: "عنوان الصفحة", TitleQuality: extract.QualityStructured, Published: pub, PublishedQuality: extract.QualityStructured, Author: "كاتب"},
			feed.Item{Title: "عنوان الصفحة & تفاصيل", Published: feedPub, Author: "آخر"},
			"عنوان الصفحة", "كاتب", pub},
		{"feed fills gaps",
			extract.Result{},
			feed.Item{Title: " عنوان  الخلاصة ", Published: feedPub, Author: "محرر"},
			"عنوان الخلاصة", "محرر", feedPub},
		{"feed time beats a visible date",
			extract.Result{Title: "عنوان", TitleQuality: extract.QualityVisible, Published: pub, PublishedQuality: extract.QualityDate},
			feed.Item{Published: feedPub},
			"عنوان", "", feedPub},
		{"title tag with a site suffix loses to the feed title",
			extract.Result{Title: "عنوان الخبر | الموقع", TitleQuality: extract.QualityVisible},
			feed.Item{Title: "عنوان الخبر"},
			"عنوان الخبر", "", time.Time{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			title, author, published := Merge(&tc.res, tc.item)
			if title != tc.title || author != tc.author || !published.Equal(tc.published) {
				t.Fatalf("got %q %q %v; want %q %q %v", title, author, published, tc.title, tc.author, tc.published)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	every := 10 * time.Minute
	prev := time.Duration(0)
	for n := 1; n <= 20; n++ {
		d := Backoff(every, n)
		if d <= 0 || d > 29*time.Hour {
			t.Fatalf("Backoff(%d) = %s", n, d)
		}
		if n <= 6 && d < prev/2 {
			t.Fatalf("Backoff(%d) = %s shrank from %s", n, d, prev)
		}
		prev = d
	}
	if d := Backoff(every, 1); d < 8*time.Minute || d > 12*time.Minute {
		t.Fatalf("first backoff %s, want about %s", d, every)
	}
}
