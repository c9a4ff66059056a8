package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// TestByTimeWindowsMatchFullSort checks the widening windows of a search by
// time against sorting every match: same pages, same total, for words of
// every frequency, over articles spread across two years (some weeks
// empty), and after reopening (the span is read back from the index).
func TestByTimeWindowsMatchFullSort(t *testing.T) {
	f := newFixture(t)
	r := rand.New(rand.NewPCG(3, 4))
	start := day(2014, 1, 1)
	for i := 0; i < 300; i++ {
		text := "خبر عن المدينة"
		if i%3 == 0 {
			text += " والمطر"
		}
		if i%50 == 0 {
			text += " والزلزال"
		}
		// Dense in the last month, sparse before.
		var at time.Time
		if i < 100 {
			at = start.Add(time.Duration(r.IntN(700*24)) * time.Hour)
		} else {
			at = start.Add(700*24*time.Hour + time.Duration(r.IntN(30*24*60))*time.Minute)
		}
		f.put("سبق", fmt.Sprintf("خبر %d", i), text, at)
	}
	f.flush()
	ctx := context.Background()
	check := func(when string) {
		for _, word := range []string{"خبر", "المطر", "الزلزال", "after:2014-06-01 المطر", "before:2015-01-01 خبر"} {
			q, err := ParseQuery(word, nil)
			if err != nil {
				t.Fatal(err)
			}
			bq := f.ix.plan(ctx, q).query(false)
			for _, size := range []int{1, 10, 50} {
				for page := 1; page <= 8; page++ {
					want, err := f.ix.exec(ctx, timeRequest(bq, size, (page-1)*size))
					if err != nil {
						t.Fatal(err)
					}
					got, err := f.ix.Search(ctx, news.SearchRequest{Query: word, Sort: news.SortTime, PageSize: size, Page: page})
					if err != nil {
						t.Fatal(err)
					}
					wantIDs := hitIDs(want)
					if g := ids(got); !slices.Equal(g, wantIDs) || got.Total != want.Total {
						t.Fatalf("%s: %q size %d page %d: got %v (total %d), want %v (total %d)",
							when, word, size, page, g, got.Total, wantIDs, want.Total)
					}
				}
			}
		}
	}
	if o, n := f.ix.span.get(); n == 0 || o >= n {
		t.Fatalf("span not tracked: %d..%d", o, n)
	}
	check("live")
	f.ix.Close()
	f.open()
	if _, n := f.ix.span.get(); n == 0 {
		t.Fatal("span not read back at open")
	}
	check("reopened")
}
