package eval

import (
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Hello, world_1!", []string{"Hello", "world_1"}},
		{"", nil},
		{"  ...  ", nil},
		// A kasra (a combining mark) is not \w in Python: it splits the word,
		// as the benchmark's tokenizer does.
		{"قاتِل الخبر ٢٠١٥", []string{"قات", "ل", "الخبر", "٢٠١٥"}},
	}
	for _, c := range cases {
		got := Tokens(c.in)
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestShingleMatch(t *testing.T) {
	cases := []struct {
		name, truth, pred string
		p, r              float64
		pOK, rOK          bool
	}{
		{"same", "a b c d e", "a b c d e", 1, 1, true, true},
		{"one of two", "a b c d e", "a b c d x", 0.5, 0.5, true, true},
		{"short texts are one shingle", "a b", "a b", 1, 1, true, true},
		{"nothing predicted", "a b c d e", "", 0, 0, false, true},
		{"no truth", "", "a b c d", 0, 0, true, false},
		{"extra text", "a b c d", "a b c d e f g", 0.25, 1, true, true},
		// Multisets: a line predicted twice costs twice.
		{"repeated", "a b c d", "a b c d a b c d", 0.2, 1, true, true},
	}
	for _, c := range cases {
		m := ShingleMatch(c.truth, c.pred)
		p, pOK := m.Precision()
		r, rOK := m.Recall()
		if pOK != c.pOK || rOK != c.rOK || (pOK && !near(p, c.p)) || (rOK && !near(r, c.r)) {
			t.Errorf("%s: P %v (%v) R %v (%v), want %v (%v) %v (%v)", c.name, p, pOK, r, rOK, c.p, c.pOK, c.r, c.rOK)
		}
	}
}

// TestShingleScoreAverages: P and R are averaged over pages, each over the
// pages where it is defined, and F1 is taken from the two averages.
func TestShingleScoreAverages(t *testing.T) {
	var s ShingleScore
	s.Add(ShingleMatch("a b c d e", "a b c d e"))     // P 1, R 1
	s.Add(ShingleMatch("a b c d", "a b c d e f g"))   // P 0.25, R 1
	s.Add(ShingleMatch("a b c d e f g h", "a b c d")) // P 1, R 0.2
	s.Add(ShingleMatch("a b c d", ""))                // P undefined, R 0
	p, r, f := s.PRF()
	wantP, wantR := (1+0.25+1)/3.0, (1+1+0.2+0)/4.0
	if !near(p, wantP) || !near(r, wantR) || !near(f, 2*wantP*wantR/(wantP+wantR)) {
		t.Errorf("PRF = %v %v %v, want %v %v", p, r, f, wantP, wantR)
	}
	var empty ShingleScore
	if p, r, f := empty.PRF(); p != 0 || r != 0 || f != 0 {
		t.Errorf("empty score %v %v %v", p, r, f)
	}
}

func TestSnippetScore(t *testing.T) {
	var s SnippetScore
	missing, leaked := s.Add("The  article\nbody text. Share this", []string{"article body", "absent"}, []string{"Share this", "Menu"})
	if s != (SnippetScore{TP: 1, FN: 1, FP: 1, TN: 1}) {
		t.Errorf("counts %+v", s)
	}
	if !reflect.DeepEqual(missing, []string{"absent"}) || !reflect.DeepEqual(leaked, []string{"Share this"}) {
		t.Errorf("missing %q leaked %q", missing, leaked)
	}
	p, r, f := s.PRF()
	if !near(p, 0.5) || !near(r, 0.5) || !near(f, 0.5) {
		t.Errorf("PRF %v %v %v", p, r, f)
	}
}

func TestAuthorKey(t *testing.T) {
	cases := [][2]string{
		{"لندن - رويترز | Tuesday, 11 August 2015 - 13:03 pm", "لندن - رويترز"},
		{"بقلم: محمد السلوم | Mon, 2015-08-10 20:48", "محمد السلوم"},
		{"*طلال الصياح من الرياض", "طلال الصياح من الرياض"},
		{"كتب - فلان الفلاني:", "فلان الفلاني"},
	}
	for _, c := range cases {
		if got := authorKey(c[0]); got != authorKey(c[1]) {
			t.Errorf("authorKey(%q) = %q, want %q", c[0], got, authorKey(c[1]))
		}
	}
}
