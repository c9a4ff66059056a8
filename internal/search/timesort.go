package search

import (
	"context"
	"encoding/binary"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/khabar-news/khabar/internal/news"
)

// Newest first, in widening windows.
//
// Sorting matches by time reads the date of every match: for a common word
// on 1,000,000 articles that is hundreds of thousands of doc values, most
// of them for articles far older than the page shown. But the newest
// matches are among the newest articles: ask for the matches of the last
// week first, then of four weeks, sixteen..., until a window holds the
// page. Inside the window the date range drives the search (it is the
// smaller side of the conjunction), so a common word costs what its
// matches of that week cost. The total is counted apart, without scores
// or dates.

// keySpan is the index's internal key of the oldest and newest published
// time it holds (Unix seconds, two big-endian int64).
var keySpan = []byte("khabar.span")

// firstWindow is the first window of a search by time.
const firstWindow = 7 * 24 * time.Hour

// span is the oldest and newest published time in the index; it only
// widens (a removed article leaves it as it was, which costs a window at
// most).
type span struct {
	mu             sync.Mutex
	oldest, newest int64 // Unix seconds; newest == 0: unknown
}

func (s *span) get() (oldest, newest int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.oldest, s.newest
}

// widened returns the span with ts added and whether that differs from
// the span now; it changes nothing (include does, once the batch is in).
func (s *span) widened(ts []int64) (oldest, newest int64, changed bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	oldest, newest = s.oldest, s.newest
	for _, t := range ts {
		if newest == 0 {
			oldest, newest, changed = t, t, true
			continue
		}
		if t < oldest {
			oldest, changed = t, true
		}
		if t > newest {
			newest, changed = t, true
		}
	}
	return oldest, newest, changed
}

// include widens the span to hold oldest and newest (never narrows it:
// batches may finish in any order).
func (s *span) include(oldest, newest int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.newest == 0 {
		s.oldest, s.newest = oldest, newest
		return
	}
	s.oldest, s.newest = min(s.oldest, oldest), max(s.newest, newest)
}

func encodeSpan(oldest, newest int64) []byte {
	b := make([]byte, 16)
	binary.BigEndian.PutUint64(b, uint64(oldest))
	binary.BigEndian.PutUint64(b[8:], uint64(newest))
	return b
}

func decodeSpan(b []byte) (oldest, newest int64, ok bool) {
	if len(b) != 16 {
		return 0, 0, false
	}
	return int64(binary.BigEndian.Uint64(b)), int64(binary.BigEndian.Uint64(b[8:])), true
}

// byTime runs one page of q newest first.
func (ix *Index) byTime(ctx context.Context, q bquery.Query, r news.SearchRequest) (*bleve.SearchResult, error) {
	offset := (r.Page - 1) * r.PageSize
	need := offset + r.PageSize
	oldest, newest := ix.span.get()
	if newest != 0 {
		for w := firstWindow; ; w *= 4 {
			from := time.Unix(newest, 0).Add(-w)
			if from.Unix() <= oldest {
				break // the window is the whole index
			}
			yes := true
			dr := bleve.NewDateRangeInclusiveQuery(from, time.Time{}, &yes, nil)
			dr.SetField("published")
			sr, err := ix.exec(ctx, timeRequest(bleve.NewConjunctionQuery(dr, q), need, 0))
			if err != nil {
				return nil, err
			}
			if len(sr.Hits) < need {
				continue
			}
			count := bleve.NewSearchRequestOptions(q, 0, 0, false)
			count.Score = "none"
			all, err := ix.exec(ctx, count)
			if err != nil {
				return nil, err
			}
			sr.Total = all.Total
			sr.Hits = sr.Hits[offset:need]
			return sr, nil
		}
	}
	return ix.exec(ctx, timeRequest(q, r.PageSize, offset))
}

// timeRequest asks for a page newest first. Scores are not computed: they
// do not order this page, and computing them for every match was a third of
// the work (hits sorted by time carry score 0).
func timeRequest(q bquery.Query, size, from int) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(q, size, from, false)
	req.Score = "none"
	req.SortBy([]string{"-pubkey"})
	return req
}
