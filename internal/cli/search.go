package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"log/slog"
	"strings"
	"time"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/config"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/search"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// openIndex opens the search index in the data folder and catches it up
// with the store. When another process holds it (khabar serve beside an
// import or a crawl) and optional is set, it logs why and returns nil: the
// holder catches up with what this process stores.
func openIndex(ctx context.Context, cfg config.Config, st *sqlite.Store, log *slog.Logger, optional bool) (*search.Index, error) {
	zone, _ := cfg.Location()
	ix, err := search.Open(ctx, cfg.DataDir, st, search.Options{Logger: log, Zone: zone})
	if err != nil {
		if optional && strings.Contains(err.Error(), "in use") {
			log.Warn("search index busy: not indexing here; the process holding it catches up", "err", err)
			return nil, nil
		}
		return nil, err
	}
	return ix, nil
}

func cmdSearch(ctx context.Context, e *env, args []string) error {
	var asJSON bool
	var sort, source string
	var page, size int
	cfg, rest, err := e.setup("search", args, config.FlagData, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "print the hits as JSON (the API's shape)")
		fs.StringVar(&sort, "sort", news.SortRelevance, "relevance or time")
		fs.StringVar(&source, "source", "", "only this source (id or name)")
		fs.IntVar(&page, "page", 1, "page of results")
		fs.IntVar(&size, "size", search.DefaultPageSize, "hits per page")
	})
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef(`give a QUERY: words, "exact phrase", -exclude, source:NAME, after:YYYY-MM-DD, before:YYYY-MM-DD`)
	}
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	ix, err := openIndex(ctx, cfg, st, e.logger(cfg), false)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, news.SearchRequest{Query: strings.Join(rest, " "), Source: source, Sort: sort, Page: page, PageSize: size})
	if err != nil {
		if news.ErrorCode(err) == news.EINVALID {
			return usagef("%s", news.ErrorMessage(err))
		}
		return err
	}
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(api.NewSearchResult(res))
	}
	fmt.Fprintf(e.stdout, "%d results (page %d, %s)\n", res.Total, res.Page, res.Took.Round(time.Millisecond))
	if res.Relaxed {
		fmt.Fprintln(e.stdout, "no article has every word: these have most of them")
	}
	for i, h := range res.Hits {
		date := "-"
		if !h.Published.IsZero() {
			date = h.Published.Format("2006-01-02")
		}
		fmt.Fprintf(e.stdout, "\n%d. %s\n   %s · %s · #%d · %.2f\n   %s\n   %s\n", (res.Page-1)*res.PageSize+i+1,
			h.Title, h.SourceName, date, h.ID, h.Score, h.URL, plain(h.Snippet))
	}
	return nil
}

// plain turns a snippet back into text, the matches in «».
func plain(s string) string {
	s = strings.NewReplacer("<mark>", "«", "</mark>", "»").Replace(s)
	return html.UnescapeString(s)
}

func cmdReindex(ctx context.Context, e *env, args []string) error {
	cfg, rest, err := e.setup("reindex", args, config.FlagData, nil)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected arguments %q: reindex rebuilds the whole search index", rest)
	}
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	zone, _ := cfg.Location()
	bar := newProgress(e.stderr, "reindex")
	start := time.Now()
	n, err := search.Rebuild(ctx, cfg.DataDir, st, search.Options{Logger: e.logger(cfg), Zone: zone},
		func(done int64) { bar.update(done, int64(stats.Articles), "articles") })
	bar.finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "search index rebuilt: %d articles in %s\n", n, time.Since(start).Round(time.Second))
	return nil
}
