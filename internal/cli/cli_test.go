package cli

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/sources"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

const sample = `{"url":"http://127.0.0.1/news/1","title":"افتتاح مكتبة عامة في المدينة","text":"افتتحت البلدية مكتبة عامة جديدة.\n\nتضم المكتبة عشرة آلاف كتاب.","source":"صحيفة المدينة","published":"2015-08-10T09:30:00+03:00","author":"محرر الثقافة"}
not json at all
{"url":"http://127.0.0.1/news/2","title":"أمطار غزيرة على المرتفعات","text":"هطلت أمطار غزيرة على المرتفعات الجنوبية.","source":"صحيفة المدينة","published":"2015-08-10T11:00:00+03:00"}
`

func TestImportExportStats(t *testing.T) {
	data := t.TempDir()
	file := filepath.Join(t.TempDir(), "dump.jsonl")
	if err := os.WriteFile(file, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "import", "--data", data, file)
	if code != 0 || !strings.Contains(out, "2 stored") || !strings.Contains(errs, "line 2") {
		t.Fatalf("import: exit %d\nout: %s\nerr: %s", code, out, errs)
	}
	if code, out, _ = run(t, "import", "--data", data, file); code != 0 || !strings.Contains(out, "0 stored, 2 already stored") {
		t.Fatalf("second import: exit %d: %s", code, out)
	}
	code, out, errs = run(t, "export", "--data", data)
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"published":"2015-08-10T09:30:00+03:00"`) {
		t.Fatalf("export: exit %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = run(t, "stats", "--data", data, "--json")
	if code != 0 || !strings.Contains(out, `"articles": 2`) || !strings.Contains(out, `"unassigned": 0`) || strings.Contains(out, `"stories": 0`) {
		t.Fatalf("stats: exit %d: %s (want both articles in stories)", code, out)
	}
	// KHABAR_DATA works like --data.
	t.Setenv("KHABAR_DATA", data)
	if code, out, _ = run(t, "stats"); code != 0 || !strings.Contains(out, "articles: 2") || !strings.Contains(out, "\nstories: ") ||
		strings.Contains(out, "without a story") {
		t.Fatalf("stats with KHABAR_DATA: exit %d: %s", code, out)
	}
}

func TestBadInputExitCodes(t *testing.T) {
	dir := t.TempDir()
	badOPML := filepath.Join(dir, "bad.opml")
	os.WriteFile(badOPML, []byte("<opml><body><outline xmlUrl="), 0o644)
	emptyOPML := filepath.Join(dir, "empty.opml")
	os.WriteFile(emptyOPML, []byte(`<?xml version="1.0"?><opml version="2.0"><body></body></opml>`), 0o644)
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown command", []string{"fly"}, 2, "unknown command"},
		{"unknown flag", []string{"crawl", "--fast"}, 2, "flag provided but not defined"},
		{"bad duration", []string{"serve", "--every", "soon", "--no-crawl"}, 2, "invalid value"},
		{"malformed OPML", []string{"crawl", "--data", filepath.Join(dir, "d1"), "--opml", badOPML}, 1, "OPML"},
		{"OPML without feeds", []string{"crawl", "--data", filepath.Join(dir, "d2"), "--opml", emptyOPML}, 1, "no feeds"},
		{"missing OPML", []string{"crawl", "--data", filepath.Join(dir, "d3"), "--opml", filepath.Join(dir, "nope.opml")}, 1, "nope.opml"},
		{"not a URL", []string{"crawl", "--data", filepath.Join(dir, "d4"), "ftp://x/feed"}, 2, "ftp"},
		{"no sources", []string{"crawl", "--data", filepath.Join(dir, "d5")}, 2, "no sources"},
		{"unwritable data folder", []string{"stats", "--data", "/proc/khabar-test"}, 1, "/proc/khabar-test"},
		{"import without files", []string{"import", "--data", filepath.Join(dir, "d6")}, 2, "FILE"},
		{"import missing file", []string{"import", "--data", filepath.Join(dir, "d7"), filepath.Join(dir, "none.jsonl")}, 1, "none.jsonl"},
		{"sources remove unknown", []string{"sources", "--data", filepath.Join(dir, "d8"), "remove", "42"}, 1, "not"},
		{"no-crawl with an OPML URL", []string{"serve", "--data", filepath.Join(dir, "d9"), "--no-crawl", "--opml", "http://127.0.0.1:1/opml"}, 2, "--no-crawl"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.want) {
				t.Fatalf("exit %d (want %d); stderr %q does not name %q; stdout %q", code, tc.code, errs, tc.want, out)
			}
			if strings.Contains(errs, "panic") || strings.Contains(errs, "goroutine ") {
				t.Fatalf("panic: %s", errs)
			}
		})
	}
}

func TestSourcesCommands(t *testing.T) {
	data := t.TempDir()
	if code, out, errs := run(t, "sources", "--data", data, "add", "http://127.0.0.1:9/rss.xml?utm_source=x", "مصدر تجريبي"); code != 0 || !strings.Contains(out, "http://127.0.0.1:9/rss.xml") {
		t.Fatalf("add: %d %s %s", code, out, errs)
	}
	code, out, _ := run(t, "sources", "--data", data, "export-opml")
	if code != 0 || !strings.Contains(out, `xmlUrl="http://127.0.0.1:9/rss.xml"`) || strings.Contains(out, "utm_") {
		t.Fatalf("export-opml: %d %s", code, out)
	}
	opml := filepath.Join(t.TempDir(), "s.opml")
	os.WriteFile(opml, []byte(out), 0o644)
	other := t.TempDir()
	if code, out, errs := run(t, "sources", "--data", other, "import-opml", opml); code != 0 || !strings.Contains(out, "1 sources") {
		t.Fatalf("import-opml: %d %s %s", code, out, errs)
	}
	if code, out, _ := run(t, "sources", "--data", other, "list"); code != 0 || !strings.Contains(out, "مصدر تجريبي") {
		t.Fatalf("list: %d %s", code, out)
	}
	if code, _, errs := run(t, "sources", "--data", other, "remove", "http://127.0.0.1:9/rss.xml"); code != 0 {
		t.Fatalf("remove by URL: %d %s", code, errs)
	}
	if code, out, _ := run(t, "sources", "--data", other, "list"); code != 0 || strings.Contains(out, "مصدر تجريبي") {
		t.Fatalf("still listed after remove: %s", out)
	}
}

func TestExtractCommand(t *testing.T) {
	page := `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>عنوان الخبر | موقع</title>
<link rel="canonical" href="/news/7"><meta property="og:title" content="عنوان الخبر">
<meta property="article:published_time" content="2015-08-10T09:30:00+03:00"></head><body><article><h1>عنوان الخبر</h1>
<p>هذه هي الفقرة الأولى من الخبر، وهي طويلة بما يكفي لتعد نصا رئيسيا لا حشوا في الصفحة.</p>
<p>وهذه الفقرة الثانية تضيف تفاصيل أخرى عن الحدث ومكانه وزمانه ومن شارك فيه.</p></article></body></html>`
	var out, errb bytes.Buffer
	code := Run(context.Background(), []string{"extract", "--json", "--url", "http://127.0.0.1/news/7?utm_source=x"}, strings.NewReader(page), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{`"title": "عنوان الخبر"`, `"published": "2015-08-10T09:30:00+03:00"`, `"canonical_url": "http://127.0.0.1/news/7"`, `"language": "ar"`, "الفقرة الثانية"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("extract --json lacks %s:\n%s", want, out.String())
		}
	}
	out.Reset()
	code = Run(context.Background(), []string{"extract"}, strings.NewReader("\x00\x01\x02 binary"), &out, &errb)
	if code == 0 {
		t.Fatalf("binary input accepted: %s", out.String())
	}
}

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startServe runs `khabar serve` until the test ends and waits for /healthz.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	addr := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var errb syncBuffer
	go func() {
		done <- Run(ctx, append([]string{"serve", "--addr", addr}, args...), nil, io.Discard, &errb)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exit %d after SIGTERM-like stop: %s", code, errb.String())
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not shut down within 20 s")
		}
	})
	base := "http://" + addr
	for i := 0; ; i++ {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			return base
		}
		if i > 200 {
			t.Fatalf("serve not answering: %v\n%s", err, errb.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeNoCrawl(t *testing.T) {
	data := t.TempDir()
	file := filepath.Join(t.TempDir(), "dump.jsonl")
	os.WriteFile(file, []byte(sample), 0o644)
	if code, _, errs := run(t, "import", "--data", data, file); code != 0 {
		t.Fatal(errs)
	}
	base := startServe(t, "--data", data, "--no-crawl")
	for _, path := range []string{"/", "/articles/1", "/sources"} {
		code, body := get(t, base+path)
		if code != 200 || !strings.Contains(body, `dir="rtl"`) || !strings.Contains(body, `lang="ar"`) {
			t.Fatalf("%s: %d, not an Arabic RTL page", path, code)
		}
	}
	if _, body := get(t, base+"/articles/1"); !strings.Contains(body, "افتتاح مكتبة عامة في المدينة") || !strings.Contains(body, "المصدر") {
		t.Fatal("article page lacks its title or source line")
	}
	if code, body := get(t, base+"/api/v1/articles"); code != 200 || !strings.Contains(body, "أمطار غزيرة") {
		t.Fatalf("/api/v1/articles: %d %s", code, body)
	}
	if code, body := get(t, base+"/metrics"); code != 200 || !strings.Contains(body, "khabar_http_requests_total") {
		t.Fatalf("/metrics: %d", code)
	}
	if code, body := get(t, base+"/articles/999"); code != 404 || !strings.Contains(body, `dir="rtl"`) {
		t.Fatalf("missing article: %d", code)
	}
	// --no-crawl seeds nothing.
	if _, body := get(t, base+"/api/v1/sources"); strings.Contains(body, "aljazeera") {
		t.Fatal("--no-crawl seeded the built-in list")
	}
}

// TestServeUnreachableSource: a source that cannot be fetched is one clear
// error on the sources page and the API; the site keeps serving.
func TestServeUnreachableSource(t *testing.T) {
	dead := httptest.NewServer(http.NotFoundHandler())
	feedURL := dead.URL + "/rss.xml"
	dead.Close()
	data := t.TempDir()
	base := startServe(t, "--data", data, "--every", "1m", "--log-level", "error", feedURL)
	deadline := time.Now().Add(60 * time.Second)
	for {
		_, body := get(t, base+"/api/v1/sources")
		if strings.Contains(body, "connection refused") || strings.Contains(body, "network") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no error recorded for the dead source: %s", body)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if code, body := get(t, base+"/sources"); code != 200 || !strings.Contains(body, feedURL) {
		t.Fatalf("/sources: %d", code)
	}
	if code, _ := get(t, base+"/"); code != 200 {
		t.Fatalf("home page %d while a source fails", code)
	}
}

func TestBuiltinList(t *testing.T) {
	if len(sources.Builtin) < 15 {
		t.Fatalf("%d built-in sources, want at least 15", len(sources.Builtin))
	}
	seen := map[string]bool{}
	for _, b := range sources.Builtin {
		if b.Name == "" || len(b.Country) != 2 || !strings.HasPrefix(b.FeedURL, "https://") || seen[b.FeedURL] {
			t.Errorf("bad built-in source %+v", b)
		}
		seen[b.FeedURL] = true
	}
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
