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
	toks := an.Analyze([]byte(src))
	match := make([]bool, len(toks))
	for i, t := range toks {
		match[i] = terms[string(t.Term)]
	}
	from, to := 0, len(src) // byte range shown
	if window > 0 && len(toks) > window {
		best := bestWindow(toks, match, window)
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

// bestWindow is the start of the window of n tokens with the most distinct
// matched terms, then the most matches (a sliding count, linear in tokens).
func bestWindow(toks analysis.TokenStream, match []bool, n int) int {
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
	best, bestScore := 0, distinct*1000+hits
	for i := 1; i+n <= len(toks); i++ {
		add(i-1, -1)
		add(i+n-1, 1)
		if s := distinct*1000 + hits; s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
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
