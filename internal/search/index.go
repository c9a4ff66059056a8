// Package search is Khabar's full-text search: a Bleve index in the data
// folder, analyzed with internal/arabic so that indexing and querying fold
// Arabic the same way, kept in step with the store, and a small query
// language of our own on top.
//
// The index is a follower of the store, never ahead of it: articles are
// indexed only after their transaction committed (Process) or read back from
// the store (CatchUp, Rebuild). A watermark in the index's internal storage
// says "every stored article up to this id is indexed"; it is written in the
// same Bleve batch as the documents it covers, so a crash at any moment leaves
// it truthful, and CatchUp at start indexes whatever is above it.
package search

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/mapping"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/khabar-news/khabar/internal/arabic"
	"github.com/khabar-news/khabar/internal/news"
)

// DirName is the index folder inside the data folder.
const DirName = "search.bleve"

// schemaVersion changes when the mapping or the analysis changes in a way
// that needs a rebuild (khabar reindex).
const schemaVersion = "3"

// Internal keys of the index.
var (
	keyWatermark = []byte("khabar.watermark")
	keySchema    = []byte("khabar.schema")
)

// Store is what the index reads from the store. *sqlite.Store has it all.
type Store interface {
	ArticleByID(ctx context.Context, id int64) (*news.Article, error)
	// ArticleIDsAfter and ArticlesAfter scan the store in id order.
	ArticleIDsAfter(ctx context.Context, after int64, limit int) ([]int64, error)
	ArticlesAfter(ctx context.Context, after int64, limit int) ([]news.Article, error)
}

// sourceNamer is the optional part of a store that names a source, for
// articles handed to Process without their source's name.
type sourceNamer interface {
	SourceByID(ctx context.Context, id int64) (*news.Source, error)
}

// Collapser folds hits of one story into one hit (setting More).
type Collapser interface {
	Collapse(ctx context.Context, hits []news.SearchHit) ([]news.SearchHit, error)
}

// Options tune an index. The zero value is the default.
type Options struct {
	Logger *slog.Logger
	// Zone is the zone of after:/before: days and of from/to dates; nil = UTC.
	Zone *time.Location
	// Analyzer is the Bleve analyzer of text fields; "" = AnalyzerName. Only
	// the evaluation sets it (to StockArabic), to compare in one run.
	Analyzer string
	// TitleBoost weighs a match in the title against one in the text; 0 = 3.
	TitleBoost float64
	// Freshness is the most a brand-new article's score is raised (0.1 = 10%),
	// halving every FreshnessHalfLife; 0 = 0.1, negative = none.
	Freshness         float64
	FreshnessHalfLife time.Duration // 0 = 3 days
	// FlushEvery is the longest an article waits in the queue before it is
	// indexed; 0 = 200 ms. BatchSize flushes sooner when that many wait.
	FlushEvery time.Duration
	BatchSize  int // 0 = 1000
	// Collapser folds the hits of a page by story; nil = ByStory.
	Collapser Collapser
	// Now is the clock of the freshness boost; nil = time.Now.
	Now func() time.Time
}

