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
		{"المملكة العربية السعودية تدين الهجوم", nil},
		{"الجبل الأسود في الصحراء", []string{"جبل اسود"}},
		{"وبالأردن ولبنان وبريطانيا", []string{"اردن", "لبنان", "بريطانيا"}},
		{"مالية عربية ودولية", nil},
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
