package story

import (
	"fmt"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
)

// TestCorpusWhyApart replays the corpus and, when the later article of each
// tuning pair listed in KHABAR_DIAG_PAIRS arrives, prints how it scores
// against the earlier one's story at that moment (KHABAR_DIAG=1).
func TestCorpusWhyApart(t *testing.T) {
	arts, pairs, idx := diagCorpus(t)
	ps := prepare(arts)
	want := diagPairs()
	tune, _ := split(pairs)
	type pr struct {
		p    Pair
		a, b int
	}
	at := map[int][]pr{}
	for _, p := range tune {
		if !want[p.Pair] {
			continue
		}
		na, _ := fetch.NormalizeURL(p.A)
		nb, _ := fetch.NormalizeURL(p.B)
		i, j := idx[na], idx[nb]
		if i > j {
			i, j = j, i
		}
		at[j] = append(at[j], pr{p, i, j})
	}
	e := NewEngine(DefaultConfig(), dedup.DefaultConfig())
	c := e.Clusterer
	for k := range arts {
		for _, x := range at[k] {
			a, b := ps[x.a], ps[x.b]
			sa := c.stories[c.StoryOf(a.Doc.ID)]
			if sa == nil {
				fmt.Printf("P%d: a's story not live\n", x.p.Pair)
				continue
			}
			// score without mutating df: approximate with a copy of vectors
			d := b.Doc
			tb := d.Time.UnixNano()
			body, title := c.vectors(&d)
			c.docs--
			for _, w := range body {
				c.df[w.t]--
			}
			sc := c.score(sa, body, title, d.Names, tb)
			cands := c.candidates(body, 0)
			in := false
			for _, s := range cands {
				if s == sa {
					in = true
				}
			}
			best := -1.0
			for _, m := range sa.members {
				if v := dot(body, m.v); v > best {
					best = v
				}
			}
			fmt.Printf("P%d %s/%s: b score vs a's story %d (%d members, first %.1fh before, last %.1fh before) = %.3f (body %.3f title %.3f) cand=%v veto=%v day=%v bestMember=%.2f\n",
				x.p.Pair, x.p.Relation, x.p.Confidence, sa.id, len(sa.members), float64(tb-sa.first)/float64(time.Hour), float64(tb-sa.last)/float64(time.Hour),
				sc, sa.body.cos(body), sa.title.cos(title), in, c.vetoed(sa, body, d.Places), c.otherDay(sa.days, d.Day), best)
		}
		r := e.Assign(ps[k])
		for _, x := range at[k] {
			fmt.Printf("   -> b went to %d new=%v score=%.2f copyOf=%d; a in %d\n", r.Story, r.New, r.Score, r.CopyOf, c.StoryOf(ps[x.a].Doc.ID))
		}
	}
}
