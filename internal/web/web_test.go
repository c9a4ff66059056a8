package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/khabar-news/khabar/internal/news"
)

func TestRoutes(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f.store)
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	tests := []struct {
		path, ctype string
		status      int
		contains    string
	}{
		{"/", "text/html; charset=utf-8", 200, "آخر الأخبار"},
		{"/?before=" + id(f.book.ID), "text/html; charset=utf-8", 200, "خبر رقم"},
		{"/?before=abc", "text/html; charset=utf-8", 400, "طلب غير صالح"},
		{"/?before=-3", "text/html; charset=utf-8", 400, "before"},
		{"/articles/" + id(f.book.ID), "text/html; charset=utf-8", 200, bookPara2},
		{"/articles/999999", "text/html; charset=utf-8", 404, "الصفحة غير موجودة"},
		{"/articles/abc", "text/html; charset=utf-8", 404, "الصفحة غير موجودة"},
		{"/articles/0", "text/html; charset=utf-8", 404, "الصفحة غير موجودة"},
		{"/sources", "text/html; charset=utf-8", 200, "متعثّر"},
		{"/sources/" + id(f.agency.ID), "text/html; charset=utf-8", 200, agencyName},
		{"/sources/" + id(f.paper.ID) + "?before=abc", "text/html; charset=utf-8", 400, "طلب غير صالح"},
		{"/sources/424242", "text/html; charset=utf-8", 404, "الصفحة غير موجودة"},
		{"/no/such/page", "text/html; charset=utf-8", 404, "العودة إلى الصفحة الرئيسية"},
		{"/healthz", "text/plain; charset=utf-8", 200, "ok"},
		{"/metrics", "text/plain", 200, "khabar_http_requests_total"},
		{"/static/style.css", "text/css; charset=utf-8", 200, "@media print"},
		{"/static/missing.css", "text/plain; charset=utf-8", 404, ""},
		{"/api/v1/articles", "application/json; charset=utf-8", 200, `"articles":[`},
		{"/api/v1/articles/" + id(f.book.ID), "application/json; charset=utf-8", 200, `"canonical_url":"https://news.example/2015/08/book-fair"`},
		{"/api/v1/sources", "application/json; charset=utf-8", 200, `"sources":[`},
		{"/api/v1/stats", "application/json; charset=utf-8", 200, `"articles":37`},
		{"/api/v1/nope", "application/json; charset=utf-8", 404, `"code":"not_found"`},
		{"/api/v1/articles?limit=abc", "application/json; charset=utf-8", 400, `limit`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res, body := ts.get(t, tt.path)
			if res.StatusCode != tt.status {
				t.Errorf("status = %d, want %d; body:\n%.500s", res.StatusCode, tt.status, body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type = %q, want %q", ct, tt.ctype)
			}
			if !strings.Contains(body, tt.contains) {
				t.Errorf("body lacks %q:\n%.800s", tt.contains, body)
			}
			for k, want := range map[string]string{
				"X-Content-Type-Options":  "nosniff",
				"Referrer-Policy":         "strict-origin-when-cross-origin",
				"Content-Security-Policy": "default-src 'self'",
			} {
				if got := res.Header.Get(k); !strings.HasPrefix(got, want) {
					t.Errorf("%s = %q, want prefix %q", k, got, want)
				}
			}
		})
	}
}

