// Package mock holds function-field mocks of the news interfaces: set the Fn
// a test needs; calling a method whose Fn is nil returns an error instead of
// panicking, so a forgotten stub fails the test with a message.
package mock

import (
	"context"
	"fmt"

	"github.com/khabar-news/khabar/internal/news"
)

var _ news.Store = (*Store)(nil)

// Store is a news.Store whose methods call the matching Fn field.
type Store struct {
	AddSourceFn          func(ctx context.Context, s *news.Source) error
	UpdateSourceHealthFn func(ctx context.Context, s *news.Source) error
	SourceByIDFn         func(ctx context.Context, id int64) (*news.Source, error)
	SourceByFeedURLFn    func(ctx context.Context, feedURL string) (*news.Source, error)
	ListSourcesFn        func(ctx context.Context) ([]news.Source, error)
	RemoveSourceFn       func(ctx context.Context, id int64) error

	PutArticleFn     func(ctx context.Context, a *news.Article) (bool, error)
	PutArticlesFn    func(ctx context.Context, as []*news.Article) ([]bool, error)
	AddAliasFn       func(ctx context.Context, url string, articleID int64) error
	ArticleIDByURLFn func(ctx context.Context, url string) (int64, error)
	ArticleByIDFn    func(ctx context.Context, id int64) (*news.Article, error)
	ListArticlesFn   func(ctx context.Context, f news.ArticleFilter) ([]news.Article, error)
	EachArticleFn    func(ctx context.Context, fn func(*news.Article) error) error

	RecordFailureFn func(ctx context.Context, f news.Failure) error
	ClearFailureFn  func(ctx context.Context, url string) error

	StatsFn func(ctx context.Context) (news.Stats, error)
	CloseFn func() error
}

func unset(method string) error {
	return fmt.Errorf("mock: Store.%s called but %sFn is not set", method, method)
}

func (m *Store) AddSource(ctx context.Context, s *news.Source) error {
	if m.AddSourceFn == nil {
		return unset("AddSource")
	}
	return m.AddSourceFn(ctx, s)
}

func (m *Store) UpdateSourceHealth(ctx context.Context, s *news.Source) error {
	if m.UpdateSourceHealthFn == nil {
		return unset("UpdateSourceHealth")
	}
	return m.UpdateSourceHealthFn(ctx, s)
}

func (m *Store) SourceByID(ctx context.Context, id int64) (*news.Source, error) {
	if m.SourceByIDFn == nil {
		return nil, unset("SourceByID")
	}
	return m.SourceByIDFn(ctx, id)
}

func (m *Store) SourceByFeedURL(ctx context.Context, feedURL string) (*news.Source, error) {
	if m.SourceByFeedURLFn == nil {
		return nil, unset("SourceByFeedURL")
	}
	return m.SourceByFeedURLFn(ctx, feedURL)
}

func (m *Store) ListSources(ctx context.Context) ([]news.Source, error) {
	if m.ListSourcesFn == nil {
		return nil, unset("ListSources")
	}
	return m.ListSourcesFn(ctx)
}

func (m *Store) RemoveSource(ctx context.Context, id int64) error {
	if m.RemoveSourceFn == nil {
		return unset("RemoveSource")
	}
	return m.RemoveSourceFn(ctx, id)
}

func (m *Store) PutArticle(ctx context.Context, a *news.Article) (bool, error) {
	if m.PutArticleFn == nil {
		return false, unset("PutArticle")
	}
	return m.PutArticleFn(ctx, a)
}

func (m *Store) PutArticles(ctx context.Context, as []*news.Article) ([]bool, error) {
	if m.PutArticlesFn == nil {
		return nil, unset("PutArticles")
	}
	return m.PutArticlesFn(ctx, as)
}

func (m *Store) AddAlias(ctx context.Context, url string, articleID int64) error {
	if m.AddAliasFn == nil {
		return unset("AddAlias")
	}
	return m.AddAliasFn(ctx, url, articleID)
}

func (m *Store) ArticleIDByURL(ctx context.Context, url string) (int64, error) {
	if m.ArticleIDByURLFn == nil {
		return 0, unset("ArticleIDByURL")
	}
	return m.ArticleIDByURLFn(ctx, url)
}

func (m *Store) ArticleByID(ctx context.Context, id int64) (*news.Article, error) {
	if m.ArticleByIDFn == nil {
		return nil, unset("ArticleByID")
	}
	return m.ArticleByIDFn(ctx, id)
}

func (m *Store) ListArticles(ctx context.Context, f news.ArticleFilter) ([]news.Article, error) {
	if m.ListArticlesFn == nil {
		return nil, unset("ListArticles")
	}
	return m.ListArticlesFn(ctx, f)
}

func (m *Store) EachArticle(ctx context.Context, fn func(*news.Article) error) error {
	if m.EachArticleFn == nil {
		return unset("EachArticle")
	}
	return m.EachArticleFn(ctx, fn)
}

func (m *Store) RecordFailure(ctx context.Context, f news.Failure) error {
	if m.RecordFailureFn == nil {
		return unset("RecordFailure")
	}
	return m.RecordFailureFn(ctx, f)
}

func (m *Store) ClearFailure(ctx context.Context, url string) error {
	if m.ClearFailureFn == nil {
		return unset("ClearFailure")
	}
	return m.ClearFailureFn(ctx, url)
}

func (m *Store) Stats(ctx context.Context) (news.Stats, error) {
	if m.StatsFn == nil {
		return news.Stats{}, unset("Stats")
	}
	return m.StatsFn(ctx)
}

func (m *Store) Close() error {
	if m.CloseFn == nil {
		return unset("Close")
	}
	return m.CloseFn()
}
