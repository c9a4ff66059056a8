package tag

import (
	"slices"
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
)

// FuzzTags: any text tags without a panic; the tags shown are among the
// tags given, each name once, and story tags fold into names of the list.
func FuzzTags(f *testing.F) {
	for _, s := range []string{
		"استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الضيوف في البحرين",
		"أدى المصلون صلاة المغرب فوراً ثم سيجد الوفد بمعدل للإغاثة",
		"ل ب و فال لل بن آل", "", "١٢٣ abc #وسم @حساب",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// A tagger of its own learns the text's n-grams as names, so
		// names, cuts and places all meet the input.
		tg := New(Config{MinCount: 2, MinAssoc: 0.2, Relearn: 3, MaxTopics: 3, MaxNames: 5, MinSources: 1})
		for src := range 3 {
			tg.Tags(int64(src), nil, arabic.Analyze(s))
		}
		tags := tg.Tags(1, arabic.Analyze(s), arabic.Analyze(s+" "+s))
		shown := Shown(tags)
		var names []string
		for _, g := range shown {
			if g.Part || !slices.Contains(tags, g) {
				t.Fatalf("shown %+v is a part or not among the tags", g)
			}
			if slices.Contains(names, g.Name) {
				t.Fatalf("%q shown twice", g.Name)
			}
			names = append(names, g.Name)
		}
		for k, into := range Fold(names) {
			if !slices.Contains(names, k) || !slices.Contains(names, into) {
				t.Fatalf("Fold maps %q to %q, outside %q", k, into, names)
			}
		}
	})
}
