package eval

import (
	"math"
	"testing"
)

// FuzzShingleMatch: whatever the texts, the normalized counts sum to 1 (or
// are all 0) and precision and recall stay in [0, 1].
func FuzzShingleMatch(f *testing.F) {
	f.Add("a b c d e", "a b c d x")
	f.Add("قاتِل الخبر ٢٠١٥", "")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, truth, pred string) {
		m := ShingleMatch(truth, pred)
		if s := m.TP + m.FP + m.FN; s != 0 && math.Abs(s-1) > 1e-9 {
			t.Fatalf("counts sum to %v", s)
		}
		if p, ok := m.Precision(); ok && (p < 0 || p > 1) {
			t.Fatalf("precision %v", p)
		}
		if r, ok := m.Recall(); ok && (r < 0 || r > 1) {
			t.Fatalf("recall %v", r)
		}
		if truth == pred {
			if p, ok := m.Precision(); ok && p != 1 {
				t.Fatalf("same text, precision %v", p)
			}
		}
	})
}
