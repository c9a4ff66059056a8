package search

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/khabar-news/khabar/internal/news"
)

// Paging limits.
const (
	DefaultPageSize = 10
	MaxPageSize     = 50
	// MaxPage bounds deep paging, whose cost grows with the page number; a
	// page past the last hit but within it is simply empty.
	MaxPage = 1000
)

// Search runs r. Mistakes in the request are news.EINVALID with a message
// for the user; a query whose words are all stop words, or a page past the
// end, is an empty result.
func (ix *Index) Search(ctx context.Context, r news.SearchRequest) (*news.SearchResult, error) {
	start := time.Now()
	if r.Page == 0 {
		r.Page = 1
	}
	if r.Page < 1 || r.Page > MaxPage {
		return nil, news.Errorf(news.EINVALID, "page must be from 1 to %d, got %d", MaxPage, r.Page)
	}
	if r.PageSize == 0 {
		r.PageSize = DefaultPageSize
	}
	if r.PageSize < 1 || r.PageSize > MaxPageSize {
		return nil, news.Errorf(news.EINVALID, "page size must be from 1 to %d, got %d", MaxPageSize, r.PageSize)
	}
	switch r.Sort {
	case "":
		r.Sort = news.SortRelevance
	case news.SortRelevance, news.SortTime:
	default:
		return nil, news.Errorf(news.EINVALID, "sort must be %q or %q, got %q", news.SortRelevance, news.SortTime, r.Sort)
	}
	q, err := ParseQuery(r.Query, ix.opt.Zone)
	if err != nil {
		return nil, err
	}
	if s := strings.TrimSpace(r.Source); s != "" {
		q.Sources = append(q.Sources, s)
	}
	if !r.From.IsZero() && r.From.After(q.After) {
		q.After = r.From
	}
	if !r.To.IsZero() && (q.Before.IsZero() || r.To.Before(q.Before)) {
		q.Before = r.To
	}
	if q.Empty() {
		return nil, news.Errorf(news.EINVALID, "empty query: type the words to look for")
	}
	res := &news.SearchResult{Query: r.Query, Page: r.Page, PageSize: r.PageSize, Sort: r.Sort, Hits: []news.SearchHit{}}

	plan := ix.plan(ctx, q)
	if plan.nothing {
		res.Took = time.Since(start)
		return res, nil
	}
	var sr *bleve.SearchResult
	var more map[string]int
	if len(plan.seqs) > 0 {
		sr, err = ix.twoPhase(ctx, plan, r)
	} else {
		sr, more, err = ix.run(ctx, plan.query(false), r)
	}
	if err != nil {
		return nil, err
	}
	if sr.Total == 0 && plan.canRelax() {
		if sr, more, err = ix.run(ctx, plan.query(true), r); err != nil {
			return nil, err
		}
		res.Relaxed = true
	}
	res.Total = sr.Total
	for _, h := range sr.Hits {
		hit, ok, err := ix.hit(ctx, h, plan.terms)
		if err != nil {
			return nil, err
		}
		if ok {
			hit.More = more[h.ID]
			res.Hits = append(res.Hits, hit)
		}
	}
	if res.Hits, err = ix.opt.Collapser.Collapse(ctx, res.Hits); err != nil {
		return nil, fmt.Errorf("search: collapse: %w", err)
	}
	res.Took = time.Since(start)
	return res, nil
}

// plan is a parsed query turned into Bleve queries.
type plan struct {
	words   []bquery.Query // one per searchable word: all must match
	titles  []bquery.Query // the words in the title alone: a bonus when all match
	phrases []bquery.Query
	// loose are the phrases as their words (in the title or in the text),
	// and seqs their runs of terms: see twoPhase.
	loose   []bquery.Query
	seqs    []phraseSeq
	filters []bquery.Query
	not     []bquery.Query
	terms   map[string]bool // indexed terms of the positive words, for highlighting
	nothing bool            // nothing can match (every word a stop word, ...)
}

