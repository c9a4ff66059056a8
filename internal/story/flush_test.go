package story

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// failingStore is the real SQLite store whose SaveStories fails once, on
// a given call: a full disk cannot be made to happen on cue.
type failingStore struct {
	*sqlite.Store
	calls, failOn int
}

var errDiskFull = errors.New("disk full")

func (f *failingStore) SaveStories(ctx context.Context, u *news.StoryUpdate) error {
	f.calls++
	if f.calls == f.failOn {
		return errDiskFull
	}
	return f.Store.SaveStories(ctx, u)
}

// flushStore is a real SQLite store in a temp folder with one source.
func flushStore(t *testing.T) (*sqlite.Store, *news.Source) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	src := &news.Source{FeedURL: "import:t", Name: "t", Kind: news.KindImport, Added: time.Now()}
	if err := st.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	return st, src
}

// TestFlushSaveFails: when a chunk cannot be saved, Flush says why, what
// was saved stays, and the rest waits in the queue; the next Flush saves
// it, so every article ends with a story.
func TestFlushSaveFails(t *testing.T) {
	ctx := context.Background()
	st, src := flushStore(t)
	t0 := time.Date(2015, 8, 5, 8, 0, 0, 0, time.UTC)
	var batch []*news.Article
	for i := range 10 {
		u := fmt.Sprintf("http://127.0.0.1/n/%d", i)
		batch = append(batch, &news.Article{SourceID: src.ID, URL: u, CanonicalURL: u,
			Title: fmt.Sprintf("خبر رقم %d عن افتتاح مشروع في المدينة", i), Text: "افتتحت البلدية مشروعا جديدا في المدينة اليوم.",
			Published: t0.Add(time.Duration(i) * time.Hour), Fetched: t0})
	}
	if _, err := st.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	fs := &failingStore{Store: st, failOn: 2}
	svc := NewService(fs, nil)
	svc.Batch = 3
	if err := svc.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if err := svc.Flush(ctx); !errors.Is(err, errDiskFull) {
		t.Fatalf("flush: %v, want the save's error", err)
	}
	if got := svc.Pending(); got != 7 {
		t.Errorf("after a failed second chunk of 3, %d queued, want 7", got)
	}
	unassigned, err := st.UnassignedIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(unassigned) != 7 {
		t.Errorf("%d articles without a story after the failure, want 7 (the first chunk saved)", len(unassigned))
	}
	if err := svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if unassigned, _ = st.UnassignedIDs(ctx); len(unassigned) != 0 || svc.Pending() != 0 {
		t.Errorf("after the retry %d without a story, %d queued", len(unassigned), svc.Pending())
	}

	// A cancelled context stops the flush and keeps the queue.
	svc2 := NewService(st, nil)
	more := []*news.Article{{SourceID: src.ID, URL: "http://127.0.0.1/n/x", CanonicalURL: "http://127.0.0.1/n/x", Title: "خبر آخر", Text: "نص آخر.", Published: t0, Fetched: t0}}
	if _, err := st.PutArticles(ctx, more); err != nil {
		t.Fatal(err)
	}
	if err := svc2.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := svc2.Flush(cctx); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled flush: %v", err)
	}
	if svc2.Pending() != 1 {
		t.Errorf("cancelled flush left %d queued, want 1", svc2.Pending())
	}
}

// TestFlushHandsOverAnalysis: Analyzed sees every article Flush reads, in
// publication order a chunk at a time, with the analysis the engine uses.
func TestFlushHandsOverAnalysis(t *testing.T) {
	ctx := context.Background()
	st, src := flushStore(t)
	t0 := time.Date(2015, 8, 5, 8, 0, 0, 0, time.UTC)
	var batch []*news.Article
	for i := range 7 { // stored newest first: ids run against publication
		u := fmt.Sprintf("http://127.0.0.1/n/%d", i)
		batch = append(batch, &news.Article{SourceID: src.ID, URL: u, CanonicalURL: u,
			Title: fmt.Sprintf("خبر رقم %d عن المدينة", i), Text: fmt.Sprintf("نص الخبر رقم %d عن مشروع في المدينة.", i),
			Published: t0.Add(-time.Duration(i) * time.Hour), Fetched: t0})
	}
	if _, err := st.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	svc := NewService(st, nil)
	svc.Batch = 3
	var got []int64
	var sizes []int
	svc.Analyzed = func(as []*news.Article, ans []*Analyzed) {
		sizes = append(sizes, len(as))
		for i, a := range as {
			got = append(got, a.ID)
			title, text := ans[i].Tokens()
			if !slices.Equal(title, arabic.Analyze(a.Title)) || !slices.Equal(text, arabic.Analyze(a.Text)) {
				t.Errorf("article %d: tokens handed over are not its analysis", a.ID)
			}
		}
	}
	if err := svc.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if err := svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	var want []int64
	for i := len(batch) - 1; i >= 0; i-- {
		want = append(want, batch[i].ID)
	}
	if !slices.Equal(got, want) || !slices.Equal(sizes, []int{3, 3, 1}) {
		t.Errorf("handed over %v in chunks %v, want %v in chunks [3 3 1]", got, sizes, want)
	}
}
