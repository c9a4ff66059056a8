package story

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/dump"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
	outlets "github.com/khabar-news/khabar/internal/sources"
)

// The corpus tests read ../shared (SaudiNewsNet and the labelled pairs) at
// test time; nothing of it is copied into the repository.
var shared = filepath.Join("..", "..", "..", "shared", "data")

var (
	corpusOnce sync.Once
	corpus     []*news.Article
	corpusErr  error
)

// loadCorpus reads SaudiNewsNet as the importer would (ids in file order)
// and returns it in publication order.
func loadCorpus(t testing.TB) []*news.Article {
	t.Helper()
	path := filepath.Join(shared, "saudinewsnet", "saudinewsnet.jsonl.gz")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no SaudiNewsNet at %s: the corpus tests need ../shared", path)
	}
	corpusOnce.Do(func() {
		f, err := os.Open(path)
		if err != nil {
			corpusErr = err
			return
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			corpusErr = err
			return
		}
		zone := time.FixedZone("AST", 3*3600)
		sources := map[string]int64{}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		for sc.Scan() {
			var r dump.Record
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				corpusErr = err
				return
			}
			if strings.TrimSpace(r.Content) == "" || strings.TrimSpace(r.Title) == "" {
				continue // the importer skips these lines too
			}
			u, err := fetch.NormalizeURL(r.URL)
			if err != nil {
				continue
			}
			pub, err := dump.ParseTime(r.DateExtracted, zone)
			if err != nil {
				continue
			}
			sid, ok := sources[r.Source]
			if !ok {
				sid = int64(len(sources) + 1)
				sources[r.Source] = sid
			}
			name := r.Source
			if o, ok := outlets.Known(u); ok {
				name = o.Name // as the importer names it
			}
			corpus = append(corpus, &news.Article{ID: int64(len(corpus) + 1), SourceID: sid, SourceName: name,
				URL: u, CanonicalURL: u, Title: dump.Title(r.Title), Text: dump.Text(r.Content), Published: pub})
		}
		corpusErr = sc.Err()
		SortByPublication(corpus)
	})
	if corpusErr != nil {
		t.Fatal(corpusErr)
	}
	return corpus
}

