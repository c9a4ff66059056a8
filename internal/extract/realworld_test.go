package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

type snippetCase struct {
	File    string   `json:"file"`
	Title   string   `json:"title"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

type snippetPage struct {
	url  string
	html []byte
	c    snippetCase
}

// loadSnippetSet reads an evaldata.json + html/*.html.gz set (trafilatura's
// evaluation format), skipping when it is absent.
func loadSnippetSet(tb testing.TB, dir string) []snippetPage {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		tb.Skipf("%s not available: %v", dir, err)
	}
	var cases map[string]snippetCase
	if err := json.Unmarshal(b, &cases); err != nil {
		tb.Fatalf("%s/evaldata.json: %v", dir, err)
	}
	var out []snippetPage
	for u, c := range cases {
		f, err := os.Open(filepath.Join(dir, "html", c.File+".gz"))
		if err != nil {
			continue // the set lists a few pages it does not ship
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			tb.Fatalf("%s: %v", c.File, err)
		}
		raw, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatalf("%s: %v", c.File, err)
		}
		out = append(out, snippetPage{url: u, html: raw, c: c})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].c.File < out[j].c.File })
	return out
}

type snippetScore struct {
	tp, fn, fp, tn, titles, pages int
}

func (s snippetScore) pr() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (s snippetScore) String() string {
	p, r, f := s.pr()
	return fmt.Sprintf("pages %d  with found %d/%d  without found %d/%d  precision %.3f recall %.3f F %.3f  titles %d/%d",
		s.pages, s.tp, s.tp+s.fn, s.fp, s.fp+s.tn, p, r, f, s.titles, s.pages)
}

// scoreSnippets is the trafilatura-eval metric: a with-snippet in the text is a
// true positive, a without-snippet in it a false positive (white space folded).
func scoreSnippets(text string, c snippetCase, s *snippetScore) (missing, leaked []string) {
	t := foldSpace(text)
	for _, w := range c.With {
		if strings.Contains(t, foldSpace(w)) {
			s.tp++
		} else {
			s.fn++
			missing = append(missing, w)
		}
	}
	for _, w := range c.Without {
		if strings.Contains(t, foldSpace(w)) {
			s.fp++
			leaked = append(leaked, w)
		} else {
			s.tn++
		}
	}
	return
}

func evalSnippetSet(t *testing.T, ex Extractor, pages []snippetPage, verbose bool) snippetScore {
	t.Helper()
	var s snippetScore
	for _, pg := range pages {
		res, err := ex.Extract(context.Background(), Input{HTML: pg.html, URL: pg.url, Fetched: time.Now()})
		if err != nil && !errors.Is(err, ErrNoText) {
			if verbose {
				t.Logf("%s: %v", pg.c.File, err)
			}
			res = &Result{}
		}
		s.pages++
		if pg.c.Title != "" && goldKey(res.Title) == goldKey(pg.c.Title) {
			s.titles++
		}
		missing, leaked := scoreSnippets(res.Text, pg.c, &s)
		if verbose && (len(missing) > 0 || len(leaked) > 0 || (pg.c.Title != "" && goldKey(res.Title) != goldKey(pg.c.Title))) {
			t.Logf("%s: title %q (want %q) author %q published %v (%v) lang %q\n  missing %q\n  leaked %q",
				pg.c.File, res.Title, pg.c.Title, res.Author, res.Published, res.PublishedQuality, res.Language, missing, leaked)
		}
	}
	return s
}

// TestArabicReal runs the six real Arabic pages and holds the measured floor.
func TestArabicReal(t *testing.T) {
	pages := loadSnippetSet(t, filepath.Join(sharedDir, "data", "arabic-real"))
	s := evalSnippetSet(t, New(), pages, testing.Verbose())
	t.Logf("arabic-real: %s", s)
	p, r, _ := s.pr()
	if p < 0.85 || r < 0.95 {
		t.Errorf("arabic-real precision %.3f recall %.3f, floors 0.85 / 0.95", p, r)
	}
	if s.titles < 5 {
		t.Errorf("arabic-real titles %d/%d right, floor 5", s.titles, s.pages)
	}
}

// TestArabicRealMetadata checks what we can say for sure about the real pages:
// every page has a title, an Arabic language tag and a published time.
func TestArabicRealMetadata(t *testing.T) {
	pages := loadSnippetSet(t, filepath.Join(sharedDir, "data", "arabic-real"))
	for _, pg := range pages {
		res, err := New().Extract(context.Background(), Input{HTML: pg.html, URL: pg.url})
		if err != nil {
			t.Errorf("%s: %v", pg.c.File, err)
			continue
		}
		if res.Language != "ar" {
			t.Errorf("%s: language %q, want ar", pg.c.File, res.Language)
		}
		if res.Title == "" || bytes.Equal([]byte(res.Title), []byte(res.SiteName)) {
			t.Errorf("%s: title %q (site %q)", pg.c.File, res.Title, res.SiteName)
		}
		t.Logf("%s: published %v (%v) author %q site %q canonical %q enc %s", pg.c.File,
			res.Published, res.PublishedQuality, res.Author, res.SiteName, res.CanonicalURL, res.Encoding)
	}
}
