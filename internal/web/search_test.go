package web

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/search"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// searchServer is a site over a real store and a real index holding three
// articles of our own.
func searchServer(t *testing.T) (*httptest.Server, []int64) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "khabar.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ix, err := search.Open(ctx, dir, st, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	src := &news.Source{FeedURL: "https://agency.example/rss", Name: "وكالة <الأنباء>", Kind: news.KindFeed}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i, a := range []news.Article{
		{Title: "أحمد يفتتح معرض الكتاب", Text: "افتتح أحمد معرض الكتاب <b>السنوي</b> في الرياض."},
		{Title: "عام / مدرسة جديدة في جدة", Text: "افتتاح مدرسة ابتدائية جديدة & حديثة."},
		{Title: "القبض على مطلوب", Text: "القبض على قاتـ.ل هارب."},
	} {
		a.SourceID = src.ID
		a.URL = "https://agency.example/" + string(rune('a'+i))
		a.CanonicalURL = a.URL
		a.Published = time.Date(2015, 8, 10+i, 9, 0, 0, 0, time.UTC)
		if _, err := st.PutArticle(ctx, &a); err != nil {
			t.Fatal(err)
		}
		if err := ix.Process(ctx, &a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Config{Store: st, Search: ix}).Handler())
	t.Cleanup(srv.Close)
	return srv, ids
}

func get(t *testing.T, u string) (int, string, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
}

