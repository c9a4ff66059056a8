package sqlite

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// rankedStore holds n stories of 1–4 articles from 1–4 of 8 outlets, their
// last articles spread over two days, so that the top stories of the last
// day mix many sources and fresh ones.
func rankedStore(t testing.TB, n int) *Store {
	t.Helper()
	ctx := context.Background()
	s := newStore(t)
	var srcs []int64
	for i := range 8 {
		srcs = append(srcs, addSource(t, s, fmt.Sprintf("https://o%d.test/rss", i), fmt.Sprintf("منفذ %d", i)).ID)
	}
	t0 := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	var as []*news.Article
	var story []int
	for i := range n {
		members := 1 + i*7%4
		last := t0.Add(time.Duration(i*2*24*60/n) * time.Minute)
		for j := range members {
			a := article(srcs[(i+j*3)%len(srcs)], len(as))
			a.Published = last.Add(-time.Duration(members-1-j) * 20 * time.Minute)
			as = append(as, a)
			story = append(story, i)
		}
	}
	for i := 0; i < len(as); i += 500 {
		if _, err := s.PutArticles(ctx, as[i:min(i+500, len(as))]); err != nil {
			t.Fatal(err)
		}
	}
	u := &news.StoryUpdate{Headlines: map[int64]int64{}}
	first := map[int]int64{}
	for k, a := range as {
		if _, ok := first[story[k]]; !ok {
			first[story[k]] = a.ID
		}
		sid := first[story[k]]
		u.Articles = append(u.Articles, news.ArticleStory{ArticleID: a.ID, StoryID: sid})
		u.Headlines[sid] = a.ID
	}
	if err := s.SaveStories(ctx, u); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTopStoriesRank: the top stories are those of the last day before the
// newest article, ranked by sources / (1 + age/6 h)^1.2, each with its
// headline and first source.
func TestTopStoriesRank(t *testing.T) {
	ctx := context.Background()
	s := rankedStore(t, 300)
	got, err := s.TopStories(ctx, 20)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.ListStories(ctx, news.StoryFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var ref time.Time
	for _, st := range all {
		if st.Last.After(ref) {
			ref = st.Last
		}
	}
	var want []news.Story
	for _, st := range all {
		if ref.Sub(st.Last) <= 24*time.Hour {
			st.Score = float64(st.Sources) / math.Pow(1+ref.Sub(st.Last).Hours()/6, 1.2)
			want = append(want, st)
		}
	}
	slices.SortStableFunc(want, func(a, b news.Story) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.ID, a.ID)) })
	if len(got) != 20 || len(want) < 20 {
		t.Fatalf("%d top stories of %d in the day, want 20", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.ID != w.ID || g.Headline == "" || g.Headline != w.Headline || g.FirstSource != w.FirstSource || g.Sources != w.Sources || math.Abs(g.Score-w.Score) > 1e-9 {
			t.Errorf("top %d: story %d %q (%s, %d sources, score %.4f), want %d %q (%s, %d, %.4f)", i, g.ID, g.Headline, g.FirstSource, g.Sources, g.Score,
				w.ID, w.Headline, w.FirstSource, w.Sources, w.Score)
		}
	}
}

// TestTrendingStories: the stories that gained the most distinct outlets in
// the six hours before the newest article, at least two, most first, each
// read whole.
func TestTrendingStories(t *testing.T) {
	ctx := context.Background()
	s := rankedStore(t, 300)
	got, err := s.TrendingStories(ctx, 8)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 8 {
		t.Fatalf("%d trending stories, want 8", len(got))
	}
	for i, st := range got {
		whole, err := s.StoryByID(ctx, st.ID)
		if err != nil {
			t.Fatal(err)
		}
		if st.Headline == "" || st.Headline != whole.Headline || st.FirstSource != whole.FirstSource || st.Score < 2 {
			t.Errorf("trending %d: %+v, want the story read whole (%+v) with 2 outlets or more", i, st, whole)
		}
		if i > 0 && st.Score > got[i-1].Score {
			t.Errorf("trending %d gained %.0f outlets, more than the one before it (%.0f)", i, st.Score, got[i-1].Score)
		}
	}
}

// TestTrendingReadsNoArticleRow: the ticker's count of outlets reads the
// covering index of publication time and outlet, not the articles' rows
// (their texts): 8 ms → 1 ms over SaudiNewsNet's last six hours.
func TestTrendingReadsNoArticleRow(t *testing.T) {
	plan := queryPlan(t, newStore(t), trendingQuery, 0, 1, 8)
	if !slices.ContainsFunc(plan, func(d string) bool { return strings.Contains(d, "COVERING INDEX articles_sort_source") }) {
		t.Errorf("the ticker's plan %q reads the articles' rows", plan)
	}
}

// BenchmarkStoryLists: the home page's top stories and the ticker on every
// page, over 4,000 stories, about 2,000 of them in the last day (the size
// of SaudiNewsNet's busiest days).
func BenchmarkStoryLists(b *testing.B) {
	ctx := context.Background()
	s := rankedStore(b, 4000)
	for _, c := range []struct {
		name string
		list func(context.Context, int) ([]news.Story, error)
		n    int
	}{{"TopStories", s.TopStories, 30}, {"TrendingStories", s.TrendingStories, 8}} {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				if got, err := c.list(ctx, c.n); err != nil || len(got) != c.n {
					b.Fatalf("%d stories: %v", len(got), err)
				}
			}
		})
	}
}
