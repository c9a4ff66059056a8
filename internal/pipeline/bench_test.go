package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"

	"github.com/khabar-news/khabar/internal/extract"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/newsfarm"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// BenchmarkPerPage compares, on the same newsfarm pages, go-trafilatura alone
// with Khabar's whole per-article path (local HTTP fetch, charset, extraction
// with metadata, merge and a SQLite transaction). The budget: the
// pipeline adds at most 30% to trafilatura alone.
//
//	go test ./internal/pipeline -run '^$' -bench PerPage -benchtime 300x
func BenchmarkPerPage(b *testing.B) {
	pages := newsfarm.Pages(b, "--days", "2015-08-10:2015-08-10", "--n", "120")
	byPath := map[string][]byte{}
	ctype := map[string]string{}
	for _, p := range pages {
		byPath["/"+p.ID] = p.HTML
		ctype["/"+p.ID] = "text/html; charset=" + p.Encoding
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Every iteration asks for a fresh URL (/ID/N) so nothing is "known".
		key := r.URL.Path
		if i := strings.LastIndexByte(key[1:], '/'); i >= 0 {
			key = key[:i+1]
		}
		body, ok := byPath[key]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", ctype[key])
		w.Write(body)
	}))
	defer srv.Close()

	b.Run("trafilatura-alone", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := pages[i%len(pages)]
			if _, err := trafilatura.Extract(bytes.NewReader(p.HTML), trafilatura.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("khabar-pipeline", func(b *testing.B) {
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "k.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		ctx := context.Background()
		src := &news.Source{FeedURL: srv.URL + "/feed", Name: "bench", Kind: news.KindFeed}
		if err := st.AddSource(ctx, src); err != nil {
			b.Fatal(err)
		}
		cfg := fetch.DefaultConfig()
		cfg.MinDelay = 0
		p := &Pipeline{Store: st, Fetch: fetch.New(cfg, nil), Extract: extract.New()}
		t := &tally{reasons: map[string]int{}}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			pg := pages[i%len(pages)]
			c := candidate{url: fmt.Sprintf("%s/%s/%d", srv.URL, pg.ID, i), source: src}
			if err := p.article(ctx, c, t); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		if t.s.Stored != b.N {
			b.Fatalf("stored %d of %d pages: %+v", t.s.Stored, b.N, t.reasons)
		}
	})
}

// BenchmarkCrawlNewsfarm crawls one day of newsfarm end to end (feeds,
// sitemaps, pages), without faults and with the politeness delay at 0, and
// reports pages/s and articles/s.
//
//	go test ./internal/pipeline -run '^$' -bench CrawlNewsfarm -benchtime 1x
func BenchmarkCrawlNewsfarm(b *testing.B) {
	farm := newsfarm.Start(b, "--days", "2015-08-10:2015-08-10")
	var pages, stored int
	var took time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "k.db"))
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		m, err := farm.Manifest(ctx)
		if err != nil {
			b.Fatal(err)
		}
		var srcs []news.Source
		for _, s := range m.Sites {
			src := &news.Source{FeedURL: s.FeedURL, Name: s.Name, SiteURL: s.BaseURL + "/", Kind: news.KindFeed}
			if err := st.AddSource(ctx, src); err != nil {
				b.Fatal(err)
			}
			srcs = append(srcs, *src)
		}
		cfg := fetch.DefaultConfig()
		cfg.MinDelay = 0
		p := &Pipeline{Store: st, Fetch: fetch.New(cfg, nil), Extract: extract.New(), Workers: 16}
		b.StartTimer()
		start := time.Now()
		sum, err := p.Crawl(ctx, srcs, true)
		took += time.Since(start)
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if sum.Stored < len(m.Articles)*98/100 {
			b.Fatalf("stored %d of %d", sum.Stored, len(m.Articles))
		}
		pages += sum.Pages
		stored += sum.Stored
		st.Close()
	}
	b.ReportMetric(float64(pages)/took.Seconds(), "pages/s")
	b.ReportMetric(float64(stored)/took.Seconds(), "articles/s")
}
