package extract

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bare bylines: many Arabic sites print the author as a short line with no
// lead-in word and no telling class — «محمد العتيبي - الرياض» under the
// headline, or «واشنطن: فلان» closing the article. Nothing in the markup says
// "author", so the decision rests on two kinds of evidence that do not depend
// on any one site's template:
//
//   - position: the line stands alone between the headline and the first
//     paragraph of prose, or right after the last one;
//   - wording: the line is made only of name-like parts — a person's name that
//     opens with a common given name (a closed-ish class in Arabic) or a title,
//     a news agency, an outlet's name in quotes or the site's own name, a city —
//     joined by the separators bylines use («-», «:», «،», parentheses).
//
// Anything else in the line (a verb, a digit, a question mark, a label such as
// «صورة أرشيفية») makes it not a byline: a missed byline costs one field, an
// invented one misattributes an article.

// nameFold is the comparison form of a name word: hamza, ta marbuta, alef
// maqsura, tatweel and diacritics folded (normalizeForDates does exactly that).
func nameFold(s string) string { return normalizeForDates(s) }

func foldedSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[nameFold(w)] = true
	}
	return m
}

// givenNames are very common Arabic given names (male and female). A person's
// name in a byline opens with one of them (or with «عبد…», or «X الله»).
var givenNames = foldedSet(
	"محمد", "أحمد", "محمود", "مصطفى", "علي", "عمر", "عثمان", "خالد", "سعد", "سعيد", "سعود", "فهد",
	"فيصل", "ناصر", "نايف", "نواف", "سلطان", "سلمان", "سليمان", "سالم", "صالح", "إبراهيم", "إسماعيل",
	"يوسف", "يعقوب", "يحيى", "موسى", "عيسى", "حسن", "حسين", "حسام", "حمد", "حمدان", "حامد", "حمود",
	"ماجد", "مجيد", "منصور", "مشاري", "مساعد", "تركي", "بندر", "طلال", "طارق", "زياد", "زيد", "زايد",
	"وليد", "هاني", "هشام", "هيثم", "وائل", "ياسر", "يزيد", "عادل", "عاطف", "عماد", "عصام", "عمرو",
	"أنس", "أيمن", "أسامة", "أشرف", "باسم", "بسام", "جمال", "جميل", "جابر", "جاسم", "حازم", "حاتم",
	"حمزة", "خليل", "راشد", "رشيد", "رامي", "رائد", "رياض", "زكريا", "سامي", "سامر", "سمير", "شريف",
	"شاكر", "صابر", "صلاح", "ضياء", "طه", "عارف", "عامر", "غازي", "غسان", "فارس", "فؤاد", "فواز",
	"فراس", "قاسم", "كمال", "كريم", "لؤي", "مازن", "مالك", "مراد", "مروان", "معاذ", "مهند", "منير",
	"ممدوح", "نبيل", "نادر", "نزار", "نصر", "نعيم", "هادي", "وحيد", "ياسين", "يونس", "مشعل", "متعب",
	"عايض", "عوض", "مطلق", "بدر", "ثامر", "ثائر", "حسان", "رضا", "شادي", "عدنان", "علاء", "عزيز",
	"فادي", "فتحي", "مجدي", "محسن", "مختار", "مصعب", "معتز", "منذر", "مهدي", "ناجي", "نضال", "أكرم",
	"أمين", "أنور", "إياد", "إيهاب", "بشير", "بكر", "توفيق", "ثابت", "جلال", "جهاد", "حبيب", "حمادة",
	"خضر", "رجب", "رمضان", "زهير", "سعيد", "سلام", "سيف", "شوقي", "صبري", "صادق", "صفوت", "ظافر",
	"عبيد", "عطية", "عقيل", "عواد", "عيد", "غانم", "فايز", "فرج", "فهمي", "فوزي", "قيس", "لطفي",
	"ماهر", "مبارك", "مجاهد", "مرزوق", "مسعود", "مشعل", "معن", "مفلح", "منيف", "مهدي", "موفق", "ميسرة",
	"نافع", "نايل", "نجيب", "نصار", "نوح", "هلال", "همام", "وجدي", "وسام", "ياسر", "يامن", "أسعد",
	"أيوب", "إدريس", "إلياس", "بلال", "تامر", "تميم", "حمدي", "حيدر", "داود", "داوود", "رأفت", "ربيع",
	"رفيق", "سامح", "سعدون", "سلطان", "سهيل", "شهاب", "صقر", "عاصم", "عبير", "عزت", "عمار", "عوني",
	"غالب", "فالح", "فتح", "فرحان", "فيصل", "قصي", "لافي", "ماجد", "محيي", "مرعي", "مساعد", "مشهور",
	"مطر", "معتصم", "منصور", "مهنا", "ناصيف", "نشأت", "هزاع", "وضاح", "يحيى", "جبريل", "مفرح", "ضيف",
	// women
	"فاطمة", "عائشة", "خديجة", "مريم", "نورة", "نورا", "سارة", "هدى", "هند", "منى", "أمل", "ريم", "لمى",
	"ليلى", "سلمى", "سعاد", "رضوى", "آمنة", "أسماء", "إيمان", "رنا", "رانيا", "دينا", "ندى", "نادية",
	"هالة", "هبة", "وفاء", "سمر", "سميرة", "مها", "منال", "نجلاء", "نهى", "غادة", "لينا", "رشا", "شيماء",
	"أميرة", "جميلة", "حنان", "زينب", "سهام", "عفاف", "ياسمين", "نوال", "بشرى", "سحر", "دعاء", "أروى",
	"شهد", "لبنى", "نسرين", "عبلة", "رحاب", "حصة", "الجوهرة", "لطيفة", "موضي", "نوف", "هيفاء", "بدرية",
	"عبده", "أسيل", "جواهر", "دلال", "رغد", "ريما", "سوسن", "عزة", "فريدة", "ميساء", "نجوى", "هيا", "وداد",
	// more, common in Gulf and Levantine bylines, written from general
	// knowledge (not from the misses of any test set; no name that is also a
	// common word: «حياة», «نجاة», «كامل», «نجم» are left out)
	"جعفر", "هاشم", "عدي", "قتيبة", "أنيس", "إسحاق", "تيسير", "جاسر", "جودت", "حارث",
	"خميس", "دخيل", "ذياب", "راضي", "رامز", "ركان", "زاهر", "زكي", "سطام", "سليم", "شافي", "شاهر", "صفوان",
	"ضاري", "طايل", "عائض", "عابد", "عايد", "عتيق", "عرفات", "عزام", "عساف", "علوي", "عناد", "فاروق", "فلاح",
	"محفوظ", "مرشد", "مسفر", "مصلح", "معيض", "مقبل", "نبيه", "نصير", "يزن", "أمجد", "رشاد",
	"صهيب", "مأمون", "وسيم", "ميشيل", "ميشال", "جورج", "بطرس", "حنا", "جوزيف", "شربل", "أنطوان", "طوني",
	"نقولا", "سمير", "نايف", "بدير", "مشعان", "مزيد", "سويلم", "عيضة",
	"بثينة", "تغريد", "ثريا", "جمانة", "خلود", "دانة", "رباب", "رزان", "روان",
	"ريهام", "زهراء", "سلوى", "سوزان", "شذى", "صفاء", "سناء", "هناء", "علياء", "غدير", "فدوى", "كوثر",
	"لمياء", "مروة", "نادين", "نرمين", "نسمة", "نهلة", "هيام", "وجدان", "يسرى", "أنيسة", "إكرام", "إيناس",
	"بسمة", "منيرة", "فوزية", "مضاوي", "سميحة", "إلهام", "هنادي", "أريج", "مشاعل",
)