// Every HTML page is Arabic, right-to-left, and marks every piece of outside
// text with dir="auto" so a Latin title or a leading digit lays out right.
func TestPagesRTLAndDirAuto(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f.store)
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	tests := []struct {
		path    string
		outside []string
	}{
		{"/", []string{bookTitle, agencyName, paperName, "Council approves budget"}},
		{"/articles/" + id(f.book.ID), []string{bookTitle, agencyName, bookAuthor, bookPara1, bookPara2, bookPara3}},
		{"/articles/" + id(f.english.ID), []string{"Council approves budget", "The council met on Monday.", "It approved the budget.", paperName}},
		{"/articles/" + id(f.evil.ID), []string{evilTitle, `<img src=x onerror=alert(1)>`, "فقرة <script>alert(2)</script> أولى", paperName}},
		{"/sources", []string{agencyName, paperName, lastError}},
		{"/sources/" + id(f.paper.ID), []string{paperName, "https://paper.example/", evilTitle}},
		{"/nowhere-" + "ممر", []string{"/nowhere-ممر"}},
		{"/?before=xyz", []string{`before must be a positive integer id, got "xyz"`}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, body := ts.get(t, tt.path)
			doc := parse(t, body)
			htmls := find(doc, byTag("html"))
			if len(htmls) != 1 {
				t.Fatalf("%d html elements", len(htmls))
			}
			if lang, _ := attr(htmls[0], "lang"); lang != "ar" {
				t.Errorf("html lang = %q, want ar", lang)
			}
			if dir, _ := attr(htmls[0], "dir"); dir != "rtl" {
				t.Errorf("html dir = %q, want rtl", dir)
			}
			nav := text(find(doc, byTag("nav"))[0])
			if !strings.Contains(nav, "الرئيسية") || !strings.Contains(nav, "المصادر") {
				t.Errorf("nav = %q", nav)
			}
			if !strings.Contains(text(find(doc, byClass("brand"))[0]), DefaultSiteName) {
				t.Errorf("no site name in the header")
			}
			checkDirAuto(t, doc, tt.outside...)
		})
	}
}

func TestEscaping(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f.store)
	for _, path := range []string{"/", fmt.Sprintf("/articles/%d", f.evil.ID), fmt.Sprintf("/sources/%d", f.paper.ID), "/sources"} {
		_, body := ts.get(t, path)
		doc := parse(t, body)
		if s := find(doc, byTag("script")); len(s) > 0 {
			t.Errorf("%s: %d <script> elements", path, len(s))
		}
		if s := find(doc, func(n *html.Node) bool { return n.Data == "img" || n.Data == "b" }); len(s) > 0 {
			t.Errorf("%s: outside markup became elements: %v", path, s[0].Data)
		}
		if strings.Contains(body, "onerror=alert") && !strings.Contains(body, "&lt;img src=x onerror=alert(1)&gt;") {
			t.Errorf("%s: onerror not escaped", path)
		}
	}
	_, body := ts.get(t, fmt.Sprintf("/articles/%d", f.evil.ID))
	if !strings.Contains(body, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Errorf("escaped title missing:\n%s", body)
	}
	// The original URL is an attribute value: its & and <> are escaped.
	_, body = ts.get(t, fmt.Sprintf("/articles/%d", f.book.ID))
	if !strings.Contains(body, `href="https://news.example/2015/08/book-fair?id=1&amp;x=%3cy%3e"`) {
		t.Errorf("source link not escaped as expected:\n%s", body)
	}
}

func TestArticlePage(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f.store)
	_, body := ts.get(t, fmt.Sprintf("/articles/%d", f.book.ID))
	doc := parse(t, body)

	if h1 := find(doc, byTag("h1")); len(h1) != 1 || text(h1[0]) != bookTitle {
		t.Errorf("h1 = %v, want the title", h1)
	}
	var paras []string
	for p := range find(doc, byClass("text"))[0].ChildNodes() {
		if p.Type == html.ElementNode {
			paras = append(paras, text(p))
		}
	}
	if want := []string{bookPara1, bookPara2, bookPara3}; strings.Join(paras, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs = %q, want %q", paras, want)
	}
	times := find(doc, byTag("time"))
	if len(times) == 0 || text(times[0]) != f.riyadhLocal {
		t.Errorf("time = %v, want %q", times, f.riyadhLocal)
	} else if dt, _ := attr(times[0], "datetime"); dt != "2015-08-10T14:23:00+03:00" {
		t.Errorf("datetime = %q", dt)
	}
	src := find(doc, byClass("source"))
	if len(src) != 1 || !strings.HasPrefix(text(src[0]), "المصدر: ") || !strings.Contains(text(src[0]), agencyName) {
		t.Fatalf("source line = %v", src)
	}
	a := find(src[0], byTag("a"))
	// html/template percent-encodes what a URL may not hold raw.
	if href, _ := attr(a[0], "href"); href != "https://news.example/2015/08/book-fair?id=1&x=%3cy%3e" {
		t.Errorf("source link = %q, want the original URL %q", href, bookURL)
	}
	if !strings.Contains(text(doc), bookAuthor) {
		t.Errorf("author missing")
	}
	if art := find(doc, byTag("article")); len(art) != 1 {
		t.Errorf("want one <article>")
	} else if lang, _ := attr(art[0], "lang"); lang != "ar" {
		t.Errorf("article lang = %q", lang)
	}

	// A UTC time reads in Riyadh time; an English article says so.
	_, body = ts.get(t, fmt.Sprintf("/articles/%d", f.english.ID))
	doc = parse(t, body)
	if got := text(find(doc, byTag("time"))[0]); got != "٩ أغسطس ٢٠١٥، ١٤:٠٥" {
		t.Errorf("UTC time shown as %q", got)
	}
	if lang, _ := attr(find(doc, byTag("article"))[0], "lang"); lang != "en" {
		t.Errorf("article lang = %q, want en", lang)
	}
}

