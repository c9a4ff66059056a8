package search

import (
	"context"
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/khabar-news/khabar/internal/news"
)

// Exact phrases in two phases.
//
// Bleve's phrase search reads the word positions of every article holding
// all the phrase's words. For two common words ("ولي العهد") that is a
// large part of the index: on 1,000,000 articles such phrases took up to
// 0.9 s. But a phrase match scores as its words do, so the best articles
// holding the phrase are the best articles holding its words that also
// have them in a run. Phase one asks for the best phraseCandidates
// articles holding the words (title or text, as the phrase query would);
// phase two reads the positions of those few and keeps the ones with the
// run.

// phraseCandidates is how many articles phase one hands to phase two, at
// first (a variable so that tests reach the widening on a small index).
// Reading the positions of a candidate walks the postings up to it, so
// the count is what phrase queries cost: 1,000 took twice as long as 250
// on 1,000,000 articles, for the same pages.
var phraseCandidates = 250

// phraseSeq is a phrase's indexed terms and their word offsets from the
// first (a stop word between two leaves a gap, as positions do).
type phraseSeq struct {
	terms []string
	off   []uint64
}

func (ix *Index) phraseSeq(s string) phraseSeq {
	var ps phraseSeq
	first := -1
	for _, t := range ix.an.Analyze([]byte(s)) {
		if first < 0 {
			first = t.Position
		}
		ps.terms = append(ps.terms, string(t.Term))
		ps.off = append(ps.off, uint64(t.Position-first))
	}
	return ps
}

// twoPhase runs a page of a plan with exact phrases as described above.
// When the candidates hold too few runs to fill the page, phase one asks
// for four times as many, until it has seen every article holding the
// words: pages are then always cut from one order (the words' relevance,
// or time), so paging neither repeats nor skips an article (on an index at
// rest: a segment merge renumbers the documents that order equal scores),
// and the rare phrase of common words that are seldom adjacent costs what
// Bleve's phrase query would.
func (ix *Index) twoPhase(ctx context.Context, p *plan, r news.SearchRequest) (*bleve.SearchResult, error) {
	offset := (r.Page - 1) * r.PageSize
	need := offset + r.PageSize
	q := p.looseQuery()
	for size := max(phraseCandidates, 4*need); ; size *= 4 {
		req := bleve.NewSearchRequestOptions(q, size, 0, false)
		if r.Sort == news.SortTime {
			req = timeRequest(q, size, 0)
		}
		sr, err := ix.exec(ctx, req)
		if err != nil {
			return nil, err
		}
		seen := len(sr.Hits)
		kept, err := ix.withPhrases(ctx, sr.Hits, p.seqs)
		if err != nil {
			return nil, err
		}
		complete := sr.Total <= uint64(seen)
		if len(kept) < need && !complete {
			continue
		}
		if complete {
			sr.Total = uint64(len(kept))
		} else { // estimated from the share of candidates that hold the phrases
			sr.Total = uint64(float64(sr.Total)*float64(len(kept))/float64(seen) + 0.5)
		}
		if r.Sort != news.SortTime && offset < rescoreWindow {
			// The freshness boost reorders the runs found among the first
			// phraseCandidates candidates (at most rescoreWindow): the same
			// set whatever the page, so pages cut from it agree.
			first := make(map[*bsearch.DocumentMatch]bool, phraseCandidates)
			for _, h := range sr.Hits[:min(phraseCandidates, seen)] {
				first[h] = true
			}
			w := 0
			for w < len(kept) && w < rescoreWindow && first[kept[w]] {
				w++
			}
			if err := ix.loadPubKeys(ctx, kept[:w]); err != nil {
				return nil, err
			}
			ix.rescore(kept[:w])
		}
		sr.Hits = kept[min(offset, len(kept)):min(need, len(kept))]
		return sr, nil
	}
}