// compoundFirst open two-word names with «الله»: «خير الله», «نصر الله».
var compoundFirst = foldedSet("عبد", "خير", "نصر", "جار", "فتح", "عطا", "حسب", "فضل", "ضيف", "نعمة", "هبة",
	"رزق", "عوض", "خلف", "حمد", "سعد", "عبيد", "ذياب")

// nameTitles open a person's name: «د. فلان», «الدكتور فلان», «السيد فلان».
var nameTitles = foldedSet("د", "د.", "دكتور", "الدكتور", "المهندس", "م.", "الشيخ", "الأستاذ", "أ.", "السيد", "السيدة", "الكاتب", "الكاتبة")

// agencies are the news agencies that sign wire copy, as Arabic sites print them.
var agencies = foldedSet("واس", "رويترز", "فرانس برس", "أ ف ب", "ا ف ب", "أ.ف.ب", "اف ب", "أف ب", "د ب أ", "د.ب.أ", "د. ب. أ",
	"يو بي آي", "يو بي اي", "الأناضول", "أسوشيتد برس", "أ ب", "وكالات", "الوكالات", "قنا", "بنا", "كونا", "وام",
	"سانا", "شينخوا", "سبوتنيك", "الفرنسية", "الألمانية", "الأوروبية", "الفرنسيه", "afp", "reuters", "ap", "dpa", "upi",
	// national agencies and broadcasters that Arabic papers credit
	// (general knowledge: the Palestinian, Jordanian, Algerian, Omani,
	// Yemeni, Iranian, Russian, Spanish, Japanese and Korean agencies)
	"وفا", "بترا", "واج", "العمانية", "سبأ", "إرنا", "تاس", "إفي", "كيودو", "يونهاب",
	"سكاي نيوز", "بي بي سي", "سي إن إن", "روسيا اليوم")

