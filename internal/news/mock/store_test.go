package mock_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/news/mock"
)

func TestUnsetFnReturnsError(t *testing.T) {
	var m mock.Store
	ctx := context.Background()
	errs := map[string]error{
		"AddSource": m.AddSource(ctx, &news.Source{}),
		"Close":     m.Close(),
	}
	_, errs["ArticleByID"] = m.ArticleByID(ctx, 1)
	_, errs["ListArticles"] = m.ListArticles(ctx, news.ArticleFilter{})
	_, errs["Stats"] = m.Stats(ctx)
	for name, err := range errs {
		if err == nil || !strings.Contains(err.Error(), name+"Fn") {
			t.Errorf("%s with nil Fn: err = %v, want one naming %sFn", name, err, name)
		}
	}
}

func TestSetFnIsCalled(t *testing.T) {
	want := errors.New("boom")
	var gotID int64
	m := mock.Store{ArticleByIDFn: func(_ context.Context, id int64) (*news.Article, error) {
		gotID = id
		return nil, want
	}}
	if _, err := m.ArticleByID(context.Background(), 42); !errors.Is(err, want) {
		t.Fatalf("err = %v, want %v", err, want)
	}
	if gotID != 42 {
		t.Fatalf("Fn got id %d, want 42", gotID)
	}
}
