package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/khabar-news/khabar/internal/news"
)

// benchArticles makes n articles with ~2 KB Arabic texts, numbered from base.
func benchArticles(src int64, base, n int) []*news.Article {
	as := make([]*news.Article, n)
	for i := range as {
		a := article(src, base+i)
		a.Text = arabicText(uint64(base+i), 2048)
		as[i] = a
	}
	return as
}

func BenchmarkPutArticle(b *testing.B) {
	ctx := context.Background()
	s := newStore(b)
	src := addSource(b, s, "https://bench.test/rss", "قياس")
	as := benchArticles(src.ID, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		if created, err := s.PutArticle(ctx, as[i]); err != nil || !created {
			b.Fatalf("put %d: created=%v err=%v", i, created, err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkPutArticles(b *testing.B) {
	const batch = 500
	ctx := context.Background()
	s := newStore(b)
	src := addSource(b, s, "https://bench.test/rss", "قياس")
	as := benchArticles(src.ID, 0, b.N*batch)
	b.ResetTimer()
	for i := range b.N {
		created, err := s.PutArticles(ctx, as[i*batch:(i+1)*batch])
		if err != nil || !created[0] {
			b.Fatalf("batch %d: %v", i, err)
		}
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkImport31k is the import of a SaudiNewsNet-sized dump: 31,000
// articles in batches of 500, into a fresh file, timed whole.
func BenchmarkImport31k(b *testing.B) {
	const total, batch = 31000, 500
	ctx := context.Background()
	for range b.N {
		b.StopTimer()
		s := newStore(b)
		src := addSource(b, s, "import:bench", "قياس")
		as := benchArticles(src.ID, 0, total)
		b.StartTimer()
		for i := 0; i < total; i += batch {
			if _, err := s.PutArticles(ctx, as[i:min(i+batch, total)]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*total)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkListArticles(b *testing.B) {
	ctx := context.Background()
	s := newStore(b)
	src := addSource(b, s, "https://bench.test/rss", "قياس")
	for i := 0; i < 5000; i += 500 {
		if _, err := s.PutArticles(ctx, benchArticles(src.ID, i, 500)); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := range b.N {
		got, err := s.ListArticles(ctx, news.ArticleFilter{Limit: 50, BeforeID: int64(4000 - i%1000)})
		if err != nil || len(got) != 50 {
			b.Fatal(fmt.Sprint(len(got)), err)
		}
	}
}
