// Package cli is the khabar command: it parses subcommands and flags into a
// config.Config and calls the packages that do the work.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/khabar-news/khabar/internal/config"
	"github.com/khabar-news/khabar/internal/extract"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/metrics"
	"github.com/khabar-news/khabar/internal/pipeline"
	"github.com/khabar-news/khabar/internal/search"
	"github.com/khabar-news/khabar/internal/store/sqlite"
	"github.com/khabar-news/khabar/internal/story"
)

// Version is set at build time with -ldflags "-X ...cli.Version=...".
var Version = "dev"

const usage = `khabar — an Arabic-first news aggregation engine

Usage:
  khabar serve   [--data DIR] [--addr 127.0.0.1:8080] [--opml FILE|URL] [--every 10m] [--no-crawl] [FEED_URL...]
  khabar crawl   [--data DIR] [--opml FILE|URL] [--backfill] [FEED_URL...]
  khabar import  [--data DIR] FILE.jsonl[.gz]...
  khabar export  [--data DIR]
  khabar extract [--url URL] [--json] < page.html
  khabar eval    extract --set newsfarm|snippets|scrapinghub --dir DIR [--json] [--baseline] [--no-memory] [-v]
  khabar sources list|add URL [NAME]|remove ID|URL|import-opml FILE|URL|export-opml  [--data DIR]
  khabar stats   [--data DIR] [--json]
  khabar recluster [--data DIR]            rebuild every story, copy link and tag
  khabar eval stories --pairs FILE.jsonl [--data DIR]
  khabar eval similar [--data DIR] [--url BASE]
  khabar search  [--data DIR] [--json] [--sort relevance|time] [--source S] [--page N] QUERY
  khabar reindex [--data DIR]
  khabar analyze [--json] TEXT
  khabar version

Every flag can also be set with a KHABAR_* variable (KHABAR_DATA, KHABAR_ADDR, ...).
Run "khabar COMMAND -h" for the flags of one command.
`

// env is what a command gets from the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// Main runs the command line and returns the exit code; SIGINT and SIGTERM
// end the work gracefully.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signalContext()
	defer stop()
	return Run(ctx, args, stdin, stdout, stderr)
}

// Run is Main under a context the caller ends.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmds := map[string]func(context.Context, *env, []string) error{
		"serve":     cmdServe,
		"crawl":     cmdCrawl,
		"import":    cmdImport,
		"export":    cmdExport,
		"extract":   cmdExtract,
		"eval":      cmdEval,
		"sources":   cmdSources,
		"stats":     cmdStats,
		"search":    cmdSearch,
		"reindex":   cmdReindex,
		"analyze":   cmdAnalyze,
		"recluster": cmdRecluster,
	}
	name := args[0]
	switch name {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "version", "--version":
		fmt.Fprintln(stdout, "khabar", Version)
		return 0
	}
	run, ok := cmds[name]
	if !ok {
		fmt.Fprintf(stderr, "khabar: unknown command %q\n\n%s", name, usage)
		return 2
	}
	err := run(ctx, e, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "khabar %s: %v\n", name, err)
		return 2
	default:
		fmt.Fprintf(stderr, "khabar %s: %v\n", name, err)
		return 1
	}
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// setup parses the flags of one command into a validated config.
func (e *env) setup(name string, args []string, sets int, extra func(*flag.FlagSet)) (config.Config, []string, error) {
	cfg := config.Default()
	if err := cfg.FromEnv(e.getenv); err != nil {
		return cfg, nil, usageError{err.Error()}
	}
	fs := flag.NewFlagSet("khabar "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfg.Register(fs, sets)
	if extra != nil {
		extra(fs)
	}
	rest, err := config.ParseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, nil, err
		}
		return cfg, nil, usageError{err.Error()}
	}
	if err := cfg.Validate(); err != nil {
		return cfg, nil, usageError{strings.ReplaceAll(err.Error(), "\n", "; ")}
	}
	return cfg, rest, nil
}

func (e *env) logger(cfg config.Config) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(cfg.LogLevel))
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: lvl}))
}

// open makes sure the data folder is usable and opens the store in it.
func open(ctx context.Context, cfg config.Config) (*sqlite.Store, error) {
	if err := cfg.EnsureDataDir(); err != nil {
		return nil, err
	}
	st, err := sqlite.Open(ctx, cfg.DBPath())
	if err != nil {
		return nil, err
	}
	return st, nil
}

// engine is the crawler with everything it feeds: the store, the search
// index and the story engine, built the same way for crawl and serve.
type engine struct {
	st      *sqlite.Store
	m       *metrics.Metrics
	p       *pipeline.Pipeline
	client  *fetch.Client
	ix      *search.Index // nil when another process holds the index (crawl)
	stories *story.Service
	log     *slog.Logger
}

// openEngine opens the store and wires the crawler to the index and the
// stories. With sharedIndex, an index held by another process (a running
// serve) is left to that process, which catches up from the store.
func (e *env) openEngine(ctx context.Context, cfg config.Config, sharedIndex bool) (*engine, error) {
	g := &engine{log: e.logger(cfg), m: metrics.New()}
	var err error
	if g.st, err = open(ctx, cfg); err != nil {
		return nil, err
	}
	fc := fetch.DefaultConfig()
	fc.UserAgent = cfg.UserAgent
	fc.MinDelay = cfg.MinDelay
	fc.Timeout = cfg.Timeout
	fc.MaxBody = cfg.MaxBody
	g.client = fetch.New(fc, g.m)
	zone, _ := cfg.Location()
	g.p = &pipeline.Pipeline{
		// The store remembers each host's template: extraction learns as it crawls.
		Store: g.st, Fetch: g.client, Extract: extract.New(extract.WithMemory(g.st)), Metrics: g.m, Log: g.log,
		Workers: cfg.Workers, Zone: zone, Every: cfg.Every,
	}
	if g.ix, err = openIndex(ctx, cfg, g.st, g.log, sharedIndex); err != nil {
		g.Close()
		return nil, err
	}
	if g.ix != nil {
		g.p.Processors = append(g.p.Processors, g.ix)
	}
	if g.stories, err = openStories(ctx, g.st, g.log); err != nil {
		g.Close()
		return nil, err
	}
	g.p.Processors = append(g.p.Processors, g.stories)
	return g, nil
}

// Close closes the index and the store.
func (g *engine) Close() {
	if g.ix != nil {
		g.ix.Close()
	}
	g.st.Close()
}
