package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/khabar-news/khabar/internal/extract"
)

// Row is the score of one group of pages (a layout, a site) or of the set.
type Row struct {
	Name      string  `json:"name"`
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`

	// Snippet counts (snippet sets only).
	TP int `json:"tp,omitempty"`
	FN int `json:"fn,omitempty"`
	FP int `json:"fp,omitempty"`
	TN int `json:"tn,omitempty"`

	// Metadata rates over the pages that have the gold; -1 when none has.
	Title     float64 `json:"title"`
	Published float64 `json:"published"` // within one minute
	Author    float64 `json:"author"`    // over pages that show an author
	// AuthorPrecision is the share of the authors Extract returned that are
	// the gold one (newsfarm): a name invented on a page without a byline,
	// or the wrong block taken as one, counts against it.
	AuthorPrecision float64 `json:"author_precision"`
	NoText          int     `json:"no_text"` // pages where Extract found no main text
	Failed          int     `json:"failed"`  // pages where Extract failed otherwise

	shingle           ShingleScore
	snippet           SnippetScore
	titleN, titleOK   int
	pubN, pubOK       int
	authorN, authorOK int
	authorGiven       int // pages where Extract returned an author
	authorGivenOK     int // of those, the gold author
}

func (r *Row) finish(set string) {
	if set == SetSnippets {
		r.Precision, r.Recall, r.F1 = r.snippet.PRF()
		r.TP, r.FN, r.FP, r.TN = r.snippet.TP, r.snippet.FN, r.snippet.FP, r.snippet.TN
	} else {
		r.Precision, r.Recall, r.F1 = r.shingle.PRF()
	}
	rate := func(ok, n int) float64 {
		if n == 0 {
			return -1
		}
		return float64(ok) / float64(n)
	}
	r.Title, r.Published, r.Author = rate(r.titleOK, r.titleN), rate(r.pubOK, r.pubN), rate(r.authorOK, r.authorN)
	r.AuthorPrecision = rate(r.authorGivenOK, r.authorGiven)
}

// Report is the outcome of one run over a set.
type Report struct {
	Set         string  `json:"set"`
	Overall     Row     `json:"overall"`
	Groups      []Row   `json:"groups"`
	Seconds     float64 `json:"seconds"`
	PagesPerSec float64 `json:"pages_per_sec"`
}

// Options tune a run.
type Options struct {
	// Fetched is the fetch time given to the extractor (relative dates);
	// zero: newsfarm pages get 2015-08-12 (after the last crawl day), other
	// sets time.Now().
	Fetched time.Time
	// Log, when set, gets one line per page that scores badly (F1 < 0.9,
	// a leaked or missing snippet, wrong metadata).
	Log io.Writer
}

// Run extracts every page with ex and scores it.
func Run(ctx context.Context, ex extract.Extractor, set string, pages []Page, o Options) (*Report, error) {
	fetched := o.Fetched
	if fetched.IsZero() {
		fetched = time.Now()
		if set == SetNewsfarm {
			fetched = time.Date(2015, 8, 12, 0, 0, 0, 0, time.UTC)
		}
	}
	all := &Row{Name: "overall"}
	groups := map[string]*Row{}
	start := time.Now()
	for _, pg := range pages {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("eval: run: %w", err)
		}
		g := groups[pg.Group]
		if g == nil {
			g = &Row{Name: pg.Group}
			groups[pg.Group] = g
		}
		res, err := ex.Extract(ctx, extract.Input{HTML: pg.HTML, URL: pg.URL, Fetched: fetched})
		noText := errors.Is(err, extract.ErrNoText)
		failed := err != nil && !noText
		if failed {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("eval: run: %w", err)
			}
			res = &extract.Result{}
		}
		var (
			m               Match
			missing, leaked []string
		)
		if set != SetSnippets {
			m = ShingleMatch(pg.Text, res.Text)
		}
		titleOK := pg.Title != "" && key(res.Title) == key(pg.Title)
		pubOK := !pg.Pub.IsZero() && !res.Published.IsZero() && res.Published.Sub(pg.Pub).Abs() < time.Minute
		authorOK := pg.Shown && authorKey(res.Author) == authorKey(pg.Author)
		// Precision needs a gold that can say "no author": only newsfarm's does.
		authorGiven := set == SetNewsfarm && res.Author != ""
		authorGivenOK := authorGiven && pg.Author != "" && authorKey(res.Author) == authorKey(pg.Author)
		for _, r := range []*Row{all, g} {
			r.Pages++
			if noText {
				r.NoText++
			}
			if failed {
				r.Failed++
			}
			if set == SetSnippets {
				missing, leaked = r.snippet.Add(res.Text, pg.With, pg.Without)
			} else {
				r.shingle.Add(m)
			}
			if pg.Title != "" {
				r.titleN++
				if titleOK {
					r.titleOK++
				}
			}
			if !pg.Pub.IsZero() {
				r.pubN++
				if pubOK {
					r.pubOK++
				}
			}
			if authorGiven {
				r.authorGiven++
				if authorGivenOK {
					r.authorGivenOK++
				}
			}
			if pg.Shown {
				r.authorN++
				if authorOK {
					r.authorOK++
				}
			}
		}
		if o.Log != nil {
			logPage(o.Log, pg, res, err, m, set, missing, leaked, titleOK, pubOK, authorOK)
		}
	}
	rep := &Report{Set: set, Seconds: time.Since(start).Seconds()}
	if rep.Seconds > 0 {
		rep.PagesPerSec = float64(len(pages)) / rep.Seconds
	}
	all.finish(set)
	rep.Overall = *all
	for _, g := range groups {
		g.finish(set)
		rep.Groups = append(rep.Groups, *g)
	}
	sort.Slice(rep.Groups, func(i, j int) bool { return rep.Groups[i].Name < rep.Groups[j].Name })
	return rep, nil
}

func logPage(w io.Writer, pg Page, res *extract.Result, err error, m Match, set string, missing, leaked []string, titleOK, pubOK, authorOK bool) {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "  error: %v\n", err)
	}
	if set != SetSnippets {
		p, _ := m.Precision()
		r, _ := m.Recall()
		if f1(p, r) < 0.9 {
			fmt.Fprintf(&b, "  text P %.2f R %.2f\n", p, r)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(&b, "  missing %q\n", missing)
	}
	if len(leaked) > 0 {
		fmt.Fprintf(&b, "  leaked %q\n", leaked)
	}
	if pg.Title != "" && !titleOK {
		fmt.Fprintf(&b, "  title %q, gold %q\n", res.Title, pg.Title)
	}
	if !pg.Pub.IsZero() && !pubOK {
		fmt.Fprintf(&b, "  published %v (%v), gold %v\n", res.Published, res.PublishedQuality, pg.Pub)
	}
	if pg.Shown && !authorOK || !pg.Shown && res.Author != "" && set == SetNewsfarm && authorKey(res.Author) != authorKey(pg.Author) {
		fmt.Fprintf(&b, "  author %q, gold %q (shown %v)\n", res.Author, pg.Author, pg.Shown)
	}
	if b.Len() > 0 {
		fmt.Fprintf(w, "%s %s %s\n%s", pg.ID, pg.Group, pg.URL, b.String())
	}
}

// key compares titles: white space folded, invisible marks and edge punctuation off.
func key(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\uFEFF', r == '\u200B', r == '\u200E', r == '\u200F', r == '\u00AD', r == '\u2060',
			r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
			return -1
		}
		return r
	}, s)
	return strings.Trim(FoldSpace(s), edgePunct)
}

const edgePunct = " \t-–—:،,.|/\\\"'«»()[]"

// bylineLead are the lead-in words a byline carries on the page («كتب -»,
// «بواسطة»); the gold keeps them as printed, Extract returns the name only.
var bylineLead = []string{"بقلم", "بواسطة", "كتب", "كتبت", "تقرير", "إعداد", "اعداد", "حوار", "متابعة", "by", "By"}

func authorKey(s string) string {
	// SaudiNewsNet's author field sometimes carries the byline's date after a
	// bar («فلان | Monday, 10 August 2015 - 18:04 pm»): the name is before it.
	if i := strings.Index(s, " | "); i > 0 {
		s = s[:i]
	}
	s = key(strings.TrimLeft(strings.TrimSpace(s), "*"))
	for changed := true; changed; {
		changed = false
		for _, w := range bylineLead {
			if strings.HasPrefix(s, w+" ") || strings.HasPrefix(s, w+":") || strings.HasPrefix(s, w+"-") || s == w {
				s = key(strings.TrimPrefix(s, w))
				changed = true
			}
		}
	}
	return s
}

// Print writes the report as a table.
func (r *Report) Print(w io.Writer) {
	metric := "shingle P/R per page averaged, F1 of the averages"
	if r.Set == SetSnippets {
		metric = "with/without snippets pooled"
	}
	fmt.Fprintf(w, "set %s (%s): %d pages in %.1f s, %.1f pages/s\n", r.Set, metric, r.Overall.Pages, r.Seconds, r.PagesPerSec)
	fmt.Fprintf(w, "%-28s %5s %7s %7s %7s %7s %7s %7s %7s %6s\n", "group", "pages", "P", "R", "F1", "title", "publ", "author", "auth-P", "notext")
	rate := func(x float64) string {
		if x < 0 {
			return "      -"
		}
		return fmt.Sprintf("%7.3f", x)
	}
	row := func(g Row) {
		fmt.Fprintf(w, "%-28s %5d %7.3f %7.3f %7.3f %s %s %s %s %6d\n", g.Name, g.Pages, g.Precision, g.Recall, g.F1,
			rate(g.Title), rate(g.Published), rate(g.Author), rate(g.AuthorPrecision), g.NoText)
	}
	for _, g := range r.Groups {
		row(g)
	}
	row(r.Overall)
}
