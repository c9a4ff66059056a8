package tag

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/arabic"
)

// Collocation statistics find names, but also the set phrases of news
// Arabic: a verb and its preposition («حرص على», «للحصول على»), a pious
// formula («رحمه الله», «بإذن الله», «عز وجل»), a connective («على سبيل
// المثال», «بما يضمن») and the calendar («يوليو تموز», «يوم الأربعاء»).
// They recur across outlets as often as any name, so the counts cannot
// tell them apart; their words can. A name (of a person, an organization, a
// place) holds no preposition, no «ما» clause and no calendar word alone,
// and «الله» closes only the compound names built on it (عبد الله، حزب
// الله، نصر الله).

// particles are written forms that never stand inside a name. «على» is
// kept apart from «علي» (the name Ali) by its final alef maqsura, which is
// why the surface form, not the normalized term, is tested.
var particles = wordSet(
	"على", "عليه", "عليها", "عليهم", "إلى", "الى", "إلي",
	"بما", "مما", "عما", "فيما", "لما", "كما", "إنما", "ربما", "طالما", "كلما", "بينما",
	"بأن", "بان", "لأن", "وأن", "كأن", "علما", "حيث", "إذ", "أثناء", "لدى",
	"تعالى", "وجل", "وسلم", "عليهما",
)

// godCompounds are the first words of names closed by «الله».
var godCompounds = wordSet(
	"عبد", "حزب", "نصر", "فتح", "عطا", "جاد", "خلف", "فضل", "ضيف", "جار", "خير",
	"سعد", "عوض", "رزق", "هبة", "حمد", "سيف", "أسد", "نعمة", "عبيد", "مال", "رام",
)

