package story

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"
)

func synthDoc(r *rand.Rand, z *rand.Zipf, id int64, t time.Time) *Doc {
	terms := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = "t" + strconv.FormatUint(z.Uint64(), 36)
		}
		return out
	}
	return &Doc{ID: id, Source: int64(r.IntN(14) + 1), Time: t, Title: terms(8), Lead: terms(30), Body: terms(150)}
}

// liveStories is a clusterer holding n synthetic articles in stories live
// stories (article i in story i mod stories + 1), never evicted, and the
// random source, term distribution and time that made them.
func liveStories(b *testing.B, seed uint64, n, stories int) (*Clusterer, *rand.Rand, *rand.Zipf, time.Time) {
	b.Helper()
	r := rand.New(rand.NewPCG(seed, seed+1))
	z := rand.NewZipf(r, 1.1, 1, 200_000)
	c := New(Config{Window: 1 << 40})
	t0 := time.Unix(1_400_000_000, 0)
	for i := range n {
		c.AddTo(synthDoc(r, z, int64(i+1), t0), int64(i%stories+1))
	}
	if c.Live() != stories {
		b.Fatalf("%d live stories, want %d", c.Live(), stories)
	}
	return c, r, z, t0
}

// BenchmarkAssign100k is the cost of placing one article when 100,000
// stories are live (a window far fuller than three days of real news).
func BenchmarkAssign100k(b *testing.B) {
	c, r, z, t0 := liveStories(b, 3, 100_000, 100_000)
	docs := make([]*Doc, 1000)
	for i := range docs {
		docs[i] = synthDoc(r, z, int64(200_000+i), t0)
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		d := *docs[i%len(docs)]
		d.ID = int64(300_000 + i)
		c.Add(&d)
		i++
	}
}

// BenchmarkRelated is the cost of one story's related list (what a flush
// computes for every story it touched) over 3,000 live stories of a few
// articles each, about the window of the SaudiNewsNet import.
func BenchmarkRelated(b *testing.B) {
	c, _, _, _ := liveStories(b, 5, 9_000, 3_000)
	i, found := 0, 0
	for b.Loop() {
		found += len(c.Related(int64(i%3_000+1), 10))
		i++
	}
	if found == 0 {
		b.Fatal("no related story found")
	}
	b.ReportMetric(float64(found)/float64(i), "related/op")
}
