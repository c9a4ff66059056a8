package search

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// fixture is a real SQLite store and a real index in one temp folder.
type fixture struct {
	t     testing.TB
	dir   string
	st    *sqlite.Store
	ix    *Index
	srcID map[string]int64
	n     int
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "khabar.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{t: t, dir: dir, st: st, srcID: map[string]int64{}}
	f.open()
	return f
}

func (f *fixture) open() {
	f.t.Helper()
	ix, err := Open(context.Background(), f.dir, f.st, Options{Now: func() time.Time { return day(2015, 8, 20) }})
	if err != nil {
		f.t.Fatal(err)
	}
	f.ix = ix
	f.t.Cleanup(func() { ix.Close() })
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

// put stores an article (and its source) and hands it to the index, as the
// pipeline does; it returns the article's id.
func (f *fixture) put(source, title, text string, published time.Time) int64 {
	f.t.Helper()
	ctx := context.Background()
	sid, ok := f.srcID[source]
	if !ok {
		s := &news.Source{FeedURL: "import:" + source, Name: source, Kind: news.KindImport}
		if err := f.st.AddSource(ctx, s); err != nil {
			f.t.Fatal(err)
		}
		sid = s.ID
		f.srcID[source] = sid
	}
	f.n++
	a := &news.Article{SourceID: sid, URL: "https://example.com/" + source + "/" + itoa(f.n),
		Title: title, Text: text, Published: published, Fetched: published}
	a.CanonicalURL = a.URL
	if _, err := f.st.PutArticle(ctx, a); err != nil {
		f.t.Fatal(err)
	}
	if f.ix != nil {
		if err := f.ix.Process(ctx, a); err != nil {
			f.t.Fatal(err)
		}
	}
	return a.ID
}

func itoa(n int) string {
	return string(rune('0'+n/100%10)) + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
}

func (f *fixture) flush() {
	f.t.Helper()
	if f.ix == nil {
		return // storing only
	}
	if err := f.ix.Flush(context.Background()); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) search(q string) *news.SearchResult {
	f.t.Helper()
	res, err := f.ix.Search(context.Background(), news.SearchRequest{Query: q})
	if err != nil {
		f.t.Fatalf("search %q: %v", q, err)
	}
	return res
}

func ids(res *news.SearchResult) []int64 {
	out := []int64{}
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out
}

// hitIDs are the article ids of Bleve's hits, in order.
func hitIDs(sr *bleve.SearchResult) []int64 {
	var out []int64
	for _, h := range sr.Hits {
		id, err := strconv.ParseInt(h.ID, 10, 64)
		if err != nil {
			panic(fmt.Sprintf("hit id %q: %v", h.ID, err))
		}
		out = append(out, id)
	}
	return out
}
