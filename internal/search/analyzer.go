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
	ts := make(analysis.TokenStream, 0, len(toks))
	for i, t := range toks {
		if t.Term == "" {
			continue
		}
		ts = append(ts, &analysis.Token{
			Term:     []byte(t.Term),
			Start:    t.Start,
			End:      t.End,
			Position: i + 1,
			Type:     analysis.AlphaNumeric,
		})
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