// loadPubKeys sets the stored pubkey of hits, for the freshness boost.
func (ix *Index) loadPubKeys(ctx context.Context, hits bsearch.DocumentMatchCollection) error {
	if len(hits) == 0 {
		return nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(bquery.NewDocIDQuery(ids), len(ids), 0, false)
	req.Score = "none"
	req.Fields = []string{"pubkey"}
	dr, err := ix.exec(ctx, req)
	if err != nil {
		return err
	}
	keys := make(map[string]any, len(dr.Hits))
	for _, h := range dr.Hits {
		keys[h.ID] = h.Fields["pubkey"]
	}
	for _, h := range hits {
		if k, ok := keys[h.ID]; ok {
			h.Fields = map[string]any{"pubkey": k}
		}
	}
	return nil
}

// withPhrases keeps the hits (in their order) whose title or text holds
// every phrase of seqs as a run of words.
func (ix *Index) withPhrases(ctx context.Context, hits bsearch.DocumentMatchCollection, seqs []phraseSeq) (bsearch.DocumentMatchCollection, error) {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("search: phrase: %w", err)
	}
	rd, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("search: phrase: %w", err)
	}
	defer rd.Close()

	// The hits' ids in this reader, in index order: term readers only move
	// forward cheaply.
	type cand struct {
		iid index.IndexInternalID
		at  int
	}
	cands := make([]cand, 0, len(hits))
	for i, h := range hits {
		iid, err := rd.InternalID(h.ID)
		if err != nil {
			return nil, fmt.Errorf("search: phrase: %w", err)
		}
		if iid != nil {
			cands = append(cands, cand{iid, i})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int { return a.iid.Compare(b.iid) })
	ids := make([]index.IndexInternalID, len(cands))
	for i, c := range cands {
		ids[i] = c.iid
	}

	holds := make([]bool, len(cands))
	for i := range holds {
		holds[i] = true
	}
	for _, seq := range seqs {
		// The title first: its postings are short, and an article with the
		// run there needs no look at its text.
		inTitle, err := ix.runs(ctx, rd, "title", seq, ids, holds)
		if err != nil {
			return nil, err
		}
		rest := make([]bool, len(ids))
		for i := range rest {
			rest[i] = holds[i] && !inTitle[i]
		}
		inText, err := ix.runs(ctx, rd, "text", seq, ids, rest)
		if err != nil {
			return nil, err
		}
		for i := range holds {
			holds[i] = holds[i] && (inTitle[i] || inText[i])
		}
	}
	keep := make([]bool, len(hits))
	for i, c := range cands {
		keep[c.at] = holds[i]
	}
	var out bsearch.DocumentMatchCollection
	for i, h := range hits {
		if keep[i] {
			out = append(out, h)
		}
	}
	return out, nil
}

// runs reports, for each of ids (ascending) that check marks, whether
// field holds seq as a run of words there.
func (ix *Index) runs(ctx context.Context, rd index.IndexReader, field string, seq phraseSeq, ids []index.IndexInternalID, check []bool) ([]bool, error) {
	out := slices.Clone(check)
	// starts[i] are the positions where a run may begin in ids[i], narrowed
	// term by term.
	starts := make([][]uint64, len(ids))
	for k, term := range seq.terms {
		tfr, err := rd.TermFieldReader(ctx, []byte(term), field, false, false, true)
		if err != nil {
			return nil, fmt.Errorf("search: phrase: %w", err)
		}
		for i, iid := range ids {
			if !out[i] {
				continue
			}
			d, err := tfr.Advance(iid, nil)
			if err != nil {
				tfr.Close()
				return nil, fmt.Errorf("search: phrase: %w", err)
			}
			if d == nil || !d.ID.Equals(iid) {
				out[i] = false
				continue
			}
			if k == 0 {
				for _, v := range d.Vectors {
					starts[i] = append(starts[i], v.Pos)
				}
				continue
			}
			at := make(map[uint64]bool, len(d.Vectors))
			for _, v := range d.Vectors {
				at[v.Pos] = true
			}
			kept := starts[i][:0]
			for _, s := range starts[i] {
				if at[s+seq.off[k]] {
					kept = append(kept, s)
				}
			}
			starts[i] = kept
			out[i] = len(kept) > 0
		}
		tfr.Close()
	}
	return out, nil
}
