package story

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"slices"
	"strings"
	"sync"

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
	Score   float64   // the joining score (0 for a new story or a copy)
	CopyOf  int64     // the original (earliest of the copy group); 0 when original
	Follows int64     // the original a write-up follows loosely, when it copies none
	Exact   bool      // same normalized text as the original
	Tags    []tag.Tag // as shown to readers (tag.Shown)
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

// Prepared is an article analyzed for the engine: its fingerprint, its
// terms by field and its tags. Preparing depends only on the article and the
// tagger's state, so it can be done once and assigned under many configs.
type Prepared struct {
	Doc  Doc
	Dup  dedup.Doc
	Sig  dedup.Signature
	Tags []tag.Tag
}

// Add processes one article: analysis, copy check, tags, story.
func (e *Engine) Add(a *news.Article) Result {
	return e.Assign(e.Prepare(a))
}

// Prepare analyzes an article and tags it (the tagger learns from it).
func (e *Engine) Prepare(a *news.Article) *Prepared {
	return e.Tag(Analyze(a))
}

// Analyzed is an article's analysis that needs no engine state: its terms
// by field and its fingerprint. Analyze is safe to run in parallel; the
// tagger, which learns in publication order, comes after (Engine.Tag).
type Analyzed struct {
	Prepared
	title, text []arabic.Token
	outlet      string // the terms of the article's outlet's name (see Tag)
}

// Tokens are the article's title and text as arabic.Analyze gave them.
// They are shared: the caller must not change them.
func (an *Analyzed) Tokens() (title, text []arabic.Token) { return an.title, an.text }

// Analyze tokenizes and fingerprints an article.
func Analyze(a *news.Article) *Analyzed {
	title := arabic.Analyze(a.Title)
	text := arabic.Analyze(a.Text)
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
	an := &Analyzed{title: title, text: text, outlet: strings.Join(arabic.Terms(a.SourceName), " ")}
	p := &an.Prepared
	// The exact-duplicate key is over the normalized words, so a copy that
	// differs only in spacing, diacritics or letter forms is caught first.
	places := tag.Places(title)
	p.Dup = dedup.Doc{ID: a.ID, Time: a.Published, ContentHash: exactKey(words),
		Shingles: dedup.Shingles(words, 0), Lead: dedup.LeadHashes(words), Places: places, Numbers: dedup.LeadNumbers(words)}
	if p.Dup.Time.IsZero() {
		p.Dup.Time = a.Fetched
	}
	p.Sig = dedup.Sign(p.Dup.Shingles)
	p.Doc = Doc{ID: a.ID, Source: a.SourceID, Time: p.Dup.Time, Title: titleTerms, Lead: lead, Body: body,
		Places: places, Days: LeadDays(words)}
	return an
}

// AnalyzeAll analyzes articles on every CPU; out[i] is as[i]'s analysis.
func AnalyzeAll(as []*news.Article) []*Analyzed {
	out := make([]*Analyzed, len(as))
	workers := min(runtime.GOMAXPROCS(0), len(as))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(as); i += workers {
				out[i] = Analyze(as[i])
			}
		})
	}
	wg.Wait()
	return out
}

// Tag tags an analyzed article (the tagger learns from it): articles must
// come to it in publication order.
func (e *Engine) Tag(an *Analyzed) *Prepared {
	p := &an.Prepared
	p.Tags = e.Tagger.Tags(p.Doc.Source, an.title, an.text)
	// An outlet naming itself — its dateline («عين اليوم – واشنطن»), «قال
	// لـ«الشرق الأوسط»» — is signing, not reporting: readers are not
	// shown it as a tag of its own articles.
	for i, t := range p.Tags {
		if an.outlet != "" && strings.TrimPrefix(t.Key, "t:") == an.outlet {
			p.Tags[i].Part = true
		}
	}
	var names, tags []string
	for _, t := range p.Tags {
		if t.Kind != tag.Topic && !t.ShowOnly {
			names = append(names, t.Key) // parts of names too: they match as well
		}
		if !t.Part {
			tags = append(tags, t.Name)
		}
	}
	p.Doc.Names, p.Doc.Tags = names, tags
	an.title, an.text = nil, nil
	return p
}

// Assign finds the article's original, if it is a copy, and its story.
func (e *Engine) Assign(p *Prepared) Result {
	r := Result{Article: p.Doc.ID, Tags: tag.Shown(p.Tags)}
	d := p.Doc
	if m, ok := e.Dedup.CheckSigned(&p.Dup, &p.Sig, nil); ok {
		if m.Loose {
			d.Follows = m.Of
		} else {
			r.CopyOf, r.Exact = m.Of, m.Exact
		}
	}
	d.CopyOf = r.CopyOf
	as := e.Clusterer.Add(&d)
	r.Story, r.New, r.Merged, r.Score = as.Story, as.New, as.Merged, as.Score
	if r.CopyOf == 0 && !as.New {
		// A copy the band index missed (a wire text cut to a third) is
		// still among the members of the story it joined.
		if m, ok := e.Dedup.CheckSigned(&p.Dup, &p.Sig, e.Clusterer.Members(as.Story)); ok && !m.Loose {
			r.CopyOf = m.Of
			e.Clusterer.SetCopy(p.Doc.ID, m.Of)
		}
	}
	// A write-up that follows an original loosely stays in the original's
	// group for the copy test: a copy of it must pass against the original
	// too, so the group does not grow through it. A copy of the write-up's
	// own text that is none of the original's copies the write-up
	// (dedup.AddFollowing).
	if r.CopyOf == 0 && d.Follows != 0 {
		r.Follows = d.Follows
		e.Dedup.AddFollowing(&p.Dup, &p.Sig, d.Follows)
	} else {
		e.Dedup.AddSigned(&p.Dup, &p.Sig, r.CopyOf)
	}
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
// unknown), then canonical URL (see publicationOrder): the one order the
// engine's result depends on.
func SortByPublication(as []*news.Article) {
	slices.SortStableFunc(as, func(a, b *news.Article) int {
		return publicationOrder(sortKey(a), sortKey(b), a.CanonicalURL, b.CanonicalURL, a.ID, b.ID)
	})
}

// publicationOrder compares two articles by publication time (ka, kb:
// sortKey), then by canonical URL, then by id. Articles published at the
// same time (feeds that give the minute, or the hour) go in the order of
// their URLs, not of their ids: a crawl stores them in whatever order its
// workers finish, and the stories must not depend on that.
func publicationOrder(ka, kb int64, ua, ub string, ia, ib int64) int {
	return cmp.Or(cmp.Compare(ka, kb), strings.Compare(ua, ub), cmp.Compare(ia, ib))
}

// Restore puts a prepared article back where it was stored (warming the
// engine at start): its story, its copy link and the original it follows
// loosely, with no scoring.
func (e *Engine) Restore(p *Prepared, story, copyOf, follows int64) {
	d := p.Doc
	d.CopyOf = copyOf
	e.Clusterer.AddTo(&d, story)
	if copyOf == 0 && follows != 0 {
		e.Dedup.AddFollowing(&p.Dup, &p.Sig, follows)
	} else {
		e.Dedup.AddSigned(&p.Dup, &p.Sig, copyOf)
	}
}