func (o *Options) defaults() {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Zone == nil {
		o.Zone = time.UTC
	}
	if o.Analyzer == "" {
		o.Analyzer = AnalyzerName
	}
	if o.TitleBoost == 0 {
		o.TitleBoost = 3
	}
	if o.Freshness == 0 {
		o.Freshness = 0.1
	}
	if o.FreshnessHalfLife == 0 {
		o.FreshnessHalfLife = 72 * time.Hour
	}
	if o.FlushEvery == 0 {
		o.FlushEvery = 200 * time.Millisecond
	}
	if o.BatchSize == 0 {
		o.BatchSize = 1000
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Collapser == nil {
		o.Collapser = ByStory{}
	}
}

// Index is the search index. It is a news.Processor and a news.Searcher, and
// safe for concurrent use.
type Index struct {
	idx   bleve.Index
	path  string
	store Store
	opt   Options
	an    analysis.Analyzer
	// schema is the schemaVersion the index was built with.
	schema string
	span   span // oldest and newest published, for searches by time

	queue    chan doc
	flushReq chan chan error
	stop     chan struct{}
	done     chan struct{}
	once     sync.Once

	catchMu  sync.Mutex // one CatchUp at a time
	names    sync.Map   // source id → name
	srcNames sourceNames
}

var (
	_ news.Processor = (*Index)(nil)
	_ news.Searcher  = (*Index)(nil)
)

// Path is the index folder in dataDir.
func Path(dataDir string) string { return filepath.Join(dataDir, DirName) }

// Open opens the index in dataDir (creating it when absent) and catches up
// with the store. Another process holding the index (khabar serve) makes it
// fail within a few seconds with a message that says so.
//
// An index built by another version of the mapping or the analysis is
// rebuilt from the store first: a search over a half-understood index would
// quietly sort or match wrong, and the store holds everything it needs.
func Open(ctx context.Context, dataDir string, st Store, opt Options) (*Index, error) {
	ix, err := openAt(Path(dataDir), st, opt)
	if err != nil {
		return nil, err
	}
	if ix.schema != schemaVersion {
		log := ix.opt.Logger
		log.Warn("search: the index was built by another version; rebuilding it from the store", "path", ix.path, "have", ix.schema, "want", schemaVersion)
		if err := ix.Close(); err != nil {
			return nil, err
		}
		t0 := time.Now()
		n, err := Rebuild(ctx, dataDir, st, opt, func(done int64) {
			if done%100_000 == 0 {
				log.Info("search: rebuilding", "indexed", done)
			}
		})
		if err != nil {
			return nil, err
		}
		log.Info("search: rebuilt", "indexed", n, "took", time.Since(t0).Round(time.Second))
		if ix, err = openAt(Path(dataDir), st, opt); err != nil {
			return nil, err
		}
	}
	n, err := ix.CatchUp(ctx, nil)
	if err != nil {
		ix.Close()
		return nil, err
	}
	if n > 0 {
		ix.opt.Logger.Info("search: caught up with the store", "indexed", n)
	}
	return ix, nil
}

// openAt opens or creates the index at path without catching up.
func openAt(path string, st Store, opt Options) (*Index, error) {
	opt.defaults()
	var idx bleve.Index
	var err error
	cfg := map[string]any{"bolt_timeout": "3s"}
	if _, serr := os.Stat(filepath.Join(path, "index_meta.json")); serr == nil {
		idx, err = bleve.OpenUsing(path, cfg)
	} else {
		var m *mapping.IndexMappingImpl
		if m, err = newMapping(opt.Analyzer); err == nil {
			if err = os.RemoveAll(path); err == nil { // a half-created folder from a crash
				idx, err = bleve.NewUsing(path, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, cfg)
			}
		}
		if err == nil {
			err = idx.SetInternal(keySchema, []byte(schemaVersion))
		}
	}
	if err != nil {
		if idx != nil && !isNilIndex(idx) {
			idx.Close()
		}
		if isTimeout(err) {
			return nil, fmt.Errorf("search: open %s: the index is in use by another khabar process (is khabar serve running?): %w", path, err)
		}
		return nil, fmt.Errorf("search: open %s: %w", path, err)
	}
	have, _ := idx.GetInternal(keySchema)
	an := idx.Mapping().AnalyzerNamed(opt.Analyzer)
	if an == nil {
		idx.Close()
		return nil, fmt.Errorf("search: open %s: no analyzer %q", path, opt.Analyzer)
	}
	ix := &Index{
		idx: idx, path: path, store: st, opt: opt, an: an,
		schema:   string(have),
		queue:    make(chan doc, 4*opt.BatchSize),
		flushReq: make(chan chan error),
		stop:     make(chan struct{}),
		done:     make(chan struct{}),
	}
	if v, err := idx.GetInternal(keySpan); err == nil {
		if o, n, ok := decodeSpan(v); ok {
			ix.span.include(o, n)
		}
	}
	go ix.loop()
	return ix, nil
}

// isNilIndex spots the typed nil Bleve returns beside an error.
func isNilIndex(idx bleve.Index) bool {
	v := reflect.ValueOf(idx)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// isTimeout spots bbolt's lock timeout, which is a bare errors.New.
func isTimeout(err error) bool {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if e.Error() == "timeout" {
			return true
		}
	}
	return false
}

// newMapping is the index's schema: every field named, nothing dynamic, no
// _all field (it would double the index), nothing stored but what sorting and
// the freshness boost read (pubkey). Texts keep term positions for exact
// phrases.
//
// published is a date field for range filters only. Sorting and the
// freshness boost read pubkey, the same instant as one fixed-width keyword
// term: doc values of a date field hold each of its 16 prefix-coded terms,
// so sorting by it decompressed ~10× more per article, and on 1,000,000
// articles that was over half the time of all queries (schema 1).
func newMapping(analyzer string) (*mapping.IndexMappingImpl, error) {
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = true
		f.DocValues = false
		return f
	}
	keyword := bleve.NewKeywordFieldMapping()
	keyword.Store, keyword.IncludeInAll, keyword.IncludeTermVectors, keyword.DocValues = false, false, false, false
	date := bleve.NewDateTimeFieldMapping()
	date.Store, date.IncludeInAll, date.DocValues = false, false, false
	pubkey := bleve.NewKeywordFieldMapping()
	pubkey.Store, pubkey.IncludeInAll, pubkey.IncludeTermVectors, pubkey.DocValues = true, false, false, true

	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("title", text())
	dm.AddFieldMappingsAt("text", text())
	dm.AddFieldMappingsAt("source", text())
	dm.AddFieldMappingsAt("tags", text())
	dm.AddFieldMappingsAt("source_id", keyword)
	dm.AddFieldMappingsAt("published", date)
	dm.AddFieldMappingsAt("pubkey", pubkey)

	m := bleve.NewIndexMapping()
	m.DefaultMapping = dm
	m.DefaultAnalyzer = analyzer
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	m.ScoringModel = index.BM25Scoring
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("mapping: %w", err)
	}
	return m, nil
}

