package search

import (
	"html"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
)

// snippetTokens is the length of a snippet, in words.
const snippetTokens = 32

// maxHighlightText bounds the text analyzed for a snippet: the best window
// of a very long article is looked for in its first part only.
const maxHighlightText = 64 << 10

// Highlight returns text HTML-escaped with the words whose indexed term is in
// terms wrapped in <mark>, in the spelling the text prints (the analyzer's
// byte offsets point into the original). With window > 0 it returns only the
// window of that many words with the most distinct matches (… marks a cut);
// with 0, the whole text.
func Highlight(an analysis.Analyzer, text string, terms map[string]bool, window int) string {
	src := text
	if len(src) > maxHighlightText {
		cut := maxHighlightText
		for cut > 0 && !isRuneStart(src[cut]) {
			cut--
		}
		src = src[:cut]
	}
	toks, match, best := analyzeFor(an, src, terms, window)
	from, to := 0, len(src) // byte range shown
	if window > 0 && len(toks) > window {
		from, to = toks[best].Start, toks[best+window-1].End
		if best == 0 {
			from = 0
		}
	} else if window > 0 && len(src) < len(text) {
		to = len(src)
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("… ")
	}
	pos := from
	for i, t := range toks {
		if !match[i] || t.Start < from || t.End > to || t.Start < pos {
			continue
		}
		b.WriteString(escape(src[pos:t.Start]))
		b.WriteString("<mark>")
		b.WriteString(escape(src[t.Start:t.End]))
		b.WriteString("</mark>")
		pos = t.End
	}
	b.WriteString(escape(src[pos:to]))
	if to < len(text) && window > 0 {
		b.WriteString(" …")
	}
	return b.String()
}

// highlightChunk is how much text a snippet analyzes at a time. Analysis
// (~3 µs a word) of whole articles was most of a query's time after the
// search itself; the words a reader looked for are mostly in the lead, so
// analysis stops at the first chunk whose best window holds every term.
const highlightChunk = 4 << 10

// analyzeFor analyzes src, in chunks when a window is asked for, until a
// window of that many tokens holds every term (or the text ends); it returns
// the tokens, which of them match, and the start of the best window.
func analyzeFor(an analysis.Analyzer, src string, terms map[string]bool, window int) (analysis.TokenStream, []bool, int) {
	var toks analysis.TokenStream
	var match []bool
	best := 0
	for base := 0; base < len(src); {
		end := len(src)
		if window > 0 && end-base > highlightChunk {
			end = cutAt(src, base+highlightChunk)
		}
		for _, t := range an.Analyze([]byte(src[base:end])) {
			t.Start += base
			t.End += base
			toks = append(toks, t)
			match = append(match, terms[string(t.Term)])
		}
		base = end
		if window <= 0 || len(toks) < window {
			continue
		}
		var distinct int
		best, distinct = bestWindow(toks, match, window)
		if distinct >= len(terms) {
			break
		}
	}
	return toks, match, best
}

// cutAt is a chunk end at or before i that splits no word: after the last
// white space in the 256 bytes before i, else at a rune start.
func cutAt(s string, i int) int {
	for j := i; j > i-256 && j > 0; j-- {
		if s[j-1] == ' ' || s[j-1] == '\n' || s[j-1] == '\t' {
			return j
		}
	}
	for i > 0 && !isRuneStart(s[i]) {
		i--
	}
	return i
}

// bestWindow is the start of the window of n tokens with the most distinct
// matched terms, then the most matches (a sliding count, linear in tokens),
// and how many distinct terms it holds.
func bestWindow(toks analysis.TokenStream, match []bool, n int) (int, int) {
	count := map[string]int{}
	distinct, hits := 0, 0
	add := func(i, d int) {
		if !match[i] {
			return
		}
		k := string(toks[i].Term)
		if d > 0 && count[k] == 0 {
			distinct++
		}
		count[k] += d
		if d < 0 && count[k] == 0 {
			distinct--
		}
		hits += d
	}
	for i := 0; i < n; i++ {
		add(i, 1)
	}
	best, bestScore, bestDistinct := 0, distinct*1000+hits, distinct
	for i := 1; i+n <= len(toks); i++ {
		add(i-1, -1)
		add(i+n-1, 1)
		if s := distinct*1000 + hits; s > bestScore {
			best, bestScore, bestDistinct = i, s, distinct
		}
	}
	return best, bestDistinct
}

// escape is html.EscapeString with runs of white space folded to one space:
// a snippet is one line.
func escape(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return html.EscapeString(b.String())
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