// editorialWords open an outlet's own signature: «كلمة اليوم», «رأي
// الوطن», «افتتاحية «الرياض»» sign the paper's editorial.
var editorialWords = foldedSet("كلمة", "رأي", "افتتاحية")

// roleWords open a writer's job title printed after the name: «فلان،
// مراسل الشؤون الخليجية», «د. فلانة — أستاذة الإعلام». The title is not
// the byline, and it says the name before it is a person's.
var roleWords = foldedSet("مراسل", "مراسلة", "محرر", "محررة", "مندوب", "مندوبة", "كاتب", "كاتبة", "باحث", "باحثة",
	"أستاذ", "أستاذة", "صحافي", "صحافية", "صحفي", "صحفية", "رئيس", "رئيسة", "مدير", "مديرة", "خبير", "خبيرة",
	"محلل", "محللة", "مستشار", "مستشارة", "أكاديمي", "أكاديمية", "إعلامي", "إعلامية", "عضو", "نائب", "محاضر",
	"محاضرة", "مستشارة", "سفير", "مذيع", "مذيعة", "مقدم", "مقدمة", "أديب", "أديبة", "شاعر", "شاعرة", "روائي", "روائية")

// roleSepRe finds the separators before a job title: a comma, or a dash
// with space around it (a dash inside «الرياض-الوئام» joins a dateline).
var roleSepRe = regexp.MustCompile(`\s*[،,]\s*|\s+[-–—ـ]+\s+`)

// cutRole returns s without a job title after the name («فلان، مراسل
// الشؤون الخليجية» -> «فلان») and whether it cut one. The title is the
// part after the last separator when its first word (with or without the
// article) is a job's; at most eight words.
func cutRole(s string) (string, bool) {
	locs := roleSepRe.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return s, false
	}
	l := locs[len(locs)-1]
	head, tail := strings.TrimSpace(s[:l[0]]), strings.TrimSpace(s[l[1]:])
	w := strings.Fields(nameFold(tail))
	if head == "" || len(w) == 0 || len(w) > 8 || letterWords(head) == 0 {
		return s, false
	}
	if roleWords[w[0]] || strings.HasPrefix(w[0], "ال") && roleWords[strings.TrimPrefix(w[0], "ال")] {
		return head, true
	}
	return s, false
}

// bylineCities are cities datelines and bylines name.
var bylineCities = foldedSet(
	"الرياض", "جدة", "مكة المكرمة", "مكة", "المدينة المنورة", "الدمام", "الخبر", "الظهران", "الأحساء",
	"القطيف", "الطائف", "أبها", "تبوك", "حائل", "بريدة", "القصيم", "عنيزة", "جازان", "جيزان", "نجران",
	"الباحة", "عرعر", "سكاكا", "الجوف", "ينبع", "حفر الباطن", "خميس مشيط", "الجبيل", "المجمعة", "الخرج",
	"القريات", "رابغ", "بيشة", "الرس", "الكويت", "الدوحة", "المنامة", "مسقط", "أبوظبي", "أبو ظبي",
	"دبي", "الشارقة", "صنعاء", "عدن", "القاهرة", "الإسكندرية", "بيروت", "دمشق", "عمان", "بغداد", "البصرة",
	"الموصل", "أربيل", "القدس", "غزة", "رام الله", "حلب", "حمص", "طرابلس", "تونس", "الجزائر", "الرباط",
	"الدار البيضاء", "الخرطوم", "نواكشوط", "لندن", "باريس", "واشنطن", "واشنطون", "نيويورك", "موسكو",
	"برلين", "روما", "مدريد", "بكين", "طوكيو", "أنقرة", "إسطنبول", "اسطنبول", "طهران", "جنيف", "فيينا",
	"بروكسل", "كابل", "إسلام آباد", "نيودلهي", "الأمم المتحدة", "تل أبيب", "الرياض")

