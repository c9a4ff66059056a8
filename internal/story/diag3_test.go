package story

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
)

// TestCorpusDiag3 prints the tuning pairs listed in KHABAR_DIAG_PAIRS (or
// all tuning pairs) with the start of both texts (KHABAR_DIAG=1).
func TestCorpusDiag3(t *testing.T) {
	arts, pairs, idx := diagCorpus(t)
	ps := prepare(arts)
	_, e, results := runCorpus(arts, ps, DefaultConfig(), dedup.DefaultConfig())
	want := diagPairs()
	res := map[int64]Result{}
	for _, r := range results {
		res[r.Article] = r
	}
	cut := func(s string, n int) string {
		r := []rune(strings.ReplaceAll(s, "\n", " ¶ "))
		if len(r) > n {
			r = r[:n]
		}
		return string(r)
	}
	tune, _ := split(pairs)
	for _, p := range tune {
		if len(want) > 0 && !want[p.Pair] {
			continue
		}
		na, _ := fetch.NormalizeURL(p.A)
		nb, _ := fetch.NormalizeURL(p.B)
		i, j := idx[na], idx[nb]
		a, b := ps[i], ps[j]
		sa, sb := e.Clusterer.StoryOf(a.Doc.ID), e.Clusterer.StoryOf(b.Doc.ID)
		ra, rb := res[a.Doc.ID], res[b.Doc.ID]
		c := e.Clusterer
		va, ta := c.vectors(&a.Doc)
		vb, tb := c.vectors(&b.Doc)
		ls, lsb := c.stories[sa], c.stories[sb]
		nm := func(s *live) int {
			if s == nil {
				return -1
			}
			return len(s.members)
		}
		fmt.Printf("  assigned: a story=%d new=%v score=%.2f merged=%v | b story=%d new=%v score=%.2f merged=%v\n",
			ra.Story, ra.New, ra.Score, ra.Merged, rb.Story, rb.New, rb.Score, rb.Merged)
		fmt.Printf("  pair cos=%.2f title=%.2f names=%v|%v storysize=%d/%d\n", dot(va, vb), dot(ta, tb), a.Doc.Names, b.Doc.Names, nm(ls), nm(lsb))
		fmt.Printf("=== P%d %s/%s same=%v copyOf=%d/%d ids=%d/%d cont=%.2f res=%.2f n=%d/%d dt=%.1fh\n", p.Pair, p.Relation, p.Confidence,
			sa == sb, ra.CopyOf, rb.CopyOf, a.Doc.ID, b.Doc.ID,
			dedup.Containment(a.Dup.Shingles, b.Dup.Shingles), dedup.Resemblance(a.Dup.Shingles, b.Dup.Shingles),
			len(a.Dup.Shingles), len(b.Dup.Shingles), b.Doc.Time.Sub(a.Doc.Time).Hours())
		for _, x := range []int{i, j} {
			fmt.Printf("  [%s] %s\n    %s\n", arts[x].SourceName, arts[x].Title, cut(arts[x].Text, 400))
		}
		for _, st := range []*live{ls, lsb} {
			if os.Getenv("KHABAR_DIAG_MEMBERS") == "" || st == nil {
				continue
			}
			byID := map[int64]int{}
			for k, a := range arts {
				byID[a.ID] = k
			}
			fmt.Printf("  story %d first=%s\n", st.id, time.Unix(0, st.first).UTC().Format(time.RFC3339))
			for _, m := range st.members {
				r := res[m.id]
				fmt.Printf("    member %d %s copyOf=%d story=%d new=%v score=%.2f places=%v %s\n", m.id, time.Unix(0, m.t).UTC().Format("01-02T15:04"), r.CopyOf, r.Story, r.New, r.Score, m.places, arts[byID[m.id]].Title)
			}
		}
	}
}
