package arabic

import (
	"strings"
	"unicode/utf8"
)

// Analyze is what the index stores for s: Tokenize, then for each token
// Norm = Normalize(Text, Search) (with the lam-alef and word ligatures
// expanded first) and Term:
//   - Word: "" for a stop word (tested on Norm, after normalization), else
//     Stem(Norm);
//   - Number: Norm without thousands separators (1,000 → 1000);
//   - Latin, Hashtag, Mention: Norm (lower-cased, not stemmed).
func Analyze(s string) []Token { return analyze(s, Stem) }

// analyze is Analyze with another stemmer, for the stemmer comparison.
func analyze(s string, stem func(string) string) []Token {
	toks := Tokenize(s)
	for i := range toks {
		t := &toks[i]
		t.Norm = Normalize(expandLigatures(t.Text), Search)
		switch t.Kind {
		case Word:
			if !IsStopword(t.Norm) {
				t.Term = stem(t.Norm)
			}
		case Number:
			t.Term = numberTerm(t.Norm)
		default:
			t.Term = t.Norm
		}
	}
	return toks
}

// Terms returns the non-empty Terms of Analyze(s), in order, for
// fingerprints and TF-IDF.
func Terms(s string) []string {
	toks := Analyze(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Term != "" {
			out = append(out, t.Term)
		}
	}
	return out
}

// expandLigatures replaces the letter ligatures Normalize keeps (ﻻ, ﷲ) by
// their letters.
func expandLigatures(s string) string {
	for i, r := range s {
		if _, ok := ligatureFold(r); ok {
			var b strings.Builder
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				if t, ok := ligatureFold(r); ok {
					b.WriteString(t)
				} else {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return s
}

// numberTerm drops thousands separators when the number is grouped by
// threes (1,000,000 → 1000000); other commas (a list, 1,5) stay, as the
// reading is not sure.
func numberTerm(n string) string {
	if !strings.Contains(n, ",") {
		return n
	}
	intPart, frac, hasFrac := strings.Cut(n, ".")
	groups := strings.Split(intPart, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 {
		return n
	}
	for _, g := range groups[1:] {
		if utf8.RuneCountInString(g) != 3 {
			return n
		}
	}
	out := strings.Join(groups, "")
	if hasFrac {
		if strings.Contains(frac, ",") {
			return n
		}
		out += "." + frac
	}
	return out
}