// notBylineWords are words of page furniture and of sentences that never
// stand in a byline: labels, captions, section names, common verbs.
var notBylineWords = foldedSet("صورة", "الصورة", "صور", "أرشيفية", "ارشيف", "إعلان", "اعلان", "اقرأ", "أيضا",
	"أيضاً", "شارك", "تابع", "تابعنا", "المصدر", "فيديو", "التعليقات", "تعليق", "الرئيسية", "أخبار", "الأخبار",
	"عاجل", "محليات", "اقتصاد", "رياضة", "دوليات", "ثقافة", "قراءة", "للقراءة", "دقيقة", "دقائق", "مقالات",
	"مقال", "المزيد", "التالي", "السابق", "طباعة", "إرسال", "أرسل", "ارسل", "لصديق", "مشاركة", "نشر", "تحديث", "آخر", "الكلمات",
	"وسوم", "مواضيع", "ذات", "صلة", "قال", "قالت", "أكد", "أكدت", "يقول", "تقول", "في", "عن",
	"مع", "هذا", "هذه", "التي", "الذي", "بعد", "قبل", "حتى", "منذ", "لم", "لن", "هل", "كيف", "لماذا", "ماذا",
	"الملك", "الأمير", "جامعة", "مستشفى", "شارع", "مسجد", "مركز", "وزارة", "وزير", "رئيس", "الرئيس", "أمير",
	// institutions, which are sources and not writers
	"مؤسسة", "المؤسسة", "هيئة", "الهيئة", "شركة", "الشركة", "بلدية", "أمانة", "جمعية", "مجلس", "لجنة",
	"منظمة", "إدارة", "مديرية", "صندوق", "بنك", "البنك")

// onlineWords close an outlet's name for its web edition.
var onlineWords = foldedSet("الإلكتروني", "الإلكترونية", "الالكتروني", "الالكترونية", "أونلاين", "اونلاين", "نت", "online")

// gluedTitleRe finds a title abbreviation glued to the name: «د.الطيب».
var gluedTitleRe = regexp.MustCompile(`(^|\s)(د\.|م\.|أ\.)`)

// quotedRe is an outlet's name in guillemets or quotes: «الشرق الأوسط».
var quotedRe = regexp.MustCompile(`^[«"“{][^«»"“”{}]{2,40}[»"”}]$`)

// bylineSepRe splits a byline into its parts: name, agency, city.
// Role words («تصوير», «ترجمة», «قراءة», «نص») part a byline as the
// punctuation does.
var bylineSepRe = regexp.MustCompile(`\s*(?:[-–—:：،,|/()]|\sـ+\s|\s_+\s|\sو\s|(?:^|\s)(?:تصوير|ترجمة|ترجمه|تحرير|متابعة|إعداد|اعداد|تقرير|حوار|حاوره|حاورته|قراءة|قراءه|نص|عدسة|كتابة)(?:\s|$|[:：\-–—]))\s*`)

// bylineParts splits a byline into its parts; a known city that ends a part
// is a part of its own («ميرزا الخويلدي بيروت: ...» is a name, then a city).
func bylineParts(s string) []string {
	var out []string
	for _, seg := range bylineSepRe.Split(strings.Trim(s, " .:-–—ـ"), -1) {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		w := strings.Fields(seg)
		// ««الاقتصادية» من الرياض», «فلان من لندن»: the city after «من».
		if len(w) >= 3 && w[len(w)-2] == "من" && bylineCities[nameFold(w[len(w)-1])] {
			out = append(out, strings.Join(w[:len(w)-2], " "), w[len(w)-1])
			continue
		}
		if len(w) >= 3 {
			for _, n := range []int{2, 1} {
				if len(w)-n >= 2 && bylineCities[nameFold(strings.Join(w[len(w)-n:], " "))] {
					out = append(out, strings.Join(w[:len(w)-n], " "), strings.Join(w[len(w)-n:], " "))
					seg = ""
					break
				}
			}
		}
		if seg != "" {
			out = append(out, seg)
		}
	}
	return out
}

type segKind int

const (
	segOther segKind = iota
	segPerson
	segAgency
	segOutlet // quoted outlet or the site's own name
	segCity
)

// bylineKinds classifies the parts of a candidate line, or returns nil when
// the line cannot be a byline at all.
func bylineKinds(s string, sites []string) []segKind {
	_, kinds := bylinePartsKinds(s, sites)
	return kinds
}

