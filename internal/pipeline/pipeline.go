// Package pipeline wires the stages of Khabar: it discovers article URLs from
// each source's feed (and, with backfill, the sitemaps its robots.txt names),
// fetches each new article politely, extracts it and stores it. It owns the
// order of work, not the work itself: fetching, parsing, extraction and storage
// are their own packages.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/khabar-news/khabar/internal/extract"
	"github.com/khabar-news/khabar/internal/feed"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/metrics"
	"github.com/khabar-news/khabar/internal/news"
)

// Pipeline crawls sources into the store.
type Pipeline struct {
	Store   news.Store
	Fetch   *fetch.Client
	Extract extract.Extractor
	Metrics *metrics.Metrics // may be nil
	Log     *slog.Logger
	Workers int            // hosts processed at once
	Zone    *time.Location // for page dates without a zone
	Every   time.Duration  // base period of the scheduler, for source backoff
	// Progress, when set, is called after each article is done (stored,
	// known or failed) with the counts so far. It must be cheap.
	Progress func(done, total int)
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Processors see each newly stored article (index, copies, stories).
	Processors []news.Processor

	maxSitemaps int
}

// Summary is what one crawl did.
type Summary struct {
	SourcesOK      int               `json:"sources_ok"`
	SourcesFailed  int               `json:"sources_failed"`
	SourceErrors   map[string]string `json:"source_errors,omitempty"` // feed URL -> error
	Pages          int               `json:"pages_fetched"`           // feeds, sitemaps and articles
	Discovered     int               `json:"discovered"`
	Stored         int               `json:"stored"`
	Known          int               `json:"already_known"`
	Failed         int               `json:"failed"`
	FailedByReason map[string]int    `json:"failed_by_reason,omitempty"`
	Duration       time.Duration     `json:"duration_ns"`
}

// String is the summary as one would print it at the end of a crawl.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "sources: %d ok, %d failed\n", s.SourcesOK, s.SourcesFailed)
	var feeds []string
	for u := range s.SourceErrors {
		feeds = append(feeds, u)
	}
	sort.Strings(feeds)
	for _, u := range feeds {
		fmt.Fprintf(&b, "  failed source %s: %s\n", u, s.SourceErrors[u])
	}
	fmt.Fprintf(&b, "pages fetched: %d\n", s.Pages)
	fmt.Fprintf(&b, "articles: %d discovered, %d stored, %d already known, %d failed\n", s.Discovered, s.Stored, s.Known, s.Failed)
	var reasons []string
	for r := range s.FailedByReason {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(&b, "  failed %s: %d\n", r, s.FailedByReason[r])
	}
	fmt.Fprintf(&b, "took %s\n", s.Duration.Round(time.Millisecond))
	return b.String()
}

// candidate is one article URL found in a feed or sitemap, with what the feed
// said about it.
type candidate struct {
	url    string
	source *news.Source
	item   feed.Item
}

// tally collects a crawl's counts from many goroutines.
type tally struct {
	mu       sync.Mutex
	s        Summary
	pages    atomic.Int64
	done     atomic.Int64
	total    atomic.Int64
	reasons  map[string]int
	sitemaps map[string]bool // fetched in this crawl, shared by sources of one site
}

func (t *tally) fail(reason string) {
	t.mu.Lock()
	t.s.Failed++
	t.reasons[reason]++
	t.mu.Unlock()
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Pipeline) log() *slog.Logger {
	if p.Log != nil {
		return p.Log
	}
	return slog.Default()
}