func TestSearchPage(t *testing.T) {
	srv, _ := searchServer(t)
	status, _, body := get(t, srv.URL+"/search?q="+url.QueryEscape("احمد"))
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	for _, want := range []string{
		`<mark>أحمد</mark>`,                      // the article's spelling, not the query's
		`class="snippet" dir="auto"`,             // outside text gets its own direction
		`/search.rss?q=%D8%A7%D8%AD%D9%85%D8%AF`, // the search as a feed
		`value="احمد"`,                           // the query stays in the box
		`وكالة &lt;الأنباء&gt;`,                  // source names escaped
		`&lt;b&gt;السنوي&lt;/b&gt;`,              // article text escaped
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// A wire headline is shown without its desk label.
	if _, _, body := get(t, srv.URL+"/search?q="+url.QueryEscape("مدرسة")); !strings.Contains(body, "جديدة في جدة") || strings.Contains(body, "عام /") {
		t.Errorf("results page shows the desk label «عام /» or not the school")
	}
	// The search box is on every page.
	for _, path := range []string{"/", "/sources", "/search"} {
		if _, _, body := get(t, srv.URL+path); !strings.Contains(body, `role="search"`) || !strings.Contains(body, `action="/search"`) {
			t.Errorf("%s has no search box", path)
		}
	}
	// A bad query is a 400 page that says why, not a 500.
	status, _, body = get(t, srv.URL+"/search?q="+url.QueryEscape(`"كأس`))
	if status != http.StatusBadRequest || !strings.Contains(body, "unbalanced quote") {
		t.Errorf("unbalanced quote: status %d", status)
	}
}

func TestSearchAPI(t *testing.T) {
	srv, ids := searchServer(t)
	status, ctype, body := get(t, srv.URL+"/api/v1/search?q="+url.QueryEscape("قاتل"))
	if status != http.StatusOK || !strings.HasPrefix(ctype, "application/json") {
		t.Fatalf("status %d %s: %s", status, ctype, body)
	}
	var res api.SearchResult
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || len(res.Hits) != 1 || res.Hits[0].ID != ids[2] {
		t.Fatalf("hits %+v", res)
	}
	h := res.Hits[0]
	if h.URL != "https://agency.example/c" || h.Title != "القبض على مطلوب" || h.Source.Name != "وكالة <الأنباء>" ||
		h.Published == nil || h.Score <= 0 || !strings.Contains(h.Snippet, "<mark>قاتـ.ل</mark>") {
		t.Errorf("hit %+v", h)
	}
	bad := map[string]string{
		"":                                    "empty query",
		"q=" + strings.Repeat("%D8%A8", 5000): "too long",
		"q=%22abc":                            "unbalanced quote",
		"q=x&from=yesterday":                  "from must be a date",
		"q=x+after:2015-99-01":                "after: wants a date",
		"q=x&to=2015/08":                      "to must be a date",
		"q=x&page=0":                          "page must be",
		"q=x&sort=best":                       "sort must be",
	}
	for query, msg := range bad {
		status, _, body := get(t, srv.URL+"/api/v1/search?"+query)
		if status != http.StatusBadRequest || !strings.Contains(body, msg) || !strings.Contains(body, `"code":"invalid"`) {
			t.Errorf("%.40s: status %d, body %.200s; want 400 with %q", query, status, body, msg)
		}
	}
	// A page past the end is an empty page.
	status, _, body = get(t, srv.URL+"/api/v1/search?q=%D8%A7%D8%AD%D9%85%D8%AF&page=99")
	if status != http.StatusOK || !strings.Contains(body, `"hits":[]`) || !strings.Contains(body, `"total":1`) {
		t.Errorf("page 99: %d %s", status, body)
	}
	// Filters as parameters: source by id and from/to days.
	status, _, body = get(t, srv.URL+"/api/v1/search?q=%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD&from=2015-08-11&to=2015-08-11&sort=time")
	if status != http.StatusOK || !strings.Contains(body, `"total":1`) {
		t.Errorf("from/to: %d %s", status, body)
	}
}

func TestSearchFeeds(t *testing.T) {
	srv, _ := searchServer(t)
	q := "?q=" + url.QueryEscape("مدرسه")
	status, ctype, body := get(t, srv.URL+"/search.rss"+q)
	var rss struct {
		Channel struct {
			Items []struct {
				Title       string `xml:"title"`
				Link        string `xml:"link"`
				Description string `xml:"description"`
				Source      struct {
					URL  string `xml:"url,attr"`
					Name string `xml:",chardata"`
				} `xml:"source"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if status != 200 || !strings.HasPrefix(ctype, "application/rss+xml") || xml.Unmarshal([]byte(body), &rss) != nil {
		t.Fatalf("rss: %d %s %.300s", status, ctype, body)
	}
	if len(rss.Channel.Items) != 1 || rss.Channel.Items[0].Link != "https://agency.example/b" || !strings.Contains(rss.Channel.Items[0].Description, "<mark>مدرسة</mark>") {
		t.Errorf("rss items %+v", rss.Channel.Items)
	}
	// RSS 2.0's <source> names the outlet and must carry a url: its page here.
	if src := rss.Channel.Items[0].Source; src.Name != "وكالة <الأنباء>" || !strings.HasPrefix(src.URL, srv.URL+"/sources/") {
		t.Errorf("rss item source %+v, want the outlet's name and its page here", src)
	} else if st, _, _ := get(t, src.URL); st != http.StatusOK {
		t.Errorf("the source's url %s: %d", src.URL, st)
	}
	status, ctype, body = get(t, srv.URL+"/search.atom"+q)
	var atom struct {
		Entries []struct {
			Title string `xml:"title"`
			ID    string `xml:"id"`
		} `xml:"entry"`
	}
	if status != 200 || !strings.HasPrefix(ctype, "application/atom+xml") || xml.Unmarshal([]byte(body), &atom) != nil || len(atom.Entries) != 1 {
		t.Errorf("atom: %d %s %.300s", status, ctype, body)
	}
	status, ctype, body = get(t, srv.URL+"/search.json"+q)
	var jf struct {
		Version string
		Items   []struct{ URL, Title string }
	}
	if status != 200 || !strings.HasPrefix(ctype, "application/feed+json") || json.Unmarshal([]byte(body), &jf) != nil ||
		jf.Version != "https://jsonfeed.org/version/1.1" || len(jf.Items) != 1 || jf.Items[0].Title != "مدرسة جديدة في جدة" { // the wire's desk label «عام / » dropped
		t.Errorf("json feed: %d %s %.300s", status, ctype, body)
	}
	if status, _, _ := get(t, srv.URL+"/search.rss?q=%22"); status != http.StatusBadRequest {
		t.Errorf("bad feed query: status %d, want 400", status)
	}
}

func TestSearchOff(t *testing.T) {
	srv := httptest.NewServer(New(Config{Store: newStore(t)}).Handler())
	defer srv.Close()
	for _, path := range []string{"/search?q=x", "/api/v1/search?q=x", "/search.rss?q=x"} {
		if status, _, _ := get(t, srv.URL+path); status != http.StatusNotFound {
			t.Errorf("%s without an index: status %d, want 404", path, status)
		}
	}
}