// bylinePartsKinds is bylineKinds with the parts it classified.
func bylinePartsKinds(s string, sites []string) ([]string, []segKind) {
	// A double-escaping CMS prints «&nbsp;» and «&ndash;» as text; edge
	// stars mark the byline in some papers.
	s = normByline(s)
	// A line of several reporters and places («الرياض: فلان - صنعاء:
	// فلان - عدن: فلان») runs longer than one byline; it must then split
	// into three parts or more.
	long := utf8.RuneCountInString(s) > 70 || letterWords(s) > 10
	if s == "" || utf8.RuneCountInString(s) > 110 || letterWords(s) > 16 {
		return nil, nil
	}
	s = gluedTitleRe.ReplaceAllString(s, "$1$2 ")
	for _, r := range s {
		if unicode.IsDigit(r) || unicode.IsNumber(r) || strings.ContainsRune("?؟!…#@%&*=+<>[]~^$", r) {
			return nil, nil
		}
	}
	siteWords := map[string]bool{}
	for _, n := range sites {
		k := nameFold(cleanLine(n))
		if k == "" {
			continue
		}
		siteWords[k] = true
		// «صحيفة اليوم», «جريدة الرياض»: the outlet signs with its short name.
		if f := strings.Fields(k); len(f) == 2 && (f[0] == "صحيفه" || f[0] == "جريده" || f[0] == "موقع" || f[0] == "مجله" || f[0] == "وكاله") {
			siteWords[f[1]] = true
		}
	}
	parts := bylineParts(s)
	if long && len(parts) < 3 {
		return nil, nil
	}
	kinds := make([]segKind, 0, len(parts))
	for _, seg := range parts {
		k := classifySegment(seg, siteWords)
		if k < 0 {
			return nil, nil
		}
		kinds = append(kinds, segKind(k))
	}
	return parts, kinds
}

// classifySegment returns the kind of one part of a byline, or -1 when the
// part holds a word no byline has.
func classifySegment(seg string, siteWords map[string]bool) int {
	if quotedRe.MatchString(seg) {
		return int(segOutlet)
	}
	f := nameFold(seg)
	words := strings.Fields(f)
	if len(words) == 0 || len(words) > 7 {
		return -1
	}
	// «من الرياض», «في جدة»: a city with its preposition.
	if len(words) == 2 && (words[0] == "من" || words[0] == "في") && bylineCities[words[1]] {
		return int(segCity)
	}
	for _, w := range words {
		if notBylineWords[w] {
			return -1
		}
	}

	// The site's own name before the cities: «الرياض» on the paper of that
	// name signs «دبي - الرياض» as the outlet, not as a second city.
	switch {
	case agencies[f] || agencies[strings.ReplaceAll(f, ".", " ")] || agencies[strings.Join(strings.Fields(strings.ReplaceAll(f, ".", " ")), " ")]:
		return int(segAgency)
	case siteWords[f] || siteWords[strings.Trim(f, "«»\"“”{}")]:
		return int(segOutlet)
	case bylineCities[f]:
		return int(segCity)
	case len(words) >= 2 && editorialWords[words[0]]:
		// «كلمة اليوم», «رأي «الوطن»»: the outlet signs its editorial.
		raw := strings.Fields(seg)
		r := strings.Join(raw[1:], " ")
		if siteWords[strings.Trim(nameFold(r), "«»\"“”{}")] || quotedRe.MatchString(r) {
			return int(segAgency)
		}
	}
	// «الرياض الإلكتروني», «الشرق الأوسط» أونلاين: an outlet's web edition
	// signs the story as an agency does.
	if len(words) >= 2 && onlineWords[words[len(words)-1]] {
		raw := strings.Fields(seg)
		r := strings.Trim(strings.Join(words[:len(words)-1], " "), "«»\"“”")
		if siteWords[r] || bylineCities[r] || quotedRe.MatchString(strings.Join(raw[:len(raw)-1], " ")) {
			return int(segAgency)
		}
	}
	// Function words are matched as written: folded, «على» is «علي». (An
	// outlet may be one: «اليوم».)
	for _, w := range strings.Fields(seg) {
		if notNameWords[w] {
			return -1
		}
	}
	i := 0
	for i < len(words)-1 && (nameTitles[words[i]] || words[i] == "ترجمه" || words[i] == "تصوير" || words[i] == "تقرير") {
		i++
	}
	first := words[i]
	rest := len(words) - i - 1
	titled := i > 0
	isGiven := givenNames[first] ||
		strings.HasPrefix(first, "عبد") && utf8.RuneCountInString(first) >= 5 ||
		strings.HasPrefix(first, "ابو") && utf8.RuneCountInString(first) >= 5 ||
		strings.HasSuffix(first, "الله") && utf8.RuneCountInString(first) >= 6 ||
		rest >= 2 && words[i+1] == "الله" && compoundFirst[first] ||
		rest >= 1 && (words[i+1] == "الرحمن" || words[i+1] == "الدين") && !strings.HasPrefix(first, "ال") ||
		(first == "عبد" || first == "ابو" || first == "أبو") && rest >= 1
	switch {
	case isGiven && rest >= 1 && rest <= 6:
		return int(segPerson)
	case titled && rest >= 0 && len(words)-i <= 4:
		return int(segPerson)
	}
	return int(segOther)
}

