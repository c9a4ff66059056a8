package api

import (
	"net/http"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/news"
)

// MaxAnalyzeChars bounds the text of /analyze: the endpoint is for looking
// at how words fold, not for analyzing documents.
const MaxAnalyzeChars = 10000

// AnalyzeToken is one token of an analyzed text: as written, normalized,
// the term the index stores ("" for a stop word), its byte offsets in the
// text and its kind (word, number, latin, hashtag, mention).
type AnalyzeToken struct {
	Text  string      `json:"text"`
	Norm  string      `json:"norm"`
	Term  string      `json:"term"`
	Start int         `json:"start"`
	End   int         `json:"end"`
	Kind  arabic.Kind `json:"kind"`
}

// AnalyzeResult is every token of a text, in order, as the index sees it.
type AnalyzeResult struct {
	Tokens []AnalyzeToken `json:"tokens"`
}

// Analyze runs arabic.Analyze on text; shared by the API and the CLI so
// both show the same thing.
func Analyze(text string) AnalyzeResult {
	toks := arabic.Analyze(text)
	out := AnalyzeResult{Tokens: make([]AnalyzeToken, 0, len(toks))}
	for _, t := range toks {
		out.Tokens = append(out.Tokens, AnalyzeToken{Text: t.Text, Norm: t.Norm, Term: t.Term, Start: t.Start, End: t.End, Kind: t.Kind})
	}
	return out
}

// CheckAnalyzeText says what is wrong with a text to analyze, as EINVALID.
func CheckAnalyzeText(text string) error {
	switch n := utf8.RuneCountInString(text); {
	case n == 0:
		return news.Errorf(news.EINVALID, "text is empty: give ?text=")
	case n > MaxAnalyzeChars:
		return news.Errorf(news.EINVALID, "text has %d characters, at most %d are analyzed", n, MaxAnalyzeChars)
	}
	return nil
}

// analyze is GET /api/v1/analyze?text=: the tokens the index stores for a
// text, as Elasticsearch's _analyze shows them.
func (h *Handler) analyze(w http.ResponseWriter, r *http.Request) {
	text := r.URL.Query().Get("text")
	if err := CheckAnalyzeText(text); err != nil {
		h.writeError(w, r, err)
		return
	}
	h.writeJSON(w, r, http.StatusOK, Analyze(text))
}
