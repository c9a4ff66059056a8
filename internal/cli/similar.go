package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/khabar-news/khabar/internal/api"
	"github.com/khabar-news/khabar/internal/config"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

func init() { evalCommands["similar"] = cmdEvalSimilar }

// placed is what the similar check needs of a stored article.
type placed struct{ story, copyOf int64 }

// root is the original an article's copy group hangs from: itself, or the
// article it is a copy of.
func (p placed) root(id int64) int64 {
	if p.copyOf != 0 {
		return p.copyOf
	}
	return id
}

// similarFaults lists what is wrong with the similar list of article id:
// an item of the article's own story, two items of one story, an item that
// is a copy of the article (or its original, or a sibling copy), an item
// the store does not hold or places in another story than the list says.
func similarFaults(id int64, items []api.SimilarItem, all map[int64]placed) []string {
	a := all[id]
	var out []string
	seen := map[int64]bool{}
	for _, it := range items {
		o, ok := all[it.ID]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("item %d is no stored article", it.ID))
		case it.Story != o.story:
			out = append(out, fmt.Sprintf("item %d is listed under story %d but stored in %d", it.ID, it.Story, o.story))
		case o.story == a.story:
			out = append(out, fmt.Sprintf("item %d is of the article's own story %d", it.ID, a.story))
		case seen[o.story]:
			out = append(out, fmt.Sprintf("two items of story %d", o.story))
		case o.root(it.ID) == a.root(id):
			out = append(out, fmt.Sprintf("item %d is a copy of the article or of its original", it.ID))
		}
		if ok {
			seen[o.story] = true
		}
	}
	return out
}

// cmdEvalSimilar asks the API for the similar list («مقالات مشابهة») of
// every stored article, over real HTTP on loopback, and checks each list
// against the stored stories and copies: the acceptance of issue 5 taken
// literally, for every article rather than a sample.
func cmdEvalSimilar(ctx context.Context, e *env, args []string) error {
	var base string
	var limit, workers, show int
	cfg, rest, err := e.setup("eval similar", args, config.FlagData, func(fs *flag.FlagSet) {
		fs.StringVar(&base, "url", "", "a running `khabar serve` to ask (default: serve the API on 127.0.0.1 from --data)")
		fs.IntVar(&limit, "limit", 6, "items asked for per list (1-20, as the article page's 6)")
		fs.IntVar(&workers, "workers", 4, "requests in flight")
		fs.IntVar(&show, "show", 10, "faults to print")
	})
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("eval similar [--data DIR] [--url BASE] [--limit N]: unexpected arguments %q", rest)
	}
	if limit < 1 || limit > 20 {
		return usagef("eval similar: --limit %d: want 1 to 20", limit)
	}
	if workers < 1 || workers > 64 {
		return usagef("eval similar: --workers %d: want 1 to 64", workers)
	}
	if base != "" {
		u, err := url.Parse(base)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usagef("eval similar: --url %q: want http://HOST:PORT", base)
		}
		base = strings.TrimRight(base, "/")
	}
	st, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	all, ids, err := loadPlaced(ctx, st)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return fmt.Errorf("eval similar: %s holds no articles: import a dump first", cfg.DataDir)
	}
	if base == "" {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return fmt.Errorf("eval similar: %w", err)
		}
		mux := http.NewServeMux()
		api.Register(mux, st, nil)
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
		base = "http://" + ln.Addr().String()
	}

	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	jobs := make(chan int64)
	answers := make(chan simAnswer)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				answers <- askSimilar(ctx, client, base, id, limit)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, id := range ids {
			select {
			case jobs <- id:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(answers) }()

	bar := newProgress(e.stderr, "similar")
	start := time.Now()
	var (
		took                       []time.Duration
		done, three, empty, failed int
		faulty                     int
		faults                     []string
		sizes                      [21]int
	)
	for a := range answers {
		done++
		if done%500 == 0 {
			bar.update(int64(done), int64(len(ids)), "articles")
		}
		if a.err != nil || a.status != http.StatusOK {
			failed++
			if len(faults) < show {
				faults = append(faults, fmt.Sprintf("article %d: status %d %v", a.id, a.status, a.err))
			}
			continue
		}
		took = append(took, a.took)
		sizes[min(len(a.items), 20)]++
		if len(a.items) >= 3 {
			three++
		}
		if len(a.items) == 0 {
			empty++
		}
		if f := similarFaults(a.id, a.items, all); len(f) > 0 {
			faulty++
			for _, x := range f {
				if len(faults) < show {
					faults = append(faults, fmt.Sprintf("article %d: %s", a.id, x))
				}
			}
		}
	}
	bar.finish()
	if err := ctx.Err(); err != nil {
		return err
	}
	elapsed := time.Since(start)
	slices.Sort(took)
	pct := func(p float64) time.Duration {
		if len(took) == 0 {
			return 0
		}
		return took[min(len(took)-1, int(p*float64(len(took))))]
	}
	n := len(ids)
	fmt.Fprintf(e.stdout, "articles: %d (asked %s/api/v1/articles/{id}/similar?limit=%d)\n", n, base, limit)
	fmt.Fprintf(e.stdout, "failed requests: %d\n", failed)
	fmt.Fprintf(e.stdout, "lists with a fault (own story, a story twice, a copy): %d\n", faulty)
	fmt.Fprintf(e.stdout, "three or more items: %d (%.1f%%; target at least 90%%)\n", three, 100*float64(three)/float64(n))
	fmt.Fprintf(e.stdout, "empty lists: %d (%.1f%%)\n", empty, 100*float64(empty)/float64(n))
	var dist []string
	for k, c := range sizes {
		if c > 0 {
			dist = append(dist, strconv.Itoa(k)+":"+strconv.Itoa(c))
		}
	}
	fmt.Fprintf(e.stdout, "items per list: %s\n", strings.Join(dist, " "))
	fmt.Fprintf(e.stdout, "latency: p50 %s p95 %s p99 %s; %d requests in %s (%.0f/s, %d in flight)\n",
		pct(0.5).Round(time.Microsecond), pct(0.95).Round(time.Microsecond), pct(0.99).Round(time.Microsecond),
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), workers)
	for _, f := range faults {
		fmt.Fprintln(e.stderr, f)
	}
	if failed > 0 || faulty > 0 {
		return fmt.Errorf("eval similar: %d failed requests, %d lists with a fault", failed, faulty)
	}
	return nil
}

