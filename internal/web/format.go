package web

import (
	"fmt"
	"html/template"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// riyadh is the zone for times stored without an offset of their own. Saudi
// Arabia has kept UTC+3 without daylight saving since 1947, so a fixed zone is
// exact and does not depend on the host's tzdata.
var riyadh = time.FixedZone("AST", 3*60*60)

var arabicMonths = [...]string{
	"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
	"يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
}

// arabicDigits replaces ASCII digits with Eastern Arabic ones (٠..٩).
func arabicDigits(s string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = '٠' + (r - '0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// localTime puts t in the zone to show it in: its own offset when it has one,
// Asia/Riyadh when it is UTC (the store keeps UTC when the offset is unknown).
func localTime(t time.Time) time.Time {
	if _, off := t.Zone(); off == 0 {
		return t.In(riyadh)
	}
	return t
}

// arabicTime formats t like "١٠ أغسطس ٢٠١٥، ١٤:٢٣"; the zero time is "".
func arabicTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = localTime(t)
	return arabicDigits(t.Format("2")) + " " + arabicMonths[t.Month()-1] + " " +
		arabicDigits(t.Format("2006")) + "، " + arabicDigits(t.Format("15:04"))
}

// isoTime is the machine-readable form for <time datetime>.
func isoTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return localTime(t).Format(time.RFC3339)
}

var blankLines = regexp.MustCompile(`\n[ \t\r\f\v\p{Zs}]*\n`)

// paragraphs splits clean article text on blank lines into trimmed,
// non-empty paragraphs.
func paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	for _, p := range blankLines.Split(text, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var langTag = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

// langAttr returns lang when it looks like a BCP 47 tag, else "" so a junk
// value from a feed never lands in a lang attribute.
func langAttr(lang string) string {
	if len(lang) <= 35 && langTag.MatchString(lang) {
		return lang
	}
	return ""
}

// timeTag renders t as a <time> element in Arabic, "—" when t is zero. Its
// content is only digits and month names of ours, so it is safe as HTML.
func timeTag(t time.Time) template.HTML {
	if t.IsZero() {
		return "—"
	}
	return template.HTML(`<time datetime="` + template.HTMLEscapeString(isoTime(t)) + `">` +
		template.HTMLEscapeString(arabicTime(t)) + `</time>`) // #nosec G203 -- escaped parts
}

// countedNoun is the forms a noun takes after a number in Arabic.
type countedNoun struct {
	one, two string // «مصدر واحد», «مصدران»: said without the number
	plural   string // after 3–10: «٣ مصادر»
	acc      string // after 11–99: «١١ مصدرًا»
	gen      string // after 100, 101, 102, …: «١٠٠ مصدر»
}

// nouns are the nouns pages count, by the name templates use.
var nouns = map[string]countedNoun{
	"source":        {"مصدر واحد", "مصدران", "مصادر", "مصدرًا", "مصدر"},
	"article":       {"مقال واحد", "مقالان", "مقالات", "مقالًا", "مقال"},
	"copy":          {"نسخة واحدة", "نسختان", "نسخ", "نسخةً", "نسخة"},
	"other source":  {"مصدر آخر", "مصدران آخران", "مصادر أخرى", "مصدرًا آخر", "مصدر آخر"},
	"other article": {"مقال آخر", "مقالان آخران", "مقالات أخرى", "مقالًا آخر", "مقال آخر"},
	"result":        {"نتيجة واحدة", "نتيجتان", "نتائج", "نتيجةً", "نتيجة"},
}

// mustCount is counted for the nouns the code names: they are all in nouns.
func mustCount(n int, noun string) string {
	s, err := counted(n, noun)
	if err != nil {
		panic(err)
	}
	return s
}

// others says the sources of a story beside the one named: «و٤ مصادر
// أخرى» after «عكاظ» for a story of five.
func others(sources int) string { return mustCount(sources-1, "other source") }

// counted says n of a noun as Arabic does: the noun after a number agrees
// with it — «مصدر واحد», «مصدران», «٣ مصادر», «١١ مصدرًا», «١٠٠ مصدر» —
// where «١ مصادر» or «١٩ مقالات» reads as a machine's. The tens and units
// decide beyond a hundred (١٠٣ مصادر, ١١١ مصدرًا, ١٠١ مصدر).
func counted(n int, noun string) (string, error) {
	f, ok := nouns[noun]
	if !ok {
		return "", fmt.Errorf("web: no counted noun %q", noun) // a template's mistake
	}
	switch n {
	case 1:
		return f.one, nil
	case 2:
		return f.two, nil
	}
	num := arabicDigits(strconv.Itoa(n))
	switch r := n % 100; {
	case n == 0 || r >= 3 && r <= 10:
		return num + " " + f.plural, nil
	case r >= 11:
		return num + " " + f.acc, nil
	default:
		return num + " " + f.gen, nil
	}
}