// isBareByline reports whether s reads as a byline: every part a name, an
// agency, an outlet or a city, and at least one part that names who wrote it
// (a person, an agency, an outlet). One part we cannot name is allowed beside
// them when it is short (a small town, a name not in our list): «المذنب - عبد
// الله الشتيلي», «لندن: مينا الدروبي».
func isBareByline(s string, sites []string) bool {
	parts, kinds := bylinePartsKinds(s, sites)
	if len(kinds) == 0 || copyrightRe.MatchString(s) {
		return false
	}
	// The part none of the kinds names, as classified with the site's names
	// («صحيفة المرصد - جميع الحقوق محفوظة»: the other part is the second).
	otherPart := ""
	for i, k := range kinds {
		if k == segOther {
			otherPart = parts[i]
			break
		}
	}
	var person, agency, outlet, city, other int
	for _, k := range kinds {
		switch k {
		case segPerson:
			person++
		case segAgency:
			agency++
		case segOutlet:
			outlet++
		case segCity:
			city++
		default:
			other++
		}
	}
	switch {
	case other == 0 && (person > 0 || agency > 0):
		return true
	case other == 0 && outlet > 0 && (city > 0 || len(kinds) == 1 && quotedRe.MatchString(strings.TrimSpace(s))):
		return true
	case other == 1 && len(kinds) >= 2 && person+agency+outlet > 0:
		return wc(otherPart) <= 2
	case other == 1 && city > 0:
		// «لندن: مينا الدروبي»: a city and a two- or three-word name whose
		// last word is a family name with the article.
		w := strings.Fields(nameFold(otherPart))
		return len(w) >= 2 && len(w) <= 3 && !strings.HasPrefix(w[0], "ال") && strings.HasPrefix(w[len(w)-1], "ال")
	}
	return false
}

// normByline is the form of a candidate line the wording rules read: a
// double-escaping CMS prints «&nbsp;» and «&ndash;» as text, bidi marks and
// zero-width spaces ride along, and edge stars mark the byline in some
// papers. The byline returned keeps the line as the page shows it.
func normByline(s string) string {
	s = strings.ReplaceAll(html.UnescapeString(s), "\u00a0", " ")
	if strings.ContainsFunc(s, isInvisible) {
		s = strings.Map(func(r rune) rune {
			if isInvisible(r) {
				return ' '
			}
			return r
		}, s)
	}
	return strings.Trim(s, " *")
}

// otherCreditRe opens a credit that is not the writer's: the photographer,
// the designer, the video editor.
var otherCreditRe = regexp.MustCompile(`^\s*(?:تصوير|عدسة|تصميم|جرافيك|إنفوجرافيك|انفوجرافيك|مونتاج|فيديو|رسوم|كاريكاتير)(?:\s|$|[:：\-–—/])`)

// weekdays are the day names a byline line's date may carry.
var weekdays = foldedSet("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")

// nameParts returns the parts of a short line that may hold a byline: the
// line itself, or, when it also carries a date («فلان | 10 أغسطس 2015»,
// «فلان 10 أغسطس 2015 - 12:30»), the words before and after the date.
//
// Bars part a credit line too: «فلان - جدة | تصوير: فلان» gives the
// writer's part; a photographer's or designer's credit is never the byline.
func nameParts(s string) []string {
	if !strings.ContainsFunc(s, unicode.IsDigit) && !strings.ContainsAny(s, "|•·") {
		if otherCreditRe.MatchString(s) {
			return nil
		}
		return []string{s}
	}
	if wc(s) > 20 {
		return nil
	}
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '•' || r == '·' }) {
		if otherCreditRe.MatchString(part) {
			continue
		}
		w := strings.Fields(part)
		firstD, lastD := -1, -1
		for i, x := range w {
			if strings.ContainsFunc(x, unicode.IsDigit) {
				if firstD < 0 {
					firstD = i
				}
				lastD = i
			}
		}
		if firstD < 0 {
			out = append(out, part)
			continue
		}
		pre := w[:firstD]
		for len(pre) > 0 && (weekdays[nameFold(strings.Trim(pre[len(pre)-1], "،,-–"))] || strings.Trim(pre[len(pre)-1], "-–—،,:|") == "") {
			pre = pre[:len(pre)-1]
		}
		if len(pre) > 0 {
			out = append(out, strings.Join(pre, " "))
		}
		// After the date: the clock's «ص»/«م» and month names are not a name;
		// the whole tail is tested and fails when it is not one.
		if post := w[lastD+1:]; len(post) >= 2 {
			out = append(out, strings.Join(post, " "))
		}
	}
	return out
}

