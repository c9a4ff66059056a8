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

// TestReadPairs: good lines read, blank lines skipped; every bad line is
// an error naming its number and what is wrong.
func TestReadPairs(t *testing.T) {
	good := `{"pair":1,"a_url":"http://a/1","b_url":"http://b/1","relation":"copy","confidence":"high"}

{"pair":2,"a_url":"http://a/2","b_url":"http://b/2","relation":"related","confidence":"low"}
`
	ps, err := ReadPairs(strings.NewReader(good))
	if err != nil || len(ps) != 2 || ps[1].Pair != 2 || ps[1].Confidence != "low" || ps[0].A != "http://a/1" {
		t.Fatalf("ReadPairs = %+v, %v", ps, err)
	}
	for _, c := range []struct{ line, want string }{
		{`{"pair":3,"a_url":"http://a","b_url":"http://b","relation":"copy","confidence":"High"}`, `line 2: unknown confidence "High"`},
		{`{"pair":3,"a_url":"http://a","b_url":"http://b","relation":"same","confidence":"high"}`, `line 2: unknown relation "same"`},
		{`{"pair":3,"a_url":"http://a","relation":"copy","confidence":"high"}`, "line 2: a_url and b_url"},
		{`{"pair":3,"a_url":"http://a",`, "line 2: unexpected end of JSON"},
		{`{"pair":"3"}`, "line 2: json: cannot unmarshal"},
		{strings.Repeat("x", maxPairLine+1), "line 2: longer than"},
	} {
		first := `{"pair":1,"a_url":"http://a/1","b_url":"http://b/1","relation":"copy","confidence":"high"}` + "\n"
		_, err := ReadPairs(strings.NewReader(first + c.line + "\n"))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%.40s: error %v, want one holding %q", c.line, err, c.want)
		}
	}
}

// FuzzReadPairs: any input reads without a panic; what reads is pairs the
// scorer can use, and what does not names a line.
func FuzzReadPairs(f *testing.F) {
	f.Add(`{"pair":1,"a_url":"http://a/1","b_url":"http://b/1","relation":"copy","confidence":"high"}`)
	f.Add("{\"pair\":1}\n\n{")
	f.Add(`{"relation":"copy","confidence":"low","a_url":" ","b_url":"x"}`)
	f.Fuzz(func(t *testing.T, in string) {
		ps, err := ReadPairs(strings.NewReader(in))
		if err != nil {
			if !strings.Contains(err.Error(), "line ") {
				t.Fatalf("error names no line: %v", err)
			}
			return
		}
		for _, p := range ps {
			if strings.TrimSpace(p.A) == "" || strings.TrimSpace(p.B) == "" || (p.Confidence != "high" && p.Confidence != "low") {
				t.Fatalf("read a pair the scorer cannot use: %+v", p)
			}
		}
		Score(ps, func(a, b string) (bool, bool, bool) { return a < b, a == b, true })
	})
}