func (ix *Index) plan(ctx context.Context, q *Query) *plan {
	p := &plan{terms: map[string]bool{}}
	typed := len(q.Words) + len(q.Phrases)
	for _, w := range q.Words {
		if ts := ix.terms(w); len(ts) > 0 {
			p.addTerms(ts)
			if alts := ix.wordTerms(w); len(alts) > 1 {
				p.addTerms(alts)
			}
			p.words = append(p.words, ix.wordQuery(w))
			p.titles = append(p.titles, ix.fieldWord("title", w, 1))
		}
	}
	for _, ph := range q.Phrases {
		switch ts := ix.terms(ph); {
		case len(ts) == 1:
			p.addTerms(ts)
			p.words = append(p.words, ix.textQuery(ph, false))
		case len(ts) > 1:
			p.addTerms(ts)
			p.phrases = append(p.phrases, ix.textQuery(ph, true))
			p.loose = append(p.loose, ix.textQuery(ph, false))
			p.seqs = append(p.seqs, ix.phraseSeq(ph))
		}
	}
	if typed > 0 && len(p.words)+len(p.phrases) == 0 {
		p.nothing = true // only stop words: they match nothing, by design
		return p
	}
	for _, w := range q.ExcludeWords {
		if len(ix.terms(w)) > 0 {
			p.not = append(p.not, ix.textQuery(w, false))
		}
	}
	for _, ph := range q.ExcludePhrases {
		if len(ix.terms(ph)) > 0 {
			p.not = append(p.not, ix.textQuery(ph, true))
		}
	}
	if len(q.Sources) > 0 {
		var or []bquery.Query
		for _, s := range q.Sources {
			if sq := ix.sourceQuery(ctx, s); sq != nil {
				or = append(or, sq)
			}
		}
		if len(or) == 0 {
			p.nothing = true
			return p
		}
		p.filters = append(p.filters, bleve.NewDisjunctionQuery(or...))
	}
	for _, s := range q.ExcludeSources {
		if sq := ix.sourceQuery(ctx, s); sq != nil {
			p.not = append(p.not, sq)
		}
	}
	for _, t := range q.Tags {
		if len(ix.terms(t)) == 0 {
			p.nothing = true
			return p
		}
		p.filters = append(p.filters, ix.fieldPhrase("tags", t))
	}
	for _, t := range q.ExcludeTags {
		if len(ix.terms(t)) > 0 {
			p.not = append(p.not, ix.fieldPhrase("tags", t))
		}
	}
	if !q.After.IsZero() || !q.Before.IsZero() {
		yes, no := true, false
		dr := bleve.NewDateRangeInclusiveQuery(q.After, q.Before, &yes, &no)
		dr.SetField("published")
		p.filters = append(p.filters, dr)
	}
	return p
}

func (p *plan) addTerms(ts []string) {
	for _, t := range ts {
		p.terms[t] = true
	}
}

// canRelax reports whether a search with no hit may be retried asking for
// most words instead of all.
func (p *plan) canRelax() bool { return len(p.words) >= 2 && len(p.phrases) == 0 }

// query builds the Bleve query; relaxed asks for all but one word (of three
// or more; one of two).
func (p *plan) query(relaxed bool) bquery.Query { return p.build(p.phrases, relaxed) }

// looseQuery is the query with each phrase asking only for its words.
func (p *plan) looseQuery() bquery.Query { return p.build(p.loose, false) }

func (p *plan) build(phrases []bquery.Query, relaxed bool) bquery.Query {
	bq := bleve.NewBooleanQuery()
	var must []bquery.Query
	switch {
	case relaxed:
		d := bleve.NewDisjunctionQuery(p.words...)
		d.SetMin(float64(max(1, len(p.words)-1)))
		must = append([]bquery.Query{d}, phrases...)
	default:
		must = append(append(must, p.words...), phrases...)
	}
	if len(must) == 0 {
		must = []bquery.Query{bleve.NewMatchAllQuery()}
	}
	if len(must) == 1 {
		// Not wrapped in a conjunction of one, a layer every match passed
		// through for nothing.
		bq.Must = must[0]
	} else {
		bq.AddMust(must...)
	}
	if len(p.titles) >= 2 && !relaxed {
		// Per word, a short headline holding one of the words outscores a
		// long one holding them all (BM25's length norm); a headline that
		// has every word the reader typed is what a known-item search means.
		bq.AddShould(bleve.NewConjunctionQuery(p.titles...))
	}
	if len(p.filters) > 0 {
		bq.AddFilter(bleve.NewConjunctionQuery(p.filters...))
	}
	if len(p.not) > 0 {
		bq.AddMustNot(p.not...)
	}
	return bq
}