// Crawl does one pass over sources: discovery, then every new article, and
// returns when each discovered article is stored or has failed. It returns an
// error only when ctx ends or the store fails; a source or page that fails is
// counted in the summary.
func (p *Pipeline) Crawl(ctx context.Context, sources []news.Source, backfill bool) (Summary, error) {
	start := time.Now()
	t := &tally{reasons: map[string]int{}}
	t.s.SourceErrors = map[string]string{}

	// Discovery: every source at once, bounded; the fetch client keeps each
	// host to one request at a time whatever we do here.
	var mu sync.Mutex
	var cands []candidate
	// Health, with the feed's new ETag, is written only after the articles
	// are done: a crawl killed half-way must not leave a validator that hides
	// the unfetched items behind a 304 next time.
	srcErrs := make([]error, len(sources))
	sem := make(chan struct{}, p.workers())
	var wg sync.WaitGroup
	for i := range sources {
		src := &sources[i]
		if src.Kind == news.KindImport {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			found, err := p.discover(ctx, src, backfill, t)
			srcErrs[i] = err
			t.mu.Lock()
			if err != nil {
				t.s.SourcesFailed++
				t.s.SourceErrors[src.FeedURL] = err.Error()
				p.log().Warn("source failed", "source", src.Name, "url", src.FeedURL, "err", err)
			} else {
				t.s.SourcesOK++
			}
			t.mu.Unlock()
			mu.Lock()
			cands = append(cands, found...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return p.finish(t, start), err
	}
	for i := range sources {
		// A source that failed outright gets its backoff now; there is nothing
		// of it to wait for.
		if srcErrs[i] != nil {
			p.recordHealth(ctx, &sources[i], srcErrs[i])
		}
	}

	byHost := p.plan(cands)
	for _, list := range byHost {
		t.total.Add(int64(len(list)))
		t.s.Discovered += len(list)
	}
	p.gauge(float64(t.total.Load()))

	// Articles: one goroutine per host works through that host's list in
	// order; the fetch client spaces the requests.
	hosts := make([]string, 0, len(byHost))
	for h := range byHost {
		hosts = append(hosts, h)
	}
	// Big hosts first, so the longest queue starts earliest.
	sort.Slice(hosts, func(i, j int) bool { return len(byHost[hosts[i]]) > len(byHost[hosts[j]]) })
	var storeErr error
	var storeOnce sync.Once
	for _, h := range hosts {
		list := byHost[h]
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			for _, c := range list {
				if ctx.Err() != nil {
					return
				}
				if err := p.article(ctx, c, t); err != nil {
					storeOnce.Do(func() { storeErr = err })
					return
				}
				done := t.done.Add(1)
				p.gauge(float64(t.total.Load() - done))
				if p.Progress != nil {
					p.Progress(int(done), int(t.total.Load()))
				}
			}
		}()
	}
	wg.Wait()
	if ctx.Err() == nil && storeErr == nil {
		for i := range sources {
			if sources[i].Kind != news.KindImport && srcErrs[i] == nil {
				p.recordHealth(ctx, &sources[i], srcErrs[i])
			}
		}
	}
	sum := p.finish(t, start)
	if storeErr != nil {
		return sum, storeErr
	}
	return sum, ctx.Err()
}

func (p *Pipeline) workers() int {
	if p.Workers < 1 {
		return 8
	}
	return p.Workers
}

func (p *Pipeline) gauge(v float64) {
	if p.Metrics != nil {
		p.Metrics.QueueDepth.Set(v)
	}
}

func (p *Pipeline) finish(t *tally, start time.Time) Summary {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.s
	s.Pages = int(t.pages.Load())
	s.FailedByReason = map[string]int{}
	for k, v := range t.reasons {
		s.FailedByReason[k] = v
	}
	s.Duration = time.Since(start)
	return s
}

// plan merges the candidates found for one URL (a feed item and a sitemap
// entry for the same article), drops what is stored already, and groups the
// rest by host.
func (p *Pipeline) plan(cands []candidate) map[string][]candidate {
	merged := map[string]int{}
	var uniq []candidate
	for _, c := range cands {
		if i, ok := merged[c.url]; ok {
			u := &uniq[i]
			if u.item.Title == "" {
				u.item.Title = c.item.Title
			}
			if u.item.Published.IsZero() {
				u.item.Published = c.item.Published
			}
			if u.item.Author == "" {
				u.item.Author = c.item.Author
			}
			continue
		}
		merged[c.url] = len(uniq)
		uniq = append(uniq, c)
	}
	byHost := map[string][]candidate{}
	for _, c := range uniq {
		u, err := url.Parse(c.url)
		if err != nil {
			continue
		}
		byHost[u.Host] = append(byHost[u.Host], c)
	}
	return byHost
}

// article fetches, extracts and stores one candidate. It returns an error only
// for a store failure, which stops the crawl; everything else is counted.
func (p *Pipeline) article(ctx context.Context, c candidate, t *tally) error {
	id, err := p.Store.ArticleIDByURL(ctx, c.url)
	if err != nil {
		return fmt.Errorf("pipeline: lookup %s: %w", c.url, err)
	}
	if id != 0 {
		t.mu.Lock()
		t.s.Known++
		t.mu.Unlock()
		return nil
	}
	fail := func(reason string, err error) error {
		t.fail(reason)
		if p.Metrics != nil {
			p.Metrics.ArticlesFailed.WithLabelValues(reason).Inc()
		}
		p.log().Info("article failed", "source", c.source.Name, "url", c.url, "reason", reason, "err", err)
		if rerr := p.Store.RecordFailure(ctx, news.Failure{URL: c.url, SourceID: c.source.ID, Reason: reason, Detail: err.Error(), At: p.now()}); rerr != nil && ctx.Err() == nil {
			return fmt.Errorf("pipeline: record failure %s: %w", c.url, rerr)
		}
		return nil
	}

	resp, err := p.Fetch.Get(ctx, fetch.Request{URL: c.url, Kind: "page"})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		if fetch.Reason(err) != "robots" {
			t.pages.Add(1)
		}
		return fail(fetch.Reason(err), err)
	}
	t.pages.Add(1)
	final := c.url
	if n, err := fetch.NormalizeURL(resp.URL); err == nil {
		final = n
	}
	aliases := []string{c.url}
	if final != c.url {
		aliases = append(aliases, final)
		if known, err := p.known(ctx, final, aliases, t); known || err != nil {
			return err
		}
	}

	res, err := p.Extract.Extract(ctx, extract.Input{HTML: resp.Body, ContentType: resp.ContentType, URL: final, Fetched: p.now(), DefaultZone: p.Zone})
	if err != nil {
		if errors.Is(err, extract.ErrNoText) {
			return fail("no_text", err)
		}
		return fail("extract", err)
	}
	canonical := final
	if res.CanonicalURL != "" {
		if cu, err := fetch.NormalizeURL(res.CanonicalURL); err == nil && sameSite(cu, final) {
			canonical = cu
		}
	}
	if canonical != final {
		if known, err := p.known(ctx, canonical, aliases, t); known || err != nil {
			return err
		}
	}

	a := &news.Article{
		SourceID:     c.source.ID,
		URL:          c.url,
		CanonicalURL: canonical,
		Text:         res.Text,
		Language:     res.Language,
		Fetched:      p.now().UTC(),
	}
	a.Title, a.Author, a.Published = Merge(res, c.item)
	a.ContentHash = ContentHash(a.Text)
	created, err := p.Store.PutArticle(ctx, a)
	if err != nil {
		if news.ErrorCode(err) == news.EINVALID {
			return fail("invalid", err)
		}
		return fmt.Errorf("pipeline: store %s: %w", canonical, err)
	}
	for _, al := range aliases {
		if al != a.CanonicalURL {
			if err := p.Store.AddAlias(ctx, al, a.ID); err != nil {
				return fmt.Errorf("pipeline: alias %s: %w", al, err)
			}
		}
	}
	t.mu.Lock()
	if created {
		t.s.Stored++
	} else {
		t.s.Known++
	}
	t.mu.Unlock()
	if created && p.Metrics != nil {
		p.Metrics.ArticlesStored.Inc()
	}
	if created {
		p.process(ctx, a)
	}
	if created {
		p.log().Debug("article stored", "source", c.source.Name, "url", canonical, "id", a.ID)
	}
	return nil
}

