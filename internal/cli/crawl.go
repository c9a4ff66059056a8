package cli

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/khabar-news/khabar/internal/config"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/sources"
)

func cmdCrawl(ctx context.Context, e *env, args []string) error {
	cfg, rest, err := e.setup("crawl", args, config.FlagData|config.FlagCrawl|config.FlagFetch, nil)
	if err != nil {
		return err
	}
	g, err := e.openEngine(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer g.Close()
	st, p, log, stories := g.st, g.p, g.log, g.stories
	given, err := addGiven(ctx, st, g.client, cfg.OPML, rest, log)
	if err != nil {
		return err
	}
	list := given
	if len(list) == 0 {
		if list, err = st.ListSources(ctx); err != nil {
			return err
		}
	}
	var feeds []news.Source
	for _, s := range list {
		if s.Kind != news.KindImport {
			feeds = append(feeds, s)
		}
	}
	if len(feeds) == 0 {
		return usagef("no sources to crawl: give FEED_URL arguments or --opml FILE|URL, or add some with 'khabar sources add'")
	}
	bar := newProgress(e.stderr, "crawl")
	p.Progress = func(done, total int) { bar.update(int64(done), int64(total), "articles") }
	sum, err := p.Crawl(ctx, feeds, cfg.Backfill)
	bar.finish()
	fmt.Fprint(e.stdout, sum.String())
	if err != nil && ctx.Err() == nil {
		return fmt.Errorf("crawl stopped: %w", err)
	}
	return flushStories(context.WithoutCancel(ctx), e, stories)
}

// addGiven stores the sources named by --opml and the arguments and returns
// them. An OPML that cannot be read, or an argument that is not a URL, is an
// error: the user asked for something that cannot be done.
func addGiven(ctx context.Context, st news.Store, client *fetch.Client, opml string, urls []string, log *slog.Logger) ([]news.Source, error) {
	var out []news.Source
	if opml != "" {
		outs, err := sources.ReadOPML(ctx, client, opml)
		if err != nil {
			return nil, err
		}
		added, errs := sources.ImportOPML(ctx, st, outs)
		for _, err := range errs {
			log.Warn("OPML outline skipped", "opml", opml, "err", err)
		}
		out = append(out, added...)
	}
	for _, u := range urls {
		s, err := sources.Add(ctx, st, u, "")
		if err != nil {
			return nil, usagef("%v", err)
		}
		out = append(out, *s)
	}
	// Re-read them so health (ETag, failures) from earlier runs is used.
	for i := range out {
		if s, err := st.SourceByID(ctx, out[i].ID); err == nil {
			out[i] = *s
		}
	}
	return out, nil
}
