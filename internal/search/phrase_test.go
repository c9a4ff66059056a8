package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
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
	// Among equal scores Bleve orders by its internal document numbers, which
	// a background segment merge renumbers: one segment, as `khabar reindex`
	// leaves it, keeps the order between the page requests of one check.
	if err := f.ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
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

// FuzzSearch runs any query, both sorts and a few pages, against a small
// index: the answer is hits or a user's mistake (EINVALID), never another
// error, and never more hits than the page holds.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{`"الملك فهد الدولي"`, `مطار -"الملك فهد" source:سبق`, `"في"`, `""`, `"a b c d"`,
		`after:2015-08-02 before:2015-08-01 مطار`, `tag:x "ملعب في جدة" -source:عكاظ`, "\"قاتـ.ل\" احمد", `«كأس العالم» "`} {
		f.Add(s, uint8(1))
	}
	dir := f.TempDir()
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "khabar.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	fx := &fixture{dir: dir, st: st, srcID: map[string]int64{}}
	ix, err := Open(context.Background(), dir, st, Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer ix.Close()
	fx.ix = ix
	fx.t = f
	for i, txt := range []string{"افتتاح مطار الملك فهد الدولي في جدة.", "ملعب في جدة يستضيف كأس العالم.", "أحمد يلتقي الملك فهد."} {
		fx.put([]string{"سبق", "عكاظ"}[i%2], "خبر "+txt, txt, day(2015, 8, 1+i))
	}
	if err := ix.Flush(context.Background()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string, page uint8) {
		for _, sort := range []string{news.SortRelevance, news.SortTime} {
			r := news.SearchRequest{Query: q, Sort: sort, Page: int(page%4) + 1, PageSize: 2}
			res, err := ix.Search(context.Background(), r)
			if err != nil {
				if news.ErrorCode(err) != news.EINVALID {
					t.Fatalf("%q page %d by %s: %v (not a user's mistake)", q, r.Page, sort, err)
				}
				continue
			}
			if len(res.Hits) > r.PageSize {
				t.Fatalf("%q: %d hits on a page of %d", q, len(res.Hits), r.PageSize)
			}
		}
	})
}