// known reports whether u is stored already; if so it records the other URLs
// the article was reached by and counts it as known.
func (p *Pipeline) known(ctx context.Context, u string, aliases []string, t *tally) (bool, error) {
	id, err := p.Store.ArticleIDByURL(ctx, u)
	if err != nil {
		return false, fmt.Errorf("pipeline: lookup %s: %w", u, err)
	}
	if id == 0 {
		return false, nil
	}
	for _, al := range aliases {
		if al != u {
			if err := p.Store.AddAlias(ctx, al, id); err != nil {
				return true, fmt.Errorf("pipeline: alias %s: %w", al, err)
			}
		}
	}
	t.mu.Lock()
	t.s.Known++
	t.mu.Unlock()
	return true, nil
}

// sameSite reports whether a canonical link stays on the page's own site
// (ignoring a leading www.), so a page cannot claim another site's URL.
func sameSite(canonical, page string) bool {
	a, err1 := url.Parse(canonical)
	b, err2 := url.Parse(page)
	if err1 != nil || err2 != nil {
		return false
	}
	return strings.TrimPrefix(a.Host, "www.") == strings.TrimPrefix(b.Host, "www.")
}

// Merge chooses title, author and published time from the page and the feed:
// the feed fills gaps and never replaces a good value from the page with a
// worse one.
func Merge(res *extract.Result, item feed.Item) (title, author string, published time.Time) {
	title = foldSpace(res.Title)
	feedTitle := foldSpace(item.Title)
	switch {
	case title == "":
		title = feedTitle
	case res.TitleQuality < extract.QualityStructured && feedTitle != "" && strings.HasPrefix(title, feedTitle):
		// A <title> that still carries a site suffix the extractor could not
		// tell apart: the feed's headline is the cleaner one.
		title = feedTitle
	}
	author = foldSpace(res.Author)
	if author == "" {
		author = foldSpace(item.Author)
	}
	published = res.Published
	if !item.Published.IsZero() && (published.IsZero() || res.PublishedQuality < extract.QualityFeed) {
		published = item.Published
	}
	return title, author, published
}

func foldSpace(s string) string { return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ") }

// ContentHash is the hex SHA-256 of the text with white space folded, so the
// same text laid out differently hashes the same.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(foldSpace(text)))
	return hex.EncodeToString(h[:])
}

// process hands a newly stored article to every processor; a failing one is
// logged, the article stays stored and the processor catches up later.
func (p *Pipeline) process(ctx context.Context, a *news.Article) {
	for _, pr := range p.Processors {
		if err := pr.Process(ctx, a); err != nil && ctx.Err() == nil {
			p.log().Error("processor failed", "url", a.CanonicalURL, "id", a.ID, "err", err)
		}
	}
}
