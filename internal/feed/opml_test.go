package feed

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseOPML(t *testing.T) {
	outs, err := ParseOPML(bytes.NewReader(readTestdata(t, "nested.opml")))
	if err != nil {
		t.Fatal(err)
	}
	want := []Outline{
		{Title: "صحيفة النخيل", XMLURL: "http://nakheel.example/rss.xml", HTMLURL: "http://nakheel.example/", Type: "rss"},
		{Title: "ملعب الأخبار", XMLURL: "http://stadium.example/feed?a=1&b=2", Type: "rss"},
		{Title: "Coast", XMLURL: "http://sahil.example/feed.atom", Type: "atom"},
	}
	if !reflect.DeepEqual(outs, want) {
		t.Errorf("got  %+v\nwant %+v", outs, want)
	}
}

func TestParseOPMLErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		noFeeds bool
	}{
		{"malformed", readTestdata(t, "malformed.opml"), "line 6, offset ", false},
		{"mismatched", []byte("<opml>\n<body>\n<outline xmlUrl='http://a/' <</body></opml>"), "line 3", false},
		{"empty", readTestdata(t, "empty.opml"), "no feeds in OPML", true},
		{"empty input", nil, "no <opml>", false},
		{"not OPML", []byte(`<rss><channel/></rss>`), "no <opml>", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			outs, err := ParseOPML(bytes.NewReader(tc.in))
			if err == nil {
				t.Fatalf("ParseOPML = %+v, want error", outs)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "feed: parse opml: ") {
				t.Errorf("error %q, want it to contain %q", err, tc.want)
			}
			if errors.Is(err, ErrNoFeeds) != tc.noFeeds {
				t.Errorf("errors.Is(ErrNoFeeds) = %v, want %v", !tc.noFeeds, tc.noFeeds)
			}
		})
	}
}

func TestWriteOPMLRoundTrip(t *testing.T) {
	outs := []Outline{
		{Title: "جريدة \"الرياض\" & أخواتها", XMLURL: "http://r.example/rss.xml?a=1&b=<2>", HTMLURL: "http://r.example/", Type: "rss"},
		{Title: "Atom <feed>", XMLURL: "http://a.example/feed.atom", Type: "atom"},
		{Title: "بدون نوع", XMLURL: "http://n.example/feed.json"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "خلاصاتي", outs); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "<?xml") || !strings.Contains(buf.String(), "<title>خلاصاتي</title>") {
		t.Errorf("unexpected document:\n%s", buf.String())
	}
	got, err := ParseOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	outs[2].Type = "rss" // the default WriteOPML fills in
	if !reflect.DeepEqual(got, outs) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, outs)
	}
}

func TestWriteOPMLWriterError(t *testing.T) {
	if err := WriteOPML(failWriter{}, "x", []Outline{{XMLURL: "http://a/"}}); err == nil {
		t.Error("want the writer's error")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
