package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	hijri "github.com/hablullah/go-hijri"
)

// --- machine-readable dates (JSON-LD, <meta>, <time datetime>) --------------------

var isoRe = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+|T\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9})\d*)?)?\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?`)

var machineLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700", "2 Jan 2006 15:04:05 -0700", time.RFC850, time.ANSIC,
	"January 2, 2006 15:04", "January 2, 2006", "Jan 2, 2006",
}

// parseMachineDate parses the date formats found in metadata: ISO 8601 and its
// loose variants, RFC 1123/822, and Unix seconds or milliseconds. A value without
// a zone is read in zone. dayOnly is set when the value has no clock.
func parseMachineDate(s string, zone *time.Location) (t time.Time, dayOnly bool, ok bool) {
	s = strings.TrimSpace(normalizeDigits(s))
	if s == "" || len(s) > 100 {
		return time.Time{}, false, false
	}
	if m := isoRe.FindStringSubmatch(s); m != nil {
		y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if !validYMD(y, mo, d) {
			return time.Time{}, false, false
		}
		if m[4] == "" {
			return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, zone), true, true
		}
		h, mi, sec := atoi(m[4]), atoi(m[5]), atoi(m[6])
		if h > 24 || mi > 59 || sec > 60 {
			return time.Time{}, false, false
		}
		ns := 0
		if m[7] != "" {
			frac := (m[7] + "000000000")[:9]
			ns = atoi(frac)
		}
		loc := zone
		if m[8] != "" {
			if l, ok := parseOffset(m[8]); ok {
				loc = l
			}
		}
		return time.Date(y, time.Month(mo), d, h, mi, sec, ns, loc), false, true
	}
	for _, layout := range machineLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Location() == time.UTC && !strings.Contains(layout, "Z07") && !strings.Contains(layout, "-0700") && !strings.Contains(layout, "MST") {
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, zone)
			}
			day := !strings.Contains(layout, "15")
			if !validYMD(t.Year(), int(t.Month()), t.Day()) {
				return time.Time{}, false, false
			}
			return t, day, true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 && len(s) <= 13 {
		if len(s) >= 12 {
			n /= 1000
		}
		t := time.Unix(n, 0).In(zone)
		if validYMD(t.Year(), int(t.Month()), t.Day()) {
			return t, false, true
		}
	}
	return time.Time{}, false, false
}

// parseOffset reads "Z", "+03:00", "+0300", "+3", "GMT+3", "UTC".
func parseOffset(s string) (*time.Location, bool) {
	s = strings.TrimSpace(strings.ToUpper(s))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "UTC"), "GMT")
	if s == "" || s == "Z" {
		return time.UTC, true
	}
	sign := 1
	switch s[0] {
	case '+':
	case '-':
		sign = -1
	default:
		return nil, false
	}
	s = strings.ReplaceAll(s[1:], ":", "")
	var h, m int
	switch len(s) {
	case 1, 2:
		h = atoi(s)
	case 3, 4:
		h, m = atoi(s[:len(s)-2]), atoi(s[len(s)-2:])
	default:
		return nil, false
	}
	if h > 14 || m > 59 {
		return nil, false
	}
	off := sign * (h*3600 + m*60)
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone("", off), true
}

func validYMD(y, m, d int) bool {
	return y >= 1970 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
		time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
		if n > 1e9 {
			break
		}
	}
	return n
}

// --- visible dates -------------------------------------------------------------

// foundDate is one date expression found in a block of visible text.
type foundDate struct {
	t        time.Time
	q        Quality
	start    int // rune offset of the expression in the normalized text
	hijri    bool
	relative bool
}

var gregorianMonths = map[string]int{
	// Egypt and the Gulf
	"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
	"يوليو": 7, "يوليه": 7, "اغسطس": 8, "اغسطوس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	// the Levant and Iraq
	"كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
	"تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين اول": 10, "تشرين الثاني": 11,
	"تشرين ثاني": 11, "كانون الاول": 12, "كانون اول": 12,
	// Tunisia and Algeria; Morocco
	"جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
	"يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
	// English, for bilingual pages
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// wireMonths are the months of KUNA's wire stamp.
var wireMonths = map[string]int{"ينا": 1, "فبر": 2, "مار": 3, "ابر": 4, "ماي": 5, "يون": 6, "يول": 7, "اغس": 8,
	"سبت": 9, "اكت": 10, "نوف": 11, "ديس": 12}

var hijriMonths = map[string]int{
	"محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع اول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4, "ربيع ثاني": 4,
	"جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الاخر": 6, "جمادي الثانيه": 6,
	"جمادي الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
	"ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}

func monthAlt(m map[string]int) string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	// Longest first, so «كانون الثاني» wins over a shorter name and «مايو» over «ماي».
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	for i, n := range names {
		names[i] = strings.ReplaceAll(regexp.QuoteMeta(n), " ", `\s+`)
	}
	return strings.Join(names, "|")
}

var (
	gMonths  = monthAlt(gregorianMonths)
	relUnits = `ثانيه|ثواني|ثوان|دقيقتين|دقيقه|دقائق|ساعتين|ساعه|ساعات|يومين|يوم|ايام|اسبوعين|اسبوع|اسابيع`
	hMonths  = monthAlt(hijriMonths)

	// 10 أغسطس 2015, 10 آب (أغسطس) 2015, ١٠ أغسطس ٢٠١٥م, 10-أغسطس-2015, 10 August 2015
	dmyRe = regexp.MustCompile(`(?:^|[^\d\pL])(\d{1,2})(?:\s*[-/.]\s*|\s*)(?:من\s+)?(` + gMonths + `)(?:\s*[(/]\s*(?:` + gMonths + `)\s*\)?)?\s*[,،/-]?\s*(\d{4})(?:\s*م)?(?:[^\pL\d]|$)`)
	// August 10, 2015
	mdyRe = regexp.MustCompile(`(?:^|[^\pL])(` + gMonths + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[^\d]|$)`)
	// 2015/08/10, 2015-08-10
	ymdRe = regexp.MustCompile(`(?:^|[^\d/.-])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[^\d/.-]|$)`)
	// 10/08/2015, 10-8-2015 (day first, as Arabic sites write it)
	dmyNumRe = regexp.MustCompile(`(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[^\d/.-]|$)`)
	// 25 شوال 1436هـ
	hijriRe = regexp.MustCompile(`(?:^|[^\d\pL])(\d{1,2})\s*[-/]?\s*(` + hMonths + `)\s*[,،/-]?\s*(1[34]\d\d)(?:[^\d]|$)`)
	// 25/10/1436هـ, 1436/10/25هـ: a year of 13xx or 14xx is a Hijri one
	hijriDMYNumRe = regexp.MustCompile(`(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](1[34]\d\d)(?:[^\d/.-]|$)`)
	hijriYMDNumRe = regexp.MustCompile(`(?:^|[^\d/.-])(1[34]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?:[^\d/.-]|$)`)
	// KUNA's wire stamp after the sign-off, glued to the agency's name:
	// «كونا271454 جمت يول 15», day, hour and minute in GMT, month, year.
	wireStampRe = regexp.MustCompile(`([0-3]\d)([0-2]\d)([0-5]\d)\s+جمت\s+(` + monthAlt(wireMonths) + `)\s+(\d{2})(?:[^\d]|$)`)
	// 14:23, 2:23 م, 09:05:33 pm
	clockRe = regexp.MustCompile(`(?:^|[^\d:])(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?:\s*(صباحا|مساء|ص|م|am|pm|a\.m\.|p\.m\.))?`)
	// منذ 3 ساعات, منذ ساعتين, قبل ٥ دقائق
	relRe       = regexp.MustCompile(`منذ\s*(\d{1,3})?\s*(` + relUnits + `)(?:[^\pL]|$)`)
	relBeforeRe = regexp.MustCompile(`قبل\s*(\d{1,3})\s*(` + relUnits + `)(?:[^\pL]|$)`)
	relEnRe     = regexp.MustCompile(`(\d{1,3}|an?)\s+(second|minute|hour|day|week)s?\s+ago`)
	amsRe       = regexp.MustCompile(`(?:^|[^\pL])(امس|yesterday)(?:[^\pL]|$)`)

	// gapRe is what may stand between a date and its clock.
	// A year's era mark («هـ», «م») may close the date before the gap.
	gapRe = regexp.MustCompile(`^(?:\s*(?:هجريه|هجري|ه|م)(?:[\s\-–—|,،:/()\[\]•·.]+|$))?[\s\-–—|,،:/()\[\]•·.]*(?:(?:الساعه|الساعة|الموافق|في|at|الوقت|time)[\s\-–—|,،:/()\[\]•·.]*)?$`)
)

