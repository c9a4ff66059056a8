package dump_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/dump"
	"github.com/khabar-news/khabar/internal/news"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// Three formats, a bad line in the middle, an unparseable date and a line
// without text: the good lines import, each bad one is named by its number.
const mixed = `{"url":"http://127.0.0.1/a?utm_source=x","title":"خبر  أول","text":"نص الخبر الأول عن افتتاح مدرسة.","source":"صحيفة","published":"2015-08-10T09:30:00+03:00","author":"كاتب"}
{"source":"alriyadh","url":"http://127.0.0.1/b","date_extracted":"2015-08-10 12:00:00","title":"خبر ثان","author":"","content":"نص الخبر الثاني.\nفقرة ثانية."}
this is not json
{"url":"http://127.0.0.1/c","title":"خبر ثالث","maintext":"نص من news-please.","date_publish":"2015-08-11 08:00:00","source_domain":"example.org","authors":["أ","ب"]}
{"url":"http://127.0.0.1/d","title":"تاريخ سيئ","text":"نص.","published":"أمس"}
{"url":"http://127.0.0.1/e","title":"بلا نص","text":"  "}

{"title":"بلا رابط","text":"نص بلا رابط يبقى واحدا.","source":"صحيفة"}
`

func TestImportFormatsAndBadLines(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	var bad []dump.LineError
	im := &dump.Importer{Store: st, Batch: 2, OnError: func(le dump.LineError) { bad = append(bad, le) }}
	sum, err := im.Import(ctx, strings.NewReader(mixed))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 4 || sum.Bad != 3 || sum.Lines != 7 {
		t.Fatalf("summary %+v, want 4 stored, 3 bad, 7 lines", sum)
	}
	lines := []int{bad[0].Line, bad[1].Line, bad[2].Line}
	if lines[0] != 3 || lines[1] != 5 || lines[2] != 6 {
		t.Fatalf("bad lines %v, want [3 5 6]", lines)
	}
	if !strings.Contains(bad[1].Error(), "date") || !strings.Contains(bad[2].Error(), "no text") {
		t.Fatalf("errors do not say what is wrong: %v / %v", bad[1], bad[2])
	}

	// The same file again stores nothing, gzipped as well.
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(mixed))
	zw.Close()
	im2 := &dump.Importer{Store: st}
	sum, err = im2.Import(ctx, &gz)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 0 || sum.Known != 4 {
		t.Fatalf("second import %+v, want 0 stored, 4 known", sum)
	}

	var out bytes.Buffer
	n, err := dump.Export(ctx, st, &out)
	if err != nil || n != 4 {
		t.Fatalf("export n=%d err=%v", n, err)
	}
	recs := map[string]dump.ExportRecord{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r dump.ExportRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		recs[r.Title] = r
	}
	a := recs["خبر أول"]
	if a.CanonicalURL != "http://127.0.0.1/a" || a.Author != "كاتب" || a.Source != "صحيفة" || a.Published == nil || *a.Published != "2015-08-10T09:30:00+03:00" {
		t.Fatalf("first article exported as %+v", a)
	}
	b := recs["خبر ثان"]
	if b.Source != "alriyadh" || b.Published == nil || *b.Published != "2015-08-10T12:00:00+03:00" || !strings.Contains(b.Text, "فقرة ثانية") {
		t.Fatalf("SaudiNewsNet line exported as %+v", b)
	}
	c := recs["خبر ثالث"]
	if c.Source != "example.org" || c.Author != "أ، ب" {
		t.Fatalf("news-please line exported as %+v", c)
	}
	if d := recs["بلا رابط"]; !strings.HasPrefix(d.CanonicalURL, "urn:khabar:") {
		t.Fatalf("line without URL got canonical %q", d.CanonicalURL)
	}
	if _, err := time.Parse(time.RFC3339, a.Fetched); err != nil {
		t.Fatalf("fetched not RFC 3339: %q", a.Fetched)
	}
}

func TestImportTruncatedGzipKeepsWhatWasRead(t *testing.T) {
	st := openStore(t)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for i := 0; i < 50; i++ {
		json.NewEncoder(zw).Encode(map[string]string{"url": "http://127.0.0.1/x/" + string(rune('a'+i%26)) + string(rune('a'+i/26)), "title": "عنوان", "text": "نص طويل بما يكفي " + strings.Repeat("كلمة ", i+1)})
	}
	zw.Close()
	cut := gz.Bytes()[:gz.Len()-20]
	sum, err := (&dump.Importer{Store: st, Batch: 10}).Import(context.Background(), bytes.NewReader(cut))
	if err == nil {
		t.Fatal("want an error for a truncated gzip file")
	}
	if sum.Stored == 0 {
		t.Fatalf("nothing kept of a file cut at the end: %+v", sum)
	}
}