// articleLinks lists the article ids linked from a listing page, in order,
// and the "older" link.
func articleLinks(t *testing.T, body string) (ids []string, older string) {
	t.Helper()
	doc := parse(t, body)
	for _, a := range find(doc, byTag("a")) {
		href, _ := attr(a, "href")
		if rest, ok := strings.CutPrefix(href, "/articles/"); ok {
			ids = append(ids, rest)
		}
		if rel, _ := attr(a, "rel"); rel == "next" {
			older = href
			if !strings.Contains(text(a), "الأقدم") {
				t.Errorf("older link reads %q", text(a))
			}
		}
	}
	return ids, older
}

func TestHomePaging(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f.store)
	_, body := ts.get(t, "/")
	first, older := articleLinks(t, body)
	if len(first) != pageSize {
		t.Fatalf("first page has %d articles, want %d", len(first), pageSize)
	}
	// Newest first: the evil article (11 Aug) then the book (10 Aug).
	if first[0] != strconv.FormatInt(f.evil.ID, 10) || first[1] != strconv.FormatInt(f.book.ID, 10) {
		t.Errorf("order starts %v", first[:3])
	}
	if !strings.HasPrefix(older, "/?before=") {
		t.Fatalf("older link = %q", older)
	}
	_, body = ts.get(t, older)
	second, older2 := articleLinks(t, body)
	if len(first)+len(second) != f.total {
		t.Errorf("pages hold %d+%d articles, want %d", len(first), len(second), f.total)
	}
	seen := map[string]bool{}
	for _, id := range append(first, second...) {
		if seen[id] {
			t.Errorf("article %s on both pages", id)
		}
		seen[id] = true
	}
	if older2 != "" {
		t.Errorf("last page offers %q", older2)
	}

	// A source's page pages within the source.
	_, body = ts.get(t, fmt.Sprintf("/sources/%d", f.agency.ID))
	ids, older := articleLinks(t, body)
	if len(ids) != pageSize || !strings.HasPrefix(older, fmt.Sprintf("/sources/%d?before=", f.agency.ID)) {
		t.Fatalf("source page: %d articles, older %q", len(ids), older)
	}
	_, body = ts.get(t, older)
	ids, _ = articleLinks(t, body)
	if len(ids) != f.manyCount-pageSize {
		t.Errorf("source second page has %d, want %d", len(ids), f.manyCount-pageSize)
	}
}

func TestSourcesPage(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f.store)
	_, body := ts.get(t, "/sources")
	doc := parse(t, body)
	rows := find(doc, func(n *html.Node) bool { return n.Data == "tr" && n.Parent.Data == "tbody" })
	if len(rows) != 2 {
		t.Fatalf("%d source rows, want 2", len(rows))
	}
	byName := map[string]*html.Node{}
	for _, r := range rows {
		byName[text(find(r, byTag("th"))[0])] = r
	}
	paper, agency := byName[paperName], byName[agencyName]
	if paper == nil || agency == nil {
		t.Fatalf("rows: %v", byName)
	}
	if c, _ := attr(paper, "class"); c != "failing" {
		t.Errorf("failing source row class = %q", c)
	}
	if c, _ := attr(agency, "class"); c == "failing" {
		t.Errorf("healthy source marked failing")
	}
	pt := text(paper)
	for _, want := range []string{lastError, "متعثّر", "٣", "١٢ أغسطس ٢٠١٥، ١٢:٠٠", "١٠ أغسطس ٢٠١٥، ١٢:٠٠", "١٢ أغسطس ٢٠١٥، ١٦:٠٠"} {
		if !strings.Contains(pt, want) {
			t.Errorf("failing row lacks %q: %q", want, pt)
		}
	}
	if at := text(agency); !strings.Contains(at, "سليم") || !strings.Contains(at, "٣٥") {
		t.Errorf("agency row = %q, want healthy with ٣٥ articles", at)
	}
}

