package search

import (
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
	toks := arabic.Analyze(string(input))
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
