package story

import (
	"fmt"
	"testing"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
)

// TestCorpusStoryDiag prints, for the tuning pairs in KHABAR_DIAG_PAIRS, every
// article that ended in either article's story, with how it got there
// (KHABAR_DIAG=1), whether or not the story is still live.
func TestCorpusStoryDiag(t *testing.T) {
	arts, pairs, idx := diagCorpus(t)
	ps := prepare(arts)
	_, e, results := runCorpus(arts, ps, DefaultConfig(), dedup.DefaultConfig())
	want := diagPairs()
	tune, _ := split(pairs)
	for _, p := range tune {
		if !want[p.Pair] {
			continue
		}
		na, _ := fetch.NormalizeURL(p.A)
		nb, _ := fetch.NormalizeURL(p.B)
		a, b := ps[idx[na]], ps[idx[nb]]
		fmt.Printf("=== P%d %s/%s a=%d b=%d\n", p.Pair, p.Relation, p.Confidence, a.Doc.ID, b.Doc.ID)
		for _, x := range []*Prepared{a, b} {
			sid := e.Clusterer.StoryOf(x.Doc.ID)
			fmt.Printf("  story %d (of %d):\n", sid, x.Doc.ID)
			for i, r := range results {
				if e.Clusterer.StoryOf(r.Article) != sid {
					continue
				}
				d := ps[i].Doc
				fmt.Printf("    %d %s src=%d copyOf=%d new=%v score=%.2f day=%d places=%v %s\n", r.Article, d.Time.Format("01-02T15:04"),
					d.Source, r.CopyOf, r.New, r.Score, d.Days, d.Places, arts[i].Title)
			}
		}
	}
}