// zoneRule maps a «بتوقيت ...» phrase to a zone.
type zoneRule struct {
	re  *regexp.Regexp
	loc *time.Location
}

var zoneRules = []zoneRule{
	{regexp.MustCompile(`^[\s(\[,،-]*(?:ب?توقيت\s+(?:مكه(?:\s+المكرمه)?|السعوديه|الرياض|جده|المملكه)|ت\.?\s?م(?:[^\pL]|$)|ast(?:[^\pL]|$))`), defaultZone},
	timeOf(`القاهره|مصر`, loadZone("Africa/Cairo", 2*3600)),
	timeOf(`الامارات|ابوظبي|ابو\s+ظبي|دبي`, loadZone("Asia/Dubai", 4*3600)),
	timeOf(`الكويت|بغداد|العراق|الدوحه|قطر|البحرين|المنامه`, time.FixedZone("+03", 3*3600)),
	timeOf(`بيروت|لبنان`, loadZone("Asia/Beirut", 2*3600)),
	timeOf(`دمشق|سوريا`, loadZone("Asia/Damascus", 3*3600)),
	// Arabic services of foreign outlets date in their capital's time.
	timeOf(`بكين|الصين`, loadZone("Asia/Shanghai", 8*3600)),
	timeOf(`موسكو|روسيا`, loadZone("Europe/Moscow", 3*3600)),
	timeOf(`انقره|اسطنبول|تركيا`, loadZone("Europe/Istanbul", 3*3600)),
	timeOf(`طهران|ايران`, loadZone("Asia/Tehran", 3*3600+1800)),
	timeOf(`لندن|بريطانيا`, loadZone("Europe/London", 0)),
	timeOf(`باريس|فرنسا|برلين|المانيا|بروكسل`, loadZone("Europe/Paris", 3600)),
	timeOf(`واشنطن|نيويورك`, loadZone("America/New_York", -5*3600)),
	timeOf(`القدس|فلسطين|غزه`, loadZone("Asia/Gaza", 2*3600)),
	timeOf(`مسقط|سلطنه\s+عمان`, loadZone("Asia/Muscat", 4*3600)),
	timeOf(`الجزائر|تونس`, time.FixedZone("+01", 3600)),
	timeOf(`الرباط|المغرب`, loadZone("Africa/Casablanca", 3600)),
}

