package tag

import (
	"slices"
	"testing"

	"github.com/khabar-news/khabar/internal/arabic"
)

func TestPlaces(t *testing.T) {
	cases := []struct {
		title string
		want  []string
	}{
		{"خادم الحرمين يتلقى اتصالاً من ملك الأردن", []string{"اردن"}},
		{"نائب خادم الحرمين يتلقى اتصالاً هاتفياً من ملك المغرب", []string{"مغرب"}},
		{"خادم الحرمين يستعرض ووزير الخارجية المصري تطورات المنطقة", []string{"مصر"}},
		{"المنتخب يواجه الإمارات.. والأردنيون يترقبون", []string{"امارات", "اردن"}},
		{"تعاون سعودي أمريكي في بيروت", []string{"امريكا", "لبنان"}},
		{"العلاقات التركية الألمانية", []string{"تركيا", "مانيا"}},
		{"وزير الخارجية البريطاني يزور واشنطن", []string{"بريطانيا", "امريكا"}},
		{"استشهاد جندي بمقذوف بجازان", []string{"جازان"}},
		// Dhahran al-Janub is a town of Asir, not Dhahran in the east.
		{"إحباط تهريب أسلحة بظهران الجنوب", []string{"عسير"}},
		{"أرامكو في الظهران", []string{"ظهران"}},
		{"المملكة العربية السعودية تدين الهجوم", nil},
		{"الجبل الأسود في الصحراء", []string{"جبل اسود"}},
		{"وبالأردن ولبنان وبريطانيا", []string{"اردن", "لبنان", "بريطانيا"}},
		{"مالية عربية ودولية", nil},
		// A name with the article is written with it: كاميرون is the
		// British prime minister, not Cameroon; an adjective needs none.
		{"كاميرون يزور باريس", []string{"فرنسا"}},
		{"الكاميرون تفوز وللكاميرون ما أرادت", []string{"كاميرون"}},
		{"مسؤول عراقي في ألمانيا", []string{"عراق", "مانيا"}},
	}
	for _, c := range cases {
		got := Places(arabic.Analyze(c.title))
		if !slices.Equal(got, c.want) {
			t.Errorf("Places(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestHome(t *testing.T) {
	for p, want := range map[string]bool{"عسير": true, "جازان": true, "رياض": true, "اردن": false, "مغرب": false, "امريكا": false} {
		if got := Home(p); got != want {
			t.Errorf("Home(%q) = %v, want %v", p, got, want)
		}
	}
	// Every home place Places finds is one Home knows.
	for _, p := range Places(arabic.Analyze("تفجير في أبها وسيول في جدة")) {
		if !Home(p) {
			t.Errorf("Places gave %q, which Home does not take for a home place", p)
		}
	}
}

// TestPlaceTagsAsWritten: a country is a tag where the text writes its
// name (or its adjective), not where a word only shares its stem: the sea
// and the navy are not Bahrain, the High Commissioner is not Samoa, the
// sunset prayer is not Morocco. Such a match still counts for stories
// (Tag.Part), as before.
func TestPlaceTagsAsWritten(t *testing.T) {
	tg := New(DefaultConfig())
	for _, c := range []struct {
		text  string
		shown []string // places shown
		parts []string // places matched but not shown
	}{
		{"أجرت القوات البحرية تدريبات في مياه البحر الأحمر", nil, []string{"البحرين"}},
		{"وصل إلى البحرين وفد من الكويت", []string{"البحرين", "الكويت"}, nil},
		{"رحب المفوض السامي بالقرار", nil, []string{"ساموا"}},
		{"أدى المصلون صلاة المغرب في المسجد", nil, []string{"المغرب"}},
		{"فاز منتخب المغرب على منتخب مصر", []string{"المغرب", "مصر"}, nil},
		{"أعلنت الحكومة اليمنية والقوات اليمنيين", []string{"اليمن"}, nil},
		{"وصل الوفد إلى عمان العاصمة الأردنية", []string{"الأردن"}, []string{"عُمان"}}, // Amman
		{"زار الوزير سلطنة عمان ثم الأردن", []string{"الأردن", "عُمان"}, nil},
		{"وصل الوفد إلى عمان", []string{"عُمان"}, nil},
		{"قال رئيس الوزراء البريطاني ديفيد كاميرون", nil, []string{"الكاميرون"}},
		{"فاز منتخب الكاميرون وعاد لاعبو الكاميروني إلى بالكاميرون", []string{"الكاميرون"}, nil},
		{"وللكاميرون منتخب قوي", []string{"الكاميرون"}, nil},
		{"صرح مسؤول عراقي", []string{"العراق"}, nil},
	} {
		tags := tg.Tags(1, nil, arabic.Analyze(c.text))
		var shown, parts []string
		for _, g := range tags {
			if g.Kind != Place {
				continue
			}
			if g.Part {
				parts = append(parts, g.Name)
			} else {
				shown = append(shown, g.Name)
			}
		}
		slices.Sort(shown)
		slices.Sort(c.shown)
		if !slices.Equal(shown, c.shown) || !slices.Equal(parts, c.parts) {
			t.Errorf("%s: places shown %q, parts %q; want %q and %q", c.text, shown, parts, c.shown, c.parts)
		}
	}
}
