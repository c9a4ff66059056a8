package story

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
)

// diagCorpus skips unless KHABAR_DIAG is set, and loads the corpus, the
// labelled pairs and each article's index by URL, for the diagnostics.
func diagCorpus(t *testing.T) ([]*news.Article, []Pair, map[string]int) {
	t.Helper()
	if os.Getenv("KHABAR_DIAG") == "" {
		t.Skip("set KHABAR_DIAG=1")
	}
	arts := loadCorpus(t)
	idx := make(map[string]int, len(arts))
	for i, a := range arts {
		idx[a.URL] = i
	}
	// Another labelled set: its odd pairs are read like the dev pairs'.
	if path := os.Getenv("KHABAR_DIAG_PAIRFILE"); path != "" {
		return arts, readPairFile(t, path), idx
	}
	return arts, loadPairs(t), idx
}

// diagPairs is the set of pair numbers listed in KHABAR_DIAG_PAIRS (empty:
// every pair).
func diagPairs() map[int]bool {
	want := map[int]bool{}
	for _, f := range strings.Fields(os.Getenv("KHABAR_DIAG_PAIRS")) {
		n, _ := strconv.Atoi(f)
		want[n] = true
	}
	return want
}

// TestCorpusDiag prints, for each tuning pair, what the engine decided and
// the measures behind it (KHABAR_DIAG=1). Tuning half only.
func TestCorpusDiag(t *testing.T) {
	arts, pairs, idx := diagCorpus(t)
	ps := prepare(arts)
	_, e, results := runCorpus(arts, ps, DefaultConfig(), dedup.DefaultConfig())
	res := map[int64]Result{}
	for _, r := range results {
		res[r.Article] = r
	}
	tune, _ := split(pairs)
	for _, p := range tune {
		na, _ := fetch.NormalizeURL(p.A)
		nb, _ := fetch.NormalizeURL(p.B)
		i, j := idx[na], idx[nb]
		a, b := ps[i], ps[j]
		ra, rb := res[a.Doc.ID], res[b.Doc.ID]
		sa, sb := e.Clusterer.StoryOf(a.Doc.ID), e.Clusterer.StoryOf(b.Doc.ID)
		rootA, rootB := ra.CopyOf, rb.CopyOf
		if rootA == 0 {
			rootA = a.Doc.ID
		}
		if rootB == 0 {
			rootB = b.Doc.ID
		}
		fmt.Printf("P%d %s/%s same=%v copy=%v cont=%.2f res=%.2f n=%d/%d dt=%.1fh src=%d/%d ids=%d/%d copyOf=%d/%d story=%d/%d\n",
			p.Pair, p.Relation, p.Confidence, sa == sb, rootA == rootB,
			dedup.Containment(a.Dup.Shingles, b.Dup.Shingles), dedup.Resemblance(a.Dup.Shingles, b.Dup.Shingles),
			len(a.Dup.Shingles), len(b.Dup.Shingles), b.Doc.Time.Sub(a.Doc.Time).Hours(), a.Doc.Source, b.Doc.Source,
			a.Doc.ID, b.Doc.ID, ra.CopyOf, rb.CopyOf, sa, sb)
	}
}
