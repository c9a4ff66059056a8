package story

import (
	"strings"
	"testing"
	"time"
)

func TestLeadDays(t *testing.T) {
	for _, c := range []struct {
		text string
		want uint8
	}{
		{"تراجعت أسعار الذهب اليوم الأربعاء في التعاملات المبكرة", 1 << 4},
		{"افتتح الوزير المعرض أمس الخميس بحضور المسؤولين", 1 << 5},
		{"هطلت أمطار غزيرة، مساء أمس الجمعة؛ على عدة قرى", 1 << 6},
		{"وصلت البعثة وليلة السبت غادر الفريق", 1 << 7},
		// One opening, two days: the day it reports and the day before.
		{"وصل الوفد أمس «الأربعاء» بعد أن غادر أمس الأول «الثلاثاء»", 1<<4 | 1<<3},
		{"أعلن الوزير أن الأحد هو آخر موعد", 0},     // no day word before it
		{"يلتقي الفريقان غداً الأحد في النهائي", 0}, // a preview's day is not its event's
		{"بعد صلاة الجمعة في المسجد الكبير", 0},
	} {
		if got := LeadDays(normWords(c.text)); got != c.want {
			t.Errorf("LeadDays(%q) = %08b, want %08b", c.text, got, c.want)
		}
	}
	long := "اليوم " + strings.Repeat("كلمة ", leadDayWords) + "الخميس"
	if got := LeadDays(normWords(long)); got != 0 {
		t.Errorf("a weekday past the opening counted: %08b", got)
	}
}

// TestDayVeto: two market reports that share every word but the weekday
// are two stories; without a day, or on the same day, they are one. An
// opening that names two weekdays stays out only when neither is the
// story's.
func TestDayVeto(t *testing.T) {
	t0 := time.Date(2015, 8, 5, 12, 0, 0, 0, time.UTC)
	words := []string{"نفط", "سعر", "ادنى", "مستوى", "اشهر", "مخزون", "بنزين", "برنت"}
	doc := func(id int64, days uint8) *Doc {
		return &Doc{ID: id, Source: id, Time: t0.Add(time.Duration(id) * 6 * time.Hour), Title: words[:4], Body: words, Days: days}
	}
	const tue, wed, thu = 1 << 3, 1 << 4, 1 << 5
	for _, c := range []struct {
		name    string
		veto    int
		a, b    uint8
		wantNew bool
	}{
		{"other day", 1, wed, thu, true},
		{"same day", 1, wed, wed, false},
		{"second names none", 1, wed, 0, false},
		{"first names none", 1, 0, thu, false},
		{"veto off", -1, wed, thu, false},
		{"second names two, one shared", 1, tue, wed | tue, false},
		{"first names two, one shared", 1, wed | tue, tue, false},
		{"both name two, none shared", 1, wed | tue, thu | 1<<6, true},
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

// Bit 0 of a caller's Days is no weekday: alone it vetoes nothing, and
// beside a weekday it is ignored.
func TestDayBitZero(t *testing.T) {
	t0 := time.Date(2015, 8, 5, 12, 0, 0, 0, time.UTC)
	doc := func(id int64, days uint8) *Doc {
		return &Doc{ID: id, Source: id, Time: t0, Title: []string{"نفط"}, Body: []string{"نفط", "سعر"}, Days: days}
	}
	c := New(DefaultConfig())
	c.Add(doc(1, 1<<4))
	if got := c.Add(doc(2, 1)); got.New {
		t.Errorf("bit 0 alone kept an article out: %+v", got)
	}
	if got := c.Add(doc(3, 1|1<<4)); got.New {
		t.Errorf("bit 0 beside the story's weekday kept an article out: %+v", got)
	}
}