func loadPairs(t testing.TB) []Pair {
	t.Helper()
	f, err := os.Open(filepath.Join(shared, "story-pairs-dev.jsonl"))
	if err != nil {
		t.Skipf("no labelled pairs: %v", err)
	}
	defer f.Close()
	ps, err := ReadPairs(f)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

var (
	prepOnce    sync.Once
	prepared    []*Prepared
	prepTook    time.Duration
	analyzeTook time.Duration // of prepTook, the analysis on every CPU
)

// prepare analyzes and tags the corpus once for every config tried.
func prepare(arts []*news.Article) []*Prepared {
	prepOnce.Do(func() {
		start := time.Now()
		e := NewEngine(DefaultConfig(), dedup.DefaultConfig())
		ans := AnalyzeAll(arts)
		analyzeTook = time.Since(start)
		for _, an := range ans {
			prepared = append(prepared, e.Tag(an))
		}
		prepTook = time.Since(start)
	})
	return prepared
}

// runCorpus assigns the prepared corpus under cfg and dc and returns a judge
// for the pairs.
func runCorpus(arts []*news.Article, ps []*Prepared, cfg Config, dc dedup.Config) (Judge, *Engine, []Result) {
	e := NewEngine(cfg, dc)
	byURL := map[string]int64{}
	results := make([]Result, 0, len(arts))
	for i, a := range arts {
		byURL[a.URL] = a.ID
		results = append(results, e.Assign(ps[i]))
	}
	root := map[int64]int64{}
	for _, r := range results {
		if r.CopyOf != 0 {
			root[r.Article] = r.CopyOf
		}
	}
	judge := func(ua, ub string) (bool, bool, bool) {
		na, _ := fetch.NormalizeURL(ua)
		nb, _ := fetch.NormalizeURL(ub)
		a, b := byURL[na], byURL[nb]
		if a == 0 || b == 0 {
			return false, false, false
		}
		ra, rb := cmp.Or(root[a], a), cmp.Or(root[b], b)
		return e.Clusterer.StoryOf(a) == e.Clusterer.StoryOf(b), ra == rb, true
	}
	return judge, e, results
}

// split halves the pairs: odd pair numbers tune, even ones are held out.
func split(ps []Pair) (tune, held []Pair) {
	for _, p := range ps {
		if p.Pair%2 == 1 {
			tune = append(tune, p)
		} else {
			held = append(held, p)
		}
	}
	return tune, held
}

// morePairFiles are the labelled sets scored beside the dev pairs: the
// committed ones (testdata/pairs) and those named in KHABAR_EVAL_PAIRS
// (comma-separated).
func morePairFiles() []string {
	return append(keyedFiles(), strings.FieldsFunc(os.Getenv("KHABAR_EVAL_PAIRS"), func(r rune) bool { return r == ',' })...)
}

// readPairFile reads a labelled set, by URL or by key (a committed set,
// keyedpairs_test.go).
func readPairFile(t testing.TB, path string) []Pair {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps, err := ReadPairs(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if Keyed(ps) {
		if err := ResolveKeys(ps, corpusURLs(t)); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return ps
}

// TestCorpusEval is the full-corpus evaluation (KHABAR_EVAL=1): every
// article of SaudiNewsNet in publication order, then the labelled pairs.
func TestCorpusEval(t *testing.T) {
	if os.Getenv("KHABAR_EVAL") == "" {
		t.Skip("set KHABAR_EVAL=1 for the full-corpus evaluation")
	}
	arts := loadCorpus(t)
	pairs := loadPairs(t)
	cfg := DefaultConfig()
	dc := dedup.DefaultConfig()
	if s := os.Getenv("KHABAR_STORY_CFG"); s != "" {
		if err := json.Unmarshal([]byte(s), &cfg); err != nil {
			t.Fatal(err)
		}
	}
	if s := os.Getenv("KHABAR_DEDUP_CFG"); s != "" {
		if err := json.Unmarshal([]byte(s), &dc); err != nil {
			t.Fatal(err)
		}
	}
	ps := prepare(arts)
	start := time.Now()
	judge, e, _ := runCorpus(arts, ps, cfg, dc)
	took := time.Since(start)
	t.Logf("%d articles: prepared in %v (analyzed in %v on %d CPUs, then tagged), assigned in %v (%.0f/s in all), %d live stories",
		len(arts), prepTook, analyzeTook, runtime.GOMAXPROCS(0), took,
		float64(len(arts))/(took+prepTook).Seconds(), e.Clusterer.Live())
	tune, held := split(pairs)
	t.Logf("tuning half:\n%s", Score(tune, judge))
	t.Logf("held-out half:\n%s", Score(held, judge))
	all := Score(pairs, judge)
	t.Logf("all pairs:\n%s", all)
	// More labelled sets, scored beside the dev pairs: a set labelled
	// elsewhere is a held-out test that no rule was tuned on.
	for _, path := range morePairFiles() {
		sc := Score(readPairFile(t, path), judge)
		t.Logf("%s:\n%s", path, sc)
		if os.Getenv("KHABAR_EVAL_ERRORS") != "" {
			for _, pe := range sc.Errors {
				t.Logf("%s pair %d %s/%s: got same=%v copy=%v", filepath.Base(path), pe.Pair.Pair, pe.Relation, pe.Confidence, pe.SameStory, pe.Copy)
			}
		}
	}
	if os.Getenv("KHABAR_EVAL_ERRORS") != "" {
		for _, pe := range all.Errors {
			t.Logf("pair %d %s/%s: got same=%v copy=%v", pe.Pair.Pair, pe.Relation, pe.Confidence, pe.SameStory, pe.Copy)
		}
	}
}

// TestCorpusSweep tries the configs in KHABAR_SWEEP (a JSON list of story
// configs) on the tuning half of the pairs.
func TestCorpusSweep(t *testing.T) {
	sweep := os.Getenv("KHABAR_SWEEP")
	if sweep == "" {
		t.Skip("set KHABAR_SWEEP to a JSON list of configs")
	}
	type both struct {
		Story Config
		Dedup dedup.Config
	}
	var raws []json.RawMessage
	if err := json.Unmarshal([]byte(sweep), &raws); err != nil {
		t.Fatal(err)
	}
	var cfgs []both
	for _, r := range raws {
		// Fields left out keep their defaults.
		c := both{Story: DefaultConfig(), Dedup: dedup.DefaultConfig()}
		if err := json.Unmarshal(r, &c); err != nil {
			t.Fatal(err)
		}
		cfgs = append(cfgs, c)
	}
	arts := loadCorpus(t)
	pairs := loadPairs(t)
	ps := prepare(arts)
	tune, held := split(pairs)
	type set struct {
		name       string
		tune, held []Pair
	}
	var more []set
	for _, path := range morePairFiles() {
		mt, mh := split(readPairFile(t, path))
		more = append(more, set{filepath.Base(path), mt, mh})
	}
	var base map[int]bool
	for _, c := range cfgs {
		start := time.Now()
		judge, _, _ := runCorpus(arts, ps, c.Story, c.Dedup)
		took := time.Since(start)
		r, h := Score(tune, judge), Score(held, judge)
		t.Logf("%+v %+v (assigned in %v)\n  tune: same %.3f/%.3f copy %.3f/%.3f | held: same %.3f/%.3f copy %.3f/%.3f", c.Story, c.Dedup, took.Round(time.Millisecond),
			r.Same.F1(), r.SameHigh.F1(), r.Copy.F1(), r.CopyHigh.F1(), h.Same.F1(), h.SameHigh.F1(), h.Copy.F1(), h.CopyHigh.F1())
		for _, m := range more {
			r, h := Score(m.tune, judge), Score(m.held, judge)
			t.Logf("  %s tune: same %.3f/%.3f copy %.3f/%.3f | held: same %.3f/%.3f copy %.3f/%.3f", m.name,
				r.Same.F1(), r.SameHigh.F1(), r.Copy.F1(), r.CopyHigh.F1(), h.Same.F1(), h.SameHigh.F1(), h.Copy.F1(), h.CopyHigh.F1())
		}
		if os.Getenv("KHABAR_SWEEP_DIFF") != "" {
			// The tuning pairs whose same-story or copy answer differs from the first config's.
			got := map[int]bool{}
			for _, p := range tune {
				same, copied, _ := judge(p.A, p.B)
				got[p.Pair] = same
				got[-p.Pair] = copied
				if base != nil && base[p.Pair] != same {
					t.Logf("  P%d %s/%s: same %v -> %v", p.Pair, p.Relation, p.Confidence, base[p.Pair], same)
				}
				if base != nil && base[-p.Pair] != copied {
					t.Logf("  P%d %s/%s: copy %v -> %v", p.Pair, p.Relation, p.Confidence, base[-p.Pair], copied)
				}
			}
			if base == nil {
				base = got
			}
		}
	}
}