// doc is what the index holds of an article.
type doc struct {
	id int64
	m  map[string]any
}

func (ix *Index) toDoc(ctx context.Context, a *news.Article) doc {
	ix.srcNames.seen(a.SourceID)
	src := a.SourceName
	if src == "" && a.SourceID != 0 {
		src = ix.sourceName(ctx, a.SourceID)
	}
	pub := a.Published
	if pub.IsZero() {
		pub = a.Fetched // sorts by time where it appeared
	}
	m := map[string]any{
		"title":     a.Title,
		"text":      a.Text,
		"source":    src,
		"source_id": strconv.FormatInt(a.SourceID, 10),
		"tags":      []string{}, // no tags yet: the field exists so tag: filters parse
	}
	if !pub.IsZero() {
		m["published"] = pub.UTC()
		m["pubkey"] = pubKey(pub)
	}
	return doc{id: a.ID, m: m}
}

// pubKey is t as a term whose byte order is time order: the Unix seconds
// with the sign bit flipped, in 16 hex digits.
func pubKey(t time.Time) string {
	return fmt.Sprintf("%016x", uint64(t.Unix())^(1<<63))
}

// parsePubKey reverses pubKey.
func parsePubKey(s string) (time.Time, bool) {
	if len(s) != 16 {
		return time.Time{}, false
	}
	u, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		return time.Time{}, false
	}
	return time.Unix(int64(u^(1<<63)), 0), true
}

