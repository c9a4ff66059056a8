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

// scoringStore is the real SQLite store that notes, for each update, the
// stories whose related stories were scored into it, and how many each got.
type scoringStore struct {
	*sqlite.Store
	scored []map[int64]int
}

func (s *scoringStore) SaveStories(ctx context.Context, u *news.StoryUpdate) error {
	m := map[int64]int{}
	for id, rs := range u.Related {
		m[id] = len(rs)
	}
	s.scored = append(s.scored, m)
	return s.Store.SaveStories(ctx, u)
}

// TestFlushScoresRelatedOnce: a story's related stories are scored once
// the chunks stop touching it, so once for a story two chunks in a row
// touched; every story is scored by the end of the flush, and one that the
// next chunk drops from the window is scored while it is still there.
func TestFlushScoresRelatedOnce(t *testing.T) {
	ctx := context.Background()
	st, src := flushStore(t)
	t0 := time.Date(2015, 8, 5, 8, 0, 0, 0, time.UTC)
	// Five matches of one league, the second reported twice: five stories,
	// related by the league's words. Chunks of two: [A B] [B C] [D E]; E
	// is five days after the rest, past the 72 h window, so C waits on a
	// chunk that drops it.
	texts := []struct{ title, text string }{
		{"الهلال يفوز على النصر بثلاثية في الدوري", "فاز فريق الهلال على النصر بثلاثة أهداف في مباراة الدوري السعودي لكرة القدم على ملعب الملك فهد"},
		{"الاتحاد يتعادل مع الأهلي في جدة", "تعادل الاتحاد مع الأهلي بهدف لمثله في مباراة الدوري السعودي لكرة القدم على ملعب الجوهرة"},
		{"تعادل الاتحاد والأهلي يشعل المنافسة", "أشعل تعادل الاتحاد مع الأهلي بهدف لمثله المنافسة في الدوري السعودي لكرة القدم بعد مباراة الجوهرة"},
		{"الشباب يهزم الفتح بهدفين", "هزم الشباب الفتح بهدفين نظيفين في مباراة الدوري السعودي لكرة القدم على ملعب الأمير فيصل بن فهد"},
		{"التعاون يتغلب على الرائد في بريدة", "تغلب التعاون على الرائد بهدف في مباراة الدوري السعودي لكرة القدم على ملعب الملك عبدالله ببريدة"},
		{"الفيصلي يكسب الخليج في المجمعة", "كسب الفيصلي الخليج بهدفين في مباراة الدوري السعودي لكرة القدم على ملعب المجمعة"},
	}
	at := []time.Duration{0, time.Hour, 2 * time.Hour, 3 * time.Hour, 4 * time.Hour, 120 * time.Hour}
	var batch []*news.Article
	for i, x := range texts {
		u := fmt.Sprintf("http://127.0.0.1/m/%d", i)
		batch = append(batch, &news.Article{SourceID: src.ID, URL: u, CanonicalURL: u, Title: x.title, Text: x.text,
			Published: t0.Add(at[i]), Fetched: t0})
	}
	if _, err := st.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	ss := &scoringStore{Store: st}
	svc := NewService(ss, nil)
	svc.Batch = 2
	// The clusterer drops the stories past the window every 256 articles:
	// started 250 in, it does so as it takes E, the sixth.
	svc.engine.Clusterer.added = 250
	if err := svc.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if err := svc.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	stored, err := st.ArticlesByIDs(ctx, []int64{batch[0].ID, batch[1].ID, batch[2].ID, batch[3].ID, batch[4].ID, batch[5].ID})
	if err != nil {
		t.Fatal(err)
	}
	story := map[int64]int64{}
	for _, a := range stored {
		story[a.ID] = a.Story
	}
	a, b, c, d, e := story[batch[0].ID], story[batch[1].ID], story[batch[3].ID], story[batch[4].ID], story[batch[5].ID]
	if story[batch[2].ID] != b || len(map[int64]bool{a: true, b: true, c: true, d: true, e: true}) != 5 {
		t.Fatalf("stories %v: the fixture wants five, the two draw reports in one", story)
	}
	times, got := map[int64]int{}, map[int64]int{}
	for _, m := range ss.scored {
		for id, n := range m {
			times[id]++
			got[id] = n
		}
	}
	for name, id := range map[string]int64{"A": a, "B": b, "C": c, "D": d, "E": e} {
		if times[id] != 1 {
			t.Errorf("story %s (%d) scored %d times, want once (scored per chunk: %v)", name, id, times[id], ss.scored)
		}
	}
	// C waited on the chunk that dropped it: it was scored while live,
	// against A and B.
	if got[c] == 0 {
		t.Errorf("story C scored with no related story, want its league neighbours (scored per chunk: %v)", ss.scored)
	}
}