// loadPlaced reads every stored article's story and original, and their ids
// in order.
func loadPlaced(ctx context.Context, st *sqlite.Store) (map[int64]placed, []int64, error) {
	all := map[int64]placed{}
	var ids []int64
	var after int64
	for {
		page, err := st.ArticlesAfter(ctx, after, 2000)
		if err != nil {
			return nil, nil, err
		}
		if len(page) == 0 {
			return all, ids, nil
		}
		for _, a := range page {
			all[a.ID] = placed{story: a.Story, copyOf: a.CopyOf}
			ids = append(ids, a.ID)
		}
		after = page[len(page)-1].ID
	}
}

// simAnswer is one article's similar list as the API gave it.
type simAnswer struct {
	id     int64
	items  []api.SimilarItem
	took   time.Duration
	status int
	err    error
}

// askSimilar fetches one article's similar list.
func askSimilar(ctx context.Context, client *http.Client, base string, id int64, limit int) (out simAnswer) {
	out.id = id
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		base+"/api/v1/articles/"+strconv.FormatInt(id, 10)+"/similar?limit="+strconv.Itoa(limit), nil)
	if err != nil {
		out.err = err
		return out
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		out.err = err
		return out
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	out.took = time.Since(start)
	out.status = resp.StatusCode
	if err != nil {
		out.err = err
		return out
	}
	if resp.StatusCode != http.StatusOK {
		return out
	}
	var s api.Similar
	if err := json.Unmarshal(body, &s); err != nil {
		out.err = fmt.Errorf("article %d: similar: %w", id, err)
		return out
	}
	if s.Article != id {
		out.err = errors.New("answer for another article")
		return out
	}
	out.items = s.Items
	return out
}
