package story

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/khabar-news/khabar/internal/dedup"
	"github.com/khabar-news/khabar/internal/news"
)

// Store is what the service needs of storage.
type Store interface {
	news.StoryStore
	LatestAssigned(ctx context.Context) (time.Time, error)
}

// Service is the news.Processor of copies, stories and tags. Process only
// queues the article; Flush assigns everything queued in publication order
// and saves it, so the result depends on the order of publication and not
// on how many crawl workers stored the articles or in which order a dump
// lists them.
type Service struct {
	store  Store
	engine *Engine
	log    *slog.Logger
	// Batch is how many articles are saved per transaction (500).
	Batch int
	// Progress, when set, is called during Flush with articles done and total.
	Progress func(done, total int)
	// Analyzed, when set, is handed each chunk Flush has read and analyzed,
	// in publication order, before it is tagged and assigned: an import
	// feeds the search index from it rather than analyze each text twice.
	// It runs in the flush's reading stage, which waits for it.
	Analyzed func(as []*news.Article, ans []*Analyzed)

	mu      sync.Mutex // one flush at a time; guards pending
	pending []pending
	warm    bool
}

type pending struct {
	id  int64
	key int64  // publication time, fetch time when unknown
	url string // the canonical URL: the order of articles published at once
}

var _ news.Processor = (*Service)(nil)

// NewService returns a service over st with the default configs.
func NewService(st Store, log *slog.Logger) *Service {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Service{store: st, engine: NewEngine(DefaultConfig(), dedup.DefaultConfig()), log: log, Batch: 500}
}

// Engine is the in-memory engine (for tests and tools).
func (s *Service) Engine() *Engine { return s.engine }

func sortKey(a *news.Article) int64 {
	if a.Published.IsZero() {
		return a.Fetched.UnixNano()
	}
	return a.Published.UnixNano()
}

// Process queues a newly stored article for the next Flush.
func (s *Service) Process(ctx context.Context, a *news.Article) error {
	s.mu.Lock()
	s.pending = append(s.pending, pending{a.ID, sortKey(a), a.CanonicalURL})
	s.mu.Unlock()
	return nil
}

// Pending is the number of queued articles.
func (s *Service) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// Warm rebuilds the engine's window from the stored assignments (the
// stories of the last days, the copy fingerprints, the learned names) and
// queues every article that has no story yet. It is the catch-up at start.
func (s *Service) Warm(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.warm {
		return nil
	}
	latest, err := s.store.LatestAssigned(ctx)
	if err != nil {
		return fmt.Errorf("story: warm: %w", err)
	}
	if !latest.IsZero() {
		since := latest.Add(-s.engine.Dedup.Window() - 24*time.Hour)
		n := 0
		err := s.store.EachAssigned(ctx, since, func(a *news.Article) error {
			p := s.engine.Prepare(a)
			s.engine.Restore(p, a.Story, a.CopyOf, a.Follows)
			n++
			return ctx.Err()
		})
		if err != nil {
			return fmt.Errorf("story: warm: %w", err)
		}
		s.log.Info("story engine warmed", "articles", n, "since", since.Format(time.RFC3339))
	}
	ids, err := s.store.UnassignedIDs(ctx)
	if err != nil {
		return fmt.Errorf("story: warm: %w", err)
	}
	for start := 0; start < len(ids); start += 500 {
		as, err := s.store.ArticlesByIDs(ctx, ids[start:min(start+500, len(ids))])
		if err != nil {
			return fmt.Errorf("story: warm: %w", err)
		}
		for i := range as {
			s.pending = append(s.pending, pending{as[i].ID, sortKey(&as[i]), as[i].CanonicalURL})
		}
	}
	s.warm = true
	return nil
}

