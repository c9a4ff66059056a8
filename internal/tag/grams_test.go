package tag

import (
	"math/rand/v2"
	"testing"
)

// TestGramTable runs counts, lookups and prunes on the table and on a Go
// map side by side, through several resizes, keys crowding one another's
// slots and prunes that drop most entries.
func TestGramTable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var tab gramTable
	want := map[uint64]gram{}
	for round := range 6 {
		for range 40000 {
			// Few distinct ids, as in a stream: many keys recur.
			ids := []uint32{uint32(r.IntN(300)), uint32(r.IntN(300))}
			if r.IntN(2) == 0 {
				ids = append(ids, uint32(r.IntN(50)))
			}
			k, _ := gramKey(ids)
			g := tab.at(k)
			g.n++
			g.src |= 1 << (k % 32)
			w := want[k]
			w.n++
			w.src |= 1 << (k % 32)
			want[k] = w
		}
		if tab.n != len(want) {
			t.Fatalf("round %d: %d entries, want %d", round, tab.n, len(want))
		}
		for k, w := range want {
			if got := tab.get(k); got != w {
				t.Fatalf("round %d: key %x: %+v, want %+v", round, k, got, w)
			}
		}
		seen := 0
		tab.each(func(k uint64, g gram) {
			seen++
			if want[k] != g {
				t.Fatalf("round %d: each gave key %x %+v, want %+v", round, k, g, want[k])
			}
		})
		if seen != len(want) {
			t.Fatalf("round %d: each gave %d entries, want %d", round, seen, len(want))
		}
		least := int32(2 + round)
		tab.keep(func(g gram) bool { return g.count() >= least })
		for k, w := range want {
			if w.count() < least {
				delete(want, k)
			}
		}
		if tab.n != len(want) {
			t.Fatalf("round %d, pruned: %d entries, want %d", round, tab.n, len(want))
		}
		for k, w := range want {
			if got := tab.get(k); got != w {
				t.Fatalf("round %d, pruned: key %x: %+v, want %+v", round, k, got, w)
			}
		}
		if k, _ := gramKey([]uint32{999999, 1}); tab.get(k) != (gram{}) {
			t.Fatalf("round %d: an absent key has counts", round)
		}
	}
	var empty gramTable
	if empty.get(5) != (gram{}) || empty.n != 0 {
		t.Fatal("an empty table has counts")
	}
}
