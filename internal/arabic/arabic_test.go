package arabic

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalizePolicies(t *testing.T) {
	off := Options{}
	tests := []struct {
		name string
		in   string
		o    Options
		want string
	}{
		{"plain alef", "احمد", Search, "احمد"},
		{"alef hamza above", "أحمد", Search, "احمد"},
		{"alef hamza below", "إحمد", Search, "احمد"},
		{"alef madda", "آحمد", Search, "احمد"},
		{"alef wasla", "ٱلكتاب", Search, "الكتاب"},
		{"alef forms folded with every option off", "أإآٱ", off, "اااا"},
		{"alef maqsura", "مستشفى", Search, "مستشفي"},
		{"alef maqsura always", "على", off, "علي"},
		{"taa marbuta on", "مدرسة", Search, "مدرسه"},
		{"taa marbuta off", "مدرسة", off, "مدرسة"},
		{"taa marbuta typed as heh stays", "مدرسه", Search, "مدرسه"},
		{"hamza on waw", "مسؤول", Search, "مسوول"},
		{"hamza on yeh", "رئيس", Search, "رييس"},
		{"hamza carriers kept when off", "مسؤول رئيس", off, "مسؤول رئيس"},
		{"lone hamza kept", "سماء", Search, "سماء"},
		{"decomposed hamza composes when off", "مسو\u0654ول", off, "مسؤول"},
		{"decomposed hamza folds when on", "مسو\u0654ول", Search, "مسوول"},
		{"tashkeel", "كَتَبَ الطَّالِبُ", off, "كتب الطالب"},
		{"tanween and sukun", "كتابًا مُسْلِمٌ", off, "كتابا مسلم"},
		{"superscript alef", "هٰذا", off, "هذا"},
		{"tatweel", "جـــميل", off, "جميل"},
		{"persian yeh and keheh", "کتاب یوم", off, "كتاب يوم"},
		{"urdu heh", "ہے", off, "هي"},
		{"eastern digits", "٠١٢٣٤٥٦٧٨٩", off, "0123456789"},
		{"persian digits", "۰۱۲۳۴۵۶۷۸۹", off, "0123456789"},
		{"arabic decimal and thousands", "٣٫٥ ١٬٠٠٠ ٪", off, "3.5 1,000 %"},
		{"zero width and bidi", "مر\u200cحبا \u200fنص\u202bه\u202c", off, "مرحبا نصه"},
		{"presentation forms", "ﺍﻟﻌﺮﺑﻴﺔ", off, "العربية"},
		{"presentation alef hamza", "ﺃﺣﻤﺪ", off, "احمد"},
		{"lam-alef ligature kept (would grow)", "ﻻ", off, "ﻻ"},
		{"fullwidth latin", "ＡＢＣ", off, "abc"},
		{"latin lower-cased", "Khabar NEWS", off, "khabar news"},
		{"obfuscated tatweel dot", "قاتـ.ل", Search, "قاتل"},
		{"obfuscated dot tatweel", "قا.ـتل", Search, "قاتل"},
		{"obfuscated zero width dot", "إرهـ\u200b.ـاب", Search, "ارهاب"},
		{"obfuscated lone trailing letter", "داع.ش", Search, "داعش"},
		{"obfuscation kept when off", "قاتـ.ل", Options{TaaMarbuta: true, Hamza: true}, "قات.ل"},
		{"abbreviation kept", "د.محمد", Search, "د.محمد"},
		{"missing space after full stop kept", "العام.وقال", Search, "العام.وقال"},
		{"sentence end kept", "قاتل. ل", Search, "قاتل. ل"},
		{"invalid utf-8 dropped", "ab\xffc", off, "abc"},
		{"ascii untouched", "hello, world 42", Search, "hello, world 42"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Normalize(tc.in, tc.o)
			if got != tc.want {
				t.Errorf("Normalize(%q, %+v) = %q, want %q", tc.in, tc.o, got, tc.want)
			}
			if again := Normalize(got, tc.o); again != got {
				t.Errorf("not idempotent: %q → %q", got, again)
			}
			if len(got) > len(tc.in) {
				t.Errorf("longer: %d bytes > %d", len(got), len(tc.in))
			}
		})
	}
}

