package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/khabar-news/khabar/internal/config"
	"github.com/khabar-news/khabar/internal/dump"
	"github.com/khabar-news/khabar/internal/extract"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/search"
	"github.com/khabar-news/khabar/internal/sources"
	"github.com/khabar-news/khabar/internal/story"
)

func cmdImport(ctx context.Context, e *env, args []string) error {
	cfg, files, err := e.setup("import", args, config.FlagData, nil)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("give one or more FILE.jsonl[.gz] to import (- for standard input)")
	}
	defer limitMemory()()
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	zone, _ := cfg.Location()
	im := &dump.Importer{Store: st, Zone: zone}
	// The search index is not fed article by article: it is built once the
	// dumps are stored, beside the story flush (indexAndFlush).
	ix, err := openIndex(ctx, cfg, st, e.logger(cfg), true)
	if err != nil {
		return err
	} else if ix != nil {
		defer ix.Close()
	}
	stories, err := openStories(ctx, st, e.logger(cfg))
	if err != nil {
		return err
	}
	// Stories are assigned after the files are stored, in publication order
	// whatever order the dumps list the articles in.
	im.Processors = append(im.Processors, stories)
	var total dump.ImportSummary
	for _, name := range files {
		var r io.Reader
		var size int64 = -1
		if name == "-" {
			r = e.stdin
		} else {
			f, err := os.Open(name)
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			defer f.Close()
			if fi, err := f.Stat(); err == nil {
				size = fi.Size()
			}
			r = f
		}
		bar := newProgress(e.stderr, "import "+name)
		im.Progress = func(n int64, s dump.ImportSummary) { bar.update(n, size, "bytes") }
		im.OnError = func(le dump.LineError) { fmt.Fprintf(e.stderr, "%s: %v (skipped)\n", name, le) }
		sum, err := im.Import(ctx, r)
		bar.finish()
		fmt.Fprintf(e.stdout, "%s: %d lines, %d stored, %d already stored, %d bad\n", name, sum.Lines, sum.Stored, sum.Known, sum.Bad)
		total.Stored += sum.Stored
		total.Known += sum.Known
		total.Bad += sum.Bad
		if err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
	}
	if len(files) > 1 {
		fmt.Fprintf(e.stdout, "total: %d stored, %d already stored, %d bad\n", total.Stored, total.Known, total.Bad)
	}
	return indexAndFlush(ctx, e, e.logger(cfg), ix, stories)
}

// importMemory is the soft memory limit an import runs under, unless
// GOMEMLIMIT says otherwise. What an import holds live (the stories'
// window, the tagger's n-gram counts, the chunks and the index batch in
// flight) peaks near 450 MB, and Go's default lets garbage take the heap
// to twice that before it collects: 970-1000 MB at the end of a whole-
// corpus import with the index catching up beside the stories. Under this
// limit the collector runs sooner instead, near the peak only. A dump whose
// live state outgrows it (far more articles in the window) is slowed, not
// stopped: Go caps the collector near the limit at half the CPU. Set
// GOMEMLIMIT for a machine with more or less room.
const importMemory = 768 << 20

// limitMemory sets the import's memory limit and returns what restores
// the one before.
func limitMemory() func() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(importMemory)
	return func() { debug.SetMemoryLimit(old) }
}

// indexBatch is how many articles the index takes in one Bleve batch
// during an import: two story chunks. Each batch is a segment the merger
// later merges; at 500 a batch, merging took 7.4 s of an import's 111 s of
// CPU, at 1,000 3.2 s of 106 s, with no more memory (max RSS 847-856 MB
// against 854-870 MB in four alternated imports). 2,000 took 45 MB more.
const indexBatch = 1000

