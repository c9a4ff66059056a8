package story

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/tag"
)

// Result is what the engine decided for one article.
type Result struct {
	Article int64
	Story   int64 // as assigned; merges may move it later (Clusterer.Resolve)
	New     bool
	Merged  []int64
	CopyOf  int64 // the original (earliest of the copy group); 0 when original
	Exact   bool  // same normalized text as the original
	Tags    []tag.Tag
}

// Engine runs copies, tags and stories over a stream of articles in memory.
// It is not safe for concurrent use.
type Engine struct {
	Dedup     *dedup.Detector
	Clusterer *Clusterer
	Tagger    *tag.Tagger
}

// NewEngine builds an engine with the given story config and the default
// dedup and tag configs.
func NewEngine(cfg Config, dc dedup.Config) *Engine {
	return &Engine{Dedup: dedup.New(dc), Clusterer: New(cfg), Tagger: tag.New(tag.DefaultConfig())}
}

// leadTerms is the least number of terms the lead holds: a one-line first
// paragraph (a dateline) is not a lead.
const leadTerms = 30

// Add processes one article: analysis, copy check, tags, story.
func (e *Engine) Add(a *news.Article) Result {
	title := arabic.Analyze(a.Title)
	text := arabic.Analyze(a.Text)
	r := Result{Article: a.ID}

	words := make([]string, 0, len(text))
	var titleTerms, lead, body []string
	for _, t := range title {
		if t.Term != "" {
			titleTerms = append(titleTerms, t.Term)
		}
	}
	paraEnd := strings.Index(a.Text, "\n\n")
	if paraEnd < 0 {
		paraEnd = len(a.Text)
	}
	for _, t := range text {
		if t.Norm != "" {
			words = append(words, t.Norm)
		}
		if t.Term == "" {
			continue
		}
		if t.End <= paraEnd || len(lead) < leadTerms {
			lead = append(lead, t.Term)
		} else {
			body = append(body, t.Term)
		}
	}
	// The exact-duplicate key is over the normalized words, so a copy that
	// differs only in spacing, diacritics or letter forms is caught here.
	doc := &dedup.Doc{ID: a.ID, Time: a.Published, ContentHash: exactKey(words), Shingles: dedup.Shingles(words, 0)}
	if doc.Time.IsZero() {
		doc.Time = a.Fetched
	}
	sig := dedup.Sign(doc.Shingles)
	if m, ok := e.Dedup.CheckSigned(doc, &sig, nil); ok {
		r.CopyOf, r.Exact = m.Of, m.Exact
	}

	r.Tags = e.Tagger.Tags(title, text)
	var names []string
	for _, t := range r.Tags {
		if t.Kind != tag.Topic {
			names = append(names, t.Key)
		}
	}
	sd := &Doc{ID: a.ID, Source: a.SourceID, Time: doc.Time, Title: titleTerms, Lead: lead, Body: body,
		Names: names, CopyOf: r.CopyOf}
	as := e.Clusterer.Add(sd)
	r.Story, r.New, r.Merged = as.Story, as.New, as.Merged
	if r.CopyOf == 0 && !as.New {
		// A copy the band index missed (a wire text cut to a third) is
		// still among the members of the story it joined.
		if m, ok := e.Dedup.CheckSigned(doc, &sig, e.Clusterer.Members(as.Story)); ok {
			r.CopyOf = m.Of
			e.Clusterer.SetCopy(a.ID, m.Of)
		}
	}
	e.Dedup.AddSigned(doc, &sig, r.CopyOf)
	return r
}

func exactKey(words []string) string {
	if len(words) == 0 {
		return ""
	}
	h := sha256.Sum256([]byte(strings.Join(words, " ")))
	return hex.EncodeToString(h[:16])
}

// SortByPublication orders articles by publication time (fetch time when
// unknown), then id: the one order the engine's result depends on.
func SortByPublication(as []*news.Article) {
	key := func(a *news.Article) int64 {
		if a.Published.IsZero() {
			return a.Fetched.UnixNano()
		}
		return a.Published.UnixNano()
	}
	slices.SortStableFunc(as, func(a, b *news.Article) int {
		return cmp.Or(cmp.Compare(key(a), key(b)), cmp.Compare(a.ID, b.ID))
	})
}
