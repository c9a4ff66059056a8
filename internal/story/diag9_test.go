package story

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
)

// TestCorpusWhyApart replays the corpus and, when the later article of each
// tuning pair listed in KHABAR_DIAG_PAIRS arrives, prints how it scores
// against the earlier one's story at that moment: the score, the cosine to
// its nearest member, to the centroid of its members of the last 6, 12 and
// 24 h, and whether the lifetime holds it (KHABAR_DIAG=1).
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
	// KHABAR_DIAG_ROOT=1: compare the earlier article with the later one's copy original instead.
	root := map[int64]int64{}
	if os.Getenv("KHABAR_DIAG_ROOT") != "" {
		_, _, results := runCorpus(arts, ps, DefaultConfig(), dedup.DefaultConfig())
		for _, r := range results {
			if r.CopyOf != 0 {
				root[r.Article] = r.CopyOf
			}
		}
	}
	pos := map[int64]int{}
	for i, p := range ps {
		pos[p.Doc.ID] = i
	}
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
		if r, ok := root[ps[j].Doc.ID]; ok && r != ps[i].Doc.ID {
			fmt.Printf("P%d: later %d is a copy of %d\n", p.Pair, ps[j].Doc.ID, r)
			j = pos[r]
			if i > j {
				i, j = j, i
			}
		}
		at[j] = append(at[j], pr{p, i, j})
	}
	cfg := DefaultConfig()
	if s := os.Getenv("KHABAR_STORY_CFG"); s != "" {
		if err := json.Unmarshal([]byte(s), &cfg); err != nil {
			t.Fatal(err)
		}
	}
	e := NewEngine(cfg, dedup.DefaultConfig())
	c := e.Clusterer
	title := map[int64]string{}
	for _, a := range arts {
		title[a.ID] = a.Title
	}
	for k := range arts {
		for _, x := range at[k] {
			a, b := ps[x.a], ps[x.b]
			sa := c.stories[c.StoryOf(a.Doc.ID)]
			if sa == nil {
				fmt.Printf("P%d: a's story not live\n", x.p.Pair)
				continue
			}
			fmt.Printf("P%d a: %s\n    b: %s\n    story headline: %s\n", x.p.Pair, title[a.Doc.ID], title[b.Doc.ID], title[c.Headline(sa.id)])
			d := b.Doc
			tb := d.Time.UnixNano()
			body, title := c.vectors(&d)
			c.docs--
			for _, w := range body {
				c.df[w.t]--
			}
			sc := c.score(sa, body, title, d.Names, tb)
			recent := func(h float64) (float64, int) {
				rc := newCentroid(&c.isSkel)
				for _, m := range sa.members {
					if float64(sa.last-m.t) <= h*float64(time.Hour) {
						rc.add(m.v)
					}
				}
				return rc.cos(body), rc.n
			}
			best, bestOrig := -1.0, -1.0
			var sims []float64
			for _, m := range sa.members {
				v := dot(body, m.v)
				best = math.Max(best, v)
				if m.copyOf == 0 {
					bestOrig = math.Max(bestOrig, v)
				}
				sims = append(sims, v)
			}
			r6, n6 := recent(6)
			r12, n12 := recent(12)
			r24, n24 := recent(24)
			// also the best competing story
			bs, bsc := c.best(body, title, &d, tb, 0)
			bid := int64(0)
			if bs != nil {
				bid = bs.id
			}
			var same []string
			for _, m := range sa.members {
				if m.source == d.Source {
					same = append(same, fmt.Sprintf("%d(copy %v, %.1fh before, cos %.2f)", m.id, m.copyOf != 0, float64(tb-m.t)/float64(time.Hour), dot(body, m.v)))
				}
			}
			fmt.Printf("   same source in story: %v\n", same)
			fmt.Printf("P%d %s/%s: story %d (%d mem, %d orig, first %.1fh, last %.1fh) score %.3f body %.3f title %.3f | nearest %.2f orig %.2f | recent6 %.3f(%d) 12 %.3f(%d) 24 %.3f(%d) | capped=%v veto=%v day=%v | best other %d %.3f\n",
				x.p.Pair, x.p.Relation, x.p.Confidence, sa.id, len(sa.members), sa.originals, float64(tb-sa.first)/float64(time.Hour), float64(tb-sa.last)/float64(time.Hour),
				sc, sa.body.cos(body), sa.title.cos(title), best, bestOrig, r6, n6, r12, n12, r24, n24,
				tb-sa.first > int64(c.cfg.Lifetime) && sa.originals >= c.cfg.CapOriginals, c.vetoed(sa, body, d.Places), c.otherDay(sa.days, d.Days), bid, bsc)
		}
		r := e.Assign(ps[k])
		for _, x := range at[k] {
			fmt.Printf("   -> b went to %d new=%v score=%.2f copyOf=%d; a in %d; final a %d b %d\n", r.Story, r.New, r.Score, r.CopyOf, c.StoryOf(ps[x.a].Doc.ID), 0, 0)
		}
	}
}
