package story

import (
	"math/rand/v2"
	"testing"
)

// TestWeights checks the table against a Go map through growth, with term
// ids dense (as the vocabulary hands them out) and sparse, 0 included.
func TestWeights(t *testing.T) {
	for _, span := range []uint32{50, 5000, 1 << 31} {
		rng := rand.New(rand.NewPCG(1, uint64(span)))
		var m weights
		ref := map[uint32]float32{}
		for i := range 20000 {
			id := rng.Uint32N(span)
			if i == 0 {
				id = 0
			}
			w := float32(rng.IntN(8) + 1)
			old, now := m.add(id, w)
			if old != ref[id] || now != ref[id]+w {
				t.Fatalf("span %d: add(%d, %v) = %v, %v; want %v, %v", span, id, w, old, now, ref[id], ref[id]+w)
			}
			ref[id] += w
		}
		if m.len() != len(ref) {
			t.Errorf("span %d: len %d, want %d", span, m.len(), len(ref))
		}
		for id, w := range ref {
			if got := m.get(id); got != w {
				t.Errorf("span %d: get(%d) = %v, want %v", span, id, got, w)
			}
		}
		for range 1000 {
			if id := rng.Uint32N(span) + span; ref[id] == 0 && m.get(id) != 0 {
				t.Errorf("span %d: absent %d has weight %v", span, id, m.get(id))
			}
		}
		seen := map[uint32]float32{}
		m.each(func(id uint32, w float32) {
			if _, dup := seen[id]; dup {
				t.Errorf("span %d: each gives %d twice", span, id)
			}
			seen[id] = w
		})
		if len(seen) != len(ref) {
			t.Errorf("span %d: each gave %d terms, want %d", span, len(seen), len(ref))
		}
	}
	var empty weights
	if empty.get(7) != 0 || empty.len() != 0 {
		t.Error("empty table is not empty")
	}
}

// TestWeightsFilter checks that the filter turns most absent terms away
// before the slots: at a table's fullest and right after it grows, for
// dense ids (the vocabulary's) and sparse ones. With 8 bits a slot and two
// bits a key, about 3.5 % of absent keys pass at the fullest.
func TestWeightsFilter(t *testing.T) {
	for _, span := range []uint32{1 << 20, 1 << 31} {
		for _, n := range []int{12, 96, 97, 300, 768, 769, 3000} {
			rng := rand.New(rand.NewPCG(2, uint64(n)))
			var m weights
			in := map[uint32]bool{}
			for m.len() < n {
				id := rng.Uint32N(span)
				in[id] = true
				m.add(id, 1)
			}
			pass, tries := 0, 0
			for tries < 20000 {
				id := rng.Uint32N(span)
				if in[id] {
					continue
				}
				tries++
				if i, b := m.filter(id + 1); m.bits[i]&b == b {
					pass++
				}
			}
			if rate := float64(pass) / float64(tries); rate > 0.05 {
				t.Errorf("span %d, %d terms in %d slots: %.1f %% of absent terms pass the filter, want under 5 %%",
					span, n, len(m.slots), 100*rate)
			}
		}
	}
}

// BenchmarkWeightsGet looks up 50 terms, 8 % of them present, in each of
// 2,000 centroids of 300 terms: the shape of related-story scoring in the
// SaudiNewsNet import, with tables too many to stay in cache.
func BenchmarkWeightsGet(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	const tables, terms, query = 2000, 300, 50
	ms := make([]weights, tables)
	ids := make([][]uint32, tables)
	for i := range ms {
		for ms[i].len() < terms {
			id := rng.Uint32N(1 << 20)
			ms[i].add(id, 1)
			ids[i] = append(ids[i], id)
		}
	}
	qs := make([][]uint32, tables)
	for i := range qs {
		for j := range query {
			if j%12 == 0 {
				qs[i] = append(qs[i], ids[i][rng.IntN(terms)])
			} else {
				qs[i] = append(qs[i], rng.Uint32N(1<<20))
			}
		}
	}
	b.ResetTimer()
	var sum float32
	for i := range b.N {
		k := i % tables
		for _, t := range qs[k] {
			sum += ms[k].get(t)
		}
	}
	if sum < 0 {
		b.Fatal(sum)
	}
}
