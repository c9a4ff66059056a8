package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// sharedDir is ../shared relative to the repository root.
const sharedDir = "../../../shared"

type goldPage struct {
	URL         string `json:"url"`
	Site        string `json:"site"`
	Layout      string `json:"layout"`
	Encoding    string `json:"encoding"`
	Title       string `json:"title"`
	Text        string `json:"text"`
	Published   string `json:"published"`
	Author      string `json:"author"`
	AuthorShown bool   `json:"author_shown"`
}

type farmPage struct {
	id   string
	html []byte
	gold goldPage
}

var (
	farmOnce  sync.Once
	farmDir   string
	farmPages []farmPage
	farmErr   error
)

// newsfarm generates the newsfarm extraction set once per test binary.
func newsfarm(tb testing.TB) []farmPage {
	tb.Helper()
	script := filepath.Join(sharedDir, "newsfarm", "newsfarm.py")
	if _, err := os.Stat(script); err != nil {
		tb.Skipf("newsfarm not available (%s missing): skipping", script)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		tb.Skip("python3 not in PATH: skipping newsfarm pages")
	}
	farmOnce.Do(func() {
		farmDir, farmErr = os.MkdirTemp("", "extract-newsfarm-")
		if farmErr != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "python3", script, "pages", "--days", "2015-08-10:2015-08-10",
			"--n", "120", "--out", farmDir)
		if out, err := cmd.CombinedOutput(); err != nil {
			farmErr = fmt.Errorf("newsfarm pages: %v: %s", err, out)
			return
		}
		b, err := os.ReadFile(filepath.Join(farmDir, "gold.json"))
		if err != nil {
			farmErr = err
			return
		}
		var gold map[string]goldPage
		if farmErr = json.Unmarshal(b, &gold); farmErr != nil {
			return
		}
		for id, g := range gold {
			raw, err := os.ReadFile(filepath.Join(farmDir, id+".html"))
			if err != nil {
				farmErr = err
				return
			}
			farmPages = append(farmPages, farmPage{id: id, html: raw, gold: g})
		}
		sort.Slice(farmPages, func(i, j int) bool { return farmPages[i].id < farmPages[j].id })
	})
	if farmErr != nil {
		tb.Fatalf("newsfarm: %v", farmErr)
	}
	if len(farmPages) == 0 {
		tb.Skip("newsfarm produced no pages (data missing?)")
	}
	return farmPages
}

func TestMain(m *testing.M) {
	code := m.Run()
	if farmDir != "" {
		os.RemoveAll(farmDir)
	}
	os.Exit(code)
}

// asShown is s as a page in enc shows it: runes enc cannot encode become "?",
// as Python's encode(..., "replace") wrote them.
func asShown(s, enc string) string {
	if enc != "windows-1256" {
		return s
	}
	e := charmap.Windows1256.NewEncoder()
	return strings.Map(func(r rune) rune {
		if _, err := e.String(string(r)); err != nil {
			return '?'
		}
		return r
	}, s)
}

// goldKey is how titles and authors are compared: white space folded, invisible
// characters dropped (one gold title starts with a BOM), edge punctuation off.
func goldKey(s string) string {
	return strings.Trim(foldSpace(s), authorEdgePunct)
}

// authorKey compares bylines without their lead-in words: the gold keeps
// «كتب - فلان:» as the site printed it, Extract returns «فلان» by design.
func authorKey(s string) string {
	return goldKey(bylinePrefixRe.ReplaceAllString(strings.Trim(foldSpace(s), authorEdgePunct), ""))
}

type farmStats struct {
	n, title, pub, pubStructured, authorN, author, authorFalse, enc, noText int
	p, r, f                                                                 float64
}

func (s *farmStats) row(name string) string {
	rate := func(a, b int) string {
		if b == 0 {
			return "   -  "
		}
		return fmt.Sprintf("%6.3f", float64(a)/float64(b))
	}
	n := float64(max(s.n, 1))
	return fmt.Sprintf("%-10s %4d  title %s  published %s  author %s (%2d shown, %d invented)  enc %s  text P %.3f R %.3f F1 %.3f  notext %d",
		name, s.n, rate(s.title, s.n), rate(s.pub, s.n), rate(s.author, s.authorN), s.authorN, s.authorFalse,
		rate(s.enc, s.n), s.p/n, s.r/n, s.f/n, s.noText)
}

