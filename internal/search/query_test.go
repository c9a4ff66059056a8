package search

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/news"
)

func TestParseQuery(t *testing.T) {
	riyadh := time.FixedZone("AST", 3*3600)
	d := func(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, riyadh) }
	cases := []struct {
		in   string
		want Query
	}{
		{"كأس العالم", Query{Words: []string{"كأس", "العالم"}}},
		{`"كأس العالم" -الشباب`, Query{Phrases: []string{"كأس العالم"}, ExcludeWords: []string{"الشباب"}}},
		{`-"كأس الملك" «كأس العالم» “دوري”`, Query{Phrases: []string{"كأس العالم", "دوري"}, ExcludePhrases: []string{"كأس الملك"}}},
		{`source:سبق Source:"الشرق الأوسط" -source:عكاظ`, Query{Sources: []string{"سبق", "الشرق الأوسط"}, ExcludeSources: []string{"عكاظ"}}},
		{"مصدر:سبق وسم:رياضة -tag:كرة", Query{Sources: []string{"سبق"}, Tags: []string{"رياضة"}, ExcludeTags: []string{"كرة"}}},
		{"after:2015-08-01 before:٢٠١٥/٠٨/١٠", Query{After: d(2015, 8, 1), Before: d(2015, 8, 10)}},
		{"after:2015-08-01 after:2015-08-05", Query{After: d(2015, 8, 5)}},
		{"http://example.com a:b", Query{Words: []string{"http://example.com", "a:b"}}},
		{"- -- x", Query{Words: []string{"-", "x"}, ExcludeWords: []string{"-"}}},
		{`"" ""`, Query{}},
		{"بعد:2015-01-01 كلمة", Query{Words: []string{"كلمة"}, After: d(2015, 1, 1)}},
	}
	for _, tc := range cases {
		got, err := ParseQuery(tc.in, riyadh)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if !reflect.DeepEqual(*got, tc.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tc.in, *got, tc.want)
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	cases := map[string]string{
		`"open`:                            "unbalanced quote",
		`source:"open`:                     "unbalanced quote",
		`a"b`:                              "unbalanced quote",
		"after:1/2/3":                      "after: wants a date",
		"before:0001-01-01":                "before: wants a date",
		"-after:2015-01-01":                "cannot be negated",
		"tag:":                             "needs a value",
		strings.Repeat("x ", 41):           "too many",
		strings.Repeat("ب", MaxQueryLen+1): "too long",
	}
	for in, msg := range cases {
		_, err := ParseQuery(in, nil)
		if err == nil || news.ErrorCode(err) != news.EINVALID || !strings.Contains(news.ErrorMessage(err), msg) {
			t.Errorf("%.40q: got %v, want EINVALID with %q", in, err, msg)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`"كأس العالم" -x source:"a b" after:2015-01-01`, `«»“”"`, "مصدر:", "-", "a:b:c", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s, nil)
		if err != nil {
			if news.ErrorCode(err) != news.EINVALID {
				t.Fatalf("error not EINVALID: %v", err)
			}
			return
		}
		for _, w := range append(append(q.Words, q.Phrases...), q.Sources...) {
			if w == "" || !utf8.ValidString(w) {
				t.Fatalf("bad clause %q from %q", w, s)
			}
		}
	})
}

func FuzzHighlight(f *testing.F) {
	f.Add("فاز أحمد بجائزة المدرسة", "احمد")
	f.Add("<b>قاتـ.ل</b> & ٣٥", "قاتل 35")
	f.Fuzz(func(t *testing.T, text, q string) {
		an := Analyzer{}
		terms := map[string]bool{}
		for _, tok := range an.Analyze([]byte(q)) {
			terms[string(tok.Term)] = true
		}
		for _, w := range []int{0, 5} {
			out := Highlight(an, text, terms, w)
			if !utf8.ValidString(text) {
				continue
			}
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out of %q", text)
			}
			plain := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out)
			if strings.ContainsAny(plain, "<>") {
				t.Fatalf("unescaped markup in %q", out)
			}
		}
	})
}
