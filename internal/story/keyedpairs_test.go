package story

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Labelled sets kept in the repository. The labels are the project's own
// work, but the articles' URLs are SaudiNewsNet's (many hold a headline), so
// a committed set names each article by a key, the first 16 hex digits of
// the SHA-256 of its normalized URL, and the tests find the URL again in
// ../shared. Nothing of the corpus is in the file; without ../shared the
// set cannot be read, and the corpus tests skip as they always have. The
// sets in testdata/pairs were drawn and labelled blind (TestDrawPairs,
// TestMergeLabels) and are held out: scored, never read pair by pair.
var keyedDir = filepath.Join("testdata", "pairs")

// keyedPair is one line of a committed set.
type keyedPair struct {
	Pair       int    `json:"pair"`
	A          string `json:"a_key"`
	B          string `json:"b_key"`
	Relation   string `json:"relation"`
	Confidence string `json:"confidence"`
}

// urlKey is the key a committed set names an article by.
func urlKey(normalizedURL string) string {
	sum := sha256.Sum256([]byte(normalizedURL))
	return hex.EncodeToString(sum[:8])
}

// keyedFiles are the committed sets, in name order.
func keyedFiles() []string {
	files, _ := filepath.Glob(filepath.Join(keyedDir, "*.jsonl"))
	slices.Sort(files)
	return files
}

// isKeyed says whether a pair file names its articles by key: its first
// non-empty line has an a_key.
func isKeyed(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), maxPairLine)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var probe map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &probe); err != nil {
			return false, fmt.Errorf("%s: line 1: %w", path, err)
		}
		_, ok := probe["a_key"]
		return ok, nil
	}
	return false, sc.Err()
}

// resolveKeyed reads a committed set and gives each pair its articles'
// URLs, from urls (the corpus's normalized URLs). A key no article has is
// an error naming the line: the set was made from another corpus.
func resolveKeyed(r io.Reader, urls []string) ([]Pair, error) {
	byKey := make(map[string]string, len(urls))
	for _, u := range urls {
		byKey[urlKey(u)] = u
	}
	var lines strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), maxPairLine)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var k keyedPair
		if err := json.Unmarshal([]byte(line), &k); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		a, okA := byKey[k.A]
		b, okB := byKey[k.B]
		if !okA || !okB {
			return nil, fmt.Errorf("line %d: pair %d: an article key is in no URL of the corpus", n, k.Pair)
		}
		p, _ := json.Marshal(Pair{Pair: k.Pair, A: a, B: b, Relation: k.Relation, Confidence: k.Confidence})
		lines.Write(p)
		lines.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// ReadPairs checks the relations and confidences as it does any set's.
	return ReadPairs(strings.NewReader(lines.String()))
}

// writeKeyed writes pairs as a committed set.
func writeKeyed(w io.Writer, pairs []Pair) error {
	for _, p := range pairs {
		line, err := json.Marshal(keyedPair{Pair: p.Pair, A: urlKey(p.A), B: urlKey(p.B), Relation: p.Relation, Confidence: p.Confidence})
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
	got, err := resolveKeyed(strings.NewReader(buf.String()), urls)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, in) {
		t.Fatalf("round trip: got %+v, want %+v", got, in)
	}
	// Another corpus: the key is found in no URL, and the line is named.
	if _, err := resolveKeyed(strings.NewReader(buf.String()), urls[:2]); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("a key of no URL: got %v, want an error naming line 2", err)
	}
	// A bad label is caught as in any set.
	bad := strings.Replace(buf.String(), `"high"`, `"High"`, 1)
	if _, err := resolveKeyed(strings.NewReader(bad), urls); err == nil {
		t.Fatal("a confidence of High was read")
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
	urls := corpusURLs(t)
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		ps, err := resolveKeyed(f, urls)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(ps) == 0 {
			t.Fatalf("%s: no pairs", path)
		}
	}
}
