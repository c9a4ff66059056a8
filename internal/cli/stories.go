package cli

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/khabar-news/khabar/internal/config"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
	"github.com/khabar-news/khabar/internal/story"
)

func init() { evalCommands["stories"] = cmdEvalStories }

// openStories starts the story engine on st: its window is rebuilt from the
// stored stories and the articles without a story are queued.
func openStories(ctx context.Context, st *sqlite.Store, log *slog.Logger) (*story.Service, error) {
	svc := story.NewService(st, log)
	if err := svc.Warm(ctx); err != nil {
		return nil, err
	}
	return svc, nil
}

// flushStories assigns what the story engine has queued, with a progress bar.
func flushStories(ctx context.Context, e *env, svc *story.Service) error {
	if svc.Pending() == 0 {
		return nil
	}
	bar := newProgress(e.stderr, "stories")
	svc.Progress = func(done, total int) { bar.update(int64(done), int64(total), "articles") }
	start := time.Now()
	n := svc.Pending()
	err := svc.Flush(ctx)
	bar.finish()
	svc.Progress = nil
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "stories: %d articles assigned in %s (%.0f/s)\n", n, time.Since(start).Round(time.Millisecond),
		float64(n)/time.Since(start).Seconds())
	return nil
}

// cmdRecluster forgets every story and rebuilds them all in publication order.
func cmdRecluster(ctx context.Context, e *env, args []string) error {
	cfg, rest, err := e.setup("recluster", args, config.FlagData, nil)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected arguments %q", rest)
	}
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.ResetStories(ctx); err != nil {
		return err
	}
	svc, err := openStories(ctx, st, e.logger(cfg))
	if err != nil {
		return err
	}
	return flushStories(ctx, e, svc)
}

// cmdEvalStories scores the stored stories and copies on labelled pairs.
func cmdEvalStories(ctx context.Context, e *env, args []string) error {
	var pairsPath string
	var verbose bool
	cfg, rest, err := e.setup("eval stories", args, config.FlagData, func(fs *flag.FlagSet) {
		fs.StringVar(&pairsPath, "pairs", "", "labelled pairs (JSON Lines: a_url and b_url, or a_key and b_key; relation, confidence)")
		fs.BoolVar(&verbose, "v", false, "list the pairs judged wrongly")
	})
	if err != nil {
		return err
	}
	if pairsPath == "" || len(rest) > 0 {
		return usagef("eval stories --pairs FILE.jsonl [--data DIR]")
	}
	f, err := os.Open(pairsPath)
	if err != nil {
		return fmt.Errorf("eval stories: %w", err)
	}
	defer f.Close()
	pairs, err := story.ReadPairs(f)
	if err != nil {
		return fmt.Errorf("eval stories: %s: %w", pairsPath, err)
	}
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	if story.Keyed(pairs) {
		// A set kept by key (internal/story/testdata/pairs): the stored
		// URLs say which articles the keys name.
		var urls []string
		if err := st.EachArticle(ctx, func(a *news.Article) error {
			urls = append(urls, a.URL)
			return nil
		}); err != nil {
			return fmt.Errorf("eval stories: %w", err)
		}
		if err := story.ResolveKeys(pairs, urls); err != nil {
			return fmt.Errorf("eval stories: %s: %w", pairsPath, err)
		}
	}
	var storeErr error
	lookup := func(u string) *news.Article {
		if n, err := fetch.NormalizeURL(u); err == nil {
			u = n
		}
		id, err := st.ArticleIDByURL(ctx, u)
		if err != nil {
			storeErr = err
			return nil
		}
		if id == 0 {
			return nil
		}
		a, err := st.ArticleByID(ctx, id)
		if err != nil {
			storeErr = err
			return nil
		}
		return a
	}
	rep := story.Score(pairs, func(ua, ub string) (bool, bool, bool) {
		a, b := lookup(ua), lookup(ub)
		if a == nil || b == nil || a.Story == 0 || b.Story == 0 {
			return false, false, false
		}
		ra, rb := a.ID, b.ID
		if a.CopyOf != 0 {
			ra = a.CopyOf
		}
		if b.CopyOf != 0 {
			rb = b.CopyOf
		}
		return a.Story == b.Story, ra == rb, true
	})
	if storeErr != nil {
		return storeErr
	}
	fmt.Fprint(e.stdout, rep)
	if verbose {
		for _, pe := range rep.Errors {
			fmt.Fprintf(e.stderr, "pair %d (%s, %s): same story %v, copy %v\n", pe.Pair.Pair, pe.Relation, pe.Confidence, pe.SameStory, pe.Copy)
		}
	}
	return nil
}
