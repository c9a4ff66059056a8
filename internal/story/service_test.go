package story

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// TestServiceSample runs the whole path on a sample of SaudiNewsNet in a
// real SQLite file: store, queue, flush in publication order, then the
// similar lists every article page shows. Fast enough for every CI run.
func TestServiceSample(t *testing.T) {
	arts := loadCorpus(t)
	n := 3000
	if testing.Short() {
		n = 1200
	}
	// A contiguous stretch of days, so stories and copies have their members.
	sample := arts[len(arts)/3 : len(arts)/3+n]
	ctx := context.Background()
	// Stored in reverse order: the stories must not depend on it.
	st, batch := storeSample(t, sample, true)
	svc := NewService(st, nil)
	if err := svc.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if svc.Pending() != n {
		t.Fatalf("warm queued %d articles, want %d", svc.Pending(), n)
	}
	start := time.Now()
	if err := svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	t.Logf("%d articles assigned and saved in %v (%.0f/s)", n, took, float64(n)/took.Seconds())

	var withStory, copies, multi int
	stories := map[int64]int{}
	ids := make([]int64, 0, n)
	for _, a := range batch {
		ids = append(ids, a.ID)
	}
	stored, err := st.ArticlesByIDs(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range stored {
		if a.Story != 0 {
			withStory++
		}
		if a.CopyOf != 0 {
			copies++
		}
		stories[a.Story]++
	}
	for _, k := range stories {
		if k > 1 {
			multi++
		}
	}
	t.Logf("%d stories (%d with more than one article), %d copies", len(stories), multi, copies)
	if withStory != n {
		t.Errorf("%d of %d articles have a story", withStory, n)
	}
	if copies < n/20 || multi < n/20 {
		t.Errorf("only %d copies and %d multi-article stories in %d articles of heavy syndication", copies, multi, n)
	}

	// The similar list of every article: not its story, no story twice, no
	// copy of it, and mostly three items or more.
	req := httptest.NewRequest("GET", "/", nil)
	three := 0
	byID := map[int64]news.Article{}
	for _, a := range stored {
		byID[a.ID] = a
	}
	for _, a := range stored {
		items, err := api.SimilarTo(req, st, st, &a, 6)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[int64]bool{}
		root := a.ID
		if a.CopyOf != 0 {
			root = a.CopyOf
		}
		for _, it := range items {
			o := byID[it.ID]
			switch {
			case it.Story == a.Story || o.Story == a.Story:
				t.Errorf("article %d: similar item %d is of its own story %d", a.ID, it.ID, a.Story)
			case seen[o.Story]:
				t.Errorf("article %d: two similar items of story %d", a.ID, o.Story)
			case o.ID == root || o.CopyOf == root:
				t.Errorf("article %d: similar item %d is a copy", a.ID, it.ID)
			}
			seen[o.Story] = true
		}
		if len(items) >= 3 {
			three++
		}
	}
	share := float64(three) / float64(n)
	t.Logf("%.1f%% of articles have three or more similar items", 100*share)
	if share < 0.9 {
		t.Errorf("%.1f%% of articles have three or more similar items, want at least 90%%", 100*share)
	}
}

// TestServiceOrderFree: the stories, copies and tags of a stretch of
// SaudiNewsNet are the same whether the articles were stored oldest or
// newest first, flushed in chunks of 500 or of 7, on one CPU or on four:
// they depend on the order of publication only. The stretch has no two
// articles published in the same second, so it runs again with the times
// cut to the hour, as a feed that gives them so would: articles published
// at the same time go in the order of their URLs, whatever order a crawl
// stored them in.
func TestServiceOrderFree(t *testing.T) {
	arts := loadCorpus(t)
	for _, cut := range []time.Duration{0, time.Hour} {
		t.Run(fmt.Sprintf("cut %v", cut), func(t *testing.T) {
			sample := make([]*news.Article, 400)
			for i, a := range arts[len(arts)/2 : len(arts)/2+400] {
				c := *a
				if cut > 0 {
					c.Published = c.Published.Truncate(cut)
				}
				sample[i] = &c
			}
			orderFree(t, sample)
		})
	}
}

func orderFree(t *testing.T, sample []*news.Article) {
	run := func(reverse bool, batch, procs int) map[string]string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		ctx := context.Background()
		st, as := storeSample(t, sample, reverse)
		svc := NewService(st, nil)
		svc.Batch = batch
		if err := svc.Warm(ctx); err != nil {
			t.Fatal(err)
		}
		if err := svc.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		return storedStories(t, st, as)
	}
	ties := 0
	for i := 1; i < len(sample); i++ {
		if sample[i].Published.Equal(sample[i-1].Published) {
			ties++
		}
	}
	t.Logf("%d articles published in the same second as the one before", ties)
	want := run(false, 500, 1)
	multi := 0
	for _, v := range want {
		if strings.Count(v, "http") > 2 {
			multi++
		}
	}
	if multi < 40 {
		t.Fatalf("only %d of %d articles share a story: the sample tests nothing", multi, len(want))
	}
	sameStories(t, run(true, 7, 4), want, "stored newest first, in chunks of 7 on 4 CPUs", "stored oldest first, in chunks of 500 on 1 CPU")
}

