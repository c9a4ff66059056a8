package story

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTopTerms checks the heap against sorting every term and cutting:
// random vectors with many tied weights (ties go to the lower term id),
// n below, at and above the vector's length.
func TestTopTerms(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 500 {
		v := make(vec, r.IntN(300))
		for i := range v {
			v[i] = tw{uint32(r.IntN(1000)), float32(r.IntN(20)) / 4} // few weights: ties
		}
		n := r.IntN(60)
		if trial%50 == 0 {
			n = len(v) + r.IntN(3)
		}
		want := slices.Clone(v)
		slices.SortFunc(want, heavier)
		want = want[:min(n, len(want))]
		top := newTopTerms(n)
		for _, x := range v {
			top.offer(x)
		}
		if got := top.terms(); !slices.Equal(got, want) {
			t.Fatalf("trial %d (n %d of %d): %v, want %v", trial, n, len(v), got, want)
		}
	}
}
