package story

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Labelled sets kept in the repository (testdata/pairs, its README). The
// labels are the project's own work, but the articles' URLs are
// SaudiNewsNet's (many hold a headline), so a committed set names each
// article by URLKey, and the tests find the URL again in ../shared. Without
// ../shared the set cannot be read, and the corpus tests skip as they
// always have.
var keyedDir = filepath.Join("testdata", "pairs")

// keyedFiles are the committed sets, in name order.
func keyedFiles() []string {
	files, _ := filepath.Glob(filepath.Join(keyedDir, "*.jsonl"))
	slices.Sort(files)
	return files
}

// writeKeyed writes pairs as a committed set: keys, no URLs.
func writeKeyed(w io.Writer, pairs []Pair) error {
	for _, p := range pairs {
		k := Pair{Pair: p.Pair, AKey: URLKey(p.A), BKey: URLKey(p.B), Relation: p.Relation, Confidence: p.Confidence}
		line, err := json.Marshal(k)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "%s\n", line); err != nil {
			return err
		}
	}
	return nil
}

// corpusURLs are the corpus's normalized URLs.
func corpusURLs(t testing.TB) []string {
	arts := loadCorpus(t)
	urls := make([]string, len(arts))
	for i, a := range arts {
		urls[i] = a.URL
	}
	return urls
}

func TestKeyedPairsRoundTrip(t *testing.T) {
	urls := []string{"http://a.example/1", "http://b.example/2", "http://c.example/3"}
	in := []Pair{
		{Pair: 7, A: urls[0], B: urls[1], Relation: "copy", Confidence: "high"},
		{Pair: 8, A: urls[2], B: urls[0], Relation: "related", Confidence: "low"},
	}
	var buf strings.Builder
	if err := writeKeyed(&buf, in); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "example") {
		t.Fatalf("a committed set holds a URL: %s", buf.String())
	}
	got, err := ReadPairs(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !Keyed(got) {
		t.Fatal("a set by key is not seen as one")
	}
	if err := ResolveKeys(got, urls); err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i].AKey, got[i].BKey = "", ""
	}
	if !slices.Equal(got, in) {
		t.Fatalf("round trip: got %+v, want %+v", got, in)
	}
	// Another corpus: the key is found in no URL, and the pair is named.
	again, _ := ReadPairs(strings.NewReader(buf.String()))
	if err := ResolveKeys(again, urls[:2]); err == nil || !strings.Contains(err.Error(), "pair 8") {
		t.Fatalf("a key of no URL: got %v, want an error naming pair 8", err)
	}
	// A bad label is caught as in any set, and so is a line of both kinds.
	if _, err := ReadPairs(strings.NewReader(strings.Replace(buf.String(), `"high"`, `"High"`, 1))); err == nil {
		t.Fatal("a confidence of High was read")
	}
	mixed := `{"pair":1,"a_url":"http://a","b_url":"http://b","a_key":"00","b_key":"11","relation":"copy","confidence":"high"}`
	if _, err := ReadPairs(strings.NewReader(mixed)); err == nil {
		t.Fatal("a pair named both by URL and by key was read")
	}
}

// TestKeyedPairsResolve checks that every committed set names articles of
// the corpus, so that a set that no longer resolves is seen in every run
// with ../shared, not only when someone evaluates.
func TestKeyedPairsResolve(t *testing.T) {
	files := keyedFiles()
	if len(files) == 0 {
		t.Skip("no committed labelled sets")
	}
	for _, path := range files {
		if ps := readPairFile(t, path); len(ps) == 0 {
			t.Fatalf("%s: no pairs", path)
		}
	}
}
