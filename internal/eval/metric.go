// Package eval measures article extraction against gold: the shingle metric of
// the ScrapingHub article-extraction benchmark (for newsfarm pages and
// ScrapingHub sets) and the with/without snippet metric of trafilatura's
// evaluation (for trafilatura-eval and arabic-real).
package eval

import (
	"strings"
	"unicode"
)

// ShingleSize is the n of the word n-grams compared, as in the benchmark.
const ShingleSize = 4

// Tokens splits s as Python's re.findall(r'\w+', s) does: runs of letters,
// numbers and underscore. Combining marks are not \w in Python, so Arabic
// harakat split a word, as they do in the benchmark; case is kept.
func Tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWord(r) })
}

func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Shingles counts the n-token shingles of tokens (a multiset, as the
// benchmark's Counter). A text of fewer than n tokens is one shingle; no
// tokens, none.
func Shingles(tokens []string, n int) map[string]int {
	out := make(map[string]int)
	if len(tokens) == 0 || n <= 0 {
		return out
	}
	for i := 0; i < max(1, len(tokens)-n+1); i++ {
		out[strings.Join(tokens[i:min(i+n, len(tokens))], "\x00")]++
	}
	return out
}

// Match is one page's shingle agreement, normalized so the three sum to 1
// (the benchmark does so that long pages do not weigh more).
type Match struct{ TP, FP, FN float64 }

// ShingleMatch compares predicted with true text as the benchmark's
// string_shingle_matching does.
func ShingleMatch(truth, pred string) Match {
	t := Shingles(Tokens(truth), ShingleSize)
	p := Shingles(Tokens(pred), ShingleSize)
	var m Match
	for k, tc := range t {
		pc := p[k]
		m.TP += float64(min(tc, pc))
		m.FN += float64(max(0, tc-pc))
		m.FP += float64(max(0, pc-tc))
	}
	for k, pc := range p {
		if _, ok := t[k]; !ok {
			m.FP += float64(pc)
		}
	}
	if s := m.TP + m.FP + m.FN; s > 0 {
		m.TP, m.FP, m.FN = m.TP/s, m.FP/s, m.FN/s
	}
	return m
}

// Precision of one page; ok is false when the page has no prediction and no
// truth shingles (tp+fp = 0): the benchmark leaves such pages out of the mean.
func (m Match) Precision() (p float64, ok bool) {
	if m.TP+m.FP == 0 {
		return 0, false
	}
	if m.FP == 0 && m.FN == 0 {
		return 1, true
	}
	return m.TP / (m.TP + m.FP), true
}

// Recall of one page; ok is false when the truth is empty (tp+fn = 0).
func (m Match) Recall() (r float64, ok bool) {
	if m.TP+m.FN == 0 {
		return 0, false
	}
	if m.FP == 0 && m.FN == 0 {
		return 1, true
	}
	return m.TP / (m.TP + m.FN), true
}

// ShingleScore averages precision and recall over pages (each over the pages
// where it is defined) and takes F1 from the two averages.
type ShingleScore struct {
	psum, rsum float64
	pn, rn     int
}

// Add counts one page.
func (s *ShingleScore) Add(m Match) {
	if p, ok := m.Precision(); ok {
		s.psum += p
		s.pn++
	}
	if r, ok := m.Recall(); ok {
		s.rsum += r
		s.rn++
	}
}

// PRF returns the averaged precision and recall and their F1.
func (s ShingleScore) PRF() (p, r, f float64) {
	if s.pn > 0 {
		p = s.psum / float64(s.pn)
	}
	if s.rn > 0 {
		r = s.rsum / float64(s.rn)
	}
	return p, r, f1(p, r)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SnippetScore is the trafilatura-eval metric: a "with" snippet found in the
// output is a true positive, one missing a false negative; a "without" snippet
// found is a false positive, one missing a true negative. Counts are pooled
// over the set.
type SnippetScore struct{ TP, FN, FP, TN int }

// Add scores text against one page's snippets (white space folded on both
// sides) and returns the snippets that were missing and those that leaked.
func (s *SnippetScore) Add(text string, with, without []string) (missing, leaked []string) {
	t := FoldSpace(text)
	for _, w := range with {
		if strings.Contains(t, FoldSpace(w)) {
			s.TP++
		} else {
			s.FN++
			missing = append(missing, w)
		}
	}
	for _, w := range without {
		if strings.Contains(t, FoldSpace(w)) {
			s.FP++
			leaked = append(leaked, w)
		} else {
			s.TN++
		}
	}
	return missing, leaked
}

// PRF returns pooled precision, recall and F = 2PR/(P+R).
func (s SnippetScore) PRF() (p, r, f float64) {
	if s.TP+s.FP > 0 {
		p = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		r = float64(s.TP) / float64(s.TP+s.FN)
	}
	return p, r, f1(p, r)
}

// FoldSpace collapses runs of white space to one space and trims the ends.
func FoldSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