// inProseRun reports whether block i is a paragraph of the article text
// itself: in the same box as a prose paragraph of the run first..last (a <br>
// run), or in a sibling box of the same tag and class. A name line there is
// printed as part of the text («فلان – الرياض» opening the story), and the
// text keeps it.
func inProseRun(p *page, i, first, last int) bool {
	c := p.blocks[i].box
	if c == nil || first < 0 {
		return false
	}
	for j := first; j <= last; j++ {
		b := p.blocks[j]
		if b.box == nil {
			continue
		}
		// The box test first: it is cheap, isProse reads the block's text.
		if (b.box == c || b.box.Parent == c.Parent && b.box.DataAtom == c.DataAtom && b.box.Data == c.Data && attr(b.box, "class") == attr(c, "class")) && isProse(b) {
			return true
		}
	}
	return false
}

// isProse reports whether a block is a paragraph of running text: twelve
// words with letters («فلان وفلان - الرياض، الدمام | 1 أغسطس 2015 07:27» has
// as many fields, but its dashes, bars and figures are not words).
func isProse(b block) bool {
	return !b.boiler && !b.link && letterWords(b.text) >= 12
}

// bylineSlot is a place a bare byline may stand: block i, in a zone ('h'
// between the headline and the text, 'a' just above the headline, 't' just
// after the text's last paragraph).
type bylineSlot struct {
	i    int
	zone byte
}

// bylineSlots returns the places a bare byline may stand, in the order they
// are tried: the short blocks between the headline and the first paragraph
// of prose, the two just above the headline, and the first two after the last
// paragraph of the article's prose run that are not lines of the text (short
// closing paragraphs are). first and last bound the prose run (-1 when none).
func bylineSlots(p *page, headBlock int) (slots []bylineSlot, first, last int) {
	first, last = -1, -1
	if headBlock < 0 || headBlock >= len(p.blocks) {
		return nil, first, last
	}
	// The article's prose run: from the first paragraph of prose after the
	// headline to the last one (boxes inside the article break it by at most
	// a few blocks).
	for i := headBlock + 1; i < len(p.blocks) && i <= headBlock+12; i++ {
		if isProse(p.blocks[i]) {
			first, last = i, i
			break
		}
	}
	// Short lines set as the text's paragraphs (a poem's verses, quoted
	// lines) carry the run on however many there are. A furniture box
	// inside the text (related services, a list of links) does not break
	// it, however many lines it has, up to a screen's worth.
	// A paragraph of prose beside the text's first one (same parent box)
	// carries it on past anything between, a gallery's captions included.
	for i, gap, box := first+1, 0, 0; first >= 0 && i < len(p.blocks) && i <= last+16 && box <= 24; i++ {
		switch b := p.blocks[i]; {
		case isProse(b) && (gap < 4 || b.par != nil && b.par == p.blocks[first].par) ||
			gap < 4 && !b.boiler && inProseRun(p, i, first, last):
			last, gap, box = i, 0, 0
		case b.boiler:
			box++
		default:
			gap++
		}
	}
	for i := headBlock + 1; i < len(p.blocks) && (first < 0 && i <= headBlock+12 || i < first); i++ {
		slots = append(slots, bylineSlot{i, 'h'})
	}
	// A standfirst: the first paragraph of prose stands in a box of its own,
	// and the byline and the date come under it, before the text's
	// paragraphs. The lines between the two are the headline's too.
	if sf := standfirstEnd(p, first); sf > 0 {
		for i := first + 1; i < sf; i++ {
			slots = append(slots, bylineSlot{i, 'h'})
		}
	}
	for i := headBlock - 1; i >= headBlock-2 && i >= 0; i-- {
		slots = append(slots, bylineSlot{i, 'a'})
	}
	if first < 0 {
		return slots, first, last
	}
	for i, n := last+1, 0; i < len(p.blocks) && i <= last+6 && n < 2; i++ {
		if inProseRun(p, i, first, last) {
			continue
		}
		n++
		slots = append(slots, bylineSlot{i, 't'})
	}
	return slots, first, last
}

