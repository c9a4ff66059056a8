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
		{"قال رئيس الوزراء البريطاني ديفيد كاميرون", []string{"المملكة المتحدة"}, []string{"الكاميرون"}},
		// By adjective alone, where the stems of name and adjective differ
		// (باكست، باكستان); not the right hand (اليمنى), nor sport (الرياضي).
		{"تراجع الأسهم الباكستانية والروسية", []string{"باكستان", "روسيا"}, nil},
		{"رفع اللاعب يده اليمنى في النادي الرياضي", nil, nil},
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

// TestAdjectiveCountryIsNoKeyphrase: a country named by its adjective is a
// place tag, and the adjective is then no keyphrase beside it.
func TestAdjectiveCountryIsNoKeyphrase(t *testing.T) {
	tg := New(DefaultConfig())
	tags := tg.Tags(1, arabic.Analyze("السفير الفرنسي يزور المعرض"), nil)
	var places, topics []string
	for _, g := range tags {
		switch g.Kind {
		case Place:
			places = append(places, g.Name)
		case Topic:
			topics = append(topics, g.Name)
		}
	}
	if !slices.Equal(places, []string{"فرنسا"}) || slices.Contains(topics, "الفرنسي") {
		t.Errorf("places %q, topics %q: want France, and «الفرنسي» no keyphrase", places, topics)
	}
}

// TestAdjectiveCountryShownOnly: a country read from its adjective alone is
// shown but does not match stories (ShowOnly); named as well, it matches.
func TestAdjectiveCountryShownOnly(t *testing.T) {
	tg := New(DefaultConfig())
	for _, c := range []struct {
		text     string
		showOnly bool
	}{
		{"السفير الفرنسي يزور المعرض", true},
		{"السفير الفرنسي يغادر فرنسا", false},
	} {
		tags := tg.Tags(1, arabic.Analyze(c.text), nil)
		i := slices.IndexFunc(tags, func(g Tag) bool { return g.Name == "فرنسا" })
		if i < 0 {
			t.Errorf("%s: no tag فرنسا", c.text)
			continue
		}
		if got := tags[i].ShowOnly; got != c.showOnly {
			t.Errorf("%s: ShowOnly %v, want %v", c.text, got, c.showOnly)
		}
	}
}
