package extract

import (
	"strings"
	"unicode"
)

// Score is the agreement of an extracted text with a gold text.
type Score struct {
	Precision, Recall, F1 float64
}

// ShingleSize is the length of the word n-grams ScoreText compares.
const ShingleSize = 4

// ScoreText compares extracted text with gold text as sets of word 4-gram
// shingles: precision is the share of extracted shingles that are in the gold,
// recall the share of gold shingles that were extracted. Sets, not multisets:
// a repeated boilerplate line costs once, as it would cost a reader once.
// Both empty scores 1; one empty scores 0.
func ScoreText(extracted, gold string) Score {
	a := Shingles(Tokens(extracted), ShingleSize)
	g := Shingles(Tokens(gold), ShingleSize)
	if len(a) == 0 && len(g) == 0 {
		return Score{1, 1, 1}
	}
	if len(a) == 0 || len(g) == 0 {
		return Score{}
	}
	common := 0
	for s := range a {
		if _, ok := g[s]; ok {
			common++
		}
	}
	p := float64(common) / float64(len(a))
	r := float64(common) / float64(len(g))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return Score{Precision: p, Recall: r, F1: f}
}

// Tokens splits s into word tokens: maximal runs of letters, combining marks,
// digits and underscore (Unicode \w, with marks kept inside Arabic words),
// lower-cased.
func Tokens(s string) []string {
	isWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r) || r == '_'
	}
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWord(r) })
}

// Shingles returns the set of k-token shingles of tokens. A text shorter than
// k tokens is one shingle, so short texts still compare.
func Shingles(tokens []string, k int) map[string]struct{} {
	out := make(map[string]struct{})
	if len(tokens) == 0 || k <= 0 {
		return out
	}
	if len(tokens) < k {
		out[strings.Join(tokens, " ")] = struct{}{}
		return out
	}
	for i := 0; i+k <= len(tokens); i++ {
		out[strings.Join(tokens[i:i+k], " ")] = struct{}{}
	}
	return out
}
