package search

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/story"
)

// The known-item evaluation of issue 4: for articles of SaudiNewsNet, the
// three longest words of the headline typed the lazy way must find the
// article, one with the same headline, or one of its story, first. SaudiNewsNet is read from
// ../shared at test time and never copied into the repository.

var saudiNewsNet = filepath.Join("..", "..", "..", "shared", "data", "saudinewsnet", "saudinewsnet.jsonl.gz")

// memStore is an in-memory Store for evaluations and benchmarks, where the
// store is not what is measured.
type memStore struct {
	mu      sync.RWMutex
	as      []news.Article // by id, id = index+1
	sources []news.Source  // as a store's sources table would list them
	known   map[int64]bool
}

func (m *memStore) add(a news.Article) int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	a.ID = int64(len(m.as) + 1)
	m.as = append(m.as, a)
	if !m.known[a.SourceID] {
		if m.known == nil {
			m.known = map[int64]bool{}
		}
		m.known[a.SourceID] = true
		m.sources = append(m.sources, news.Source{ID: a.SourceID, Name: a.SourceName})
	}
	return a.ID
}

// ListSources lists the outlets of the stored articles, so source: filters
// resolve to ids as they do on the real store.
func (m *memStore) ListSources(_ context.Context) ([]news.Source, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return slices.Clone(m.sources), nil
}

func (m *memStore) ArticleByID(_ context.Context, id int64) (*news.Article, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	if id < 1 || id > int64(len(m.as)) {
		return nil, news.Errorf(news.ENOTFOUND, "article %d not found", id)
	}
	a := m.as[id-1]
	return &a, nil
}

func (m *memStore) ArticleIDsAfter(_ context.Context, after int64, limit int) ([]int64, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	var ids []int64
	for id := after + 1; id <= int64(len(m.as)) && len(ids) < limit; id++ {
		ids = append(ids, id)
	}
	return ids, nil
}

func (m *memStore) ArticlesAfter(_ context.Context, after int64, limit int) ([]news.Article, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	lo := min(int(after), len(m.as))
	hi := min(lo+limit, len(m.as))
	return slices.Clone(m.as[lo:hi]), nil
}