// indexAndFlush brings the search index up to the store while the stories
// are assigned. Fed from the import, the index held the import back (its
// queue full) and the story stage then waited for the import, with a core
// idle in each. The story flush reads and analyzes every new article
// anyway, so the index takes its articles from there, analysis and all, a
// chunk at a time; CatchUp then indexes whatever that missed (an article
// that already had a story) and moves the watermark.
func indexAndFlush(ctx context.Context, e *env, log *slog.Logger, ix *search.Index, stories *story.Service) error {
	if ix == nil {
		return flushStories(ctx, e, stories)
	}
	start := time.Now()
	feed := make(chan []search.Analyzed, 1)
	stories.Analyzed = func(as []*news.Article, ans []*story.Analyzed) {
		chunk := make([]search.Analyzed, len(as))
		for i, a := range as {
			chunk[i].Article = a
			chunk[i].Title, chunk[i].Text = ans[i].Tokens()
		}
		select {
		case feed <- chunk:
		case <-ctx.Done():
		}
	}
	var wg sync.WaitGroup
	var indexed int
	var ixErr error
	wg.Go(func() {
		var batch []search.Analyzed
		write := func() {
			if ixErr == nil && len(batch) > 0 {
				if ixErr = ix.IndexAnalyzed(ctx, batch); ixErr == nil {
					indexed += len(batch)
				}
			}
			batch = nil
		}
		for chunk := range feed {
			if ixErr != nil {
				continue // CatchUp below tries them again
			}
			batch = append(batch, chunk...)
			if len(batch) >= indexBatch {
				write()
			}
		}
		write()
		if ixErr != nil {
			log.Warn("search: indexing beside the stories failed; catching up from the store", "err", ixErr)
		}
		var n int
		n, ixErr = ix.CatchUp(ctx, nil)
		indexed += n
	})
	err := flushStories(ctx, e, stories)
	stories.Analyzed = nil
	close(feed)
	wg.Wait()
	if ixErr != nil {
		ixErr = fmt.Errorf("import: search index: %w", ixErr)
	} else {
		fmt.Fprintf(e.stdout, "search: %d articles indexed in %s\n", indexed, time.Since(start).Round(time.Millisecond))
	}
	return errors.Join(err, ixErr)
}

func cmdExport(ctx context.Context, e *env, args []string) error {
	cfg, rest, err := e.setup("export", args, config.FlagData, nil)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected arguments %q: export writes JSON Lines to standard output", rest)
	}
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	_, err = dump.Export(ctx, st, e.stdout)
	return err
}

