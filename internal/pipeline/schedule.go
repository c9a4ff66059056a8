package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// Run crawls the stored sources whenever they are due, until ctx ends. A
// source is due when its NextFetch has passed; a source never crawled before
// also gets its sitemaps walked (backfill), later passes read only the feed.
func (p *Pipeline) Run(ctx context.Context) error {
	for {
		next, err := p.runDue(ctx)
		if err != nil && ctx.Err() == nil {
			p.log().Error("crawl pass failed", "err", err)
			next = p.now().Add(time.Minute)
		}
		wait := time.Until(next)
		if wait < time.Second {
			wait = time.Second
		}
		if wait > p.Every && p.Every > 0 {
			wait = p.Every
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// runDue crawls the due sources once and says when the next one is due.
func (p *Pipeline) runDue(ctx context.Context) (time.Time, error) {
	all, err := p.Store.ListSources(ctx)
	if err != nil {
		return time.Time{}, fmt.Errorf("pipeline: list sources: %w", err)
	}
	now := p.now()
	next := now.Add(p.Every)
	var fresh, due []news.Source
	for _, s := range all {
		if s.Kind == news.KindImport {
			continue
		}
		if s.NextFetch.After(now) {
			if s.NextFetch.Before(next) {
				next = s.NextFetch
			}
			continue
		}
		if s.LastSuccess.IsZero() {
			fresh = append(fresh, s)
		} else {
			due = append(due, s)
		}
	}
	for _, batch := range []struct {
		list     []news.Source
		backfill bool
	}{{fresh, true}, {due, false}} {
		if len(batch.list) == 0 {
			continue
		}
		sum, err := p.Crawl(ctx, batch.list, batch.backfill)
		if err != nil {
			return next, err
		}
		p.log().Info("crawl pass", "sources_ok", sum.SourcesOK, "sources_failed", sum.SourcesFailed,
			"stored", sum.Stored, "known", sum.Known, "failed", sum.Failed, "took", sum.Duration.Round(time.Millisecond))
	}
	return next, nil
}