// TestSearchFolds is the reader promise: what a reader types finds
// what the article writes.
func TestSearchFolds(t *testing.T) {
	same := [][]string{
		{"احمد", "أحمد", "إحمد", "آحمد", "أَحْمَد"},
		{"مدرسه", "مدرسة", "المدرسة", "والمدرسة"},
		{"2024", "٢٠٢٤", "۲۰۲۴"},
		{"قاتل", "قاتـ.ل", "قـاتـل", "قا\u200bتل"},
		{"مسوول", "مسؤول"},
		{"كتاب", "کتاب", "ﻛﺘﺎﺏ"},
	}
	for _, group := range same {
		want := Terms(group[0])
		for _, w := range group[1:] {
			if got := Terms(w); !reflect.DeepEqual(got, want) {
				t.Errorf("Terms(%q) = %q, want %q (as for %q)", w, got, want, group[0])
			}
		}
	}
}

func TestStopwordsAfterNormalization(t *testing.T) {
	for _, w := range []string{"إلى", "الى", "إلي", "في", "فِي", "هذه", "هذة", "التى", "التي", "لأن", "لان", "ﻻ", "لا"} {
		if !IsStopword(Normalize(expandLigatures(w), Search)) {
			t.Errorf("%q is not a stop word after normalization", w)
		}
		if got := Terms(w); len(got) != 0 {
			t.Errorf("Terms(%q) = %q, want none", w, got)
		}
	}
	// Left out on purpose: على folds to the name Ali.
	for _, w := range []string{"علي", "على", "مدرسه", "احمد"} {
		if IsStopword(Normalize(w, Search)) {
			t.Errorf("%q is a stop word, want a content word", w)
		}
	}
}

func TestTokenize(t *testing.T) {
	type tok struct {
		Text string
		Kind Kind
	}
	tests := []struct {
		in   string
		want []tok
	}{
		{"قال أحمد: نعم.", []tok{{"قال", Word}, {"أحمد", Word}, {"نعم", Word}}},
		{"بلغ 3.5% و1,000 دولار و٣٫٥", []tok{{"بلغ", Word}, {"3.5", Number}, {"و", Word}, {"1,000", Number}, {"دولار", Word}, {"و", Word}, {"٣٫٥", Number}}},
		{"عام 2024.", []tok{{"عام", Word}, {"2024", Number}}},
		{"#السعودية و#مصر_اليوم", []tok{{"#السعودية", Hashtag}, {"و", Word}, {"#مصر_اليوم", Hashtag}}},
		{"قال @khabar_news: ok", []tok{{"قال", Word}, {"@khabar_news", Mention}, {"ok", Latin}}},
		{"mail a@b.com C# #", []tok{{"mail", Latin}, {"a", Latin}, {"b", Latin}, {"com", Latin}, {"C", Latin}}},
		{"قمة G20 في Riyadh's", []tok{{"قمة", Word}, {"G20", Latin}, {"في", Word}, {"Riyadh's", Latin}}},
		{"القاتـ.ل هرب", []tok{{"القاتـ.ل", Word}, {"هرب", Word}}},
		{"ق\u200bا\u200cتل!", []tok{{"ق\u200bا\u200cتل", Word}}},
		{"كتابٌ، جميـــلٌ", []tok{{"كتابٌ", Word}, {"جميـــلٌ", Word}}},
		{"د.محمد العام.وقال", []tok{{"د", Word}, {"محمد", Word}, {"العام", Word}, {"وقال", Word}}},
		{"ﺍﻟﻌﺮﺑﻴﺔ ﻻ", []tok{{"ﺍﻟﻌﺮﺑﻴﺔ", Word}, {"ﻻ", Word}}},
		{"Привет мир", []tok{{"Привет", Word}, {"мир", Word}}},
		{"", nil},
		{" ... ؟!", nil},
	}
	for _, tc := range tests {
		var got []tok
		for _, tk := range Tokenize(tc.in) {
			got = append(got, tok{tk.Text, tk.Kind})
			if tc.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("Tokenize(%q): offsets %d:%d do not give %q", tc.in, tk.Start, tk.End, tk.Text)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokenize(%q) =\n %v\nwant\n %v", tc.in, got, tc.want)
		}
	}
}