func evalFarm(t *testing.T, ex Extractor, pages []farmPage, verbose bool) (map[string]*farmStats, *farmStats) {
	t.Helper()
	per := map[string]*farmStats{}
	all := &farmStats{}
	for _, pg := range pages {
		g := pg.gold
		st := per[g.Layout]
		if st == nil {
			st = &farmStats{}
			per[g.Layout] = st
		}
		// ContentType is left empty: the charset must be found in the bytes.
		res, err := ex.Extract(context.Background(), Input{HTML: pg.html, URL: g.URL,
			Fetched: time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC)})
		if err != nil && !errors.Is(err, ErrNoText) {
			t.Errorf("%s (%s): %v", pg.id, g.Layout, err)
			continue
		}
		for _, s := range []*farmStats{st, all} {
			s.n++
		}
		if errors.Is(err, ErrNoText) {
			st.noText++
			all.noText++
		}
		want, perr := time.Parse(time.RFC3339, g.Published)
		if perr != nil {
			t.Fatalf("gold published %q: %v", g.Published, perr)
		}
		// Text the page's charset cannot carry (Eastern digits in windows-1256)
		// became "?" when newsfarm wrote the page; compare with what it shows.
		g.Title, g.Text = asShown(g.Title, g.Encoding), asShown(g.Text, g.Encoding)
		sc := ScoreText(res.Text, g.Text)
		titleOK := goldKey(res.Title) == goldKey(g.Title)
		pubOK := !res.Published.IsZero() && res.Published.Sub(want).Abs() <= 60*time.Second
		authorOK := authorKey(res.Author) == authorKey(g.Author)
		for _, s := range []*farmStats{st, all} {
			if titleOK {
				s.title++
			}
			if pubOK {
				s.pub++
			}
			if res.PublishedQuality == QualityStructured {
				s.pubStructured++
			}
			if g.AuthorShown {
				s.authorN++
				if authorOK {
					s.author++
				}
			} else if res.Author != "" && !authorOK {
				s.authorFalse++
			}
			if res.Encoding == g.Encoding {
				s.enc++
			}
			s.p += sc.Precision
			s.r += sc.Recall
			s.f += sc.F1
		}
		if verbose {
			if !titleOK {
				t.Logf("%s %s title: got %q want %q", pg.id, g.Layout, res.Title, g.Title)
			}
			if !pubOK {
				t.Logf("%s %s published: got %v (%v) want %v", pg.id, g.Layout, res.Published, res.PublishedQuality, want)
			}
			if g.AuthorShown && !authorOK {
				t.Logf("%s %s author: got %q want %q", pg.id, g.Layout, res.Author, g.Author)
			}
			if !g.AuthorShown && res.Author != "" && !authorOK {
				t.Logf("%s %s author invented: %q", pg.id, g.Layout, res.Author)
			}
			if sc.F1 < 0.8 {
				t.Logf("%s %s text P %.2f R %.2f:\n%s", pg.id, g.Layout, sc.Precision, sc.Recall, res.Text)
			}
		}
	}
	return per, all
}

func logFarm(t *testing.T, per map[string]*farmStats, all *farmStats) {
	t.Helper()
	names := make([]string, 0, len(per))
	for k := range per {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		t.Log(per[k].row(k))
	}
	t.Log(all.row("overall"))
}

// TestNewsfarm measures extraction against newsfarm's gold on every layout.
func TestNewsfarm(t *testing.T) {
	pages := newsfarm(t)
	per, all := evalFarm(t, New(), pages, testing.Verbose() && os.Getenv("EXTRACT_VERBOSE") != "")
	logFarm(t, per, all)
	n := float64(all.n)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"title exact", float64(all.title) / n, 0.99},
		{"published within 60 s", float64(all.pub) / n, 0.98},
		{"author right where shown", float64(all.author) / float64(max(all.authorN, 1)), 0.95},
		{"encoding detected", float64(all.enc) / n, 1},
		{"text F1", all.f / n, 0.80},
		{"text recall", all.r / n, 0.90},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s: %.3f, floor %.3f", f.name, f.got, f.want)
		}
	}
	if all.authorFalse > 0 {
		t.Errorf("%d authors invented on pages that show none", all.authorFalse)
	}
}
