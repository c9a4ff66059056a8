package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"قال أحمدُ إنّ المدرسة ١٬٠٠٠ قاتـ.ل #مصر_اليوم @Ali_99 COVID-19 ٣٫٥",
	"ﺍﻟﻌﺮﺑﻴﺔ ﻻ ﷲ ﷺ ＡＢＣ ﬁ",
	"مسو\u0654ول ي\u0654 قا.ـتل د.محمد ق.ت.ل العام.وقال",
	"إرهـ\u200b.ـاب \u202bنص\u202c کتاب ہے ۱۲۳",
	"ab\xffc\xe2\x80",
	"ـ.ـ.ل.ـ ..ا.ـ.ب",
	"İSTANBUL Kelvin \u212a",
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	opts := []Options{{}, Search, {TaaMarbuta: true}, {Hamza: true}, {Deobfuscate: true}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, o := range opts {
			got := Normalize(s, o)
			if !utf8.ValidString(got) {
				t.Fatalf("Normalize(%q, %+v) = %q: invalid UTF-8", s, o, got)
			}
			if len(got) > len(s) {
				t.Fatalf("Normalize(%q, %+v) = %q: %d bytes, longer than %d", s, o, got, len(got), len(s))
			}
			if again := Normalize(got, o); again != got {
				t.Fatalf("Normalize(%q, %+v) = %q, then %q: not idempotent", s, o, got, again)
			}
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Analyze(s)
		prev := 0
		for i, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("Tokenize(%q): token %q at %d:%d after %d", s, tk.Text, tk.Start, tk.End, prev)
			}
			// Sep and Aside say what stands between two tokens: nothing
			// before the first, something but spaces otherwise, and a line
			// break or a comma is always a Sep.
			gap := s[prev:tk.Start]
			switch {
			case (tk.Sep || tk.Aside) && (i == 0 || strings.Trim(gap, " ") == ""):
				t.Fatalf("Tokenize(%q): token %q is Sep or Aside after %q", s, tk.Text, gap)
			case i > 0 && strings.ContainsAny(gap, "\n,،") && !tk.Sep:
				t.Fatalf("Tokenize(%q): token %q is no Sep after %q", s, tk.Text, gap)
			}
			prev = tk.End
			if s[tk.Start:tk.End] != tk.Text || !utf8.ValidString(tk.Text) {
				t.Fatalf("Tokenize(%q): token %q does not match its offsets or is invalid", s, tk.Text)
			}
			if !utf8.ValidString(tk.Norm) || !utf8.ValidString(tk.Term) {
				t.Fatalf("Analyze(%q): invalid UTF-8 in %+v", s, tk)
			}
			if Normalize(tk.Norm, Search) != tk.Norm {
				t.Fatalf("Analyze(%q): Norm %q is not normalized", s, tk.Norm)
			}
			if tk.Kind == Word && tk.Norm == "" {
				t.Fatalf("Analyze(%q): word %q has an empty Norm", s, tk.Text)
			}
			// A token is a fixed point: tokenized alone it is itself.
			again := Tokenize(tk.Text)
			if len(again) != 1 || again[0].Text != tk.Text || again[0].Kind != tk.Kind {
				t.Fatalf("Tokenize(%q): token %q (%v) tokenizes alone to %+v", s, tk.Text, tk.Kind, again)
			}
		}
	})
}
