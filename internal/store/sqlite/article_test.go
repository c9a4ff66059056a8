package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

func TestPutArticle(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")
	other := addSource(t, s, "https://b.test/rss", "ب")

	orig := article(src.ID, 1)
	created, err := s.PutArticle(ctx, orig)
	if err != nil || !created || orig.ID == 0 {
		t.Fatalf("first put: created=%v id=%d err=%v", created, orig.ID, err)
	}

	tests := []struct {
		name    string
		mod     func(a *news.Article)
		created bool
		sameID  bool // the stored id of orig
		code    string
	}{
		{"same canonical URL", func(a *news.Article) { a.URL = "https://a.test/amp/1"; a.ContentHash = "other" }, false, true, ""},
		{"URL is a known alias", func(a *news.Article) { a.CanonicalURL = "https://a.test/new-canonical"; a.ContentHash = "other2" }, false, true, ""},
		{"same hash, same source, new URLs (republished): another article", func(a *news.Article) {
			a.URL, a.CanonicalURL = "https://a.test/re/1", "https://a.test/re/1"
		}, true, false, ""},
		{"same hash, other source", func(a *news.Article) {
			a.SourceID = other.ID
			a.URL, a.CanonicalURL = "https://b.test/copy/1", "https://b.test/copy/1"
		}, true, false, ""},
		{"new article", func(a *news.Article) {
			a.URL, a.CanonicalURL, a.ContentHash = "https://a.test/a/2", "https://a.test/a/2", "hash-2"
		}, true, false, ""},
		{"empty URL falls back to canonical", func(a *news.Article) {
			a.URL, a.CanonicalURL, a.ContentHash = "", "https://a.test/a/3", "hash-3"
		}, true, false, ""},
		{"no content hash", func(a *news.Article) {
			a.URL, a.CanonicalURL, a.ContentHash = "https://a.test/a/4", "https://a.test/a/4", ""
		}, true, false, ""},
		{"empty text", func(a *news.Article) { a.CanonicalURL = "https://a.test/x"; a.Text = "" }, false, false, news.EINVALID},
		{"blank text", func(a *news.Article) { a.CanonicalURL = "https://a.test/x"; a.Text = " \n\n " }, false, false, news.EINVALID},
		{"empty canonical", func(a *news.Article) { a.CanonicalURL = "" }, false, false, news.EINVALID},
		{"no source", func(a *news.Article) { a.CanonicalURL = "https://a.test/x"; a.SourceID = 0 }, false, false, news.EINVALID},
		{"unknown source", func(a *news.Article) { a.CanonicalURL = "https://a.test/x"; a.SourceID = 999 }, false, false, news.EINVALID},
		{"published year out of range", func(a *news.Article) {
			a.CanonicalURL = "https://a.test/x"
			a.Published = time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)
		}, false, false, news.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article(src.ID, 1)
			tc.mod(a)
			created, err := s.PutArticle(ctx, a)
			if tc.code != "" {
				wantCode(t, err, tc.code)
				if id, _ := s.ArticleIDByURL(ctx, "https://a.test/x"); id != 0 {
					t.Fatal("a rejected article was stored")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if created != tc.created {
				t.Fatalf("created = %v, want %v", created, tc.created)
			}
			if tc.sameID && a.ID != orig.ID {
				t.Fatalf("ID = %d, want the stored %d", a.ID, orig.ID)
			}
			if !tc.sameID && a.ID == orig.ID {
				t.Fatalf("ID = %d, the id of another article", a.ID)
			}
			// Every URL it came under now finds it.
			for _, u := range []string{a.URL, a.CanonicalURL} {
				if u == "" {
					continue
				}
				if id, err := s.ArticleIDByURL(ctx, u); err != nil || id != a.ID {
					t.Fatalf("ArticleIDByURL(%s) = %d, %v; want %d", u, id, err, a.ID)
				}
			}
		})
	}

	// A duplicate changes nothing of the stored article.
	got, err := s.ArticleByID(ctx, orig.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.CanonicalURL != orig.CanonicalURL || got.ContentHash != orig.ContentHash || got.URL != orig.URL {
		t.Fatalf("stored article changed by duplicates: %+v", got)
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "صحيفة الاختبار")
	a := article(src.ID, 7)
	a.Published = time.Date(2024, 3, 1, 12, 0, 0, 123000000, riyadh)
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := s.ArticleByID(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := *a
	want.SourceName = "صحيفة الاختبار"
	if got.ID != want.ID || got.SourceID != want.SourceID || got.SourceName != want.SourceName ||
		got.URL != want.URL || got.CanonicalURL != want.CanonicalURL || got.Title != want.Title ||
		got.Text != want.Text || got.Author != want.Author || got.Language != want.Language ||
		!got.Published.Equal(want.Published) || !got.Fetched.Equal(want.Fetched) || got.ContentHash != want.ContentHash {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
	}
	// The export prints the offset the outlet gave.
	if p := got.Published.Format(time.RFC3339Nano); p != "2024-03-01T12:00:00.123+03:00" {
		t.Fatalf("published formats as %s, want the original +03:00 offset", p)
	}

	_, err = s.ArticleByID(ctx, 12345)
	wantCode(t, err, news.ENOTFOUND)
	var ne *news.Error
	if !errors.As(err, &ne) {
		t.Fatalf("not found error %v is not a *news.Error", err)
	}
}

func TestPutArticleDefaults(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	fixed := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return fixed }
	src := addSource(t, s, "https://a.test/rss", "أ")
	a := article(src.ID, 1)
	a.Fetched, a.Published = time.Time{}, time.Time{}
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := s.ArticleByID(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Fetched.Equal(fixed) || !a.Fetched.Equal(fixed) {
		t.Fatalf("zero Fetched stored as %v (arg %v), want now %v", got.Fetched, a.Fetched, fixed)
	}
	if !got.Published.IsZero() {
		t.Fatalf("unknown Published came back as %v", got.Published)
	}
}

func TestPutClearsFailure(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")
	a := article(src.ID, 1)
	for _, u := range []string{a.URL, a.CanonicalURL, "https://a.test/unrelated"} {
		if err := s.RecordFailure(ctx, news.Failure{URL: u, SourceID: src.ID, Reason: "timeout"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Failures != 1 {
		t.Fatalf("%d failures left, want only the unrelated one", st.Failures)
	}
}

func TestPutArticles(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")
	if _, err := s.PutArticle(ctx, article(src.ID, 0)); err != nil {
		t.Fatal(err)
	}

	batch := []*news.Article{article(src.ID, 0), article(src.ID, 1), article(src.ID, 2), article(src.ID, 1)}
	batch[3].URL = "https://a.test/dup-in-batch" // same canonical as batch[1]
	created, err := s.PutArticles(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{false, true, true, false}; fmt.Sprint(created) != fmt.Sprint(want) {
		t.Fatalf("created = %v, want %v", created, want)
	}
	if batch[3].ID != batch[1].ID {
		t.Fatalf("in-batch duplicate got id %d, want %d", batch[3].ID, batch[1].ID)
	}
	if id, _ := s.ArticleIDByURL(ctx, "https://a.test/dup-in-batch"); id != batch[1].ID {
		t.Fatalf("alias from in-batch duplicate maps to %d, want %d", id, batch[1].ID)
	}

	// One bad article: nothing of the batch is stored.
	bad := []*news.Article{article(src.ID, 10), article(src.ID, 11)}
	bad[1].Text = ""
	_, err = s.PutArticles(ctx, bad)
	wantCode(t, err, news.EINVALID)
	if !strings.Contains(err.Error(), "article 1") {
		t.Fatalf("error %q does not say which article", err)
	}
	// Unknown source is found inside the transaction: the first must roll back.
	bad = []*news.Article{article(src.ID, 12), article(999, 13)}
	_, err = s.PutArticles(ctx, bad)
	wantCode(t, err, news.EINVALID)
	for _, i := range []int{10, 12} {
		if id, _ := s.ArticleIDByURL(ctx, article(src.ID, i).CanonicalURL); id != 0 {
			t.Fatalf("article %d of a failed batch was stored", i)
		}
	}
	_, err = s.PutArticles(ctx, []*news.Article{nil})
	wantCode(t, err, news.EINVALID)

	if created, err := s.PutArticles(ctx, nil); err != nil || len(created) != 0 {
		t.Fatalf("empty batch: %v, %v", created, err)
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 3 {
		t.Fatalf("%d articles stored, want 3", st.Articles)
	}
}

func TestAddAlias(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")
	a, b := article(src.ID, 1), article(src.ID, 2)
	if _, err := s.PutArticles(ctx, []*news.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordFailure(ctx, news.Failure{URL: "https://t.test/abc", Reason: "redirect_loop"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		url  string
		id   int64
		code string
	}{
		{"new alias", "https://t.test/abc", a.ID, ""},
		{"again, same article", "https://t.test/abc", a.ID, ""},
		{"canonical of itself", a.CanonicalURL, a.ID, ""},
		{"belongs to another", "https://t.test/abc", b.ID, news.ECONFLICT},
		{"unknown article", "https://t.test/def", 999, news.ENOTFOUND},
		{"empty url", "", a.ID, news.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := s.AddAlias(ctx, tc.url, tc.id)
			if tc.code != "" {
				wantCode(t, err, tc.code)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got, err := s.ArticleIDByURL(ctx, tc.url); err != nil || got != tc.id {
				t.Fatalf("ArticleIDByURL = %d, %v; want %d", got, err, tc.id)
			}
		})
	}
	if st, _ := s.Stats(ctx); st.Failures != 0 {
		t.Fatalf("alias did not clear the failure of its URL: %d failures", st.Failures)
	}
	if id, err := s.ArticleIDByURL(ctx, "https://unknown.test/"); err != nil || id != 0 {
		t.Fatalf("unknown URL: %d, %v; want 0, nil", id, err)
	}
}

func TestListArticles(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := addSource(t, s, "https://a.test/rss", "أ")
	b := addSource(t, s, "https://b.test/rss", "ب")
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

	// name -> article; the order we expect, newest first, is checked below.
	mk := func(i int, src int64, published, fetched time.Time) *news.Article {
		x := article(src, i)
		x.Published, x.Fetched = published, fetched
		return x
	}
	arts := []*news.Article{
		mk(1, a.ID, base.Add(1*time.Hour), base.Add(10*time.Hour)),
		mk(2, b.ID, base.Add(3*time.Hour), base.Add(12*time.Hour)),                 // ties 4 and 5 on published, fetched last
		mk(3, a.ID, time.Time{}, base.Add(2*time.Hour)),                            // no published: sorts by fetched
		mk(4, a.ID, base.Add(3*time.Hour), base.Add(11*time.Hour)),                 // ties 2 on published, fetched later
		mk(5, b.ID, base.Add(3*time.Hour).In(riyadh), base.Add(11*time.Hour)),      // ties 4 on both: id decides
		mk(6, a.ID, base.Add(-24*time.Hour).In(time.FixedZone("", -8*3600)), base), // oldest, other offset
	}
	if _, err := s.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	id := func(i int) int64 { return arts[i-1].ID }
	all := []int64{id(2), id(5), id(4), id(3), id(1), id(6)}
	ofA := []int64{id(4), id(3), id(1), id(6)}

	tests := []struct {
		name string
		f    news.ArticleFilter
		want []int64
		code string
	}{
		{"all", news.ArticleFilter{}, all, ""},
		{"limit", news.ArticleFilter{Limit: 2}, all[:2], ""},
		{"cursor", news.ArticleFilter{BeforeID: id(5), Limit: 2}, []int64{id(4), id(3)}, ""},
		{"cursor on a tie", news.ArticleFilter{BeforeID: id(2)}, all[1:], ""},
		{"cursor at the end", news.ArticleFilter{BeforeID: id(6)}, nil, ""},
		{"by source", news.ArticleFilter{SourceID: a.ID}, ofA, ""},
		{"by source with cursor", news.ArticleFilter{SourceID: a.ID, BeforeID: id(4), Limit: 2}, ofA[1:3], ""},
		{"by source, cursor from another source", news.ArticleFilter{SourceID: a.ID, BeforeID: id(5)}, ofA, ""},
		{"unknown source", news.ArticleFilter{SourceID: 999}, nil, ""},
		{"unknown cursor", news.ArticleFilter{BeforeID: 999}, nil, news.EINVALID},
		{"negative", news.ArticleFilter{BeforeID: -1}, nil, news.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.ListArticles(ctx, tc.f)
			if tc.code != "" {
				wantCode(t, err, tc.code)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, x := range got {
				ids = append(ids, x.ID)
				if x.SourceName == "" || x.Text == "" {
					t.Fatalf("article %d missing source name or text", x.ID)
				}
			}
			if fmt.Sprint(ids) != fmt.Sprint(tc.want) {
				t.Fatalf("ids %v, want %v", ids, tc.want)
			}
		})
	}

	// Paging with the cursor visits every article once.
	var seen []int64
	f := news.ArticleFilter{Limit: 4}
	for {
		page, err := s.ListArticles(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, x := range page {
			seen = append(seen, x.ID)
		}
		f.BeforeID = page[len(page)-1].ID
	}
	if fmt.Sprint(seen) != fmt.Sprint(all) {
		t.Fatalf("paging saw %v, want %v", seen, all)
	}
}

func TestListArticlesLimits(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")
	var batch []*news.Article
	for i := range MaxLimit + 10 {
		a := article(src.ID, i)
		a.Text = "نص قصير"
		batch = append(batch, a)
	}
	if _, err := s.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ limit, want int }{
		{0, DefaultLimit}, {-5, DefaultLimit}, {7, 7}, {MaxLimit, MaxLimit}, {MaxLimit + 1, MaxLimit}, {1 << 30, MaxLimit},
	} {
		got, err := s.ListArticles(ctx, news.ArticleFilter{Limit: tc.limit})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tc.want {
			t.Errorf("Limit %d: %d articles, want %d", tc.limit, len(got), tc.want)
		}
	}
}

func TestListArticlesUsesIndex(t *testing.T) {
	s := newStore(t)
	for _, tc := range []struct{ where, index string }{
		{"", "articles_order"},
		{"WHERE (a.sort_ns, a.fetched_ns, a.id) < (1, 2, 3)", "articles_order"},
		{"WHERE a.source_id = 1 AND (a.sort_ns, a.fetched_ns, a.id) < (1, 2, 3)", "articles_source_order"},
	} {
		plan := queryPlan(t, s, `SELECT `+articleColumns+articleFrom+` `+tc.where+
			` ORDER BY a.sort_ns DESC, a.fetched_ns DESC, a.id DESC LIMIT 50`)
		p := strings.Join(plan, "; ")
		if !strings.Contains(p, tc.index) || strings.Contains(p, "TEMP B-TREE") {
			t.Errorf("%q: plan %q, want %s without a sort", tc.where, p, tc.index)
		}
	}
}

func TestEachArticle(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src := addSource(t, s, "https://a.test/rss", "أ")
	var batch []*news.Article
	for i := range 5 {
		a := article(src.ID, i)
		a.Published = time.Date(2024, 1, 5-i, 0, 0, 0, 0, time.UTC) // reverse of id order
		batch = append(batch, a)
	}
	if _, err := s.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	err := s.EachArticle(ctx, func(a *news.Article) error {
		ids = append(ids, a.ID)
		if a.SourceName != "أ" || a.Text == "" {
			return fmt.Errorf("article %d incomplete: %+v", a.ID, a)
		}
		// fn may use the store while the walk is open.
		if _, err := s.ArticleByID(ctx, a.ID); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{batch[0].ID, batch[1].ID, batch[2].ID, batch[3].ID, batch[4].ID}; fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Fatalf("ids %v, want id order %v", ids, want)
	}

	stop := errors.New("stop")
	n := 0
	err = s.EachArticle(ctx, func(*news.Article) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("fn error: got %v after %d calls, want stop after 1", err, n)
	}
}
