package web

import (
	"strings"
	"testing"
	"time"
)

func TestArabicTime(t *testing.T) {
	tests := []struct {
		in   time.Time
		want string
	}{
		{time.Time{}, ""},
		{time.Date(2015, 8, 10, 14, 23, 0, 0, time.FixedZone("", 3*3600)), "١٠ أغسطس ٢٠١٥، ١٤:٢٣"},
		// UTC means "offset unknown": shown in Riyadh time, a day later here.
		{time.Date(2015, 12, 31, 22, 5, 0, 0, time.UTC), "١ يناير ٢٠١٦، ٠١:٠٥"},
		// An outlet's own offset is kept (Cairo summer time).
		{time.Date(2024, 5, 3, 9, 0, 0, 0, time.FixedZone("EEST", 3*3600)), "٣ مايو ٢٠٢٤، ٠٩:٠٠"},
		{time.Date(2024, 2, 29, 23, 59, 0, 0, time.FixedZone("", -5*3600)), "٢٩ فبراير ٢٠٢٤، ٢٣:٥٩"},
	}
	for _, tt := range tests {
		if got := arabicTime(tt.in); got != tt.want {
			t.Errorf("arabicTime(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for m := time.January; m <= time.December; m++ {
		got := arabicTime(time.Date(2020, m, 1, 0, 0, 0, 0, time.FixedZone("", 3600)))
		if !strings.Contains(got, arabicMonths[m-1]) {
			t.Errorf("month %v: %q", m, got)
		}
	}
}

func TestIsoTime(t *testing.T) {
	if got := isoTime(time.Date(2015, 8, 9, 11, 5, 0, 0, time.UTC)); got != "2015-08-09T14:05:00+03:00" {
		t.Errorf("isoTime = %q", got)
	}
	if got := timeTag(time.Time{}); got != "—" {
		t.Errorf("timeTag(zero) = %q", got)
	}
}

func TestArabicDigits(t *testing.T) {
	if got := arabicDigits("0123456789 a-b ٣"); got != "٠١٢٣٤٥٦٧٨٩ a-b ٣" {
		t.Errorf("arabicDigits = %q", got)
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  \n\n ", nil},
		{"واحد", []string{"واحد"}},
		{"واحد\n\nاثنان", []string{"واحد", "اثنان"}},
		{"واحد\r\n\r\nاثنان\n \t\nثلاثة\n\n\n\nأربعة", []string{"واحد", "اثنان", "ثلاثة", "أربعة"}},
		// A single newline stays inside its paragraph.
		{"سطر أول\nسطر ثان\n\nفقرة", []string{"سطر أول\nسطر ثان", "فقرة"}},
		{"  padded  \n\u00a0\n next ", []string{"padded", "next"}},
	}
	for _, tt := range tests {
		got := paragraphs(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLangAttr(t *testing.T) {
	for in, want := range map[string]string{
		"ar": "ar", "en-GB": "en-GB", "ar-SA": "ar-SA", "": "", "a": "",
		`ar" onload="x`: "", "ar_SA": "", "english!": "",
	} {
		if got := langAttr(in); got != want {
			t.Errorf("langAttr(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCounted(t *testing.T) {
	for _, c := range []struct {
		n          int
		noun, want string
	}{
		{0, "source", "٠ مصادر"},
		{1, "source", "مصدر واحد"},
		{2, "source", "مصدران"},
		{3, "source", "٣ مصادر"},
		{10, "article", "١٠ مقالات"},
		{11, "source", "١١ مصدرًا"},
		{19, "article", "١٩ مقالًا"},
		{99, "copy", "٩٩ نسخةً"},
		{100, "source", "١٠٠ مصدر"},
		{101, "article", "١٠١ مقال"},
		{102, "source", "١٠٢ مصدر"},
		{103, "source", "١٠٣ مصادر"},
		{111, "source", "١١١ مصدرًا"},
		{2, "copy", "نسختان"},
		{1, "other source", "مصدر آخر"},
		{4, "other source", "٤ مصادر أخرى"},
		{25, "result", "٢٥ نتيجةً"},
	} {
		got, err := counted(c.n, c.noun)
		if err != nil || got != c.want {
			t.Errorf("counted(%d, %q) = %q, %v; want %q", c.n, c.noun, got, err, c.want)
		}
	}
	if _, err := counted(3, "sauce"); err == nil {
		t.Error("counted of an unknown noun: no error")
	}
	if got := others(5); got != "٤ مصادر أخرى" {
		t.Errorf("others(5) = %q", got)
	}
}