// terms is what the index stores for s.
func (ix *Index) terms(s string) []string {
	ts := ix.an.Analyze([]byte(s))
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, string(t.Term))
	}
	return out
}

// textQuery finds s in the title (boosted) or the text: every word of it,
// or, as a phrase, the words in order.
func (ix *Index) textQuery(s string, phrase bool) bquery.Query {
	one := func(field string, boost float64) bquery.Query {
		if phrase {
			q := bleve.NewMatchPhraseQuery(s)
			q.SetField(field)
			q.Analyzer = ix.opt.Analyzer
			q.SetBoost(boost)
			return q
		}
		return ix.allWords(field, s, boost)
	}
	return bleve.NewDisjunctionQuery(one("title", ix.opt.TitleBoost), one("text", 1))
}

// allWords finds every word of s, analyzed, in one field.
func (ix *Index) allWords(field, s string, boost float64) bquery.Query {
	q := bleve.NewMatchQuery(s)
	q.SetField(field)
	q.Analyzer = ix.opt.Analyzer
	q.SetOperator(bquery.MatchQueryOperatorAnd)
	q.SetBoost(boost)
	return q
}

func (ix *Index) fieldPhrase(field, s string) bquery.Query {
	q := bleve.NewMatchPhraseQuery(s)
	q.SetField(field)
	q.Analyzer = ix.opt.Analyzer
	return q
}

func underscoresToSpaces(s string) string { return strings.ReplaceAll(s, "_", " ") }

// rescoreWindow is how many of the best matches by relevance the freshness
// boost reorders, as Elasticsearch's rescore window does. Boosting inside
// the search read the date of every match, and sorting on (score, date, id)
// read the date and the id of every match: on 20,000 articles that was most
// of the time of the slowest queries. A match outside the window is so much
// less relevant that a boost of at most Options.Freshness rarely earned it a
// place on the page.
const rescoreWindow = 100

// run executes one page of q: by time, or by relevance. By relevance the
// best rescoreWindow matches are reordered by freshness (then newest first
// among equal scores) and folded by story, so the first pages show each
// story once, with the number of its other hits (more, by hit id); pages
// past the window are in plain relevance order, so paging is consistent.
func (ix *Index) run(ctx context.Context, q bquery.Query, r news.SearchRequest) (*bleve.SearchResult, map[string]int, error) {
	if r.Sort == news.SortTime {
		sr, err := ix.byTime(ctx, q, r)
		return sr, nil, err
	}
	offset := (r.Page - 1) * r.PageSize
	need := offset + r.PageSize
	req := bleve.NewSearchRequestOptions(q, rescoreWindow, 0, false)
	req.Fields = []string{"pubkey"} // stored: read for these hits only
	sr, err := ix.exec(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	window := sr.Hits
	ix.rescore(window)
	kept, more, err := ix.foldByStory(ctx, window)
	if err != nil {
		return nil, nil, err
	}
	// Total still counts matching articles.
	page := kept[min(offset, len(kept)):min(need, len(kept))]
	if len(page) < r.PageSize && sr.Total > uint64(len(window)) {
		// Past the window: the matches after it, in relevance order.
		from := max(offset, len(kept)) - len(kept) + len(window)
		rest, err := ix.exec(ctx, bleve.NewSearchRequestOptions(q, r.PageSize-len(page), from, false))
		if err != nil {
			return nil, nil, err
		}
		page = append(page[:len(page):len(page)], rest.Hits...)
	}
	sr.Hits = page
	return sr, more, nil
}

// storyLookup is the optional part of a store that tells the stories of
// articles. *sqlite.Store has it.
type storyLookup interface {
	StoriesOf(ctx context.Context, ids []int64) (map[int64]int64, error)
}

// foldByStory keeps the first hit of each story (hits not in a story all
// stay) and counts the others in more, by the kept hit's id.
func (ix *Index) foldByStory(ctx context.Context, hits bsearch.DocumentMatchCollection) (bsearch.DocumentMatchCollection, map[string]int, error) {
	sl, ok := ix.store.(storyLookup)
	if !ok || len(hits) < 2 {
		return hits, nil, nil
	}
	ids := make([]int64, 0, len(hits))
	for _, h := range hits {
		if id, err := strconv.ParseInt(h.ID, 10, 64); err == nil {
			ids = append(ids, id)
		}
	}
	stories, err := sl.StoriesOf(ctx, ids)
	if err != nil {
		return nil, nil, fmt.Errorf("search: fold by story: %w", err)
	}
	first := map[int64]string{} // story → id of its kept hit
	more := map[string]int{}
	kept := hits[:0:0]
	for _, h := range hits {
		id, _ := strconv.ParseInt(h.ID, 10, 64)
		st := stories[id]
		if st == 0 {
			kept = append(kept, h)
			continue
		}
		if k, ok := first[st]; ok {
			more[k]++
			continue
		}
		first[st] = h.ID
		kept = append(kept, h)
	}
	return kept, more, nil
}

func (ix *Index) exec(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	sr, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("search: %w", ctx.Err())
		}
		return nil, fmt.Errorf("search: %w", err)
	}
	return sr, nil
}

