package sources

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/khabar-news/khabar/internal/store/sqlite"
)

func TestKnown(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"http://www.okaz.com.sa/new/20150810/Con1", "عكاظ"},
		{"https://SABQ.org/x", "سبق"},
		{"https://rss.dw.com/rdf/rss-ar-all", "دويتشه فيله عربية"}, // a subdomain of a built-in site
		{"https://www.spa.gov.sa/viewstory.php?id=1", "واس"},
		{"https://example.com/a", ""},
		{"https://sa/", ""},
		{"not a url at all", ""},
		{"", ""},
	} {
		o, ok := Known(c.url)
		if o.Name != c.want || ok != (c.want != "") {
			t.Errorf("Known(%q) = %q, %v; want %q", c.url, o.Name, ok, c.want)
		}
	}
}

// TestAddNamesKnownFeeds: a feed added without a name gets its outlet's
// name when the host is known, its URL when not; a name given wins.
func TestAddNamesKnownFeeds(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, c := range []struct{ url, name, want string }{
		{"https://aawsat.com/feed", "", "الشرق الأوسط"},
		{"http://127.0.0.1:9/feed.xml", "", "http://127.0.0.1:9/feed.xml"},
		{"https://sabq.org/rss", "سبق الإلكترونية", "سبق الإلكترونية"},
	} {
		s, err := Add(ctx, st, c.url, c.name)
		if err != nil {
			t.Fatal(err)
		}
		if s.Name != c.want {
			t.Errorf("Add(%q, %q) named %q, want %q", c.url, c.name, s.Name, c.want)
		}
	}
}
