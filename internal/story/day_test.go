package story

import (
	"strings"
	"testing"
	"time"
)

func TestLeadDay(t *testing.T) {
	for _, c := range []struct {
		text string
		want int8
	}{
		{"انخفضت أسعار النفط اليوم الأربعاء إلى أدنى مستوياتها", 4},
		{"ظل النفط قرب أدنى مستوياته أمس الخميس مع بقاء برنت", 5},
		{"قُتل مزارع يمني، مساء أمس الجمعة؛ إثر سقوط مقذوف", 6},
		{"وصلت البعثة وليلة السبت غادر الفريق", 7},
		{"أعلن الوزير أن الأحد هو آخر موعد", 0},     // no day word before it
		{"يلتقي الفريقان غداً الأحد في النهائي", 0}, // a preview's day is not its event's
		{"بعد صلاة الجمعة في المسجد الكبير", 0},
	} {
		if got := LeadDay(normWords(c.text)); got != c.want {
			t.Errorf("LeadDay(%q) = %d, want %d", c.text, got, c.want)
		}
	}
	long := "اليوم " + strings.Repeat("كلمة ", leadDayWords) + "الخميس"
	if got := LeadDay(normWords(long)); got != 0 {
		t.Errorf("a weekday past the opening counted: %d", got)
	}
}

// TestDayVeto: two market reports that share every word but the weekday
// are two stories; without a day, or on the same day, they are one.
func TestDayVeto(t *testing.T) {
	t0 := time.Date(2015, 8, 5, 12, 0, 0, 0, time.UTC)
	words := []string{"نفط", "سعر", "ادنى", "مستوى", "اشهر", "مخزون", "بنزين", "برنت"}
	doc := func(id int64, day int8) *Doc {
		return &Doc{ID: id, Source: id, Time: t0.Add(time.Duration(id) * 6 * time.Hour), Title: words[:4], Body: words, Day: day}
	}
	for _, c := range []struct {
		name    string
		veto    int
		a, b    int8
		wantNew bool
	}{
		{"other day", 1, 4, 5, true},
		{"same day", 1, 4, 4, false},
		{"second names none", 1, 4, 0, false},
		{"first names none", 1, 0, 5, false},
		{"veto off", -1, 4, 5, false},
	} {
		cfg := DefaultConfig()
		cfg.DayVeto = c.veto
		cl := New(cfg)
		cl.Add(doc(1, c.a))
		if got := cl.Add(doc(2, c.b)); got.New != c.wantNew {
			t.Errorf("%s: second report %+v, want new=%v", c.name, got, c.wantNew)
		}
	}
}

// A weekday out of range from a caller's Doc is taken as unknown.
func TestDayOutOfRange(t *testing.T) {
	c := New(DefaultConfig())
	t0 := time.Date(2015, 8, 5, 12, 0, 0, 0, time.UTC)
	for i, d := range []int8{9, -1, 4} {
		c.Add(&Doc{ID: int64(i + 1), Source: int64(i + 1), Time: t0, Title: []string{"نفط"}, Body: []string{"نفط", "سعر"}, Day: d})
	}
}
