package story

import (
	"cmp"
	"slices"
)

// heavier orders terms by weight, heaviest first, and ties by term id:
// a total order, so the top terms never depend on the input's order.
func heavier(a, b tw) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.t, b.t)) }

// topTerms keeps the n heaviest terms offered to it: what sorting them
// all and cutting at n gives. A story's centroid holds hundreds to
// thousands of terms and Related wants 50; sorting them all was 2 s of an
// import. A heap of the n best so far, lightest at the root, turns most
// terms away with one comparison.
type topTerms struct {
	n int
	s vec // the heap: s[0] is the lightest kept
}

func newTopTerms(n int) *topTerms { return &topTerms{n: n, s: make(vec, 0, max(n, 0))} }

func (h *topTerms) offer(x tw) {
	switch {
	case len(h.s) < h.n:
		// Sift up: a parent is never heavier than its children.
		h.s = append(h.s, x)
		for i := len(h.s) - 1; i > 0; {
			p := (i - 1) / 2
			if heavier(h.s[i], h.s[p]) <= 0 {
				break
			}
			h.s[i], h.s[p] = h.s[p], h.s[i]
			i = p
		}
	case h.n > 0 && heavier(x, h.s[0]) < 0:
		// Replace the lightest and sift it down.
		h.s[0] = x
		for i := 0; ; {
			l, r, m := 2*i+1, 2*i+2, i
			if l < len(h.s) && heavier(h.s[l], h.s[m]) > 0 {
				m = l
			}
			if r < len(h.s) && heavier(h.s[r], h.s[m]) > 0 {
				m = r
			}
			if m == i {
				break
			}
			h.s[i], h.s[m] = h.s[m], h.s[i]
			i = m
		}
	}
}

// terms returns the kept terms, heaviest first.
func (h *topTerms) terms() vec {
	slices.SortFunc(h.s, heavier)
	return h.s
}