func (ix *Index) sourceName(ctx context.Context, id int64) string {
	if v, ok := ix.names.Load(id); ok {
		return v.(string)
	}
	sn, ok := ix.store.(sourceNamer)
	if !ok {
		return ""
	}
	s, err := sn.SourceByID(ctx, id)
	if err != nil {
		return ""
	}
	ix.names.Store(id, s.Name)
	return s.Name
}

// Process queues a newly stored article; it is searchable within
// Options.FlushEvery (plus the time to index a batch). It blocks when the
// queue is full, so an import runs no faster than the index keeps up.
func (ix *Index) Process(ctx context.Context, a *news.Article) error {
	d := ix.toDoc(ctx, a)
	select {
	case ix.queue <- d:
		return nil
	case <-ix.stop:
		return errors.New("search: process: index closed")
	case <-ctx.Done():
		return fmt.Errorf("search: process: %w", ctx.Err())
	}
}

// Analyzed is an article with its title and text already run through
// arabic.Analyze.
type Analyzed struct {
	Article     *news.Article
	Title, Text []arabic.Token
}

// IndexAnalyzed indexes articles whose analysis is at hand at once, in one
// batch, without analyzing them again. It does not move the watermark: the
// articles may come in any order (an import hands them over in publication
// order), so CatchUp, run after, checks every id and sets it.
func (ix *Index) IndexAnalyzed(ctx context.Context, as []Analyzed) error {
	docs := make([]doc, len(as))
	for i, a := range as {
		docs[i] = ix.toDoc(ctx, a.Article)
		analyzed.put(a.Article.Title, a.Title)
		analyzed.put(a.Article.Text, a.Text)
	}
	defer func() {
		for _, a := range as {
			analyzed.drop(a.Article.Title)
			analyzed.drop(a.Article.Text)
		}
	}()
	return ix.write(docs, nil)
}

// Flush indexes everything queued so far and returns when it is searchable.
func (ix *Index) Flush(ctx context.Context) error {
	ack := make(chan error, 1)
	select {
	case ix.flushReq <- ack:
	case <-ix.done:
		return errors.New("search: flush: index closed")
	case <-ctx.Done():
		return fmt.Errorf("search: flush: %w", ctx.Err())
	}
	select {
	case err := <-ack:
		return err
	case <-ctx.Done():
		return fmt.Errorf("search: flush: %w", ctx.Err())
	}
}

// loop batches queued articles: a batch goes out when it is full, when the
// oldest waited FlushEvery, on Flush and on Close.
func (ix *Index) loop() {
	defer close(ix.done)
	var pend []doc
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	write := func() error {
		if len(pend) == 0 {
			return nil
		}
		err := ix.write(pend, nil)
		if err != nil {
			// The articles stay above the watermark: CatchUp indexes them.
			ix.opt.Logger.Error("search: index batch failed", "articles", len(pend), "err", err)
		}
		pend = pend[:0]
		timer.Stop()
		return err
	}
	drain := func() {
		for {
			select {
			case d := <-ix.queue:
				pend = append(pend, d)
			default:
				return
			}
		}
	}
	for {
		select {
		case d := <-ix.queue:
			pend = append(pend, d)
			if len(pend) == 1 {
				timer.Reset(ix.opt.FlushEvery)
			}
			if len(pend) >= ix.opt.BatchSize {
				write()
			}
		case <-timer.C:
			write()
		case ack := <-ix.flushReq:
			drain()
			ack <- write()
		case <-ix.stop:
			drain()
			write()
			return
		}
	}
}

