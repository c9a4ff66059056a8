package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/khabar-news/khabar/internal/news"
)

// storyIDs lists the stories of a tag's page.
func storyIDs(t *testing.T, s *Store, tag string) []int64 {
	t.Helper()
	list, err := s.ListStories(context.Background(), news.StoryFilter{Tag: tag})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, st := range list {
		ids = append(ids, st.ID)
	}
	slices.Sort(ids)
	return ids
}

// A tag page holds every outlet's spelling of its tag: one story tagged
// «التحرش» and another «تحرش» are on one page, whichever spelling is asked.
func TestTagPageSpellings(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/feed", "a")
	var arts []*news.Article
	for i := range 4 {
		arts = append(arts, article(src.ID, i))
	}
	if _, err := s.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	var as []news.ArticleStory
	for _, a := range arts {
		ids = append(ids, a.ID)
		as = append(as, news.ArticleStory{ArticleID: a.ID, StoryID: a.ID})
	}
	if err := s.SaveStories(ctx, &news.StoryUpdate{Articles: as, Tags: map[int64][]string{
		ids[0]: {"التحرش", "الإنماء"},
		ids[1]: {"تحرش"},
		ids[2]: {"الانماء"},
		ids[3]: {"مصر للطيران"},
	}}); err != nil {
		t.Fatal(err)
	}
	for tag, want := range map[string][]int64{
		"التحرش":  {ids[0], ids[1]},
		"تحرش":    {ids[0], ids[1]},
		"الإنماء": {ids[0], ids[2]},
		"انماء":   {ids[0], ids[2]},
		"مصر":     nil, // one word of a longer tag is another tag
		"!!":      nil, // no letters: no key, and no page of everything
	} {
		if got := storyIDs(t, s, tag); !slices.Equal(got, want) {
			t.Errorf("tag %q: stories %v, want %v", tag, got, want)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Tags != 3 {
		t.Errorf("stats: %d tags, want 3 (two spellings are one tag)", st.Tags)
	}
}

// Tags stored before the keys existed get theirs when the store opens.
func TestTagKeysFilledOnOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "khabar.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	src := addSource(t, s, "https://a.test/feed", "a")
	a, b := article(src.ID, 0), article(src.ID, 1)
	if _, err := s.PutArticles(ctx, []*news.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveStories(ctx, &news.StoryUpdate{Articles: []news.ArticleStory{{ArticleID: a.ID, StoryID: a.ID}, {ArticleID: b.ID, StoryID: b.ID}},
		Tags: map[int64][]string{a.ID: {"الإنماء"}, b.ID: {"الانماء"}}}); err != nil {
		t.Fatal(err)
	}
	// As a store of before migration 0007 left them.
	if _, err := s.w.ExecContext(ctx, `UPDATE story_tags SET key = ''`); err != nil {
		t.Fatal(err)
	}
	if got := storyIDs(t, s, "الإنماء"); len(got) != 0 {
		t.Fatalf("without keys the page found %v: the test does not stand for an old store", got)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, want := storyIDs(t, s, "الإنماء"), []int64{a.ID, b.ID}; !slices.Equal(got, want) {
		t.Fatalf("after reopening: stories %v, want %v", got, want)
	}
}