// TestTokenizeSeparators: what stands between two tokens, as one letter a
// token: "-" nothing but spaces and quotation marks, "S" a Sep, "A" an
// Aside.
func TestTokenizeSeparators(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"السوري، واللبناني. ثم", "-SS"},
		{"الأوقية (الأونصة) اليوم", "-AA"},
		{"الرياض - واس", "-A"},
		{"سايكس – بيكو", "-A"},
		{"واي-فاي", "--"},
		{"تنظيم «داعش» و\"داعش\"", "----"},
		{"آخر\n\nأول", "-S"},
		{"(قال) 5: نعم", "-AS"},
	} {
		var got strings.Builder
		for _, tk := range Tokenize(tc.in) {
			switch {
			case tk.Sep:
				got.WriteByte('S')
			case tk.Aside:
				got.WriteByte('A')
			default:
				got.WriteByte('-')
			}
		}
		if got.String() != tc.want {
			t.Errorf("Tokenize(%q) separators %s, want %s", tc.in, got.String(), tc.want)
		}
	}
}

func TestAnalyze(t *testing.T) {
	toks := Analyze("قال المسؤولون إن القاتـ.ل هرب في ١٬٠٠٠ سيارة #عاجل")
	type row struct{ Text, Norm, Term string }
	var got []row
	for _, tk := range toks {
		got = append(got, row{tk.Text, tk.Norm, tk.Term})
	}
	want := []row{
		{"قال", "قال", "قال"},
		{"المسؤولون", "المسوولون", "مسوول"},
		{"إن", "ان", ""},
		{"القاتـ.ل", "القاتل", "قاتل"},
		{"هرب", "هرب", "هرب"},
		{"في", "في", ""},
		{"١٬٠٠٠", "1,000", "1000"},
		{"سيارة", "سياره", "سيار"},
		{"#عاجل", "#عاجل", "#عاجل"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Analyze =\n %v\nwant\n %v", got, want)
	}
	if terms := Terms("إن في"); len(terms) != 0 {
		t.Errorf("Terms of stop words = %q, want none", terms)
	}
}

func TestNumberTerm(t *testing.T) {
	for in, want := range map[string]string{
		"1,000": "1000", "1,000,000.5": "1000000.5", "3.5": "3.5", "1,5": "1,5", "1,2,3": "1,2,3", "12": "12",
	} {
		if got := numberTerm(in); got != want {
			t.Errorf("numberTerm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKindJSON(t *testing.T) {
	for k, want := range map[Kind]string{Word: "word", Number: "number", Latin: "latin", Hashtag: "hashtag", Mention: "mention", Kind(9): "unknown"} {
		b, _ := k.MarshalText()
		if string(b) != want || !strings.EqualFold(k.String(), want) {
			t.Errorf("Kind(%d) = %q, want %q", k, b, want)
		}
		var back Kind
		if err := back.UnmarshalText(b); (err == nil) != (want != "unknown") || (err == nil && back != k) {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
}

func TestNameKey(t *testing.T) {
	same := [][2]string{
		{"التحرش", "تحرش"},
		{"الإنماء", "الانماء"},
		{"أيرلندا", "إيرلندا"},
		{"الأحساء", "الإحساء"},
		{"وزارة الصحة", "وزارة  الصحه"},
		{"الهلال", "الـهلال"},
	}
	for _, p := range same {
		if a, b := NameKey(p[0]), NameKey(p[1]); a != b {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{
		{"مصر", "مصر للطيران"},
		{"سلمان", "سليمان"},
		{"ال", "ا"}, // the article alone is a word of its own
	}
	for _, p := range apart {
		if a, b := NameKey(p[0]), NameKey(p[1]); a == b {
			t.Errorf("NameKey(%q) = NameKey(%q) = %q: want two keys", p[0], p[1], a)
		}
	}
	if got := NameKey("الإمارات العربية"); got != "امارات عربيه" {
		t.Errorf("NameKey: got %q, want %q", got, "امارات عربيه")
	}
}
