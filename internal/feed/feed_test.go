package feed

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sameTime compares instant and zone offset: Parse promises to keep the zone.
func sameTime(a, b time.Time) bool {
	_, oa := a.Zone()
	_, ob := b.Zone()
	return a.Equal(b) && oa == ob
}

func TestParseFixtures(t *testing.T) {
	const base = "http://base.example/feed/rss.xml"
	tests := []struct {
		file, contentType       string
		kind, title, lang, site string
		items                   []Item
		sitemaps                []string
		note                    string // a substring one of Notes must hold
	}{
		{
			file: "rss2_relative.xml", contentType: "application/rss+xml; charset=utf-8",
			kind: "rss", title: "صحيفة النخيل", lang: "ar", site: "http://base.example/",
			items: []Item{
				{URL: "http://base.example/Content/NewsDetails.aspx?NewsID=1001&utm_source=rss&utm_medium=feed",
					Title: "افتتاح مكتبة عامة جديدة في حي الورود", Author: "سارة المطيري",
					Summary: "تفتح المكتبة أبوابها صباح الغد للزوار.", Published: at("2015-08-10T09:15:00+03:00"), GUID: "nakheel-1001"},
				{URL: "http://base.example/feed/news/1002?utm_campaign=x", Title: "الأمطار تعود إلى المرتفعات الجنوبية", Author: "منى الحربي (جدة)",
					Summary: "يتوقع الراصد الجوي هطول أمطار متوسطة.", GUID: "nakheel-1002"},
				{URL: "https://other.example/story/7", Title: "عاجل: انطلاق مهرجان التمور", Author: "مكتب الأخبار",
					Summary: "يشارك في المهرجان أكثر من مئة مزارع & تاجر.", Published: at("2015-08-10T11:00:00+03:00"), GUID: "https://other.example/story/7"},
			},
		},
		{
			file: "rss_win1256.xml", kind: "rss", title: "جريدة الواحة", lang: "ar", site: "http://oasis.example/",
			items: []Item{
				{URL: "http://base.example/Content/NewsDetails.aspx?NewsID=2001", Title: "وزارة الصحة تطلق حملة للتطعيم في المدارس",
					Summary: "تستمر الحملة أسبوعين وتشمل جميع المراحل الدراسية.", Published: at("2015-08-10T08:00:00+03:00"), GUID: "oasis-2001"},
				{URL: "http://base.example/Content/NewsDetails.aspx?NewsID=2002", Title: "ارتفاع أسعار الخضار في الأسواق المركزية",
					Summary: "عزا التجار الارتفاع إلى قلة المعروض.", GUID: "oasis-2002"},
			},
		},
		{
			file: "rss1_rdf.xml", kind: "rss", title: "نشرة الجبل", lang: "ar", site: "http://rdf.example/",
			items: []Item{
				{URL: "http://rdf.example/a/1", Title: "طريق جديد يربط القرى الجبلية", Author: "خالد العتيبي",
					Summary: "يختصر الطريق زمن الرحلة إلى النصف.", Published: at("2015-08-10T06:30:00+03:00")},
				{URL: "http://base.example/a/2", Title: "موسم قطف الرمان يبدأ مبكرا"}, // bad dc:date: item kept, date zero
			},
		},
		{
			file: "rss091.xml", kind: "rss", title: "Old Wire", lang: "en-us", site: "http://oldwire.example/",
			items: []Item{{URL: "http://oldwire.example/cafe.html", Title: "Café opens on the corner", Summary: "The café serves coffee."}},
		},
		{
			file: "atom_html.xml", kind: "atom", title: "مجلة الساحل", lang: "ar", site: "http://sahil.example/",
			items: []Item{
				{URL: "http://base.example/2015/08/10/article-3001.html", Title: "ميناء الصيد يستقبل السفن بعد الترميم",
					Author: "نورة الشهري", Summary: "أعيد افتتاح الميناء بعد عامين من الأعمال. ويضم أرصفة جديدة.",
					Published: at("2015-08-10T10:20:00+03:00"), GUID: "tag:sahil.example,2015:3001"},
				{URL: "http://sahil.example/2015/08/10/article-3002.html", Title: "السباحة الشاطئية تعود",
					Summary: "فتح الشاطئ للعائلات.", Published: at("2015-08-10T09:00:00Z"), GUID: "tag:sahil.example,2015:3002"},
			},
		},
		{
			file: "jsonfeed11.json", contentType: "application/feed+json", kind: "json", title: "الوادي اليوم", lang: "ar", site: "http://wadi.example/",
			items: []Item{
				{URL: "http://wadi.example/?p=4001", Title: "تدشين محطة تحلية جديدة", Author: "فهد القحطاني",
					Summary: "تنتج المحطة مئة ألف متر مكعب يوميا.", Published: at("2015-08-10T07:45:00+03:00"), GUID: "wadi-4001"},
				{URL: "http://base.example/?p=4002", Title: "مسابقة لحفظ الشعر النبطي", Summary: "تقام المسابقة في المركز الثقافي.",
					Published: at("2015-08-10T08:00:00+03:00"), GUID: "wadi-4002"},
			},
		},
		{
			file: "jsonfeed10.json", kind: "json", title: "Desert Notes", site: "http://desert.example/",
			items: []Item{
				{URL: "http://desert.example/1", Title: "First note", Author: "Ali", Summary: "Sand and wind.", Published: at("2015-08-10T05:00:00Z"), GUID: "1"},
				{URL: "http://desert.example/2", Title: "Second note", Summary: "Stars.", Published: at("2015-08-10T06:00:00+02:00"), GUID: "2"},
			},
		},
		{
			// A numeric id and a title that is an array: gofeed rejects the
			// document; every item must survive anyway.
			file: "jsonfeed_badtypes.json", kind: "json", title: "أرقام", note: "leniently",
			items: []Item{
				{URL: "http://nums.example/5001", Title: "خبر برقم تعريف رقمي", Published: at("2015-08-10T07:00:00+03:00"), GUID: "5001"},
				{URL: "http://nums.example/5002", Summary: "12", GUID: "5002"},
				{URL: "http://nums.example/5003", Title: "خبر ثالث", Published: at("2015-08-10T00:00:00Z"), GUID: "5003"},
			},
		},
		{
			file: "news_sitemap.xml", kind: "news-sitemap", title: "عين الخبر", lang: "ar",
			items: []Item{
				{URL: "http://ain.example/article/6001/%D8%AE%D8%A8%D8%B1", Title: "افتتاح جسر المشاة فوق الطريق الدائري", Published: at("2015-08-10T13:05:00+03:00")},
				{URL: "http://base.example/article/6002/x?a=1&b=2", Title: "تمديد ساعات عمل الحدائق & المتنزهات", Published: at("2015-08-10T00:00:00Z")},
			},
		},
		{
			file: "sitemap.xml", kind: "sitemap",
			items: []Item{
				{URL: "http://site.example/2015/08/7001/", Published: at("2015-08-10T10:00:00+03:00")},
				{URL: "http://base.example/2015/08/7002/"},
				{URL: "http://site.example/2015/08/7003/"},
			},
		},
		{
			file: "sitemap_index.xml", kind: "sitemap-index",
			sitemaps: []string{"http://site.example/sitemap-2015-08.xml", "http://base.example/sitemap-news.xml"},
		},
		{
			// Bare "&" in a title and in a link, as okaz emits in newsfarm.
			file: "broken_amp.xml", kind: "rss", title: "صحيفة المرجان", lang: "ar", site: "http://marjan.example/",
			items: []Item{
				{URL: "http://marjan.example/news/8001?utm_source=rss&utm_medium=feed", Title: "سوق الذهب يسجل أعلى مبيعات & تفاصيل",
					Summary: "ارتفعت المبيعات.", GUID: "marjan-8001"},
				{URL: "http://marjan.example/news/8002", Title: "ندوة عن السلامة المرورية", GUID: "marjan-8002"},
			},
		},
		{
			// Junk before the prolog, control characters, HTML entities.
			file: "broken_ctrl.xml", kind: "rss", title: "قناة الصحراء", site: "http://sahra.example/",
			items: []Item{
				{URL: "http://sahra.example/n/9001", Title: "مهرجان الإبل » اليوم الأول", Summary: "بدأ المهرجان صباحا © الصحراء."},
				{URL: "http://sahra.example/n/9002", Title: "خبر ثان"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			f, err := Parse(readTestdata(t, tc.file), tc.contentType, base)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if f.Kind != tc.kind || f.Title != tc.title || f.Language != tc.lang || f.SiteURL != tc.site {
				t.Errorf("feed = {%q %q %q %q}, want {%q %q %q %q}", f.Kind, f.Title, f.Language, f.SiteURL, tc.kind, tc.title, tc.lang, tc.site)
			}
			if len(f.Items) != len(tc.items) {
				t.Fatalf("got %d items, want %d: %+v", len(f.Items), len(tc.items), f.Items)
			}
			for i, want := range tc.items {
				got := f.Items[i]
				if !sameTime(got.Published, want.Published) {
					t.Errorf("item %d Published = %v, want %v", i, got.Published, want.Published)
				}
				got.Published, want.Published = time.Time{}, time.Time{}
				if got != want {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, got, want)
				}
			}
			if fmt.Sprint(f.Sitemaps) != fmt.Sprint(tc.sitemaps) {
				t.Errorf("Sitemaps = %v, want %v", f.Sitemaps, tc.sitemaps)
			}
			if tc.note != "" && !strings.Contains(strings.Join(f.Notes, "\n"), tc.note) {
				t.Errorf("Notes = %q, want one with %q", f.Notes, tc.note)
			}
		})
	}
}