// rescore applies the freshness boost to hits (sorted by relevance, with
// their stored pubkey) and sorts them again, newest first among equal
// scores.
func (ix *Index) rescore(hits bsearch.DocumentMatchCollection) {
	pub := make(map[string]int64, len(hits))
	for _, h := range hits {
		if k, ok := h.Fields["pubkey"].(string); ok {
			if t, ok := parsePubKey(k); ok {
				pub[h.ID] = t.Unix()
			}
		}
	}
	now := ix.opt.Now()
	for _, h := range hits {
		if n, ok := pub[h.ID]; ok {
			h.Score = ix.fresh(h.Score, now.Sub(time.Unix(n, 0)))
		}
	}
	// The order is total: hits of equal score and date come by id. Bleve
	// returns such hits in the order of its segments, which a merge in the
	// background changes between two queries, and page 2 would then fold
	// a story shown on page 1 (seen under -race with the CPUs busy).
	slices.SortFunc(hits, func(a, b *bsearch.DocumentMatch) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(pub[b.ID], pub[a.ID]),
			cmp.Compare(len(a.ID), len(b.ID)), cmp.Compare(a.ID, b.ID))
	})
}

// fresh raises the score of recent articles a little, by at most
// Options.Freshness, halving every FreshnessHalfLife: among equally good
// matches the newer comes first, and a much better old match still wins.
func (ix *Index) fresh(score float64, age time.Duration) float64 {
	if ix.opt.Freshness <= 0 {
		return score
	}
	age = max(age, 0)
	return score * (1 + ix.opt.Freshness*math.Exp2(-float64(age)/float64(ix.opt.FreshnessHalfLife)))
}

// hit loads a hit's article from the store and highlights it. A hit whose
// article is gone (its source was removed) is dropped from the page and
// from the index.
func (ix *Index) hit(ctx context.Context, h *bsearch.DocumentMatch, terms map[string]bool) (news.SearchHit, bool, error) {
	id, err := strconv.ParseInt(h.ID, 10, 64)
	if err != nil {
		return news.SearchHit{}, false, nil
	}
	a, err := ix.store.ArticleByID(ctx, id)
	if news.ErrorCode(err) == news.ENOTFOUND {
		if derr := ix.idx.Delete(h.ID); derr != nil {
			ix.opt.Logger.Warn("search: drop removed article", "id", id, "err", derr)
		}
		return news.SearchHit{}, false, nil
	}
	if err != nil {
		return news.SearchHit{}, false, fmt.Errorf("search: load hit %d: %w", id, err)
	}
	return news.SearchHit{
		ID:         a.ID,
		URL:        a.URL,
		Title:      a.Title,
		SourceID:   a.SourceID,
		SourceName: a.SourceName,
		Published:  a.Published,
		Score:      h.Score,
		Story:      a.Story,
		TitleHTML:  Highlight(ix.an, a.Title, terms, 0),
		Snippet:    Highlight(ix.an, a.Text, terms, snippetTokens),
	}, true, nil
}

