package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"time"

	"github.com/khabar-news/khabar/internal/feed"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
)

// Limits that keep one odd site from swallowing a crawl.
const (
	maxSitemapsPerSource = 50
	maxSitemapDepth      = 3
)

// discover fetches a source's feed (and with backfill its sitemaps) and
// returns the article URLs it lists. It updates the source's conditional-GET
// validators in memory; the caller writes the health.
func (p *Pipeline) discover(ctx context.Context, src *news.Source, backfill bool, t *tally) ([]candidate, error) {
	var out []candidate
	add := func(items []feed.Item) {
		for _, it := range items {
			u, err := fetch.NormalizeURL(it.URL)
			if err != nil {
				continue
			}
			out = append(out, candidate{url: u, source: src, item: it})
		}
	}
	resp, err := p.Fetch.Get(ctx, fetch.Request{URL: src.FeedURL, Kind: "feed", ETag: src.ETag, LastModified: src.LastModified})
	if err != nil {
		return nil, fmt.Errorf("fetch feed: %w", err)
	}
	t.pages.Add(1)
	if !resp.NotModified {
		f, err := feed.Parse(resp.Body, resp.ContentType, resp.URL)
		var naf *feed.NotAFeedError
		if errors.As(err, &naf) && len(naf.Alternates) > 0 {
			// The source is a site's page: follow the feed it links to.
			alt := naf.Alternates[0]
			p.log().Info("feed discovered from page", "source", src.Name, "url", src.FeedURL, "feed", alt)
			resp, err = p.Fetch.Get(ctx, fetch.Request{URL: alt, Kind: "feed"})
			if err != nil {
				return nil, fmt.Errorf("fetch feed %s linked from %s: %w", alt, src.FeedURL, err)
			}
			t.pages.Add(1)
			f, err = feed.Parse(resp.Body, resp.ContentType, resp.URL)
		}
		if err != nil {
			return nil, fmt.Errorf("parse feed: %w", err)
		}
		src.ETag, src.LastModified = resp.ETag, resp.LastModified
		if src.Name == "" || src.Name == src.FeedURL {
			src.Name = f.Title
		}
		if src.SiteURL == "" {
			src.SiteURL = f.SiteURL
		}
		if f.Kind == "sitemap-index" {
			add(p.walkSitemaps(ctx, src, f.Sitemaps, 1, t))
		}
		add(f.Items)
	}
	if backfill {
		site := src.SiteURL
		if site == "" {
			site = src.FeedURL
		}
		maps, err := p.Fetch.Sitemaps(ctx, site)
		if err != nil {
			p.log().Warn("robots.txt sitemaps", "source", src.Name, "url", site, "err", err)
		}
		if len(maps) == 0 {
			if u, err := url.Parse(site); err == nil {
				maps = []string{u.Scheme + "://" + u.Host + "/sitemap.xml"}
			}
		}
		add(p.walkSitemaps(ctx, src, maps, 0, t))
	}
	return out, nil
}

// walkSitemaps fetches sitemaps and follows indexes, breadth first, within
// the limits. A sitemap that fails is logged and skipped: the rest still
// counts.
func (p *Pipeline) walkSitemaps(ctx context.Context, src *news.Source, urls []string, depth int, t *tally) []feed.Item {
	var items []feed.Item
	queue := append([]string(nil), urls...)
	fetched := 0
	for len(queue) > 0 && depth < maxSitemapDepth && ctx.Err() == nil {
		var next []string
		for _, u := range queue {
			if fetched >= maxSitemapsPerSource {
				p.log().Warn("sitemap limit reached", "source", src.Name, "limit", maxSitemapsPerSource)
				return items
			}
			if !t.firstSitemap(u) {
				continue
			}
			fetched++
			resp, err := p.Fetch.Get(ctx, fetch.Request{URL: u, Kind: "sitemap"})
			if err != nil {
				p.log().Warn("sitemap failed", "source", src.Name, "url", u, "err", err)
				continue
			}
			t.pages.Add(1)
			f, err := feed.Parse(resp.Body, resp.ContentType, resp.URL)
			if err != nil {
				p.log().Warn("sitemap unreadable", "source", src.Name, "url", u, "err", err)
				continue
			}
			items = append(items, f.Items...)
			next = append(next, f.Sitemaps...)
		}
		queue = next
		depth++
	}
	return items
}

// recordHealth writes how the source's last fetch went. A failing source is
// backed off exponentially (with jitter), never dropped.
func (p *Pipeline) recordHealth(ctx context.Context, src *news.Source, err error) {
	now := p.now().UTC()
	src.LastFetch = now
	every := p.Every
	if every <= 0 {
		every = 10 * time.Minute
	}
	if err == nil {
		src.LastSuccess = now
		src.LastError = ""
		src.Failures = 0
		src.NextFetch = now.Add(every)
	} else {
		src.LastError = err.Error()
		src.Failures++
		src.NextFetch = now.Add(Backoff(every, src.Failures))
	}
	if werr := p.Store.UpdateSourceHealth(ctx, src); werr != nil && ctx.Err() == nil {
		p.log().Error("source health not saved", "source", src.Name, "err", werr)
	}
}

// Backoff is the wait before fetching a source again after its n-th failure
// in a row: every·2^(n-1) with ±20% jitter, at most a day.
func Backoff(every time.Duration, n int) time.Duration {
	if n < 1 {
		n = 1
	}
	if n > 12 {
		n = 12
	}
	d := every << (n - 1)
	if d > 24*time.Hour || d <= 0 {
		d = 24 * time.Hour
	}
	jitter := 0.8 + 0.4*rand.Float64()
	return time.Duration(float64(d) * jitter)
}

func (t *tally) firstSitemap(u string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.sitemaps == nil {
		t.sitemaps = map[string]bool{}
	}
	if t.sitemaps[u] {
		return false
	}
	t.sitemaps[u] = true
	return true
}
