package arabic

import (
	"strings"
	"unicode/utf8"
)

// Stem light-stems a normalized Arabic word (Search policy: ة is ه, ى is
// ي): it strips at most one prefix and then suffixes, keeping a stem of at
// least two letters. It is the stemmer chosen by measurement on the
// golden stem corpus (see the README and TestStemmerComparison).
func Stem(norm string) string { return stemLight10(norm) }

// light is a Light10-family stemmer: one prefix from prefixes (first match
// wins), then each suffix of suffixes in turn, while the stem keeps
// minStem letters.
type light struct {
	prefixes []string
	suffixes []string
	minStem  int // letters a stem keeps, at least
	minWa    int // letters a word needs for a lone و to be stripped
}

// light10 is Light10 (Larkey, Ballesteros and Connell 2002) as Lucene's
// ArabicStemmer writes it: on normalized text ة and ية are ه and يه.
var light10 = light{
	prefixes: []string{"ال", "وال", "بال", "كال", "فال", "لل", "و"},
	suffixes: []string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"},
	minStem:  2,
	minWa:    4,
}

func stemLight10(w string) string { return light10.stem(w) }

func (l light) stem(w string) string {
	n := utf8.RuneCountInString(w)
	for _, p := range l.prefixes {
		pn := utf8.RuneCountInString(p)
		if pn == 1 && n < l.minWa {
			continue
		}
		if n >= pn+l.minStem && strings.HasPrefix(w, p) {
			w, n = w[len(p):], n-pn
			break
		}
	}
	for _, s := range l.suffixes {
		sn := utf8.RuneCountInString(s)
		if n >= sn+l.minStem && strings.HasSuffix(w, s) {
			w, n = w[:len(w)-len(s)], n-sn
		}
	}
	return w
}
