package story

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/dump"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
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
			corpus = append(corpus, &news.Article{ID: int64(len(corpus) + 1), SourceID: sid, SourceName: r.Source,
				URL: u, CanonicalURL: u, Title: r.Title, Text: r.Content, Published: pub})
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

// runCorpus runs an engine over arts and returns a judge for the pairs.
func runCorpus(arts []*news.Article, cfg Config, dc dedup.Config) (Judge, *Engine, []Result) {
	e := NewEngine(cfg, dc)
	byURL := map[string]int64{}
	results := make([]Result, 0, len(arts))
	for _, a := range arts {
		byURL[a.URL] = a.ID
		results = append(results, e.Add(a))
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
	start := time.Now()
	judge, e, _ := runCorpus(arts, cfg, dc)
	took := time.Since(start)
	t.Logf("%d articles in %v (%.0f/s), %d live stories, %d names learned", len(arts), took,
		float64(len(arts))/took.Seconds(), e.Clusterer.Live(), e.Tagger.Learned())
	tune, held := split(pairs)
	t.Logf("tuning half:\n%s", Score(tune, judge))
	t.Logf("held-out half:\n%s", Score(held, judge))
	all := Score(pairs, judge)
	t.Logf("all pairs:\n%s", all)
	if os.Getenv("KHABAR_EVAL_ERRORS") != "" {
		for _, pe := range all.Errors {
			t.Logf("pair %d %s/%s: got same=%v copy=%v", pe.Pair.Pair, pe.Relation, pe.Confidence, pe.SameStory, pe.Copy)
		}
	}
}

