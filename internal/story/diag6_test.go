package story

import (
	"fmt"
	"testing"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
)

// TestCorpusCopyDiag prints, for each tuning pair whose articles the engine
// put in one copy group, how each compares with the group's original
// (KHABAR_DIAG=1): what tells a copy from a write-up of the same release.
func TestCorpusCopyDiag(t *testing.T) {
	arts, pairs, idx := diagCorpus(t)
	ps := prepare(arts)
	_, _, results := runCorpus(arts, ps, DefaultConfig(), dedup.DefaultConfig())
	root := map[int64]int64{}
	pos := map[int64]int{}
	for i, r := range results {
		pos[r.Article] = i
		if r.CopyOf != 0 {
			root[r.Article] = r.CopyOf
		}
	}
	rootOf := func(id int64) int64 {
		if r, ok := root[id]; ok {
			return r
		}
		return id
	}
	tune, _ := split(pairs)
	for _, p := range tune {
		na, _ := fetch.NormalizeURL(p.A)
		nb, _ := fetch.NormalizeURL(p.B)
		a, b := ps[idx[na]], ps[idx[nb]]
		ra, rb := rootOf(a.Doc.ID), rootOf(b.Doc.ID)
		if ra != rb {
			if p.Relation == "copy" {
				i := dedup.Intersect(a.Dup.Shingles, b.Dup.Shingles)
				fmt.Printf("P%d copy/%s NOT LINKED roots %d/%d places %v/%v: inA=%.2f inB=%.2f lead=%.2f start=%.2f n=%d/%d dt=%.1fh\n", p.Pair, p.Confidence, ra, rb,
					a.Dup.Places, b.Dup.Places, float64(i)/float64(len(a.Dup.Shingles)), float64(i)/float64(len(b.Dup.Shingles)),
					dedup.LeadSimilarity(a.Dup.Lead, b.Dup.Lead), dedup.StartSimilarity(a.Dup.Lead, b.Dup.Lead), len(a.Dup.Shingles), len(b.Dup.Shingles),
					b.Doc.Time.Sub(a.Doc.Time).Hours())
			}
			continue
		}
		r := ps[pos[ra]]
		fmt.Printf("P%d %s/%s root=%d n=%d\n", p.Pair, p.Relation, p.Confidence, ra, len(r.Dup.Shingles))
		for _, x := range []*Prepared{a, b} {
			if x.Doc.ID == ra {
				fmt.Printf("  %d is the root\n", x.Doc.ID)
				continue
			}
			i := dedup.Intersect(x.Dup.Shingles, r.Dup.Shingles)
			fmt.Printf("  %d n=%d inCopy=%.2f inRoot=%.2f lead=%.2f start=%.2f\n", x.Doc.ID, len(x.Dup.Shingles),
				float64(i)/float64(len(x.Dup.Shingles)), float64(i)/float64(len(r.Dup.Shingles)),
				dedup.LeadSimilarity(x.Dup.Lead, r.Dup.Lead), dedup.StartSimilarity(x.Dup.Lead, r.Dup.Lead))
		}
		i := dedup.Intersect(a.Dup.Shingles, b.Dup.Shingles)
		fmt.Printf("  pair: inA=%.2f inB=%.2f lead=%.2f start=%.2f\n", float64(i)/float64(len(a.Dup.Shingles)), float64(i)/float64(len(b.Dup.Shingles)),
			dedup.LeadSimilarity(a.Dup.Lead, b.Dup.Lead), dedup.StartSimilarity(a.Dup.Lead, b.Dup.Lead))
	}
}