// timeOf is the rule for «بتوقيت» and one of names (a regexp alternation
// of normalized place names).
func timeOf(names string, loc *time.Location) zoneRule {
	return zoneRule{regexp.MustCompile(`^[\s(\[,،-]*(?:ب?توقيت\s+(?:` + names + `))`), loc}
}

var utcZoneRe = regexp.MustCompile(`^[\s(\[,،-]*(?:ب?توقيت\s+(?:غرينتش|غرينيتش|جرينتش|جرينيتش|جرينيش|غرينيش)|ت\.?\s?غ\.?|gmt|utc)\s*([+-]\s*\d{1,2}(?::?\d{2})?)?`)

// zoneAfter reads a zone phrase at the start of rest, else returns def.
func zoneAfter(rest string, def *time.Location) *time.Location {
	if len(rest) > 120 {
		rest = rest[:120]
	}
	if m := utcZoneRe.FindStringSubmatch(rest); m != nil {
		if m[1] != "" {
			if l, ok := parseOffset(strings.ReplaceAll(m[1], " ", "")); ok {
				return l
			}
		}
		return time.UTC
	}
	for _, z := range zoneRules {
		if z.re.MatchString(rest) {
			return z.loc
		}
	}
	return def
}

type clockMatch struct {
	start, end int // byte offsets
	h, m, s    int
}