// write indexes docs in one batch; a non-nil watermark is set in the same
// batch.
func (ix *Index) write(docs []doc, watermark *int64) error {
	b := ix.idx.NewBatch()
	for _, d := range docs {
		if err := b.Index(strconv.FormatInt(d.id, 10), d.m); err != nil {
			return fmt.Errorf("search: index article %d: %w", d.id, err)
		}
	}
	if watermark != nil {
		b.SetInternal(keyWatermark, []byte(strconv.FormatInt(*watermark, 10)))
	}
	ts := make([]int64, 0, len(docs))
	for _, d := range docs {
		if t, ok := d.m["published"].(time.Time); ok {
			ts = append(ts, t.Unix())
		}
	}
	oldest, newest, widened := ix.span.widened(ts)
	if widened {
		b.SetInternal(keySpan, encodeSpan(oldest, newest))
	}
	if err := ix.idx.Batch(b); err != nil {
		return fmt.Errorf("search: index batch: %w", err)
	}
	if widened {
		ix.span.include(oldest, newest)
	}
	return nil
}

// Watermark is the id up to which every stored article is known indexed.
func (ix *Index) Watermark() (int64, error) {
	v, err := ix.idx.GetInternal(keyWatermark)
	if err != nil {
		return 0, fmt.Errorf("search: watermark: %w", err)
	}
	if len(v) == 0 {
		return 0, nil
	}
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("search: watermark %q: %w", v, err)
	}
	return n, nil
}

// scanChunk is how many ids CatchUp checks at once.
const scanChunk = 1000

// CatchUp indexes every stored article above the watermark that the index
// lacks (a crash between store and index, an import while another process
// held the index) and moves the watermark up. progress, when set, gets the
// number of articles checked so far. It returns how many it indexed.
func (ix *Index) CatchUp(ctx context.Context, progress func(checked int64)) (int, error) {
	ix.catchMu.Lock()
	defer ix.catchMu.Unlock()
	w, err := ix.Watermark()
	if err != nil {
		return 0, err
	}
	var indexed int
	var checked int64
	for {
		ids, err := ix.store.ArticleIDsAfter(ctx, w, scanChunk)
		if err != nil {
			return indexed, fmt.Errorf("search: catch up: %w", err)
		}
		if len(ids) == 0 {
			return indexed, nil
		}
		missing, err := ix.missing(ctx, ids)
		if err != nil {
			return indexed, err
		}
		var docs []doc
		if len(missing) > 0 {
			as, err := ix.store.ArticlesAfter(ctx, w, len(ids))
			if err != nil {
				return indexed, fmt.Errorf("search: catch up: %w", err)
			}
			for i := range as {
				if missing[as[i].ID] {
					docs = append(docs, ix.toDoc(ctx, &as[i]))
				}
			}
		}
		last := ids[len(ids)-1]
		if err := ix.write(docs, &last); err != nil {
			return indexed, err
		}
		indexed += len(docs)
		checked += int64(len(ids))
		w = last
		if progress != nil {
			progress(checked)
		}
	}
}

// missing returns which of ids the index lacks.
func (ix *Index) missing(ctx context.Context, ids []int64) (map[int64]bool, error) {
	strs := make([]string, len(ids))
	miss := make(map[int64]bool, len(ids))
	for i, id := range ids {
		strs[i] = strconv.FormatInt(id, 10)
		miss[id] = true
	}
	req := bleve.NewSearchRequestOptions(bquery.NewDocIDQuery(strs), len(ids), 0, false)
	req.Score = "none"
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: catch up: %w", err)
	}
	for _, h := range res.Hits {
		if id, err := strconv.ParseInt(h.ID, 10, 64); err == nil {
			delete(miss, id)
		}
	}
	return miss, nil
}

// Follow runs CatchUp every period until ctx ends, so a server picks up what
// another process (an import) stored while it held the index.
func (ix *Index) Follow(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ix.stop:
			return
		case <-t.C:
			if n, err := ix.CatchUp(ctx, nil); err != nil && ctx.Err() == nil {
				ix.opt.Logger.Error("search: catch up failed", "err", err)
			} else if n > 0 {
				ix.opt.Logger.Info("search: caught up with the store", "indexed", n)
			}
		}
	}
}

