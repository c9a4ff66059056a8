package tag

import (
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
)

func TestNameShaped(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"خادم الحرمين الشريفين", true},
		{"علي عبدالله صالح", true}, // Ali, not the preposition
		{"حزب الله", true},
		{"عبد الله", true},
		{"مكة المكرمة", true},
		{"ربيع الأول", false}, // a month
		{"وليد المعلم", true}, // و opens the name, not a conjunction
		{"حرص على", false},
		{"وعلى صعيد", false},
		{"للحصول عَلَى", false}, // diacritics do not hide the particle
		{"بما يضمن", false},
		{"رحمه الله", false},
		{"بإذن الله", false},
		{"الله تعالى", false},
		{"عز وجل", false},
		{"يوليو تموز", false},
		{"يوم الأربعاء", false},
		{"ذي القعدة", false},
		{"القعدة المقبل", false}, // next Dhu al-Qi'dah
		{"رمضان الماضي", false},
		{"الشهر الجاري", false},
		{"المجلس الحالي", true}, // a word of time after a noun that is none
		{"عيد الفطر", true},     // a feast is an event, not a date word
		{"", false},
	} {
		if got := nameShaped(c.s); got != c.want {
			t.Errorf("nameShaped(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestWholeName(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"سلمان بن عبدالعزيز", true},
		{"سلمان بن", false},     // cut inside a full name
		{"بن عبدالعزيز", false}, // its tail
		{"عبدالملك آل", false},
		{"ربه منصور أبو", false},
		{"آل سعود", true},
		{"أبو ظبي", true},
		{"الجدير بالذكر", false}, // a set phrase
		{"وسائل الإعلام", false}, // «the media»
		{"سبيل المثال", false},
		{"الآونة الأخيرة", false},
		{"وقت لاحق", false},
		{"عمر يناهز", false},
		{"تضافر الجهود", false},
		{"المواطنون والمقيمون", false},
		{"فترتين صباحية", false},
		{"المتحدث الرسمي", false}, // a role alone
		{"صاحب السمو الملكي", false},
		{"ونائب الرئيس", false},
		{"لصاحب السمو الملكي", false},     // roles, a preposition glued on
		{"تهنئة لفخامة الرئيس", false},    // a title last asks for a name
		{"مستشفى الملك", false},           // (فهد)
		{"الديوان الملكي", true},          // «الملكي» is no title
		{"شرم الشيخ", true},               // nor «الشيخ» last
		{"الملك سلمان", true},             // a title with a name
		{"فَجَزَاؤُهُ جَهَنَّمُ", false},  // a verse, vowelled
		{"دوريات خَفَرِ السواحلِ", false}, // two words vowelled: quoted
		{"محمّد صلاح", true},              // a shadda alone is spelling
		{"خَفَر السواحل", true},           // one vowel is spelling too
		{"وزير الخارجية", true},
		{"", false},
	} {
		if got := wholeName(c.s); got != c.want {
			t.Errorf("wholeName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestNamesNeedSeveralOutlets: a line one outlet prints under every
// article is as frequent as any name, but it is not one; the same pair of
// words used by several outlets is.
func TestNamesNeedSeveralOutlets(t *testing.T) {
	tg := New(Config{MinCount: 3, MinAssoc: 0.3, Relearn: 10, MaxTopics: 0, MaxNames: 50, MinSources: 3})
	own := arabic.Analyze("تابعوا قناة الزرقاء على مدار الساعة")
	// The name comes in several contexts, as names do: were it always
	// after one word, that word and the name would be one trigram.
	contexts := []string{"قال الوزير فيصل المقداد في مؤتمر", "استقبل الرئيس فيصل المقداد أمس",
		"وصل فيصل المقداد إلى العاصمة", "التقى المبعوث فيصل المقداد الوفد"}
	shared := arabic.Analyze(contexts[0])
	for i := range 10 {
		tg.Tags(7, nil, own)
		tg.Tags(int64(i%4), nil, arabic.Analyze(contexts[i%len(contexts)]))
	}
	var names []string
	for _, g := range tg.Tags(1, nil, append(append([]arabic.Token{}, own...), shared...)) {
		if g.Kind == Name {
			names = append(names, g.Key)
		}
	}
	has := func(k string) bool {
		for _, n := range names {
			if n == k {
				return true
			}
		}
		return false
	}
	if key := termKey("فيصل المقداد"); !has(key) {
		t.Errorf("names %q lack %q, used by four outlets", names, key)
	}
	if key := termKey("قناة الزرقاء"); has(key) {
		t.Errorf("names %q hold %q, one outlet's line", names, key)
	}
}

func termKey(s string) string {
	k := ""
	for i, w := range arabic.Terms(s) {
		if i > 0 {
			k += " "
		}
		k += w
	}
	return k
}

// TestOneSpelling: the spellings outlets differ in (the space after «عبد»,
// the article, «غ» for «ج») are shown as the most frequent; long vowels
// are no such difference (سلمان, سليمان).
func TestOneSpelling(t *testing.T) {
	shown := map[string]string{
		"a": "عبد الفتاح السيسي", "b": "عبدالفتاح السيسي",
		"c": "هونغ كونغ", "d": "هونج كونج",
		"e": "الأحزمة الناسفة", "f": "أحزمة ناسفة",
		"g": "محمد بن سلمان", "h": "محمد بن سليمان",
	}
	counts := map[string]int32{"a": 93, "b": 110, "c": 16, "d": 27, "e": 25, "f": 17, "g": 50, "h": 20}
	oneSpelling(shown, counts)
	want := map[string]string{
		"a": "عبدالفتاح السيسي", "b": "عبدالفتاح السيسي",
		"c": "هونج كونج", "d": "هونج كونج",
		"e": "الأحزمة الناسفة", "f": "الأحزمة الناسفة",
		"g": "محمد بن سلمان", "h": "محمد بن سليمان",
	}
	for k, w := range want {
		if shown[k] != w {
			t.Errorf("%s: shown %q, want %q", k, shown[k], w)
		}
	}
}
