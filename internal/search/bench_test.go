package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// BenchmarkIndexBuild builds an index of SaudiNewsNet repeated (varied ids
// and dates) and reports build time, index size against the raw text, heap,
// the time to compact it (Index.Compact, as khabar reindex does), and the
// latency of 1,000 mixed queries with 10 hits each (hits loaded and
// highlighted, as the API serves them).
//
//	go test -run '^$' -bench IndexBuild -benchtime 1x ./internal/search                    # 50,000 articles
//	KHABAR_BENCH_ARTICLES=1000000 go test -run '^$' -bench IndexBuild -benchtime 1x -timeout 2h ./internal/search
//
// KHABAR_BENCH_INDEX=DIR keeps the index in DIR and reuses it on the next
// run (same article count): query latency of two builds of the code can then
// be compared on one index, without paying for the build twice.
func BenchmarkIndexBuild(b *testing.B) {
	n := 50000
	if v := os.Getenv("KHABAR_BENCH_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			b.Fatalf("KHABAR_BENCH_ARTICLES=%q: want a positive number", v)
		}
	}
	base := loadSaudiNewsNet(b, 0)
	for b.Loop() {
		st := &memStore{}
		var raw int64
		for i := 0; i < n; i++ {
			a := base[i%len(base)]
			round := i / len(base)
			a.Published = a.Published.AddDate(0, 0, -7*round) // each round a week earlier
			a.URL = fmt.Sprintf("%s#%d", a.URL, round)
			raw += int64(len(a.Title) + len(a.Text))
			st.add(a)
		}
		dir := os.Getenv("KHABAR_BENCH_INDEX")
		if dir == "" {
			dir = b.TempDir()
		}
		var ms0 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms0)
		t0 := time.Now()
		ix, err := Open(context.Background(), dir, st, Options{})
		if err != nil {
			b.Fatal(err)
		}
		build := time.Since(t0)
		// Queries are measured on the index as it serves once the merger
		// is done, not while it merges beside them.
		t1 := time.Now()
		if err := ix.Compact(context.Background()); err != nil {
			b.Fatal(err)
		}
		compact := time.Since(t1)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		size, err := ix.Size()
		if err != nil {
			b.Fatal(err)
		}
		lat := mixedQueries(b, ix, base, 1000)
		ix.Close()
		// The size once closed: merges settled.
		if s, err := dirSize(filepath.Join(dir, DirName)); err == nil {
			size = s
		}
		b.ReportMetric(float64(n), "articles")
		b.ReportMetric(build.Seconds(), "build-s")
		b.ReportMetric(float64(n)/build.Seconds(), "articles/s")
		b.ReportMetric(compact.Seconds(), "compact-s")
		b.ReportMetric(float64(raw)/1e6, "raw-MB")
		b.ReportMetric(float64(size)/1e6, "index-MB")
		b.ReportMetric(float64(size)/float64(raw), "index/raw")
		b.ReportMetric(float64(ms.HeapSys)/1e6, "heap-MB")
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	}
}

// mixedQueries runs q queries of the kinds readers type — one word, lazy
// headline words, a phrase, a word with an exclusion, a source filter, a date
// range, sorted by time — and returns their latencies, sorted.
func mixedQueries(b *testing.B, ix *Index, base []news.Article, q int) []time.Duration {
	r := rand.New(rand.NewPCG(7, 7))
	var lat []time.Duration
	byKind := make([][]time.Duration, 6)
	for i := 0; i < q; i++ {
		a := base[r.IntN(len(base))]
		words := strings.Fields(headlineQuery(a.Title, r))
		if len(words) == 0 {
			words = []string{"السعودية"}
		}
		req := news.SearchRequest{PageSize: 10}
		switch i % 6 {
		case 0:
			req.Query = words[0]
		case 1:
			req.Query = strings.Join(words, " ")
		case 2:
			tw := strings.Fields(a.Title)
			req.Query = `"` + strings.Join(tw[:min(2, len(tw))], " ") + `"`
		case 3:
			req.Query = words[0] + " -" + words[len(words)-1]
		case 4:
			req.Query = words[0] + " source:" + a.SourceName
		case 5:
			req.Query = words[0] + " after:2015-01-01"
			req.Sort = news.SortTime
		}
		t0 := time.Now()
		if _, err := ix.Search(context.Background(), req); err != nil && news.ErrorCode(err) != news.EINVALID {
			b.Fatalf("%q: %v", req.Query, err)
		}
		lat = append(lat, time.Since(t0))
		byKind[i%6] = append(byKind[i%6], lat[len(lat)-1])
	}
	// Which kind of query makes the tail.
	for k, name := range []string{"word", "headline words", "phrase", "exclusion", "source", "date, by time"} {
		l := byKind[k]
		slices.Sort(l)
		b.Logf("%-15s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms", name, ms(l[len(l)/2]), ms(l[len(l)*99/100]), ms(l[len(l)-1]))
	}
	slices.Sort(lat)
	return lat
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