// Flush assigns every queued article in publication order and saves the
// results, Batch articles a transaction. Four stages run at once, each over
// the chunks in order: chunk k+2 is read and analyzed on every CPU while
// chunk k+1 is tagged and chunk k assigned, one article after another, and
// chunk k-1 is saved. The tagger and the clusterer are apart and each is
// touched by one stage only, so the result is the one a single loop gives;
// the import's story stage ran 74 s → 42–45 s (see README).
func (s *Service) Flush(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	todo := s.pending
	s.pending = nil
	slices.SortFunc(todo, func(a, b pending) int { return publicationOrder(a.key, b.key, a.url, b.url, a.id, b.id) })
	// An article queued twice is assigned once: a chunk is read before the
	// one ahead of it is saved, so the stored story cannot tell.
	todo = slices.CompactFunc(todo, func(a, b pending) bool { return a.id == b.id })
	batch := max(s.Batch, 1)

	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type chunk struct {
		start, end int // its articles are todo[start:end]; todo[:end] is done once it is
		ans        []*Analyzed
		ps         []*Prepared
		u          *news.StoryUpdate
		err        error
	}
	// stage is one step of the pipeline between two channels: it runs step
	// on each chunk in order and passes it on; an error is passed on as is
	// and ends it.
	stage := func(in <-chan chunk, out chan<- chunk, step func(*chunk)) {
		defer close(out)
		for c := range in {
			if c.err == nil {
				step(&c)
			}
			select {
			case out <- c:
			case <-ctx.Done():
				return
			}
			if c.err != nil {
				return
			}
		}
	}
	// The chunks' bounds, all queued at once: they are few.
	bounds := make(chan chunk, (len(todo)+batch-1)/batch)
	for start := 0; start < len(todo); start += batch {
		bounds <- chunk{start: start, end: min(start+batch, len(todo))}
	}
	close(bounds)
	read := make(chan chunk, 1)
	assigned := make(chan chunk, 1)
	var wg sync.WaitGroup
	wg.Go(func() {
		stage(bounds, read, func(c *chunk) { c.ans, c.err = s.readChunk(ctx, todo[c.start:c.end]) })
	})
	tagged := make(chan chunk, 1)
	wg.Go(func() { stage(read, tagged, func(c *chunk) { c.ps = s.tagAll(c.ans); c.ans = nil }) })
	// The stories whose related stories wait for the next chunk (see assign).
	later := map[int64]bool{}
	wg.Go(func() {
		stage(tagged, assigned, func(c *chunk) { c.u = s.assign(c.ps, later, c.end == len(todo)); c.ps = nil })
	})
	done := 0
	var err error
	for c := range assigned {
		if err = c.err; err == nil {
			err = s.store.SaveStories(ctx, c.u)
		}
		if err != nil {
			err = fmt.Errorf("story: flush: %w", err)
			break
		}
		done = c.end
		if s.Progress != nil {
			s.Progress(done, len(todo))
		}
	}
	cancel()
	wg.Wait()
	if done < len(todo) {
		// What was not saved goes back in the queue for the next try. (The
		// engine has seen some of it; a retry adds it again, as it did when
		// the stages ran one after another.)
		s.pending = append(s.pending, todo[done:]...)
		if err == nil {
			err = fmt.Errorf("story: flush: %w", cmp.Or(parent.Err(), context.Canceled))
		}
	}
	return err
}

// readChunk loads the queued articles that have no story yet and analyzes
// them on every CPU: analysis needs no engine state and is much of the work.
func (s *Service) readChunk(ctx context.Context, chunk []pending) ([]*Analyzed, error) {
	ids := make([]int64, len(chunk))
	for i, p := range chunk {
		ids[i] = p.id
	}
	as, err := s.store.ArticlesByIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	todo := make([]*news.Article, 0, len(as))
	for i := range as {
		if as[i].Story == 0 { // else assigned already (a second flush of the same article)
			todo = append(todo, &as[i])
		}
	}
	ans := AnalyzeAll(todo)
	if s.Analyzed != nil {
		s.Analyzed(todo, ans)
	}
	return ans, nil
}

