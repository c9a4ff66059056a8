package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// TestTwoPhasePhrasesMatchBleve checks the two-phase phrase search against
// Bleve's own phrase query on a corpus of random sentences from a small
// vocabulary (so that words co-occur often and runs are rarer): the same
// articles, and the same count, for every phrase, by relevance and by time,
// with and without the fallback.
func TestTwoPhasePhrasesMatchBleve(t *testing.T) {
	f := newFixture(t)
	vocab := strings.Fields("الملك فهد الدولي ملعب المباراة الرياض جدة وزير الصحة المملكة العربية السعودية مجلس الوزراء افتتاح مشروع")
	r := rand.New(rand.NewPCG(1, 2))
	sentence := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
			if r.IntN(6) == 0 {
				w[i] = "في " + w[i] // a stop word now and then
			}
		}
		return strings.Join(w, " ")
	}
	for i := 0; i < 120; i++ {
		f.put([]string{"سبق", "عكاظ", "الرياض"}[i%3], sentence(4), sentence(25), day(2015, 8, 1).Add(time.Duration(i)*time.Hour))
	}
	f.flush()
	phrases := []string{`"الملك فهد"`, `"الملك فهد الدولي"`, `"وزير الصحة"`, `"مجلس الوزراء افتتاح"`,
		`"ملعب في جدة"`, `"المملكة العربية"`, `"جدة الرياض" الملك`, `"الصحة وزير" -"الملك فهد"`}
	ctx := context.Background()
	defer func(n int) { phraseCandidates = n }(phraseCandidates)
	for _, ph := range phrases {
		q, err := ParseQuery(ph, nil)
		if err != nil {
			t.Fatal(err)
		}
		p := f.ix.plan(ctx, q)
		if len(p.seqs) == 0 {
			t.Fatalf("%s: no phrase planned", ph)
		}
		for _, sort := range []string{news.SortRelevance, news.SortTime} {
			// Bleve's phrase query: every match, in order.
			all, _, err := f.ix.run(ctx, p.query(false), news.SearchRequest{Sort: sort, PageSize: 50, Page: 1})
			if err != nil {
				t.Fatal(err)
			}
			want := hitIDs(all)
			// Two phases, with every candidate seen (1000), and with too few
			// candidates to fill a page of 1 (2: the fallback, or luck).
			for _, c := range []struct{ cands, size int }{{1000, 50}, {4, 1}} {
				phraseCandidates = c.cands
				var got []int64
				var total uint64
				for page := 1; page <= 50/c.size; page++ {
					res, err := f.ix.Search(ctx, news.SearchRequest{Query: ph, Sort: sort, PageSize: c.size, Page: page})
					if err != nil {
						t.Fatal(err)
					}
					got = append(got, ids(res)...)
					total = res.Total
					if len(res.Hits) < c.size {
						break
					}
				}
				name := fmt.Sprintf("%s by %s, %d candidates, pages of %d", ph, sort, c.cands, c.size)
				if total != all.Total {
					t.Errorf("%s: total %d, want %d", name, total, all.Total)
				}
				if sort == news.SortRelevance { // phrase and word scores may order ties apart
					slices.Sort(got)
					want := slices.Sorted(slices.Values(want))
					if !slices.Equal(got, want) {
						t.Errorf("%s: got %v, want %v", name, got, want)
					}
				} else if !slices.Equal(got, want) {
					t.Errorf("%s: got %v, want %v", name, got, want)
				}
			}
		}
	}
}