func cmdExtract(ctx context.Context, e *env, args []string) error {
	var pageURL string
	var asJSON bool
	cfg, rest, err := e.setup("extract", args, 0, func(fs *flag.FlagSet) {
		fs.StringVar(&pageURL, "url", "", "the page's URL (resolves its canonical link)")
		fs.BoolVar(&asJSON, "json", false, "print title, author, published, canonical_url, language and text as JSON")
	})
	if err != nil {
		return err
	}
	_ = cfg
	var in io.Reader = e.stdin
	if len(rest) == 1 {
		f, err := os.Open(rest[0])
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer f.Close()
		in = f
	} else if len(rest) > 1 {
		return usagef("give at most one file (default: standard input)")
	}
	body, err := io.ReadAll(io.LimitReader(in, 64<<20))
	if err != nil {
		return fmt.Errorf("extract: read page: %w", err)
	}
	if pageURL != "" {
		if pageURL, err = fetch.NormalizeURL(pageURL); err != nil {
			return usagef("--url: %v", err)
		}
	}
	zone, _ := cfg.Location()
	res, err := extract.New().Extract(ctx, extract.Input{HTML: body, URL: pageURL, Fetched: time.Now(), DefaultZone: zone})
	if err != nil {
		return err
	}
	if !asJSON {
		fmt.Fprintln(e.stdout, res.Text)
		return nil
	}
	out := map[string]any{"title": res.Title, "author": res.Author, "published": nil,
		"canonical_url": res.CanonicalURL, "language": res.Language, "text": res.Text}
	if !res.Published.IsZero() {
		out["published"] = res.Published.Format(time.RFC3339)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func cmdSources(ctx context.Context, e *env, args []string) error {
	cfg, rest, err := e.setup("sources", args, config.FlagData, nil)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("want list, add URL [NAME], remove ID|URL, import-opml FILE|URL or export-opml")
	}
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	switch sub, rest := rest[0], rest[1:]; sub {
	case "list":
		list, err := st.ListSources(ctx)
		if err != nil {
			return err
		}
		w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ID\tNAME\tARTICLES\tLAST SUCCESS\tFAILURES\tFEED\tLAST ERROR")
		for _, s := range list {
			last := "-"
			if !s.LastSuccess.IsZero() {
				last = s.LastSuccess.Local().Format("2006-01-02 15:04")
			}
			fmt.Fprintf(w, "%d\t%s\t%d\t%s\t%d\t%s\t%s\n", s.ID, s.Name, s.Articles, last, s.Failures, s.FeedURL, oneLine(s.LastError, 80))
		}
		return w.Flush()
	case "add":
		if len(rest) < 1 || len(rest) > 2 {
			return usagef("sources add URL [NAME]")
		}
		name := ""
		if len(rest) == 2 {
			name = rest[1]
		}
		s, err := sources.Add(ctx, st, rest[0], name)
		if err != nil {
			return usagef("%v", err)
		}
		fmt.Fprintf(e.stdout, "source %d: %s\n", s.ID, s.FeedURL)
		return nil
	case "remove":
		if len(rest) != 1 {
			return usagef("sources remove ID|URL")
		}
		id, err := strconv.ParseInt(rest[0], 10, 64)
		if err != nil {
			u, nerr := fetch.NormalizeURL(rest[0])
			if nerr != nil {
				return usagef("%q is neither a source id nor a feed URL", rest[0])
			}
			s, err := st.SourceByFeedURL(ctx, u)
			if err != nil {
				return err
			}
			id = s.ID
		}
		if err := st.RemoveSource(ctx, id); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "removed source %d and its articles\n", id)
		return nil
	case "import-opml":
		if len(rest) != 1 {
			return usagef("sources import-opml FILE|URL")
		}
		fc := fetch.DefaultConfig()
		fc.UserAgent = cfg.UserAgent
		outs, err := sources.ReadOPML(ctx, fetch.New(fc, nil), rest[0])
		if err != nil {
			return err
		}
		added, errs := sources.ImportOPML(ctx, st, outs)
		for _, err := range errs {
			fmt.Fprintf(e.stderr, "skipped: %v\n", err)
		}
		fmt.Fprintf(e.stdout, "%d sources added or updated from %s\n", len(added), rest[0])
		return nil
	case "export-opml":
		return sources.ExportOPML(ctx, st, e.stdout)
	default:
		return usagef("unknown sources command %q: want list, add, remove, import-opml or export-opml", sub)
	}
}

func cmdStats(ctx context.Context, e *env, args []string) error {
	var asJSON bool
	cfg, _, err := e.setup("stats", args, config.FlagData, func(fs *flag.FlagSet) {
		fs.BoolVar(&asJSON, "json", false, "print as JSON")
	})
	if err != nil {
		return err
	}
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	w := bufio.NewWriter(e.stdout)
	fmt.Fprintf(w, "sources: %d (%d failing)\narticles: %d\nfailed URLs: %d\n", s.Sources, s.SourcesFailing, s.Articles, s.Failures)
	for r, n := range s.FailuresByReason {
		fmt.Fprintf(w, "  %s: %d\n", r, n)
	}
	if !s.NewestPublished.IsZero() {
		fmt.Fprintf(w, "published: %s … %s\n", s.OldestPublished.Format(time.RFC3339), s.NewestPublished.Format(time.RFC3339))
	}
	if !s.LastFetched.IsZero() {
		fmt.Fprintf(w, "last fetched: %s\n", s.LastFetched.Format(time.RFC3339))
	}
	fmt.Fprintf(w, "stories: %d\ncopies: %d\nstory tags: %d\n", s.Stories, s.Copies, s.Tags)
	if s.Unassigned > 0 {
		fmt.Fprintf(w, "articles without a story yet: %d\n", s.Unassigned)
	}
	return w.Flush()
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
