package search

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar" // StockArabic, for comparison
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/khabar-news/khabar/internal/arabic"
)

// AnalyzerName is the Bleve analyzer built on internal/arabic: the index and
// every query fold text through the same arabic.Analyze, so a word typed the
// lazy way meets the word as printed.
const AnalyzerName = "khabar_arabic"

// StockArabic is Bleve's own Arabic analyzer, kept for comparison (the
// known-item evaluation builds an index with it side by side).
const StockArabic = "ar"

func init() {
	registry.RegisterAnalyzer(AnalyzerName, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
		return Analyzer{}, nil
	})
}

// Analyzer is a Bleve analysis.Analyzer that calls arabic.Analyze. Positions
// count every word, stop words included, so an exact phrase with a stop word
// in it still lines up; Start/End are byte offsets in the original text, which
// highlighting uses to show the spelling the article prints.
type Analyzer struct{}

// Analyze implements analysis.Analyzer.
func (Analyzer) Analyze(input []byte) analysis.TokenStream {
	toks, ok := analyzed.get(input)
	if !ok {
		toks = arabic.Analyze(string(input))
	}
	// One block of tokens and one of term bytes for the whole text, not
	// two allocations a word: these were a twentieth of what an import
	// allocated. Each Term is capped at its own length, so nothing that
	// appends to one can write into the next.
	n, size := 0, 0
	for _, t := range toks {
		if t.Term != "" {
			n++
			size += len(t.Term)
		}
	}
	block := make([]analysis.Token, n)
	terms := make([]byte, 0, size)
	ts := make(analysis.TokenStream, n)
	k := 0
	for i, t := range toks {
		if t.Term == "" {
			continue
		}
		at := len(terms)
		terms = append(terms, t.Term...)
		block[k] = analysis.Token{
			Term:     terms[at:len(terms):len(terms)],
			Start:    t.Start,
			End:      t.End,
			Position: i + 1,
			Type:     analysis.AlphaNumeric,
		}
		ts[k] = &block[k]
		k++
	}
	return ts
}

// analyzed holds texts already run through arabic.Analyze by someone else
// (the story engine reads every imported article and analyzes it the same
// way), so that indexing them does not analyze them again: that was 8-9 s
// of CPU in a whole-corpus import. arabic.Analyze is a function of the text
// alone, so an entry is right for any index that meets the same text; one
// missing only costs the analysis.
var analyzed = &preAnalyzed{m: map[string][]arabic.Token{}}

type preAnalyzed struct {
	mu sync.RWMutex
	m  map[string][]arabic.Token
}

func (p *preAnalyzed) get(text []byte) ([]arabic.Token, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	toks, ok := p.m[string(text)]
	return toks, ok
}

func (p *preAnalyzed) put(text string, toks []arabic.Token) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.m[text] = toks
}

func (p *preAnalyzed) drop(text string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.m, text)
}