func TestParseTime(t *testing.T) {
	z := time.FixedZone("AST", 3*3600)
	for in, want := range map[string]string{
		"2015-08-10T09:30:00Z":       "2015-08-10T09:30:00Z",
		"2015-08-10 09:30:00":        "2015-08-10T09:30:00+03:00",
		"2015-08-10":                 "2015-08-10T00:00:00+03:00",
		" 2015-08-10T09:30:00+02:00": "2015-08-10T09:30:00+02:00",
	} {
		got, err := dump.ParseTime(in, z)
		if err != nil || got.Format(time.RFC3339) != want {
			t.Errorf("ParseTime(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	if _, err := dump.ParseTime("10/08/2015", z); err == nil {
		t.Error("ambiguous date accepted")
	}
}

// TestImportNamesKnownOutlets: a dump names outlets by a Latin id; a
// source whose articles are on a known outlet's site is stored under the
// name its readers know, the others under the id.
func TestImportNamesKnownOutlets(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	in := `{"source":"okaz","url":"http://www.okaz.com.sa/new/20150810/Con1","title":"خبر","text":"نص خبر من عكاظ.","published":"2015-08-10T09:30:00+03:00"}
{"source":"mypaper","url":"http://127.0.0.1/x","title":"خبر آخر","text":"نص خبر آخر.","published":"2015-08-10T09:30:00+03:00"}
`
	if _, err := (&dump.Importer{Store: st}).Import(ctx, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	srcs, err := st.ListSources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range srcs {
		got[s.FeedURL] = s.Name + " " + s.SiteURL
	}
	if got["import:okaz"] != "عكاظ https://www.okaz.com.sa/" || got["import:mypaper"] != "mypaper " {
		t.Errorf("sources %q, want okaz as «عكاظ» with its site and mypaper by its id", got)
	}
}

// failingStore fails every PutArticles after the first ok ones.
type failingStore struct {
	*sqlite.Store
	ok, calls int
}

func (s *failingStore) PutArticles(ctx context.Context, as []*news.Article) ([]bool, error) {
	s.calls++
	if s.calls > s.ok {
		return nil, errors.New("disk full")
	}
	return s.Store.PutArticles(ctx, as)
}

func numbered(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		json.NewEncoder(&b).Encode(map[string]string{"url": fmt.Sprintf("http://127.0.0.1/n/%d", i), "title": "عنوان", "text": "نص الخبر"})
	}
	return b.Bytes()
}

// Reading runs ahead of storing: a store that fails stops the reader, the
// error is the store's, and what was committed before stays and is counted.
func TestImportStoreFailureStopsAndKeeps(t *testing.T) {
	st := &failingStore{Store: openStore(t), ok: 2}
	sum, err := (&dump.Importer{Store: st, Batch: 10}).Import(context.Background(), bytes.NewReader(numbered(200)))
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v, want the store's", err)
	}
	if sum.Stored != 20 || st.calls != 3 {
		t.Errorf("stored %d in %d calls, want 20 in 3: %+v", sum.Stored, st.calls, sum)
	}
	if n := count(t, st.Store); n != 20 {
		t.Errorf("store holds %d articles, want 20", n)
	}
	if sum.Lines >= 200 {
		t.Errorf("the reader read all %d lines after the store failed", sum.Lines)
	}
}

// Cancelling stops the import between batches; the batches committed stay.
func TestImportCancelKeepsCommitted(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var progress []int
	im := &dump.Importer{Store: st, Batch: 10, Progress: func(_ int64, s dump.ImportSummary) {
		progress = append(progress, s.Stored)
		cancel()
	}}
	sum, err := im.Import(ctx, bytes.NewReader(numbered(200)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if len(progress) == 0 || progress[0] != 10 || sum.Stored < 10 || sum.Stored >= 200 {
		t.Errorf("progress %v, stored %d: want the first batch of 10 kept and the rest not read", progress, sum.Stored)
	}
	if n := count(t, st); n != sum.Stored {
		t.Errorf("store holds %d articles, summary says %d", n, sum.Stored)
	}
}

func count(t *testing.T, st *sqlite.Store) int {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Articles
}

// A scrape that kept the page's character references: the headline and
// the text are stored as a reader reads them, not «&#8220;».
func TestImportDecodesCharacterReferences(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	in := `{"url":"http://127.0.0.1/q","title":"توزيع &#8220;موسوعة&#8221;&nbsp;على  الجوامع","text":"قال &quot;المسؤول&quot;: الكتب &amp; المصاحف.\r\nفقرة.","published":"2015-08-10T09:30:00+03:00"}
`
	if _, err := (&dump.Importer{Store: st}).Import(ctx, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := dump.Export(ctx, st, &out); err != nil {
		t.Fatal(err)
	}
	var r dump.ExportRecord
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if want := "توزيع “موسوعة” على الجوامع"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	if want := "قال \"المسؤول\": الكتب & المصاحف.\nفقرة."; r.Text != want {
		t.Errorf("text %q, want %q", r.Text, want)
	}
}
