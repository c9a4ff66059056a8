package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

func TestRecordFailure(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")

	tests := []struct {
		name     string
		f        news.Failure
		code     string
		attempts int // of f.URL afterwards
	}{
		{"first", news.Failure{URL: "https://a.test/1", SourceID: src.ID, Reason: "http_404", Detail: "not found"}, "", 1},
		{"again counts attempts", news.Failure{URL: "https://a.test/1", SourceID: src.ID, Reason: "timeout"}, "", 2},
		{"no source", news.Failure{URL: "https://x.test/2", Reason: "robots"}, "", 1},
		{"empty url", news.Failure{Reason: "robots"}, news.EINVALID, 0},
		{"empty reason", news.Failure{URL: "https://x.test/3"}, news.EINVALID, 0},
		{"unknown source", news.Failure{URL: "https://x.test/4", SourceID: 999, Reason: "robots"}, news.EINVALID, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := s.RecordFailure(ctx, tc.f)
			if tc.code != "" {
				wantCode(t, err, tc.code)
			} else if err != nil {
				t.Fatal(err)
			}
			n, err := s.FailureAttempts(ctx, tc.f.URL)
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.attempts {
				t.Fatalf("attempts = %d, want %d", n, tc.attempts)
			}
		})
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Failures != 2 || st.FailuresByReason["timeout"] != 1 || st.FailuresByReason["robots"] != 1 || len(st.FailuresByReason) != 2 {
		t.Fatalf("stats %+v, want 2 failures: timeout (the latest reason) and robots", st)
	}

	if err := s.ClearFailure(ctx, "https://a.test/1"); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.FailureAttempts(ctx, "https://a.test/1"); n != 0 {
		t.Fatalf("after clear: %d attempts", n)
	}
	if err := s.ClearFailure(ctx, "https://never.test/"); err != nil {
		t.Fatalf("clearing an unknown URL: %v", err)
	}
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Sources != 0 || st.Articles != 0 || !st.OldestPublished.IsZero() || !st.LastFetched.IsZero() || st.FailuresByReason == nil {
		t.Fatalf("empty store stats %+v", st)
	}

	a := addSource(t, s, "https://a.test/rss", "أ")
	b := addSource(t, s, "https://b.test/rss", "ب")
	addSource(t, s, "https://c.test/rss", "ج")
	b.LastError, b.Failures = "http 500", 3
	if err := s.UpdateSourceHealth(ctx, b); err != nil {
		t.Fatal(err)
	}

	oldest := time.Date(2019, 6, 1, 8, 0, 0, 0, time.FixedZone("", -4*3600))
	newest := time.Date(2024, 6, 1, 8, 0, 0, 0, riyadh)
	lastFetched := time.Date(2025, 2, 2, 2, 2, 2, 0, time.UTC)
	arts := []*news.Article{article(a.ID, 1), article(a.ID, 2), article(b.ID, 3), article(b.ID, 4)}
	arts[0].Published = oldest
	arts[1].Published = newest
	arts[2].Published = time.Time{}
	arts[2].Fetched = lastFetched
	if _, err := s.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordFailure(ctx, news.Failure{URL: "https://a.test/x", SourceID: a.ID, Reason: "no_text"}); err != nil {
		t.Fatal(err)
	}

	st, err = s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Sources != 3 || st.SourcesFailing != 1 || st.Articles != 4 || st.Failures != 1 || st.FailuresByReason["no_text"] != 1 {
		t.Fatalf("counts %+v", st)
	}
	if !st.OldestPublished.Equal(oldest) || !st.NewestPublished.Equal(newest) || !st.LastFetched.Equal(lastFetched) {
		t.Fatalf("times %v %v %v, want %v %v %v", st.OldestPublished, st.NewestPublished, st.LastFetched, oldest, newest, lastFetched)
	}
	if st.Stories != 0 || st.Copies != 0 || st.Tags != 0 || st.Unassigned != 4 {
		t.Fatalf("before the story engine: %+v, want no story and 4 articles without one", st)
	}

	// Two stories, one holding a copy; then the second merged into the first.
	one, two := arts[0].ID, arts[2].ID
	if err := s.SaveStories(ctx, &news.StoryUpdate{
		Articles: []news.ArticleStory{{ArticleID: arts[0].ID, StoryID: one}, {ArticleID: arts[1].ID, StoryID: one, CopyOf: arts[0].ID},
			{ArticleID: arts[2].ID, StoryID: two}},
		Tags: map[int64][]string{one: {"مكة المكرمة", "الحج"}, two: {"الحج"}},
	}); err != nil {
		t.Fatal(err)
	}
	if st, err = s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if st.Stories != 2 || st.Copies != 1 || st.Tags != 2 || st.Unassigned != 1 {
		t.Fatalf("story counts %+v, want 2 stories, 1 copy, 2 tags, 1 article without a story", st)
	}
	if err := s.SaveStories(ctx, &news.StoryUpdate{Merged: map[int64]int64{two: one}}); err != nil {
		t.Fatal(err)
	}
	if st, err = s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if st.Stories != 1 || st.Copies != 1 {
		t.Fatalf("after a merge %+v, want 1 story (the merged one left out) and 1 copy", st)
	}
}