// tagAll tags analyzed articles one by one, in order. The tagger is state
// of its own (the names it learns), apart from the clusterer's, so chunk
// k+1 is tagged while chunk k is assigned.
func (s *Service) tagAll(ans []*Analyzed) []*Prepared {
	ps := make([]*Prepared, len(ans))
	for i, an := range ans {
		ps[i] = s.engine.Tag(an)
	}
	return ps
}

// assign assigns tagged articles one by one, in order, and gathers what is
// to be saved: the articles' stories, copies and tags, the touched stories'
// headlines and tags, and related stories.
//
// A story's related stories are scored once the chunks stop touching it:
// those touched by this chunk wait in later for the next one, and those
// that waited and were not touched again are scored now; the last chunk
// (last) scores all. A story active over several chunks of an import was
// scored after each, and each list replaced the one before: the scoring
// was 8.8 s of the 113 s of CPU of a whole-corpus import and its writes
// 2.9 s, and 30 % of the lists were replaced so. A flush of one chunk, as the
// crawl's are, scores every touched story at its end, as before. A flush
// that fails leaves the lists of the stories waiting as they were.
func (s *Service) assign(ps []*Prepared, later map[int64]bool, last bool) *news.StoryUpdate {
	u := &news.StoryUpdate{Merged: map[int64]int64{}, Headlines: map[int64]int64{}, Tags: map[int64][]string{},
		Related: map[int64][]news.Related{}}
	c := s.engine.Clusterer
	score := func(sid int64) {
		if _, done := u.Related[sid]; done {
			return
		}
		u.Related[sid] = nil
		for _, r := range c.Related(sid, 10) {
			u.Related[sid] = append(u.Related[sid], news.Related{StoryID: r.Story, Score: r.Score})
		}
	}
	// A waiting story this chunk may drop from the window (a chunk of a
	// slow stream can span days) is scored before it.
	end := c.newest
	for _, p := range ps {
		end = max(end, p.Doc.Time.UnixNano())
	}
	for sid := range later {
		if rid := c.Resolve(sid); c.stories[rid] == nil || c.stories[rid].last < end-int64(c.cfg.Window) {
			score(rid)
			delete(later, sid)
		}
	}
	results := make([]Result, 0, len(ps))
	for _, p := range ps {
		r := s.engine.Assign(p)
		results = append(results, r)
		for _, g := range r.Merged {
			u.Merged[g] = 0
		}
	}
	touched := map[int64]bool{}
	for _, r := range results {
		sid := c.StoryOf(r.Article)
		names := make([]string, len(r.Tags))
		for i, t := range r.Tags {
			names[i] = t.Name
		}
		u.Articles = append(u.Articles, news.ArticleStory{ArticleID: r.Article, StoryID: sid, CopyOf: r.CopyOf, Follows: r.Follows, Tags: names})
		touched[sid] = true
	}
	for g := range u.Merged {
		u.Merged[g] = c.Resolve(g)
		touched[c.Resolve(g)] = true
	}
	for sid := range touched {
		u.Headlines[sid] = c.Headline(sid)
		u.Tags[sid] = c.Tags(sid, 8)
	}
	for sid := range later {
		delete(later, sid)
		if sid = c.Resolve(sid); !touched[sid] {
			score(sid)
		}
	}
	for sid := range touched {
		if last {
			score(sid)
		} else {
			later[sid] = true
		}
	}
	return u
}

// Run flushes every period until ctx ends (the serve loop), and once more
// at the end.
func (s *Service) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			if err := s.Flush(context.WithoutCancel(ctx)); err != nil {
				s.log.Error("story flush failed", "err", err)
			}
			return
		case <-t.C:
			if s.Pending() == 0 {
				continue
			}
			if err := s.Flush(ctx); err != nil && ctx.Err() == nil {
				s.log.Error("story flush failed", "err", err)
			}
		}
	}
}
