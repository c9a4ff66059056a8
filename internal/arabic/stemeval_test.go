package arabic

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar" // registers "ar"
	"github.com/blevesearch/bleve/v2/registry"
	snowball "github.com/blevesearch/snowballstem"
	snowballar "github.com/blevesearch/snowballstem/arabic"
)

// goldenDir is the stem corpus, relative to this package.
var goldenDir = filepath.Join("..", "..", "..", "shared", "data", "arabic-stemmer-golden")

type goldenEntry struct{ Word, Stem, Root string }

func loadGolden(t testing.TB) []goldenEntry {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(goldenDir, "golden_corpus_arabic.json"))
	if os.IsNotExist(err) {
		t.Skipf("stem corpus absent (%s): skipping the stemmer measurement", goldenDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var es []goldenEntry
	if err := json.Unmarshal(b, &es); err != nil {
		t.Fatal(err)
	}
	return es
}

// conflation compares "same gold stem" with "same token" over all word
// pairs: recall is the share of same-stem pairs given the same token,
// precision the share of same-token pairs that share a gold stem. A word
// that gives no token or several (a stop word, say) conflates with nothing.
type conflation struct {
	Recall, Precision float64
	Same, Together    int // same-stem pairs, same-token pairs
	Both              int
}

func (c conflation) String() string {
	return fmt.Sprintf("recall %.3f (%d of %d pairs) precision %.3f (of %d)", c.Recall, c.Both, c.Same, c.Precision, c.Together)
}

func measure(es []goldenEntry, token func(string) (string, bool)) conflation {
	pairs := func(groups map[string]int) int {
		n := 0
		for _, k := range groups {
			n += k * (k - 1) / 2
		}
		return n
	}
	byStem, byTok, byBoth := map[string]int{}, map[string]int{}, map[string]int{}
	for _, e := range es {
		byStem[e.Stem]++
		tok, ok := token(e.Word)
		if !ok {
			continue
		}
		byTok[tok]++
		byBoth[e.Stem+"\x00"+tok]++
	}
	c := conflation{Same: pairs(byStem), Together: pairs(byTok), Both: pairs(byBoth)}
	if c.Same > 0 {
		c.Recall = float64(c.Both) / float64(c.Same)
	}
	if c.Together > 0 {
		c.Precision = float64(c.Both) / float64(c.Together)
	}
	return c
}

// khabarToken is the one Term Analyze gives a word under a stemmer.
func khabarToken(stem func(string) string) func(string) (string, bool) {
	return func(w string) (string, bool) {
		toks := analyze(w, stem)
		if len(toks) != 1 || toks[0].Term == "" {
			return "", false
		}
		return toks[0].Term, true
	}
}

func snowballStem(w string) string {
	env := snowball.NewEnv(w)
	snowballar.Stem(env)
	return env.Current()
}

// snowballText runs Snowball on the word as written, with its own
// normalization only, to see what Khabar's normalization adds.
func snowballText(w string) (string, bool) {
	toks := Tokenize(w)
	if len(toks) != 1 {
		return "", false
	}
	return snowballStem(toks[0].Text), true
}

func bleveToken(t testing.TB) func(string) (string, bool) {
	a, err := registry.NewCache().AnalyzerNamed("ar")
	if err != nil {
		t.Fatal(err)
	}
	return func(w string) (string, bool) {
		ts := a.Analyze([]byte(w))
		if len(ts) != 1 {
			return "", false
		}
		return string(ts[0].Term), true
	}
}

var _ analysis.Analyzer // the bleve import is for the reference analyzer

// stemmers are the candidates, each behind Khabar's tokenizer,
// normalization and stop words.
var stemmers = []struct {
	name string
	stem func(string) string
}{
	{"none (normalize only)", func(s string) string { return s }},
	{"light10", stemLight10},
	{"light10+", stemLightPlus},
	{"light10+ min3", stemLightPlus3},
	{"snowball arabic", snowballStem},
	{"khabar (Stem)", Stem},
}

// TestSnowballMissesReaderSpelling pins the reason Snowball was not
// chosen: on Search-normalized text (ة typed ه) it leaves the article on
// and keeps forms apart that Stem brings together.
func TestSnowballMissesReaderSpelling(t *testing.T) {
	words := []string{"مدرسه", "المدرسه", "والمدرسه"}
	same := func(stem func(string) string) bool {
		want := stem(words[0])
		for _, w := range words[1:] {
			if stem(w) != want {
				return false
			}
		}
		return true
	}
	if !same(Stem) {
		t.Errorf("Stem keeps %q apart", words)
	}
	if same(snowballStem) {
		t.Logf("snowball now folds %q: the README's reason for not choosing it is out of date", words)
	}
}

// TestStemmerComparison measures conflation on the golden stem corpus for
// every candidate and asserts the floors of the issue for the chosen one:
// at least twice Bleve's 5% recall, precision at least 0.97.
// The table is logged (go test -run StemmerComparison -v).
func TestStemmerComparison(t *testing.T) {
	es := loadGolden(t)
	var b strings.Builder
	fmt.Fprintf(&b, "%d words\n", len(es))
	bl := measure(es, bleveToken(t))
	fmt.Fprintf(&b, "%-24s %v\n", "bleve stock ar", bl)
	fmt.Fprintf(&b, "%-24s %v\n", "snowball on raw text", measure(es, snowballText))
	results := map[string]conflation{}
	for _, s := range stemmers {
		c := measure(es, khabarToken(s.stem))
		results[s.name] = c
		fmt.Fprintf(&b, "%-24s %v\n", s.name, c)
	}
	t.Log("\n" + b.String())
	chosen := results["khabar (Stem)"]
	if chosen.Recall < 0.10 || chosen.Recall < 2*bl.Recall {
		t.Errorf("Stem recall %.3f, want ≥ 0.10 and ≥ twice bleve's %.3f", chosen.Recall, bl.Recall)
	}
	if chosen.Precision < 0.97 {
		t.Errorf("Stem precision %.3f, want ≥ 0.97", chosen.Precision)
	}
}