func TestErrorPages(t *testing.T) {
	cases := []struct {
		name    string
		err     error
		status  int
		heading string
		leak    string
	}{
		{"internal", errors.New("sqlite: disk I/O error at /secret/path"), 500, "حدث خطأ داخلي", "/secret/path"},
		{"coded internal", news.Errorf(news.EINTERNAL, "db password wrong"), 500, "حدث خطأ داخلي", "password"},
		{"conflict", fmt.Errorf("x: %w", news.Errorf(news.ECONFLICT, "busy")), 409, "تعارض في الطلب", ""},
		{"panic", nil, 500, "حدث خطأ داخلي", "boom"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newTestServer(t, failStore{Store: newStore(t), err: tc.err})
			for _, path := range []string{"/", "/articles/1", "/sources", "/sources/1"} {
				res, body := ts.get(t, path)
				if res.StatusCode != tc.status {
					t.Errorf("%s: status %d, want %d", path, res.StatusCode, tc.status)
				}
				if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
					t.Errorf("%s: Content-Type %q", path, ct)
				}
				if !strings.Contains(body, tc.heading) || !strings.Contains(body, `<a href="/">`) || !strings.Contains(body, `dir="rtl"`) {
					t.Errorf("%s: not the Arabic error page:\n%s", path, body)
				}
				if tc.leak != "" && strings.Contains(body, tc.leak) {
					t.Errorf("%s: page leaks %q", path, tc.leak)
				}
			}
			// The API answers the same failures in JSON.
			res, body := ts.get(t, "/api/v1/stats")
			var e struct {
				Error struct{ Code, Message string }
			}
			if res.StatusCode != tc.status || json.Unmarshal([]byte(body), &e) != nil || e.Error.Code == "" {
				t.Errorf("api: %d %s", res.StatusCode, body)
			}
			if tc.leak != "" && strings.Contains(body, tc.leak) {
				t.Errorf("api leaks %q", tc.leak)
			}
			logs := ts.logs.String()
			if tc.status >= 500 && (!strings.Contains(logs, "level=ERROR") || !strings.Contains(logs, tc.leak)) {
				t.Errorf("5xx not logged with its cause:\n%s", logs)
			}
			if tc.status < 500 && strings.Contains(logs, "level=ERROR") {
				t.Errorf("4xx logged as error:\n%s", logs)
			}
		})
	}
}

var requestsLine = regexp.MustCompile(`(?m)^khabar_http_requests_total\{code="(\d+)",route="([^"]*)"\} (\d+)$`)

func TestMetrics(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f.store)
	ts.get(t, "/")
	ts.get(t, "/")
	ts.get(t, "/articles/999999")
	ts.get(t, "/api/v1/articles?limit=0")
	ts.get(t, "/totally/unknown")
	_, body := ts.get(t, "/metrics")
	got := map[string]string{}
	for _, m := range requestsLine.FindAllStringSubmatch(body, -1) {
		got[m[2]+" "+m[1]] = m[3]
	}
	want := map[string]string{
		"GET /{$} 200":             "2",
		"GET /articles/{id} 404":   "1",
		"GET /api/v1/articles 400": "1",
		"/ 404":                    "1",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("requests{%s} = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	if !strings.Contains(body, `khabar_http_request_duration_seconds_count{route="GET /{$}"} 2`) {
		t.Errorf("no latency histogram for the home page")
	}

	// A panic is counted as a 500.
	ps := newTestServer(t, failStore{Store: newStore(t)})
	ps.get(t, "/sources")
	_, body = ps.get(t, "/metrics")
	if !strings.Contains(body, `khabar_http_requests_total{code="500",route="GET /sources"} 1`) {
		t.Errorf("panic not counted as 500:\n%s", body)
	}
}

func TestDefaults(t *testing.T) {
	s := New(Config{Store: newStore(t)})
	if s.siteName != DefaultSiteName || s.metrics == nil || s.logger == nil {
		t.Fatalf("defaults not applied: %+v", s)
	}
	s = New(Config{Store: newStore(t), SiteName: "Khabar Test"})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	res, err := ts.Client().Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if !strings.Contains(string(b), `<title dir="auto">Khabar Test</title>`) {
		t.Errorf("site name not used:\n%s", b)
	}
}
