package story

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/fetch"
)

// TestCorpusPairDump writes, for every tuning pair, the features an event
// signature could use (KHABAR_DIAG=1, KHABAR_DIAG_OUT=file): title terms
// with their document frequency, headline places, cosines, time apart and
// the engine's decision. The file holds no text of the corpus beyond terms;
// keep it out of the repository all the same.
func TestCorpusPairDump(t *testing.T) {
	out := os.Getenv("KHABAR_DIAG_OUT")
	if out == "" {
		t.Skip("set KHABAR_DIAG=1 and KHABAR_DIAG_OUT")
	}
	arts, pairs, idx := diagCorpus(t)
	ps := prepare(arts)
	_, e, _ := runCorpus(arts, ps, DefaultConfig(), dedup.DefaultConfig())
	c := e.Clusterer
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	tune, _ := split(pairs)
	idf := func(terms []string) map[string]float64 {
		m := map[string]float64{}
		for _, x := range terms {
			id, ok := c.vocab[x]
			if !ok {
				continue
			}
			m[x] = math.Log(float64(c.docs+1) / float64(c.df[id]+1))
		}
		return m
	}
	for _, p := range tune {
		na, _ := fetch.NormalizeURL(p.A)
		nb, _ := fetch.NormalizeURL(p.B)
		a, b := ps[idx[na]], ps[idx[nb]]
		va, ta := c.vectors(&a.Doc)
		vb, tb := c.vectors(&b.Doc)
		enc.Encode(map[string]any{"pair": p.Pair, "rel": p.Relation, "conf": p.Confidence,
			"same": c.StoryOf(a.Doc.ID) == c.StoryOf(b.Doc.ID), "cos": dot(va, vb), "tcos": dot(ta, tb),
			"ta": idf(a.Doc.Title), "tb": idf(b.Doc.Title), "la": idf(a.Doc.Lead[:min(len(a.Doc.Lead), 25)]), "lb": idf(b.Doc.Lead[:min(len(b.Doc.Lead), 25)]),
			"pa": a.Doc.Places, "pb": b.Doc.Places, "na": a.Doc.Names, "nb": b.Doc.Names,
			"dt": b.Doc.Time.Sub(a.Doc.Time).Hours()})
	}
}
