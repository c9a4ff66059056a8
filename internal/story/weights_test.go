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