// sameStories reports the articles that storedStories describes otherwise
// in got than in want, each way named.
func sameStories(t *testing.T, got, want map[string]string, gotWay, wantWay string) {
	t.Helper()
	diff := 0
	for u, w := range want {
		if got[u] != w {
			if diff++; diff <= 5 {
				t.Errorf("%s: %s: %s\n%s: %s", u, gotWay, got[u], wantWay, w)
			}
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d articles differ", diff, len(want))
	}
}

// storedStories describes where the engine put each stored article, by URL:
// ids differ with the storing order, so a story is named by its members'
// URLs and a copy by its original's.
func storedStories(t *testing.T, st *sqlite.Store, as []*news.Article) map[string]string {
	t.Helper()
	ids := make([]int64, len(as))
	url := map[int64]string{}
	for i, a := range as {
		ids[i], url[a.ID] = a.ID, a.URL
	}
	stored, err := st.ArticlesByIDs(context.Background(), ids)
	if err != nil {
		t.Fatal(err)
	}
	members := map[int64][]string{}
	for _, a := range stored {
		members[a.Story] = append(members[a.Story], a.URL)
	}
	out := map[string]string{}
	for _, a := range stored {
		m := members[a.Story]
		slices.Sort(m)
		out[a.URL] = fmt.Sprintf("story %q copy of %q tags %q", m, url[a.CopyOf], a.Tags)
	}
	return out
}

// TestServiceRestart: a serve that stops and starts again decides as one
// that ran on. 2,000 SaudiNewsNet articles go through one service; the same
// articles go half through one service, then, stored with the rest, through
// a second one warmed from the store. Every story, copy link and tag is the
// same. A write-up that follows an original loosely is stored as such
// (article_stories.follows): warmed as an original, it had taken a later
// copy of the original as its own copy.
func TestServiceRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("the restart test runs without -short")
	}
	arts := loadCorpus(t)
	n := 2000
	sample := arts[len(arts)/2 : len(arts)/2+n]
	ctx := context.Background()
	flush := func(st *sqlite.Store) {
		svc := NewService(st, nil)
		if err := svc.Warm(ctx); err != nil {
			t.Fatal(err)
		}
		if err := svc.Flush(ctx); err != nil {
			t.Fatal(err)
		}
	}
	st, as := storeSample(t, sample, false)
	flush(st)
	want := storedStories(t, st, as)

	st2, first := storeSample(t, sample[:n/2], false)
	flush(st2)
	sources := map[string]int64{}
	for _, a := range first {
		sources[a.SourceName] = a.SourceID
	}
	var rest []*news.Article
	for _, a := range sample[n/2:] {
		c := *a
		c.ID = 0
		if _, ok := sources[a.SourceName]; !ok {
			s := &news.Source{FeedURL: "import:" + a.SourceName, Name: a.SourceName, Kind: news.KindImport, Added: time.Now()}
			if err := st2.AddSource(ctx, s); err != nil {
				t.Fatal(err)
			}
			sources[a.SourceName] = s.ID
		}
		c.SourceID = sources[a.SourceName]
		rest = append(rest, &c)
	}
	if _, err := st2.PutArticles(ctx, rest); err != nil {
		t.Fatal(err)
	}
	flush(st2)
	got := storedStories(t, st2, append(first, rest...))

	follows := 0
	stored, err := st2.ArticlesByIDs(ctx, func() (ids []int64) {
		for _, a := range first {
			ids = append(ids, a.ID)
		}
		return ids
	}())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range stored {
		if a.Follows != 0 {
			follows++
		}
	}
	if follows == 0 {
		t.Fatal("no write-up follows an original in the first half: the sample tests no restored link")
	}
	sameStories(t, got, want, "after a restart at the middle", "run on")
}

// storeSample stores copies of articles, each outlet a source, in a real
// SQLite file in a temp folder: oldest first, or newest first when reverse.
// It returns the store (closed when the test ends) and the stored copies.
func storeSample(t *testing.T, arts []*news.Article, reverse bool) (*sqlite.Store, []*news.Article) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srcs := map[string]int64{}
	var as []*news.Article
	for _, a := range arts {
		if _, ok := srcs[a.SourceName]; !ok {
			s := &news.Source{FeedURL: "import:" + a.SourceName, Name: a.SourceName, Kind: news.KindImport, Added: time.Now()}
			if err := st.AddSource(ctx, s); err != nil {
				t.Fatal(err)
			}
			srcs[a.SourceName] = s.ID
		}
		c := *a
		c.ID, c.SourceID = 0, srcs[a.SourceName]
		as = append(as, &c)
	}
	if reverse {
		slices.Reverse(as)
	}
	if _, err := st.PutArticles(ctx, as); err != nil {
		t.Fatal(err)
	}
	return st, as
}
