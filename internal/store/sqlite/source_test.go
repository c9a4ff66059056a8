package sqlite

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

func TestAddSource(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)

	first := &news.Source{FeedURL: "https://a.test/rss", Name: "أ", SiteURL: "https://a.test/", Kind: news.KindSitemap, Country: "SA"}
	if err := s.AddSource(ctx, first); err != nil {
		t.Fatal(err)
	}
	if first.ID == 0 || first.Added.IsZero() {
		t.Fatalf("AddSource did not set ID/Added: %+v", first)
	}

	tests := []struct {
		name string
		in   news.Source
		want news.Source // compared fields: ID (when not 0), Name, SiteURL, Kind, Country
		code string
	}{
		{"new source defaults to feed", news.Source{FeedURL: "https://b.test/rss", Name: "ب"},
			news.Source{Name: "ب", Kind: news.KindFeed}, ""},
		{"known feed, empty fields keep stored values", news.Source{FeedURL: "https://a.test/rss"},
			news.Source{ID: first.ID, Name: "أ", SiteURL: "https://a.test/", Kind: news.KindSitemap, Country: "SA"}, ""},
		{"known feed, new values win", news.Source{FeedURL: "https://a.test/rss", Name: "ألف", Kind: news.KindFeed, Country: "EG"},
			news.Source{ID: first.ID, Name: "ألف", SiteURL: "https://a.test/", Kind: news.KindFeed, Country: "EG"}, ""},
		{"empty feed url", news.Source{Name: "x"}, news.Source{}, news.EINVALID},
		{"blank feed url", news.Source{FeedURL: "  "}, news.Source{}, news.EINVALID},
		{"unknown kind", news.Source{FeedURL: "https://c.test/rss", Kind: "podcast"}, news.Source{}, news.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			err := s.AddSource(ctx, &in)
			if tc.code != "" {
				wantCode(t, err, tc.code)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.want.ID != 0 && in.ID != tc.want.ID {
				t.Fatalf("ID = %d, want %d (the stored source)", in.ID, tc.want.ID)
			}
			got, err := s.SourceByID(ctx, in.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Name != tc.want.Name || got.SiteURL != tc.want.SiteURL || got.Kind != tc.want.Kind || got.Country != tc.want.Country {
				t.Fatalf("stored %+v, want name/site/kind/country %q %q %q %q", got, tc.want.Name, tc.want.SiteURL, tc.want.Kind, tc.want.Country)
			}
		})
	}
	list, err := s.ListSources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("ListSources: %d sources, want 2", len(list))
	}
}

func TestAddSourceKeepsAdded(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	added := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	src := &news.Source{FeedURL: "import:spa", Name: "واس", Kind: news.KindImport, Added: added}
	if err := s.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	again := &news.Source{FeedURL: "import:spa"}
	if err := s.AddSource(ctx, again); err != nil {
		t.Fatal(err)
	}
	if !again.Added.Equal(added) {
		t.Fatalf("re-adding changed Added to %v, want %v", again.Added, added)
	}
}

func TestSourceLookups(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")
	for i := range 3 {
		if _, err := s.PutArticle(ctx, article(src.ID, i)); err != nil {
			t.Fatal(err)
		}
	}

	byID, err := s.SourceByID(ctx, src.ID)
	if err != nil {
		t.Fatal(err)
	}
	byURL, err := s.SourceByFeedURL(ctx, "https://a.test/rss")
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.ListSources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]*news.Source{"by id": byID, "by feed url": byURL, "list": &list[0]} {
		if got.ID != src.ID || got.FeedURL != src.FeedURL || got.Name != "أ" || got.Articles != 3 {
			t.Errorf("%s: %+v, want id %d with 3 articles", name, got, src.ID)
		}
	}

	_, err = s.SourceByID(ctx, 999)
	wantCode(t, err, news.ENOTFOUND)
	if !strings.HasPrefix(err.Error(), "sqlite: source by id: ") {
		t.Errorf("error %q lacks the sqlite: op: prefix", err)
	}
	_, err = s.SourceByFeedURL(ctx, "https://nowhere.test/rss")
	wantCode(t, err, news.ENOTFOUND)
}

func TestUpdateSourceHealth(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")

	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	src.LastFetch = at
	src.LastSuccess = at.Add(-time.Hour)
	src.LastError = "http 503"
	src.Failures = 2
	src.NextFetch = at.Add(30 * time.Minute)
	src.ETag = `"abc"`
	src.LastModified = "Mon, 06 May 2024 07:00:00 GMT"
	src.Name = "changed by mistake" // not a health field: must not be written
	if err := s.UpdateSourceHealth(ctx, src); err != nil {
		t.Fatal(err)
	}
	got, err := s.SourceByID(ctx, src.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.LastFetch.Equal(src.LastFetch) || !got.LastSuccess.Equal(src.LastSuccess) || !got.NextFetch.Equal(src.NextFetch) ||
		got.LastError != src.LastError || got.Failures != 2 || got.ETag != src.ETag || got.LastModified != src.LastModified {
		t.Fatalf("health not stored: got %+v want %+v", got, src)
	}
	if got.Name != "أ" {
		t.Fatalf("UpdateSourceHealth changed the name to %q", got.Name)
	}

	// A success clears the error and the counter.
	src.LastError, src.Failures = "", 0
	if err := s.UpdateSourceHealth(ctx, src); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.SourceByID(ctx, src.ID); got.LastError != "" || got.Failures != 0 {
		t.Fatalf("after success: error %q failures %d", got.LastError, got.Failures)
	}

	wantCode(t, s.UpdateSourceHealth(ctx, &news.Source{ID: 999}), news.ENOTFOUND)
}

func TestRemoveSourceCascades(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	gone := addSource(t, s, "https://gone.test/rss", "يذهب")
	stays := addSource(t, s, "https://stays.test/rss", "يبقى")
	a := article(gone.ID, 1)
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.AddAlias(ctx, "https://gone.test/short/1", a.ID); err != nil {
		t.Fatal(err)
	}
	b := article(stays.ID, 2)
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordFailure(ctx, news.Failure{URL: "https://gone.test/x", SourceID: gone.ID, Reason: "http_404"}); err != nil {
		t.Fatal(err)
	}

	if err := s.RemoveSource(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ArticleByID(ctx, a.ID); news.ErrorCode(err) != news.ENOTFOUND {
		t.Fatalf("article of removed source: err %v, want not found", err)
	}
	for _, u := range []string{a.URL, a.CanonicalURL, "https://gone.test/short/1"} {
		if id, err := s.ArticleIDByURL(ctx, u); err != nil || id != 0 {
			t.Fatalf("URL %s of removed article still maps to %d (%v)", u, id, err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Sources != 1 || st.Articles != 1 || st.Failures != 0 {
		t.Fatalf("after remove: %+v, want 1 source, 1 article, 0 failures", st)
	}
	if _, err := s.ArticleByID(ctx, b.ID); err != nil {
		t.Fatalf("other source's article: %v", err)
	}
	wantCode(t, s.RemoveSource(ctx, gone.ID), news.ENOTFOUND)
}