func findClocks(s string) []clockMatch {
	var out []clockMatch
	for _, ix := range clockRe.FindAllStringSubmatchIndex(s, 8) {
		h, m, sec := atoi(s[ix[2]:ix[3]]), atoi(s[ix[4]:ix[5]]), 0
		if ix[6] >= 0 {
			sec = atoi(s[ix[6]:ix[7]])
		}
		end := ix[5]
		if ix[7] > end {
			end = ix[7]
		}
		if ix[8] >= 0 {
			// An am/pm word only counts when it stands alone («م» is also the
			// first letter of many words).
			r, _ := utf8.DecodeRuneInString(s[ix[9]:])
			if !unicode.IsLetter(r) {
				switch s[ix[8]:ix[9]] {
				case "م", "مساء", "pm", "p.m.":
					if h < 12 {
						h += 12
					}
				case "ص", "صباحا", "am", "a.m.":
					if h == 12 {
						h = 0
					}
				}
				end = ix[9]
			}
		}
		if h > 23 || m > 59 || sec > 59 {
			continue
		}
		out = append(out, clockMatch{start: ix[2], end: end, h: h, m: m, s: sec})
	}
	return out
}

// findDates returns the date expressions in one block of visible text, in order.
// Dates in zone-less text are read in zone; relative ones count back from now.
func findDates(text string, zone *time.Location, now time.Time) []foundDate {
	if len(text) > 4000 {
		text = text[:4000] // a dateline is never that deep into a block
	}
	s := normalizeForDates(text)
	if !hasDateHint(s) {
		return nil
	}
	var out []foundDate
	clocks := findClocks(s)
	add := func(start, end, y, mo, d int, isHijri bool) {
		if isHijri {
			g, ok := hijriToGregorian(y, mo, d)
			if !ok {
				return
			}
			y, mo, d = g.Year(), int(g.Month()), g.Day()
		}
		if !validYMD(y, mo, d) || y > now.Year()+1 {
			return
		}
		q := QualityDate
		h, mi, sec := 0, 0, 0
		tail := end
		if c, ok := nearClock(s, start, end, clocks); ok {
			h, mi, sec, q = c.h, c.m, c.s, QualityVisible
			tail = max(end, c.end)
		}
		loc := zoneAfter(s[tail:], zone)
		t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc)
		out = append(out, foundDate{t: t, q: q, start: utf8.RuneCountInString(s[:start]), hijri: isHijri})
	}
	for _, ix := range dmyRe.FindAllStringSubmatchIndex(s, 8) {
		mo := monthNumber(gregorianMonths, s[ix[4]:ix[5]])
		add(ix[2], ix[1], atoi(s[ix[6]:ix[7]]), mo, atoi(s[ix[2]:ix[3]]), false)
	}
	for _, ix := range mdyRe.FindAllStringSubmatchIndex(s, 8) {
		mo := monthNumber(gregorianMonths, s[ix[2]:ix[3]])
		add(ix[2], ix[1], atoi(s[ix[6]:ix[7]]), mo, atoi(s[ix[4]:ix[5]]), false)
	}
	for _, ix := range ymdRe.FindAllStringSubmatchIndex(s, 8) {
		add(ix[2], ix[7], atoi(s[ix[2]:ix[3]]), atoi(s[ix[4]:ix[5]]), atoi(s[ix[6]:ix[7]]), false)
	}
	for _, ix := range dmyNumRe.FindAllStringSubmatchIndex(s, 8) {
		a, b := atoi(s[ix[2]:ix[3]]), atoi(s[ix[4]:ix[5]])
		if b > 12 && a <= 12 { // 08/25/2015: month first after all
			a, b = b, a
		}
		add(ix[2], ix[7], atoi(s[ix[6]:ix[7]]), b, a, false)
	}
	for _, ix := range hijriRe.FindAllStringSubmatchIndex(s, 8) {
		mo := monthNumber(hijriMonths, s[ix[4]:ix[5]])
		add(ix[2], ix[7], atoi(s[ix[6]:ix[7]]), mo, atoi(s[ix[2]:ix[3]]), true)
	}
	for _, ix := range hijriDMYNumRe.FindAllStringSubmatchIndex(s, 8) {
		add(ix[2], ix[7], atoi(s[ix[6]:ix[7]]), atoi(s[ix[4]:ix[5]]), atoi(s[ix[2]:ix[3]]), true)
	}
	for _, ix := range hijriYMDNumRe.FindAllStringSubmatchIndex(s, 8) {
		add(ix[2], ix[7], atoi(s[ix[2]:ix[3]]), atoi(s[ix[4]:ix[5]]), atoi(s[ix[6]:ix[7]]), true)
	}
	for _, ix := range wireStampRe.FindAllStringSubmatchIndex(s, 2) {
		mo := wireMonths[s[ix[8]:ix[9]]]
		y, d, h, mi := 2000+atoi(s[ix[10]:ix[11]]), atoi(s[ix[2]:ix[3]]), atoi(s[ix[4]:ix[5]]), atoi(s[ix[6]:ix[7]])
		if validYMD(y, mo, d) && h < 24 && y <= now.Year()+1 {
			out = append(out, foundDate{t: time.Date(y, time.Month(mo), d, h, mi, 0, 0, time.UTC), q: QualityVisible,
				start: utf8.RuneCountInString(s[:ix[0]])})
		}
	}
	out = append(out, relativeDates(s, clocks, zone, now)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// nearClock finds a clock right after or right before the date at s[start:end].
func nearClock(s string, start, end int, clocks []clockMatch) (clockMatch, bool) {
	for _, c := range clocks {
		if c.start >= end && gapOK(s[end:c.start]) {
			return c, true
		}
	}
	for i := len(clocks) - 1; i >= 0; i-- {
		c := clocks[i]
		if c.end <= start && gapOK(s[c.end:start]) {
			return c, true
		}
	}
	return clockMatch{}, false
}

func gapOK(gap string) bool {
	if utf8.RuneCountInString(gap) <= 20 && gapRe.MatchString(gap) {
		return true
	}
	// «الخميس 6 أغسطس 2015 - 19 شوال 1436هـ 01:13 ص»: the Hijri date
	// between the Gregorian one and its clock.
	if h := hijriRe.FindStringIndex(gap); h != nil {
		rest := gap[:h[0]] + " " + gap[h[1]:]
		return utf8.RuneCountInString(rest) <= 20 && gapRe.MatchString(rest)
	}
	return false
}

func relativeDates(s string, clocks []clockMatch, zone *time.Location, now time.Time) []foundDate {
	var out []foundDate
	now = now.In(zone)
	matches := append(relRe.FindAllStringSubmatchIndex(s, 4), relBeforeRe.FindAllStringSubmatchIndex(s, 4)...)
	for _, ix := range matches {
		n := 1
		if ix[2] >= 0 {
			n = atoi(s[ix[2]:ix[3]])
		}
		unit := s[ix[4]:ix[5]]
		if strings.HasSuffix(unit, "ين") { // the dual: ساعتين, يومين
			n = 2
		}
		if d, q, ok := relUnit(unit, n); ok {
			out = append(out, foundDate{t: now.Add(-d).Truncate(time.Minute), q: q,
				start: utf8.RuneCountInString(s[:ix[0]]), relative: true})
		}
	}
	for _, ix := range relEnRe.FindAllStringSubmatchIndex(s, 4) {
		n := 1
		if v := s[ix[2]:ix[3]]; v != "a" && v != "an" {
			n = atoi(v)
		}
		if d, q, ok := relUnit(s[ix[4]:ix[5]], n); ok {
			out = append(out, foundDate{t: now.Add(-d).Truncate(time.Minute), q: q,
				start: utf8.RuneCountInString(s[:ix[0]]), relative: true})
		}
	}
	for _, ix := range amsRe.FindAllStringSubmatchIndex(s, 2) {
		y := now.AddDate(0, 0, -1)
		t := time.Date(y.Year(), y.Month(), y.Day(), 0, 0, 0, 0, zone)
		q := QualityDate
		if c, ok := nearClock(s, ix[2], ix[3], clocks); ok {
			t = time.Date(y.Year(), y.Month(), y.Day(), c.h, c.m, c.s, 0, zone)
			q = QualityVisible
		}
		out = append(out, foundDate{t: t, q: q, start: utf8.RuneCountInString(s[:ix[2]]), relative: true})
	}
	return out
}

func relUnit(unit string, n int) (time.Duration, Quality, bool) {
	switch {
	case strings.HasPrefix(unit, "ثان"), strings.HasPrefix(unit, "ثوان"), unit == "second":
		return time.Duration(n) * time.Second, QualityVisible, true
	case strings.HasPrefix(unit, "دقي"), strings.HasPrefix(unit, "دقا"), unit == "minute":
		return time.Duration(n) * time.Minute, QualityVisible, true
	case strings.HasPrefix(unit, "ساع"), unit == "hour":
		return time.Duration(n) * time.Hour, QualityVisible, true
	case strings.HasPrefix(unit, "يوم"), unit == "ايام", unit == "day":
		return time.Duration(n) * 24 * time.Hour, QualityDate, true
	case strings.HasPrefix(unit, "اس"), unit == "week":
		return time.Duration(n) * 7 * 24 * time.Hour, QualityDate, true
	}
	return 0, 0, false
}

func monthNumber(m map[string]int, name string) int {
	return m[strings.Join(strings.Fields(name), " ")]
}

// hijriToGregorian converts an Umm al-Qura date; ok is false outside the
// calendar's table or for a day the month does not have.
func hijriToGregorian(y, m, d int) (g time.Time, ok bool) {
	if y < 1357 || y > 1499 || m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	defer func() {
		if recover() != nil { // the library indexes its table without bounds checks
			g, ok = time.Time{}, false
		}
	}()
	g = hijri.UmmAlQuraDate{Day: int64(d), Month: int64(m), Year: int64(y)}.ToGregorian()
	back, err := hijri.CreateUmmAlQuraDate(g)
	if err != nil || back.Day != int64(d) || back.Month != int64(m) || back.Year != int64(y) {
		return time.Time{}, false
	}
	return g, true
}

func hasDateHint(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return strings.Contains(s, "امس") || strings.Contains(s, "yesterday") || strings.Contains(s, "منذ") ||
		strings.Contains(s, " ago")
}

// normalizeDigits maps Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII.
func normalizeDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool {
		return (r >= '٠' && r <= '٩') || (r >= '۰' && r <= '۹')
	}) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		}
		return r
	}, s)
}

// normalizeForDates folds what varies in how dates are written: digits to
// ASCII, alef forms to bare alef, ta marbuta to ha, alef maqsura to ya, no
// tatweel or short vowels, lower-case Latin, one space for any white space.
func normalizeForDates(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r >= '٠' && r <= '٩':
			r = '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			r = '0' + r - '۰'
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ة':
			r = 'ه'
		case r == 'ى':
			r = 'ي'
		case r == 'ـ' || (r >= '\u064B' && r <= '\u065F') || r == '\u0670' || isInvisible(r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case r < 0x80:
			r = unicode.ToLower(r)
		}
		if space {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
