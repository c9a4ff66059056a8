package search

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/khabar-news/khabar/internal/news"
)

// sourceLister is the optional part of a store that lists the sources, so
// that source:NAME resolves to source ids. *sqlite.Store has it.
type sourceLister interface {
	ListSources(ctx context.Context) ([]news.Source, error)
}

// sourceTTL is how long a resolved list of sources is trusted. A source
// added since is also noticed at once: indexing an article of a source id
// the list lacks drops the list.
const sourceTTL = 30 * time.Second

// sourceNames resolves source names to ids. Matching a name as a phrase in
// the index's source field read the positions of every article of the
// source: on 1,000,000 articles a source filter was the slowest kind of
// query (p99 377 ms). A name matches the same way (its folded words in
// order, anywhere in the source's name), but against the few sources, and
// the filter becomes a term query on source_id.
type sourceNames struct {
	mu   sync.Mutex
	at   time.Time
	list []namedSource
	ids  map[int64]bool
}

type namedSource struct {
	id    int64
	terms []string
}

// seen drops the list when id is a source it does not know.
func (sn *sourceNames) seen(id int64) {
	sn.mu.Lock()
	defer sn.mu.Unlock()
	if sn.ids != nil && !sn.ids[id] {
		sn.list, sn.ids = nil, nil
	}
}

// resolve returns the ids of the sources whose name holds terms (in order),
// and false when the store cannot list its sources.
func (ix *Index) resolveSource(ctx context.Context, terms []string) ([]int64, bool) {
	sl, ok := ix.store.(sourceLister)
	if !ok {
		return nil, false
	}
	sn := &ix.srcNames
	sn.mu.Lock()
	defer sn.mu.Unlock()
	if sn.ids == nil || time.Since(sn.at) > sourceTTL {
		srcs, err := sl.ListSources(ctx)
		if err != nil {
			ix.opt.Logger.Warn("search: list sources; source: matches by phrase", "err", err)
			return nil, false
		}
		sn.list, sn.ids, sn.at = sn.list[:0], map[int64]bool{}, time.Now()
		for _, s := range srcs {
			sn.ids[s.ID] = true
			if ts := ix.terms(s.Name); len(ts) > 0 {
				sn.list = append(sn.list, namedSource{id: s.ID, terms: ts})
			}
		}
	}
	var ids []int64
	for _, s := range sn.list {
		if holds(s.terms, terms) {
			ids = append(ids, s.id)
		}
	}
	return ids, true
}

// holds reports whether sub occurs in seq as a run.
func holds(seq, sub []string) bool {
	for i := 0; i+len(sub) <= len(seq); i++ {
		if slices.Equal(seq[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// sourceQuery matches a source by id or by name (folded like any text, so
// source:الشرق_الاوسط finds الشرق الأوسط); nil when the name has no word.
// A name no source has matches nothing.
func (ix *Index) sourceQuery(ctx context.Context, s string) bquery.Query {
	idTerm := func(id int64) bquery.Query {
		t := bleve.NewTermQuery(strconv.FormatInt(id, 10))
		t.SetField("source_id")
		return t
	}
	if id, err := strconv.ParseInt(s, 10, 64); err == nil && id > 0 {
		return idTerm(id)
	}
	ts := ix.terms(underscoresToSpaces(s))
	if len(ts) == 0 {
		return nil
	}
	ids, ok := ix.resolveSource(ctx, ts)
	if !ok {
		return ix.fieldPhrase("source", underscoresToSpaces(s))
	}
	if len(ids) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	qs := make([]bquery.Query, len(ids))
	for i, id := range ids {
		qs[i] = idTerm(id)
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}
