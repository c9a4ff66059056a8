package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/khabar-news/khabar/internal/config"
	"github.com/khabar-news/khabar/internal/sources"
	"github.com/khabar-news/khabar/internal/web"
)

func cmdServe(ctx context.Context, e *env, args []string) error {
	cfg, rest, err := e.setup("serve", args, config.FlagData|config.FlagServe|config.FlagFetch, nil)
	if err != nil {
		return err
	}
	g, err := e.openEngine(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer g.Close()
	st, p, log, ix, stories, m := g.st, g.p, g.log, g.ix, g.stories, g.m
	zone, _ := cfg.Location()

	if cfg.NoCrawl && isURL(cfg.OPML) {
		return usagef("--no-crawl fetches nothing, so --opml cannot be a URL: give a file or drop --no-crawl")
	}
	// Sources given are stored even with --no-crawl (storing is not fetching),
	// so the next start without it crawls them.
	if _, err := addGiven(ctx, st, g.client, cfg.OPML, rest, log); err != nil {
		return err
	}
	if !cfg.NoCrawl {
		list, err := st.ListSources(ctx)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			n, err := sources.SeedBuiltin(ctx, st)
			if err != nil {
				return err
			}
			log.Info("no sources stored: seeded the built-in list", "sources", n)
		}
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           web.New(web.Config{Store: st, Metrics: m, Logger: log, Version: Version, Search: ix, Zone: zone}).Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	log.Info("serving", "addr", "http://"+ln.Addr().String()+"/", "data", cfg.DataDir, "crawl", !cfg.NoCrawl)

	var wg sync.WaitGroup
	crawlCtx, stopCrawl := context.WithCancel(ctx)
	defer stopCrawl()
	if !cfg.NoCrawl {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := p.Run(crawlCtx); err != nil {
				log.Error("crawler stopped", "err", err)
			}
		}()
	}
	wg.Add(1)
	go func() { defer wg.Done(); ix.Follow(crawlCtx, 30*time.Second) }() // picks up imports made beside it
	wg.Add(1)
	go func() { defer wg.Done(); stories.Run(crawlCtx, 15*time.Second) }() // assigns what the crawl stored
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()

	select {
	case err := <-serveErr:
		stopCrawl()
		wg.Wait()
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	stopCrawl()
	shutCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err = srv.Shutdown(shutCtx)
	wg.Wait()
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