// ByStory is the default Collapser: the hits of a page that belong to one
// story fold into the best of them, whose More counts the others ("and N
// more sources"). It folds within a page, so a page may show fewer hits
// than its size; articles not yet in a story stand alone. (By relevance,
// the best rescoreWindow matches arrive folded already, across pages,
// when the store tells stories: see run.)
type ByStory struct{}

// Collapse folds hits by story, keeping their order.
func (ByStory) Collapse(_ context.Context, hits []news.SearchHit) ([]news.SearchHit, error) {
	at := map[int64]int{} // story → index of its hit in out
	out := hits[:0:0]
	for _, h := range hits {
		if h.Story == 0 {
			out = append(out, h)
			continue
		}
		if i, ok := at[h.Story]; ok {
			out[i].More++
			continue
		}
		at[h.Story] = len(out)
		out = append(out, h)
	}
	return out, nil
}

// lazyForms are the spellings a reader may have meant by w, typed the lazy
// way the issue names: with or without ال (the light stemmer is not
// invariant under it: ولايات and الولايات, ألعاب and الألعاب stem apart), and
// without a final hamza (السودا for السوداء; the analyzer folds the hamza on
// its carriers but keeps a hamza on the line).
func lazyForms(w string) []string {
	forms := []string{w}
	if r, _ := utf8.DecodeRuneInString(w); r < 0x0621 || r > 0x064A {
		return forms // not an Arabic word
	}
	if rest, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(rest) >= 3 {
		forms = append(forms, rest)
	}
	forms = append(forms, "ال"+w)
	for _, f := range forms[:len(forms):len(forms)] {
		if strings.HasSuffix(f, "ا") || strings.HasSuffix(f, "ي") || strings.HasSuffix(f, "ى") || strings.HasSuffix(f, "و") {
			forms = append(forms, f+"ء")
		}
	}
	return forms
}

// wordTerms is the indexed term of the word w and of its lazy forms (see
// lazyForms); nil when w is not one term (a stop word, or several tokens).
func (ix *Index) wordTerms(w string) []string {
	ts := ix.terms(w)
	if len(ts) != 1 {
		return nil
	}
	out := ts
	for _, f := range lazyForms(w)[1:] {
		if ft := ix.terms(f); len(ft) == 1 && !slices.Contains(out, ft[0]) {
			out = append(out, ft[0])
		}
	}
	return out
}

// inField keeps the terms the field holds: an alternative no document has
// would still count in the disjunction's coordination factor and shrink the
// score of every match.
func (ix *Index) inField(field string, terms []string) []string {
	var out []string
	for i, t := range terms {
		if i == 0 {
			out = append(out, t) // the word as typed always stays
			continue
		}
		d, err := ix.idx.FieldDictRange(field, []byte(t), []byte(t))
		if err != nil {
			continue
		}
		e, err := d.Next()
		d.Close()
		if err == nil && e != nil && e.Term == t && e.Count > 0 {
			out = append(out, t)
		}
	}
	return out
}

// wordQuery finds one typed word in the title (boosted) or the text, in any
// of its lazy forms.
func (ix *Index) wordQuery(w string) bquery.Query {
	return bleve.NewDisjunctionQuery(ix.fieldWord("title", w, ix.opt.TitleBoost), ix.fieldWord("text", w, 1))
}

// fieldWord finds one typed word, in any of its lazy forms, in one field.
func (ix *Index) fieldWord(field, w string, boost float64) bquery.Query {
	terms := ix.wordTerms(w)
	if len(terms) == 0 {
		return ix.allWords(field, w, boost)
	}
	var alts []bquery.Query
	for _, t := range ix.inField(field, terms) {
		q := bleve.NewTermQuery(t)
		q.SetField(field)
		alts = append(alts, q)
	}
	if len(alts) == 1 {
		alts[0].(*bquery.TermQuery).SetBoost(boost)
		return alts[0]
	}
	q := bleve.NewDisjunctionQuery(alts...)
	q.SetBoost(boost)
	return q
}
