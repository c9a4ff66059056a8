package story

import (
	"fmt"
	"strings"
	"testing"
)

// evalPairs are n copies of a small labelled set: 4 copies, 4 same-story
// pairs, 4 related, 4 unrelated, half of each high.
func evalPairs(n int) []Pair {
	var out []Pair
	k := 0
	for range n {
		for _, rel := range []string{"copy", "same_story", "related", "unrelated"} {
			for i := range 4 {
				k++
				conf := "high"
				if i%2 == 1 {
					conf = "low"
				}
				out = append(out, Pair{Pair: k, A: fmt.Sprintf("a%d", k), B: fmt.Sprintf("b%d", k), Relation: rel, Confidence: conf})
			}
		}
	}
	return out
}

// TestScore counts each decision where the pairs' README puts it, and
// bootstrap intervals hold the figure, narrow with more pairs, and are a
// point for a perfect engine.
func TestScore(t *testing.T) {
	rel := map[string]string{}
	for _, p := range evalPairs(1) {
		rel[p.A] = p.Relation
	}
	// The engine: every copy and same-story pair together, one related pair
	// wrongly too; copies right but one same-story pair called a copy.
	judge := func(a, b string) (bool, bool, bool) {
		if a == "a404" {
			return false, false, false // an article not found
		}
		r := rel[a]
		same := r == "copy" || r == "same_story" || a == "a9" // a9: related, high
		cp := r == "copy" || a == "a5"                        // a5: same story, high
		return same, cp, true
	}
	pairs := evalPairs(1)
	rep := Score(append(pairs, Pair{Pair: 404, A: "a404", B: "b404", Relation: "copy", Confidence: "high"}), judge)
	if rep.Pairs != 17 || rep.Missing != 1 {
		t.Errorf("pairs %d, missing %d, want 17 and 1", rep.Pairs, rep.Missing)
	}
	if got := rep.Same; got != (PRF{TP: 8, FP: 1, FN: 0, TN: 7}) {
		t.Errorf("same story %+v, want 8 tp, 1 fp (a related pair), 7 tn", got)
	}
	if got := rep.SameHigh; got != (PRF{TP: 4, FP: 1, FN: 0, TN: 3}) {
		t.Errorf("same story, high %+v, want 4 tp, 1 fp, 3 tn", got)
	}
	if got := rep.Copy; got != (PRF{TP: 4, FP: 1, FN: 0, TN: 11}) {
		t.Errorf("copy %+v, want 4 tp, 1 fp (a same-story pair), 11 tn", got)
	}
	if len(rep.Errors) != 2 {
		t.Errorf("errors %+v, want the two pairs wrong", rep.Errors)
	}

	iv := rep.Intervals(1000)
	for i, f := range []float64{rep.Same.F1(), rep.SameHigh.F1(), rep.Copy.F1(), rep.CopyHigh.F1()} {
		if iv[i].Lo > f || iv[i].Hi < f || iv[i].Lo < 0 || iv[i].Hi > 1 || iv[i].Lo == iv[i].Hi {
			t.Errorf("interval %d %+v does not hold F1 %.3f as a range", i, iv[i], f)
		}
	}
	judgeMany := func(a, b string) (bool, bool, bool) {
		var k int
		fmt.Sscanf(a, "a%d", &k)
		return judge(fmt.Sprintf("a%d", (k-1)%16+1), b)
	}
	wide := iv[0].Hi - iv[0].Lo
	many := Score(evalPairs(10), judgeMany).Intervals(1000)
	if narrow := many[0].Hi - many[0].Lo; narrow >= wide {
		t.Errorf("interval over 10× the pairs is %.3f wide, over the pairs once %.3f: want narrower", narrow, wide)
	}
	perfect := Score(pairs, func(a, b string) (bool, bool, bool) {
		r := rel[a]
		return r == "copy" || r == "same_story", r == "copy", true
	}).Intervals(200)
	if perfect[0] != (Interval{1, 1}) || perfect[2] != (Interval{1, 1}) {
		t.Errorf("a perfect engine's intervals %+v, want 1–1", perfect)
	}
	if s := rep.String(); !strings.Contains(s, "95% bootstrap intervals (1000 draws") {
		t.Errorf("the report does not print its intervals:\n%s", s)
	}
}