// standfirstEnd returns the next paragraph of prose after block first when
// first is a standfirst set apart from the text: one to four short lines
// between them, and the two not paragraphs of one text (the same box, or
// sibling boxes of one tag and class). It returns -1 otherwise.
func standfirstEnd(p *page, first int) int {
	if first < 0 || p.blocks[first].box == nil {
		return -1
	}
	for j := first + 1; j < len(p.blocks) && j <= first+5; j++ {
		if !isProse(p.blocks[j]) {
			continue
		}
		a, b := p.blocks[first].box, p.blocks[j].box
		if j == first+1 || b == nil || a == b || a.Parent == b.Parent && a.DataAtom == b.DataAtom && a.Data == b.Data && attr(a, "class") == attr(b, "class") {
			return -1
		}
		return j
	}
	return -1
}

// slotBlock reports whether block i, in zone, may hold a bare byline at
// all: not the headline, furniture, a link, a caption, nor a line of the
// text itself (unless it opens the text set in bold as a byline is:
// «<p><b>فلان - الرياض</b></p>»). The article's own footer (block.foot) is
// furniture everywhere but after the text, where sites sign the story.
func slotBlock(p *page, i, headBlock, first, last int, tk string, zone byte) bool {
	if i < 0 || i >= len(p.blocks) || i == headBlock {
		return false
	}
	b := p.blocks[i]
	if b.boiler && !(b.foot && zone == 't') || b.link || b.fig || titleKey(b.text) == tk {
		return false
	}
	if i > 0 && contactLabelRe.MatchString(strings.TrimSpace(p.blocks[i-1].text)) {
		return false // a press release's media contact, not its writer
	}
	if leadInRe.MatchString(b.text) {
		return false // a tag line, a share bar («الوسوم: منصور متعب جدة»)
	}
	return !inProseRun(p, i, first, last) || b.emph && i < first
}

// contactLabelRe is the label over a press release's media contact or an
// inquiries line: the name under it is whom to call, not who wrote.
var contactLabelRe = regexp.MustCompile(`^(?i:للتواصل(?:\s+(?:الإعلامي|الاعلامي|مع\s+وسائل\s+الإعلام))?|للاستفسارات?(?:\s+(?:الإعلامية|الاعلامية|الصحفية))?|جهة\s+الاتصال|(?:media\s+)?contacts?|press\s+contacts?|for\s+more\s+information)\s*[:：]?$`)

// anchoredName reports whether s is a dateline byline whose writer the
// name list does not know: a city, agency or outlet the rules know, and one
// more part shaped as a person's name (nameLike: two to four words of
// letters, no function word, not opening with the article unless with a
// given name) that is not the story's words: «بيروت: جوسلين إيليا»,
// «ابتسام شقدار - مكة». The known part anchors the line as a byline; a
// name-shaped line alone is left to the host memory.
func anchoredName(p *page, headBlock int, s string, sites []string, own int) bool {
	_, kinds := bylinePartsKinds(s, sites)
	anchor, other := false, 0
	for _, k := range kinds {
		switch k {
		case segCity, segAgency, segOutlet:
			anchor = true
		case segOther:
			other++
		}
	}
	if !anchor || other != 1 || copyrightRe.MatchString(s) {
		return false
	}
	ok, unknown := nameLike(s, sites)
	if !ok || len(unknown) != 1 || wc(unknown[0]) < 2 {
		return false
	}
	return !notTaken(p, headBlock, bmCandidate{text: s, unknown: unknown, block: own})
}

// titledName reports whether s, which a job title followed on its line
// («عزيزة المانع، كاتبة سعودية»), is one person's name the rules may not
// know: a job title is said of a person, as a label is of a writer.
func titledName(p *page, headBlock int, s string, sites []string, own int) bool {
	ok, unknown := nameLike(s, sites)
	if !ok || !oneName(s, sites, unknown) || copyrightRe.MatchString(s) {
		return false
	}
	return !notTaken(p, headBlock, bmCandidate{text: s, unknown: unknown, block: own})
}

// bareByline looks for a byline line without lead-in around the article (see
// bylineSlots for where).
func bareByline(p *page, sites []string, headBlock int) string {
	slots, first, last := bylineSlots(p, headBlock)
	if len(slots) == 0 {
		return ""
	}
	tk := titleKey(p.blocks[headBlock].text)
	for _, sl := range slots {
		if !slotBlock(p, sl.i, headBlock, first, last, tk, sl.zone) {
			continue
		}
		for _, t := range nameParts(p.blocks[sl.i].text) {
			t = bylinePrefixRe.ReplaceAllString(t, "")
			t, role := cutRole(t)
			if !isBareByline(t, sites) && !anchoredName(p, headBlock, t, sites, sl.i) && !(role && titledName(p, headBlock, t, sites, sl.i)) {
				continue
			}
			if a := cleanAuthor(t, sites); a != "" && !isMenuTextBesides(p, a, sl.i) {
				return a
			}
		}
	}
	return ""
}