// DocCount is the number of articles indexed.
func (ix *Index) DocCount() (uint64, error) {
	n, err := ix.idx.DocCount()
	if err != nil {
		return 0, fmt.Errorf("search: doc count: %w", err)
	}
	return n, nil
}

// Close indexes what is queued and closes the index.
func (ix *Index) Close() error {
	var err error
	ix.once.Do(func() {
		close(ix.stop)
		<-ix.done
		err = ix.idx.Close()
		if err != nil {
			err = fmt.Errorf("search: close: %w", err)
		}
	})
	return err
}

// Rebuild builds a new index of every stored article beside the one in
// dataDir and swaps it in, so a failed rebuild leaves the old index whole.
// Nothing else may hold the index meanwhile. progress gets articles indexed.
func Rebuild(ctx context.Context, dataDir string, st Store, opt Options, progress func(done int64)) (int64, error) {
	final := Path(dataDir)
	tmp := final + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return 0, fmt.Errorf("search: rebuild: %w", err)
	}
	// Make sure nobody holds the current index before spending the time.
	if _, err := os.Stat(final); err == nil {
		cur, err := openAt(final, st, opt)
		if err != nil {
			return 0, fmt.Errorf("search: rebuild: %w", err)
		}
		cur.Close()
	}
	ix, err := openAt(tmp, st, opt)
	if err != nil {
		return 0, fmt.Errorf("search: rebuild: %w", err)
	}
	var done int64
	var after int64
	for {
		as, err := st.ArticlesAfter(ctx, after, ix.opt.BatchSize)
		if err == nil && len(as) == 0 {
			break
		}
		if err != nil {
			ix.Close()
			os.RemoveAll(tmp)
			return done, fmt.Errorf("search: rebuild: %w", err)
		}
		docs := make([]doc, len(as))
		for i := range as {
			docs[i] = ix.toDoc(ctx, &as[i])
		}
		after = as[len(as)-1].ID
		if err := ix.write(docs, &after); err != nil {
			ix.Close()
			os.RemoveAll(tmp)
			return done, fmt.Errorf("search: rebuild: %w", err)
		}
		done += int64(len(as))
		if progress != nil {
			progress(done)
		}
	}
	if err := ix.Compact(ctx); err != nil {
		ix.Close()
		os.RemoveAll(tmp)
		return done, fmt.Errorf("search: rebuild: %w", err)
	}
	if err := ix.Close(); err != nil {
		os.RemoveAll(tmp)
		return done, fmt.Errorf("search: rebuild: %w", err)
	}
	old := final + ".old"
	_ = os.RemoveAll(old)
	if err := os.Rename(final, old); err != nil && !os.IsNotExist(err) {
		return done, fmt.Errorf("search: rebuild: %w", err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return done, fmt.Errorf("search: rebuild: %w", err)
	}
	if err := os.RemoveAll(old); err != nil {
		return done, fmt.Errorf("search: rebuild: remove old index: %w", err)
	}
	return done, nil
}

// Compact merges the index's segments into one and returns when done.
// After a bulk load the merger leaves some ten segments of each size tier,
// and every query looks each of its terms up in every segment; merged, the
// index answers faster and the merger has nothing left to do while it
// serves. Rebuild compacts; the live index is left to the merger's tiers.
func (ix *Index) Compact(ctx context.Context) error {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return fmt.Errorf("search: compact: %w", err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	if err := sc.ForceMerge(ctx, &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		return fmt.Errorf("search: compact: %w", err)
	}
	return ctx.Err()
}

// Size is the bytes the index takes on disk.
func (ix *Index) Size() (int64, error) { return dirSize(ix.path) }

func dirSize(path string) (int64, error) {
	var n int64
	err := filepath.WalkDir(path, func(_ string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			fi, err := d.Info()
			if err != nil {
				return err
			}
			n += fi.Size()
		}
		return nil
	})
	return n, err
}