// loadSaudiNewsNet reads up to n articles (all when n <= 0), skipping the
// test when the data is absent.
func loadSaudiNewsNet(tb testing.TB, n int) []news.Article {
	tb.Helper()
	f, err := os.Open(saudiNewsNet)
	if err != nil {
		tb.Skipf("SaudiNewsNet not available (%v): the evaluation needs ../shared", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var out []news.Article
	srcIDs := map[string]int64{} // one id per outlet, in order of first appearance
	for sc.Scan() && (n <= 0 || len(out) < n) {
		var r struct {
			Source, URL, Title, Content, Date string `json:"-"`
		}
		var raw map[string]string
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			continue
		}
		r.Source, r.URL, r.Title, r.Content, r.Date = raw["source"], raw["url"], raw["title"], raw["content"], raw["date_extracted"]
		if strings.TrimSpace(r.Title) == "" || strings.TrimSpace(r.Content) == "" {
			continue
		}
		pub, _ := time.Parse(time.DateTime, r.Date)
		sid, ok := srcIDs[r.Source]
		if !ok {
			sid = int64(len(srcIDs) + 1)
			srcIDs[r.Source] = sid
		}
		out = append(out, news.Article{SourceID: sid, SourceName: r.Source, URL: r.URL, CanonicalURL: r.URL,
			Title: r.Title, Text: r.Content, Published: pub, Fetched: pub})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// buildIndex indexes as (already in st) into a fresh index in dir.
func buildIndex(tb testing.TB, dir string, st *memStore, opt Options) *Index {
	tb.Helper()
	opt.Freshness = -1 // the corpus is years old; ranking alone is measured
	ix, err := Open(context.Background(), dir, st, opt)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

// lazy types a headline word the way a hurried reader does: no hamza, ه for
// a final ة, ى for a final ي, with or without ال, Eastern digits, and now and
// then the word hidden with the tatweel-dot trick.
func lazy(w string, r *rand.Rand) string {
	w = arabic.Normalize(w, arabic.Options{}) // tashkeel and tatweel off, as a reader types
	w = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ؤ", "و", "ئ", "ي", "ء", "").Replace(w)
	if strings.HasSuffix(w, "ة") && r.IntN(2) == 0 {
		w = strings.TrimSuffix(w, "ة") + "ه"
	}
	if strings.HasSuffix(w, "ي") && r.IntN(2) == 0 {
		w = strings.TrimSuffix(w, "ي") + "ى"
	}
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 4 && r.IntN(2) == 0 {
		w = strings.TrimPrefix(w, "ال")
	}
	if r.IntN(2) == 0 {
		w = strings.Map(func(c rune) rune {
			if c >= '0' && c <= '9' {
				return '٠' + c - '0'
			}
			return c
		}, w)
	}
	if rs := []rune(w); len(rs) >= 4 && r.IntN(10) == 0 {
		mid := len(rs) / 2
		w = string(rs[:mid]) + "ـ." + string(rs[mid:])
	}
	return w
}

// headlineQuery is the three longest distinct words of a headline, lazy.
func headlineQuery(title string, r *rand.Rand) string {
	var words []string
	seen := map[string]bool{}
	for _, t := range arabic.Tokenize(title) {
		if t.Kind != arabic.Word || seen[t.Text] {
			continue
		}
		seen[t.Text] = true
		words = append(words, t.Text)
	}
	slices.SortStableFunc(words, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	words = words[:min(3, len(words))]
	for i := range words {
		words[i] = lazy(words[i], r)
	}
	return strings.Join(words, " ")
}

type knownItemScore struct {
	queries    int
	first, mrr float64 // the credit: article, same headline or same story
	// strict counts the article itself (or a byte-equal headline) only.
	strictFirst, strictMRR float64
	p50, p99               time.Duration
}

func (s knownItemScore) String() string {
	return fmt.Sprintf("first %.3f, MRR %.3f over %d queries (article only: first %.3f, MRR %.3f; p50 %v, p99 %v)",
		s.first, s.mrr, s.queries, s.strictFirst, s.strictMRR, s.p50, s.p99)
}

// foldTitle is a headline with its white space folded, for the issue's "one
// with the same headline".
func foldTitle(s string) string { return strings.Join(strings.Fields(s), " ") }

// knownItem runs the queries against ix. As the issue words it, a hit is
// right when it is the article, one with the same headline (white space
// folded), or one of its story (storyOf maps article id → story; nil credits
// no story). The article-only figure is kept beside it.
func knownItem(tb testing.TB, name string, ix *Index, st *memStore, storyOf map[int64]int64, queries []string, targets []int64) knownItemScore {
	tb.Helper()
	sameTitle := map[string][]int64{}
	for _, a := range st.as {
		k := foldTitle(a.Title)
		sameTitle[k] = append(sameTitle[k], a.ID)
	}
	var sc knownItemScore
	var lat []time.Duration
	logged := 0
	for i, q := range queries {
		want := st.as[targets[i]-1]
		t0 := time.Now()
		res, err := ix.Search(context.Background(), news.SearchRequest{Query: q, PageSize: 10})
		lat = append(lat, time.Since(t0))
		if err != nil {
			tb.Fatalf("query %d: %v", i, err)
		}
		right := func(id int64) bool {
			if id == want.ID || slices.Contains(sameTitle[foldTitle(want.Title)], id) {
				return true
			}
			s, ok := storyOf[want.ID]
			return ok && s != 0 && storyOf[id] == s
		}
		found := false
		for rank, h := range res.Hits {
			if right(h.ID) {
				if rank == 0 {
					sc.first++
				}
				sc.mrr += 1 / float64(rank+1)
				found = rank == 0
				break
			}
		}
		for rank, h := range res.Hits {
			if h.ID == want.ID || st.as[h.ID-1].Title == want.Title {
				if rank == 0 {
					sc.strictFirst++
				}
				sc.strictMRR += 1 / float64(rank+1)
				break
			}
		}
		if !found && logged < 20 && testing.Verbose() {
			logged++
			var top []string
			for _, h := range res.Hits[:min(3, len(res.Hits))] {
				top = append(top, fmt.Sprintf("%q", st.as[h.ID-1].Title))
			}
			tb.Logf("%s miss %q: want %q; top %s", name, q, want.Title, strings.Join(top, " | "))
		}
	}
	n := float64(len(queries))
	sc.queries = len(queries)
	sc.first, sc.mrr, sc.strictFirst, sc.strictMRR = sc.first/n, sc.mrr/n, sc.strictFirst/n, sc.strictMRR/n
	slices.Sort(lat)
	sc.p50, sc.p99 = lat[len(lat)/2], lat[len(lat)*99/100]
	return sc
}

// stories runs the story engine over the articles in publication order, as
// the importer does, and maps each article to its (resolved) story.
func stories(st *memStore) map[int64]int64 {
	as := make([]*news.Article, len(st.as))
	for i := range st.as {
		as[i] = &st.as[i]
	}
	story.SortByPublication(as)
	e := story.NewEngine(story.DefaultConfig(), dedup.DefaultConfig())
	for _, an := range story.AnalyzeAll(as) {
		e.Assign(e.Tag(an))
	}
	out := make(map[int64]int64, len(as))
	for _, a := range as {
		out[a.ID] = e.Clusterer.StoryOf(a.ID)
	}
	return out
}

// runKnownItem builds both indexes over n articles and asks q queries.
func runKnownItem(t *testing.T, n, q int) (ours, stock knownItemScore) {
	as := loadSaudiNewsNet(t, n)
	st := &memStore{}
	for _, a := range as {
		st.add(a)
	}
	dir := t.TempDir()
	t0 := time.Now()
	ix := buildIndex(t, filepath.Join(dir, "khabar"), st, Options{})
	t.Logf("built Khabar index of %d articles in %v", len(as), time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	stockIx := buildIndex(t, filepath.Join(dir, "stock"), st, Options{Analyzer: StockArabic})
	t.Logf("built stock index in %v", time.Since(t0).Round(time.Millisecond))

	r := rand.New(rand.NewPCG(4, 2026))
	var queries []string
	var targets []int64
	for _, i := range r.Perm(len(as)) {
		if len(queries) == q {
			break
		}
		qs := headlineQuery(as[i].Title, r)
		if len(strings.Fields(qs)) < 2 {
			continue // a one-word headline names no known item
		}
		queries = append(queries, qs)
		targets = append(targets, int64(i+1))
	}
	t0 = time.Now()
	storyOf := stories(st)
	t.Logf("stories assigned in %v", time.Since(t0).Round(time.Millisecond))
	ours = knownItem(t, "Khabar", ix, st, storyOf, queries, targets)
	stock = knownItem(t, "stock", stockIx, st, storyOf, queries, targets)
	t.Logf("Khabar: %v", ours)
	t.Logf("Bleve stock Arabic, title boosted: %v", stock)
	return ours, stock
}

// TestKnownItemSample is the always-on version: 3,000 articles, 200 queries.
// Its floors are set below what was measured (see README), so only a real
// regression fails it.
func TestKnownItemSample(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two indexes of 3,000 articles; skipped with -short")
	}
	ours, stock := runKnownItem(t, 3000, 200)
	if ours.first < 0.90 || ours.mrr < 0.93 {
		t.Errorf("Khabar known-item search fell below its floors (first 0.90, MRR 0.93): %v", ours)
	}
	if ours.first <= stock.first || ours.mrr <= stock.mrr {
		t.Errorf("Khabar (%v) does not beat Bleve's stock analyzer (%v)", ours, stock)
	}
}

// TestKnownItemFull is the acceptance run: every article of
// SaudiNewsNet, 1,000 queries. KHABAR_EVAL=1 go test -run KnownItemFull -v ./internal/search
func TestKnownItemFull(t *testing.T) {
	if os.Getenv("KHABAR_EVAL") != "1" {
		t.Skip("set KHABAR_EVAL=1 to run the full known-item evaluation")
	}
	ours, stock := runKnownItem(t, 0, 1000)
	if ours.first < 0.92 || ours.mrr < 0.95 {
		t.Errorf("target missed: first ≥ 0.92 and MRR ≥ 0.95 wanted, got %v", ours)
	}
	if ours.first <= stock.first {
		t.Errorf("Khabar (%v) does not beat Bleve's stock analyzer (%v)", ours, stock)
	}
}
