package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// BenchmarkExtract: our whole layer (decode, metadata, trafilatura, text) per
// newsfarm page.
func BenchmarkExtract(b *testing.B) {
	pages := newsfarm(b)
	ex := New()
	fetched := time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC)
	var bytesIn int64
	for _, p := range pages {
		bytesIn += int64(len(p.html))
	}
	b.SetBytes(bytesIn / int64(len(pages)))
	extractPages(b, ex, pages, fetched)
}

// BenchmarkExtractWithMemory: BenchmarkExtract with the in-process host
// memory, as the crawler and the eval run it (template paragraphs and
// learned byline slots).
func BenchmarkExtractWithMemory(b *testing.B) {
	pages := newsfarm(b)
	ex := New(WithMemory(NewMemory()))
	fetched := time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC)
	extractPages(b, ex, pages, fetched)
}

// BenchmarkTrafilaturaAlone: plain trafilatura.Extract on the same pages, with
// our options and with the library's defaults (htmldate on), so the cost of
// our layer can be read off against it.
func BenchmarkTrafilaturaAlone(b *testing.B) {
	pages := newsfarm(b)
	for _, bc := range []struct {
		name string
		opts trafilatura.Options
	}{
		{"our-options", defaultOptions()},
		{"library-defaults", trafilatura.Options{}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				p := pages[i%len(pages)]
				if _, err := trafilatura.Extract(bytes.NewReader(p.html), bc.opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/page")
		})
	}
}

// BenchmarkMetadataOnly: our own part alone (decode, parse, metadata rules),
// without trafilatura.
func BenchmarkMetadataOnly(b *testing.B) {
	pages := newsfarm(b)
	fetched := time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		src, _, err := decode(p.html, "")
		if err != nil {
			b.Fatal(err)
		}
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			b.Fatal(err)
		}
		pg := parsePage(doc)
		sites := siteNames(pg)
		title, _, _ := chooseTitle(pg, sites)
		head := headlineBlock(pg, title)
		_ = chooseAuthor(pg, sites, head)
		_, _ = choosePublished(pg, head, defaultZone, fetched)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/page")
}

// extractPages extracts pages round-robin b.N times and reports ms/page.
func extractPages(b *testing.B, ex Extractor, pages []farmPage, fetched time.Time) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		if _, err := ex.Extract(context.Background(), Input{HTML: p.html, URL: p.gold.URL, Fetched: fetched}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/page")
}