// arabicRSS builds a small RSS document; prolog is the XML declaration to use.
func arabicRSS(prolog string) string {
	return prolog + `<rss version="2.0"><channel><title>نشرة المساء</title><link>http://evening.example/</link>` +
		`<item><title>هطول أمطار غزيرة على مدينة أبها</title><link>/Content/NewsDetails.aspx?NewsID=77</link>` +
		`<description>حذر الدفاع المدني من السيول.</description></item></channel></rss>`
}

func TestParseWindows1256(t *testing.T) {
	enc := func(s string) []byte {
		b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name, prolog, contentType string
	}{
		{"prolog", `<?xml version="1.0" encoding="windows-1256"?>`, ""},
		{"content-type only", `<?xml version="1.0"?>`, "application/rss+xml; charset=windows-1256"},
		{"content-type label cp1256", "", "text/xml; charset=cp1256"},
		{"content-type beats wrong prolog", `<?xml version="1.0" encoding="iso-8859-1"?>`, "application/rss+xml; charset=windows-1256"},
		{"undeclared: sniffed", "", ""},
		{"undeclared, utf-8 prolog lies", `<?xml version="1.0" encoding="utf-8"?>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := enc(arabicRSS(tc.prolog))
			if utf8.Valid(body) {
				t.Fatal("fixture is valid UTF-8; the test would prove nothing")
			}
			f, err := Parse(body, tc.contentType, "http://evening.example/rss.xml")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != "نشرة المساء" || len(f.Items) != 1 {
				t.Fatalf("feed = %q with %d items", f.Title, len(f.Items))
			}
			it := f.Items[0]
			if it.Title != "هطول أمطار غزيرة على مدينة أبها" || it.Summary != "حذر الدفاع المدني من السيول." ||
				it.URL != "http://evening.example/Content/NewsDetails.aspx?NewsID=77" {
				t.Errorf("item = %+v", it)
			}
		})
	}
}

func TestParseOtherEncodings(t *testing.T) {
	doc := arabicRSS("")
	utf16 := func(bigEndian, bom bool) []byte {
		var b []byte
		if bom {
			if bigEndian {
				b = append(b, 0xFE, 0xFF)
			} else {
				b = append(b, 0xFF, 0xFE)
			}
		}
		for _, r := range doc {
			if r > 0xFFFF {
				t.Fatal("fixture needs surrogates")
			}
			if bigEndian {
				b = append(b, byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8))
			}
		}
		return b
	}
	iso6, err := charmap.ISO8859_6.NewEncoder().Bytes([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, contentType string
		body              []byte
	}{
		{"utf-8 BOM", "", append([]byte{0xEF, 0xBB, 0xBF}, doc...)},
		{"utf-16le BOM", "", utf16(false, true)},
		{"utf-16be BOM", "", utf16(true, true)},
		{"utf-16le no BOM", "", utf16(false, false)},
		{"iso-8859-6 by header", "text/xml; charset=iso-8859-6", iso6},
		{"latin-1 header over UTF-8 bytes", "text/xml; charset=ISO-8859-1", []byte(doc)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse(tc.body, tc.contentType, "")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != "نشرة المساء" || len(f.Items) != 1 || f.Items[0].Title != "هطول أمطار غزيرة على مدينة أبها" {
				t.Fatalf("got %+v", f)
			}
			// No base URL given: the channel link is the base.
			if f.Items[0].URL != "http://evening.example/Content/NewsDetails.aspx?NewsID=77" {
				t.Errorf("URL = %q", f.Items[0].URL)
			}
		})
	}
}

func TestParseNotAFeed(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	tests := []struct {
		name, contentType string
		body              []byte
		what              string
		alternates        []string
	}{
		{"nil", "", nil, "empty body", nil},
		{"white space", "", []byte(" \r\n\t "), "empty body", nil},
		{"BOM only", "", []byte("\xEF\xBB\xBF\n"), "empty body", nil},
		{"png", "application/rss+xml", png, "binary data (image/png)", nil},
		{"pdf", "", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "binary data (application/pdf)", nil},
		{"NUL junk", "", []byte("ab\x00\x01\x02\x03\x04junk\x00\x00"), "binary data", nil},
		{"plain text", "", []byte("مرحبا، هذه ليست خلاصة"), "looks like plain text", nil},
		{"JSON array", "", []byte(`[1,2,3]`), "JSON array", nil},
		{"other JSON", "application/json", []byte(`{"status":"ok"}`), "JSON that is not a JSON Feed", nil},
		{"bad JSON", "", []byte(`{"version": "https://jsonfeed.org/version/1.1", "items": [`), "invalid JSON", nil},
		{"OPML", "", readTestdata(t, "nested.opml"), "looks like OPML", nil},
		{"other XML", "", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), "XML with root <svg>", nil},
		{"CDF", "", []byte(`<CHANNEL HREF="http://x/"><TITLE>t</TITLE></CHANNEL>`), "CDF", nil},
		{"HTML with alternates", "text/html", readTestdata(t, "page.html"), "looks like HTML",
			[]string{"http://page.example/rss.xml", "http://page.example/feed.atom", "http://page.example/news/feed.json"}},
		{"HTML, no doctype, base href", "", []byte(`<html><head><base href="http://cdn.example/x/"><link rel=alternate type=application/atom+xml href=a.atom></head></html>`),
			"looks like HTML", []string{"http://cdn.example/x/a.atom"}},
		{"tag soup", "", []byte(`<p>hello <b>world</p></div>`), "not a feed", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse(tc.body, tc.contentType, "http://page.example/news/index.html")
			var nf *NotAFeedError
			if !errors.As(err, &nf) {
				t.Fatalf("Parse = %+v, %v; want *NotAFeedError", f, err)
			}
			if !strings.Contains(nf.What, tc.what) || !strings.HasPrefix(err.Error(), "feed: parse: ") {
				t.Errorf("error %q, want What containing %q", err, tc.what)
			}
			if fmt.Sprint(nf.Alternates) != fmt.Sprint(tc.alternates) {
				t.Errorf("Alternates = %v, want %v", nf.Alternates, tc.alternates)
			}
		})
	}
}

func TestParseTruncatedFeedKeepsItems(t *testing.T) {
	doc := `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>مقطوعة</title>` +
		`<item><title>الخبر الأول</title><link>http://cut.example/1</link></item>` +
		`<item><title>الخبر الثاني</title><link>http://cut.example/2</link></item>` +
		`<item><title>الخبر الثا`
	f, err := Parse([]byte(doc), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) < 2 || f.Items[0].URL != "http://cut.example/1" || f.Items[1].Title != "الخبر الثاني" {
		t.Fatalf("items = %+v", f.Items)
	}
	if !strings.Contains(strings.Join(f.Notes, " "), "cut at byte") {
		t.Errorf("Notes = %q, want the cut reported", f.Notes)
	}
}

func TestParseGzippedSitemap(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(readTestdata(t, "sitemap.xml"))
	zw.Close()
	f, err := Parse(buf.Bytes(), "application/x-gzip", "http://site.example/sitemap.xml.gz")
	if err != nil {
		t.Fatal(err)
	}
	if f.Kind != KindSitemap || len(f.Items) != 3 || f.Items[1].URL != "http://site.example/2015/08/7002/" {
		t.Fatalf("got %+v", f)
	}
}

func TestParseTextSitemap(t *testing.T) {
	f, err := Parse([]byte("https://t.example/a\n\nhttps://t.example/b?x=1\n"), "text/plain", "")
	if err != nil {
		t.Fatal(err)
	}
	if f.Kind != KindSitemap || len(f.Items) != 2 || f.Items[1].URL != "https://t.example/b?x=1" {
		t.Fatalf("got %+v", f)
	}
}

func TestParseDamagedSitemapKeepsURLs(t *testing.T) {
	doc := `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://s.example/1</loc></url><url><loc>http://s.example/2</loc></url><url><loc>http://s.exa`
	f, err := Parse([]byte(doc), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 2 || len(f.Notes) == 0 {
		t.Fatalf("got %+v", f)
	}
	if _, err := Parse([]byte(`<urlset><url><loc>http://s.exa`), "", ""); err == nil {
		t.Error("a sitemap broken before its first URL should be an error")
	}
}

func TestParseCapsItems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>كثير</title>`)
	for i := 0; i < MaxItems+25; i++ {
		fmt.Fprintf(&b, "<item><title>خبر %d</title><link>http://many.example/%d</link></item>", i, i)
	}
	b.WriteString("</channel></rss>")
	f, err := Parse([]byte(b.String()), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != MaxItems || !strings.Contains(strings.Join(f.Notes, " "), "truncated") {
		t.Fatalf("got %d items, notes %q", len(f.Items), f.Notes)
	}
}

func TestRepairXML(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<t>a & b</t>`, `<t>a &amp; b</t>`},
		{`<t>a &amp; b &lt; &#39; &#x27;</t>`, `<t>a &amp; b &lt; &#39; &#x27;</t>`},
		{`<t>x&nbsp;y &raquo;</t>`, `<t>x&#160;y &#187;</t>`},
		{`<t>&bogus; &;</t>`, `<t>&amp;bogus; &amp;;</t>`},
		{"<t>a\x01b\x1fc\td</t>", "<t>abc\td</t>"},
		{`<t>&#1; &#xFFFE;</t>`, `<t>&amp;#1; &amp;#xFFFE;</t>`},
		{`<l><![CDATA[http://x/?a=1&b=2 &nbsp;]]></l>`, `<l><![CDATA[http://x/?a=1&b=2 &nbsp;]]></l>`},
		{`<!-- a & b --><t>&</t>`, `<!-- a & b --><t>&amp;</t>`},
		{`<t>?a=1&b=2</t>`, `<t>?a=1&amp;b=2</t>`},
	}
	for _, tc := range tests {
		got, _ := repairXML([]byte(tc.in))
		if string(got) != tc.want {
			t.Errorf("repairXML(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  عنوان \n\t الخبر  ", "عنوان الخبر"},
		{"<p>فقرة</p><p>ثانية</p>", "فقرة ثانية"},
		{"سطر<br>سطر", "سطر سطر"},
		{"a &amp; b &quot;c&quot;", `a & b "c"`},
		{"<script>alert(1)</script>نص<style>p{}</style>", "نص"},
		{"x&nbsp;y", "x y"},
		{"3 < 5 و 6 > 4", "3 < 5 و 6 > 4"},
	}
	for _, tc := range tests {
		if got := plainText(tc.in); got != tc.want {
			t.Errorf("plainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"Mon, 10 Aug 2015 09:15:00 +0300", at("2015-08-10T09:15:00+03:00")},
		{"2015-08-10T09:15:00+03:00", at("2015-08-10T09:15:00+03:00")},
		{"2015-08-10 09:15:00", at("2015-08-10T09:15:00Z")},
		{"٢٠١٥-٠٨-١٠T٠٩:١٥:٠٠+03:00", at("2015-08-10T09:15:00+03:00")},
		{"10/08/2015", at("2015-08-10T00:00:00Z")},
		{"yesterday", time.Time{}},
		{"", time.Time{}},
	}
	for _, tc := range tests {
		if got := parseDate(tc.in); !sameTime(got, tc.want) {
			t.Errorf("parseDate(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
