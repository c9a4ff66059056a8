package eval

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/extract"
)

func writeGz(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

const fixtureHTML = `<html lang="ar"><head><meta charset="utf-8"><title>عنوان الخبر | الموقع</title></head><body>
<article><h1>عنوان الخبر</h1><p>هذه فقرة أولى طويلة بما يكفي لتكون نص الخبر، كتبناها بأنفسنا لهذا الاختبار الصغير.</p>
<p>وهذه فقرة ثانية تكمل الخبر وتضيف إليه تفاصيل أخرى عن الموضوع الذي يتناوله.</p></article></body></html>`

func TestLoadSets(t *testing.T) {
	// ScrapingHub: the fixture in testdata.
	sh, err := Load(SetScrapingHub, filepath.Join("testdata", "scrapinghub"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sh) != 2 || sh[0].ID != "a1" || sh[0].Text == "" || len(sh[0].HTML) == 0 || sh[0].Group != "127.0.0.1" {
		t.Fatalf("scrapinghub pages: %+v", sh)
	}

	// Snippets: evaldata.json + html/*.html.gz; a listed page that is not
	// shipped is skipped.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "evaldata.json"), []byte(`{
		"https://www.example.test/a": {"file": "a.html", "title": "عنوان الخبر", "with": ["فقرة أولى"], "without": ["القائمة"]},
		"https://example.test/missing": {"file": "missing.html", "with": ["x"], "without": []}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	writeGz(t, filepath.Join(dir, "html", "a.html.gz"), fixtureHTML)
	sn, err := Load(SetSnippets, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(sn) != 1 || sn[0].Group != "example.test" || sn[0].With[0] != "فقرة أولى" {
		t.Fatalf("snippet pages: %+v", sn)
	}

	// Newsfarm: gold.json + <id>.html.
	nf := t.TempDir()
	if err := os.WriteFile(filepath.Join(nf, "gold.json"), []byte(`{"p1": {"url": "http://127.0.0.1:8701/news/1",
		"site": "s", "layout": "plain", "encoding": "utf-8", "title": "عنوان الخبر", "text": "هذه فقرة",
		"published": "2015-08-10T10:00:00+03:00", "author": "", "author_shown": false}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(nf, "p1.html"), []byte(fixtureHTML), 0o644); err != nil {
		t.Fatal(err)
	}
	farm, err := Load(SetNewsfarm, nf)
	if err != nil {
		t.Fatal(err)
	}
	if len(farm) != 1 || farm[0].Group != "plain" || farm[0].Pub.IsZero() {
		t.Fatalf("newsfarm pages: %+v", farm)
	}

	if _, err := Load(SetNewsfarm, t.TempDir()); !errors.Is(err, ErrNoSet) {
		t.Errorf("empty folder: %v, want ErrNoSet", err)
	}
	if _, err := Load("nope", dir); err == nil || !strings.Contains(err.Error(), "unknown set") {
		t.Errorf("unknown set: %v", err)
	}
}

func TestAsShown(t *testing.T) {
	// Eastern digits are not in windows-1256: newsfarm wrote them as "?".
	if got := asShown("عام ٢٠١٥", "windows-1256"); got != "عام ????" {
		t.Errorf("asShown = %q", got)
	}
	if got := asShown("عام ٢٠١٥", "utf-8"); got != "عام ٢٠١٥" {
		t.Errorf("asShown utf-8 = %q", got)
	}
}

// TestRunScrapingHub runs Khabar's extractor and go-trafilatura on the
// ScrapingHub-format fixture: both find the two articles, ours at least as well.
func TestRunScrapingHub(t *testing.T) {
	pages, err := Load(SetScrapingHub, filepath.Join("testdata", "scrapinghub"))
	if err != nil {
		t.Fatal(err)
	}
	ours, err := Run(context.Background(), extract.New(), SetScrapingHub, pages, Options{})
	if err != nil {
		t.Fatal(err)
	}
	base, err := Run(context.Background(), extract.Baseline(), SetScrapingHub, pages, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	ours.Print(&b)
	t.Log(b.String())
	if ours.Overall.Pages != 2 || len(ours.Groups) != 1 {
		t.Fatalf("report %+v", ours)
	}
	if ours.Overall.F1 < 0.95 || ours.Overall.F1 < base.Overall.F1 {
		t.Errorf("F1 %.3f (go-trafilatura %.3f), want ≥ 0.95 and ≥ go-trafilatura", ours.Overall.F1, base.Overall.F1)
	}
	if ours.Overall.Title != 1 {
		t.Errorf("titles %.3f, want 1", ours.Overall.Title)
	}
	// A cancelled context stops the run.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, extract.New(), SetScrapingHub, pages, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: %v", err)
	}
}

// trafilatura-eval's author field is a name, a list of names or null.
func TestSnippetAuthor(t *testing.T) {
	for raw, want := range map[string]string{`"Andreas Kalt"`: "Andreas Kalt", `["A. B", "C D"]`: "A. B; C D", `null`: "", `""`: "", `7`: ""} {
		if got := snippetAuthor(json.RawMessage(raw)); got != want {
			t.Errorf("snippetAuthor(%s) = %q, want %q", raw, got, want)
		}
	}
}
