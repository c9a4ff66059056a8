package search

import (
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
)

// TestAnalyzerTokens checks the Bleve tokens against arabic.Analyze: one
// per word that has a term, with its term, offsets and position (stop
// words counted), and terms that do not share room: appending to one
// leaves the next as it was.
func TestAnalyzerTokens(t *testing.T) {
	text := "أعلنت وزارة الصحة في الرياض عن 12 حالة جديدة، والمستشفيات مستعدة"
	want := arabic.Analyze(text)
	ts := Analyzer{}.Analyze([]byte(text))
	k := 0
	for i, w := range want {
		if w.Term == "" {
			continue
		}
		if k >= len(ts) {
			t.Fatalf("%d tokens, want more (missing %q)", len(ts), w.Term)
		}
		got := ts[k]
		if string(got.Term) != w.Term || got.Start != w.Start || got.End != w.End || got.Position != i+1 {
			t.Errorf("token %d: %q %d-%d at %d, want %q %d-%d at %d", k, got.Term, got.Start, got.End, got.Position, w.Term, w.Start, w.End, i+1)
		}
		k++
	}
	if k != len(ts) || k < 8 {
		t.Fatalf("%d tokens, want %d (at least 8)", len(ts), k)
	}
	next := string(ts[1].Term)
	ts[0].Term = append(ts[0].Term, "xyz"...)
	if string(ts[1].Term) != next {
		t.Errorf("appending to the first term changed the second: %q, was %q", ts[1].Term, next)
	}
}