// calendarWords are months (both series), weekdays and date words; a
// gram of these alone is a date, not a name.
var calendarWords = wordSet(
	"يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس",
	"سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
	"كانون", "الثاني", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب",
	"أيلول", "ايلول", "تشرين", "الأول", "الاول",
	"محرم", "صفر", "ربيع", "الآخر", "جمادى", "الأولى", "الآخرة", "رجب", "شعبان", "رمضان", "شوال",
	"ذي", "ذو", "القعدة", "الحجة",
	"السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة",
	"يوم", "اليوم", "أمس", "امس", "غدا", "عام", "العام", "م", "هـ", "ه", "شهر", "الشهر", "صباح", "مساء",
	// Next, last, this: «ذي القعدة المقبل», «رمضان الماضي».
	"المقبل", "المقبلة", "القادم", "القادمة", "الماضي", "الماضية", "الجاري", "الجارية", "الحالي", "الحالية",
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// plainWord strips diacritics and tatweel from a written word, keeping
// its letters as written (alef maqsura stays).
func plainWord(w string) string {
	var b strings.Builder
	for _, r := range w {
		if r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670 {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unglue strips a conjunction (و، ف) from a word of more than three
// letters: «وعلى» is «على», «وليد» stays a name.
func unglue(w string) string {
	if utf8.RuneCountInString(w) > 3 {
		for _, p := range []string{"و", "ف"} {
			if rest, ok := strings.CutPrefix(w, p); ok {
				return rest
			}
		}
	}
	return w
}

// linkWords join the parts of a full name (سلمان بن عبدالعزيز آل سعود, أبو
// بكر, عبد الله): a gram that ends with one is cut inside a name, and one
// that opens with «بن» is its tail.
var linkWords = wordSet("بن", "ابن", "إبن", "بنت", "آل", "ال", "أبو", "ابو", "أبي", "ابي", "أبا", "عبد", "أم")

// formulaWords stand only in the set phrases of news prose, which
// collocation counts learn as readily as names: «الجدير بالذكر», «على سبيل
// المثال», «في الآونة الأخيرة», «في جميع أنحاء العالم», «في وقت لاحق», «بغض
// النظر», «في نهاية المطاف», «لأول مرة», condolence and greeting formulas.
// Like cuts, such phrases still match stories, but are no tags.
var formulaWords = wordSet(
	"الجدير", "بالذكر", "تجدر", "الإشارة", "سبيل", "المثال", "الآونة", "أنحاء", "لاحق",
	"بغض", "بصرف", "النظر", "المطاف", "جنبا", "جنباً", "بطبيعة", "الحال", "أولا", "أولاً",
	"بأول", "بعضهم", "بعضا", "بحد", "ذاتها", "ذاته", "أكمل", "مرة", "المرة", "إتاحة",
	"المبذولة", "العاجل", "والتبريكات", "التبريكات", "راجعون", "رحمته", "جناته", "جناتك",
	"القدير", "مبروك", "التمنيات", "كبيرا", "كبيرًا", "كبيراً", "واحدا", "واحدًا", "واحداً",
	"المعنية", "المناسبة", "بهذه", "الأخيرة", "مظلة", "وطأة", "الضوء", "المطلوب",
	"بمناسبة", "لمناسبة", "أرسل", "ارسل", // «بمناسبة عيد الفطر», an SMS line «أرسل رسالة …»
	// «عن عمر يناهز», «تضافر الجهود», «الأهداف المرجوة», «على أهبة
	// الاستعداد», «قاب قوسين», «المواطنون والمقيمون», office hours «على
	// فترتين صباحية ومسائية», a market report's «سهم توزعت»
	"يناهز", "تضافر", "المرجوة", "أهبة", "قاب", "والمقيمون", "والمقيمين", "فترتين", "صباحية", "توزعت",
	// «وسائل الإعلام» (told the media, 727 articles), «وسائل التواصل»
	"وسائل",
)

// roleWords are titles and roles. A name made of them alone («المتحدث
// الرسمي», «الناطق الإعلامي», «صاحب السمو الملكي», «نائب الرئيس», «وكالة
// الأنباء») names whoever holds the role in each text: it tells a reader
// nothing, and is no tag (it still matches stories, as cuts do).
var roleWords = wordSet(
	"المتحدث", "الناطق", "الرسمي", "الإعلامي", "الاعلامي", "باسم", "صاحب", "السمو", "سمو", "الملكي",
	"معالي", "فخامة", "سعادة", "فضيلة", "نائب", "الرئيس", "رئيس", "وكالة", "الأنباء", "الانباء",
	"الأمير", "الامير", "أمير", "الملك", "الشيخ", "الوزير", "وزير",
	"معاليه", "سموه", "فخامته", "سماحته", "سماحة",
)

// isRole says whether a written word is a title or role (roleWords), a
// conjunction or preposition glued on or not: «لصاحب السمو» (under the
// patronage of His Highness) had been shown as «صاحب السمو» in 59
// articles.
func isRole(w string) bool { return inSet(w, roleWords) }

// titles are the role words a person's name follows (not «الملكي» of
// «الديوان الملكي», nor «الشيخ», which ends «شرم الشيخ» and «آل الشيخ»).
var titles = wordSet("الرئيس", "رئيس", "الأمير", "الامير", "أمير", "الملك", "الوزير", "وزير", "سمو", "السمو",
	"معالي", "فخامة", "سعادة", "فضيلة", "سماحة", "صاحب", "نائب", "المتحدث", "الناطق")

// beforeName says whether a written word is a title (titles), a
// conjunction or preposition glued on or not.
func beforeName(w string) bool { return inSet(w, titles) }

// inSet says whether a written word is in set, with a conjunction or
// preposition (glues) glued on or not.
func inSet(w string, set map[string]bool) bool {
	if set[w] {
		return true
	}
	for g := range glues {
		if rest, ok := strings.CutPrefix(w, g); ok && set[rest] {
			return true
		}
	}
	return false
}

// percentWords say «per cent» («10 في المئة»): a rare word in a text of
// figures, and no keyphrase, as a title (roleWords, «معالي») is none.
var percentWords = wordSet("المئة", "المائة", "بالمئة", "بالمائة", "المية")

// wholeName says whether a learned name, as first written, is a whole
// name rather than a cut of a longer one («سلمان بن», «بن عبدالعزيز»).
// The cuts are still learned: they tell the stories of one person apart
// as well as the whole name does; readers are shown only whole names.
func wholeName(surface string) bool {
	words := strings.Fields(surface)
	if len(words) == 0 {
		return false
	}
	if last := unglue(plainWord(words[len(words)-1])); linkWords[last] {
		return false
	}
	if vowelled(words) >= 2 {
		return false
	}
	roles := 0
	for _, w := range words {
		if w = plainWord(w); formulaWords[w] || formulaWords[unglue(w)] {
			return false
		}
		if isRole(w) {
			roles++
		}
	}
	// A title last asks for the name after it: «تهنئة لفخامة الرئيس»,
	// «مستشفى الملك» (فهد).
	if roles == len(words) || beforeName(plainWord(words[len(words)-1])) {
		return false
	}
	first := plainWord(words[0])
	return first != "بن" && first != "بنت"
}

// vowelled counts the words that carry a short vowel, a tanwin or a
// sukun. News writes names bare; a gram vowelled word by word is a
// quotation, a verse or a line of poetry («فَجَزَاؤُهُ جَهَنَّمُ», «خِزْيٌ
// الدُّنْيَا»), which the collocation counts take for a name when outlets
// quote it alike. A shadda alone does not count: «محمّد».
func vowelled(words []string) int {
	n := 0
	for _, w := range words {
		if strings.ContainsFunc(w, func(r rune) bool { return r >= '\u064B' && r <= '\u0650' || r == '\u0652' }) {
			n++
		}
	}
	return n
}

// nameShaped says whether a learned n-gram, as first written, can be a
// name (see the comment at the top of this file).
func nameShaped(surface string) bool {
	words := strings.Fields(surface)
	if len(words) == 0 {
		return false
	}
	dates := 0
	for i, w := range words {
		w = plainWord(w)
		u := unglue(w)
		if particles[w] || particles[u] {
			return false
		}
		switch u {
		case "الله", "لله", "بالله", "والله":
			if i == 0 || !godCompounds[plainWord(words[i-1])] {
				return false
			}
		}
		if calendarWords[w] || calendarWords[u] || strings.HasPrefix(w, "ال") && calendarWords[w[len("ال"):]] {
			dates++
		}
	}
	return dates < len(words)
}

// oneSpelling shows each name the way its most frequent spelling is
// written, for every learned name (shown, by key) that is only another
// spelling of it (spellingKey): «عبد الفتاح السيسي» and «عبدالفتاح
// السيسي», «هونغ كونغ» and «هونج كونج» were two tags and two tag pages,
// each with part of the stories. The keys stay apart: stories match on
// them as before.
func oneSpelling(shown map[string]string, counts map[string]int32) {
	keys := make(map[string]string, len(shown)) // name key → spelling key
	best := map[string]string{}                 // spelling key → the key of its best spelling
	for k, s := range shown {
		sk := spellingKey(s)
		keys[k] = sk
		b, ok := best[sk]
		if !ok || counts[k] > counts[b] || counts[k] == counts[b] && shown[k] < shown[b] {
			best[sk] = k
		}
	}
	display := make(map[string]string, len(best))
	for sk, b := range best {
		display[sk] = shown[b]
	}
	for k := range shown {
		shown[k] = display[keys[k]]
	}
}

// spellingKey is a name with what outlets spell differently made one: the
// space after «عبد» and «أبو» (عبد ربه، عبدربه), the article, and «غ» and
// «ج» for a foreign g (غرينتش، جرينتش). Long vowels are not dropped, as the
// story engine's skeleton drops them: سلمان and سليمان are two men.
func spellingKey(s string) string {
	words := strings.Fields(s)
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := arabic.Normalize(plainWord(words[i]), arabic.Search)
		if (w == "عبد" || w == "ابو") && i+1 < len(words) {
			i++
			w += arabic.Normalize(plainWord(words[i]), arabic.Search)
		} else if rest, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(rest) >= 3 {
			w = rest
		}
		out = append(out, strings.ReplaceAll(w, "غ", "ج"))
	}
	return strings.Join(out, " ")
}
