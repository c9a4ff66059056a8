package sqlite

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/khabar-news/khabar/internal/news"
)

// TestConcurrentWrites has 8 goroutines write (single puts, batches, aliases,
// failures, health) while others read; none may see SQLITE_BUSY or any error.
func TestConcurrentWrites(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	const writers, perWriter = 8, 25

	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter*2)
	for w := range writers {
		wg.Go(func() {
			src := &news.Source{FeedURL: fmt.Sprintf("https://w%d.test/rss", w), Name: fmt.Sprint("مصدر ", w)}
			if err := s.AddSource(ctx, src); err != nil {
				errs <- err
				return
			}
			for i := range perWriter {
				n := w*1000 + i
				a := article(src.ID, n)
				var err error
				if i%4 == 0 {
					_, err = s.PutArticles(ctx, []*news.Article{a, article(src.ID, n+500)})
				} else {
					_, err = s.PutArticle(ctx, a)
				}
				if err != nil {
					errs <- err
					continue
				}
				if err := s.AddAlias(ctx, fmt.Sprintf("https://short.test/%d", n), a.ID); err != nil {
					errs <- err
				}
				if err := s.RecordFailure(ctx, news.Failure{URL: fmt.Sprintf("https://w%d.test/bad/%d", w, i), SourceID: src.ID, Reason: "timeout"}); err != nil {
					errs <- err
				}
				src.Failures = i
				if err := s.UpdateSourceHealth(ctx, src); err != nil {
					errs <- err
				}
			}
		})
	}
	// Readers alongside.
	for range 4 {
		wg.Go(func() {
			for range perWriter {
				if _, err := s.ListArticles(ctx, news.ArticleFilter{Limit: 20}); err != nil {
					errs <- err
				}
				if _, err := s.Stats(ctx); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantArticles := writers * (perWriter + (perWriter+3)/4) // every 4th write (i%4==0) adds a second article
	if st.Articles != wantArticles || st.Failures != writers*perWriter || st.Sources != writers {
		t.Fatalf("stats %+v, want %d articles, %d failures, %d sources", st, wantArticles, writers*perWriter, writers)
	}
}

// TestTwoStoresOneFile is two processes' worth of handles on one file: the
// second writer must wait for the first (busy_timeout), not fail.
func TestTwoStoresOneFile(t *testing.T) {
	ctx := context.Background()
	s1 := newStore(t)
	s2, err := Open(ctx, s1.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	src := addSource(t, s1, "https://a.test/rss", "أ")

	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for k, s := range []*Store{s1, s2} {
		wg.Go(func() {
			for i := range 50 {
				if _, err := s.PutArticle(ctx, article(src.ID, k*100+i)); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s2.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 100 {
		t.Fatalf("%d articles, want 100", st.Articles)
	}
}
