package feed

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are the fixtures plus a spread of the feedparser corpus when it
// is present (ill-formed, encodings, entities).
func fuzzSeeds(f *testing.F, exts ...string) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		for _, e := range exts {
			if strings.HasSuffix(p, e) {
				if b, err := os.ReadFile(p); err == nil {
					f.Add(b)
				}
			}
		}
	}
	for _, dir := range []string{"illformed", "encoding", "entities", "json", "wellformed/atom10", "wellformed/rss"} {
		ps, _ := filepath.Glob(filepath.Join(feedparserTests, dir, "*"))
		for i, p := range ps {
			if i%7 != 0 { // a sample: seeds are for shape, not coverage
				continue
			}
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	fuzzSeeds(f, ".xml", ".json", ".html")
	f.Add([]byte(`<rss><channel><item><title>a & b &nbsp;</title><link>/x?a=1&b=2</link></item>`))
	f.Add([]byte("\xFF\xFE<\x00r\x00s\x00s\x00>\x00"))
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := Parse(body, "", "http://fuzz.example/feed")
		if err != nil {
			if feed != nil {
				t.Fatal("non-nil feed with an error")
			}
			if !strings.HasPrefix(err.Error(), "feed: ") {
				t.Fatalf("error without package prefix: %v", err)
			}
			return
		}
		switch feed.Kind {
		case KindRSS, KindAtom, KindJSON, KindNewsSitemap, KindSitemap, KindSitemapIndex:
		default:
			t.Fatalf("unknown kind %q", feed.Kind)
		}
		if len(feed.Items) > MaxSitemapURLs || len(feed.Sitemaps) > MaxSitemapURLs {
			t.Fatalf("%d items, over the cap", len(feed.Items))
		}
		for _, it := range feed.Items {
			for _, s := range []string{it.URL, it.Title, it.Summary, it.Author, it.GUID} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 in %+v", it)
				}
			}
			if it.Title != strings.TrimSpace(it.Title) || strings.Contains(it.Title, "  ") {
				t.Fatalf("title not folded: %q", it.Title)
			}
		}
	})
}

func FuzzParseOPML(f *testing.F) {
	fuzzSeeds(f, ".opml")
	f.Add([]byte(`<opml><body><outline xmlUrl="http://a/?x=1&y=2" text="&nbsp;"/></body></opml>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		outs, err := ParseOPML(bytes.NewReader(body))
		if err != nil {
			if outs != nil {
				t.Fatal("outlines with an error")
			}
			return
		}
		if len(outs) == 0 {
			t.Fatal("no outlines and no error")
		}
		// What was read must survive a write and a re-read unchanged,
		// up to the type WriteOPML fills in and XML's white space rules.
		var buf bytes.Buffer
		if err := WriteOPML(&buf, "fuzz", outs); err != nil {
			t.Fatal(err)
		}
		again, err := ParseOPML(&buf)
		if err != nil {
			t.Fatalf("re-read of written OPML: %v\n%s", err, buf.String())
		}
		if len(again) != len(outs) {
			t.Fatalf("round trip: %d outlines, want %d", len(again), len(outs))
		}
		for i := range outs {
			if outs[i].XMLURL != again[i].XMLURL && utf8.ValidString(outs[i].XMLURL) {
				t.Fatalf("round trip changed xmlUrl %q -> %q", outs[i].XMLURL, again[i].XMLURL)
			}
		}
	})
}
