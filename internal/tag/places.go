package tag

import (
	"slices"
	"strings"
	"sync"

	"github.com/khabar-news/khabar/internal/arabic"
)

// Headline places: the countries (and a few cities) a headline names, with
// the adjective forms Arabic headlines use as often as the name (المصري،
// الأردنية، التركي). Stories use them to keep apart events that share every
// topic word but happen in, or to, different countries: the condolence calls
// of two kings, a team's matches against two opponents.
//
// The home country of the corpus (Saudi Arabia) is left out: most headlines
// name it, or its king, whatever the event.

var (
	placesOnce sync.Once
	placeKeys  map[string]string // bare normalized form → canonical place
	// articledKeys are the keys of names written with the article
	// (الكاميرون): the bare word is another one (writesPlace).
	articledKeys map[string]bool
	homeCanon    map[string]bool // canonical places of homePlaces
)

// firstWordOK are the first words of multi-word country names that stand
// for the country alone (most do not: جزر، جمهورية، الجبل، الكرسي).
var firstWordOK = map[string]bool{"امارات": true, "بوسنه": true}

// homeCountry is left out of headline places.
const homeCountry = "مملكه عربيه سعوديه"

// extraPlaces are names CLDR lacks or spells otherwise, and the capitals and
// regions headlines use for a country, each mapped to the place it stands for.
var extraPlaces = map[string]string{
	"امريكا": "امريكا", "واشنطن": "امريكا", "بريطانيا": "بريطانيا", "لندن": "بريطانيا", "فلسطين": "فلسطين",
	"بيروت": "لبنان", "دمشق": "سوريا", "حلب": "سوريا", "صنعاء": "يمن", "عدن": "يمن", "تعز": "يمن",
	"حوثي": "يمن", "بغداد": "عراق", "الموصل": "عراق", "موصل": "عراق", "الانبار": "عراق", "انبار": "عراق",
	"القاهره": "مصر", "قاهره": "مصر", "سيناء": "مصر", "طهران": "ايران", "انقره": "تركيا",
	"اسطنبول": "تركيا", "موسكو": "روسيا", "باريس": "فرنسا", "برلين": "المانيا", "كابول": "افغانستان",
	"طرابلس": "ليبيا", "بنغازي": "ليبيا", "الخرطوم": "سودان", "خرطوم": "سودان", "غزه": "فلسطين",
	"القدس": "فلسطين", "قدس": "فلسطين", "الدوحه": "قطر", "دوحه": "قطر", "المنامه": "بحرين", "منامه": "بحرين",
	"مسقط": "عمان", "ابوظبي": "امارات", "دبي": "امارات", "كراتشي": "باكستان", "اسلام اباد": "باكستان",
}

// homePlaces are the home country's regions and cities: events at home
// differ by place too. They name where news happens, not who makes it, so
// the story veto weighs them apart from countries: the Asir bombing and a
// foreign king's call about it share Asir.
var homePlaces = map[string]string{
	"رياض": "رياض", "جده": "جده", "مكه": "مكه", "دمام": "دمام", "قصيم": "قصيم", "حائل": "حائل",
	"تبوك": "تبوك", "جازان": "جازان", "جيزان": "جازان", "نجران": "نجران", "عسير": "عسير",
	"ابها": "عسير", "خميس مشيط": "عسير", "باحه": "باحه", "جوف": "جوف", "عرعر": "حدود شماليه",
	"طائف": "طائف", "احساء": "احساء", "قطيف": "قطيف", "ينبع": "ينبع", "بريده": "قصيم",
	"عنيزه": "قصيم", "سكاكا": "جوف", "جبيل": "جبيل", "قنفذه": "قنفذه", "صبيا": "جازان",
	"شروره": "نجران", "ظهران": "ظهران", "ظهران الجنوب": "عسير", "حفر الباطن": "حفر الباطن", "المدينه المنوره": "المدينه المنوره",
}

func buildPlaces() {
	placeKeys = map[string]string{}
	add := func(name, canon string) {
		toks := arabic.Analyze(name)
		var words []string
		for _, t := range toks {
			if t.Kind == arabic.Word {
				words = append(words, bare(t.Norm))
			}
		}
		if len(words) == 0 {
			return
		}
		placeKeys[strings.Join(words, " ")] = canon
		if len(toks) == 1 {
			// ألمانيا begins with the letters of the article: keep it whole too.
			placeKeys[toks[0].Norm] = canon
		}
		if len(words) > 1 && firstWordOK[words[0]] {
			if _, ok := placeKeys[words[0]]; !ok {
				placeKeys[words[0]] = canon
			}
		}
	}
	articledKeys = map[string]bool{}
	countryNames(func(name string) {
		if canon := canonical(name); canon != homeCountry {
			add(name, canon)
			if toks := arabic.Analyze(name); len(toks) == 1 && bare(toks[0].Norm) != toks[0].Norm {
				articledKeys[bare(toks[0].Norm)] = true
			}
		}
	})
	for k, v := range extraPlaces {
		add(k, v)
	}
	homeCanon = map[string]bool{}
	for k, v := range homePlaces {
		add(k, v)
		homeCanon[v] = true
	}
}

// canonical is the bare normalized name, or its first word when that
// stands for the country alone.
func canonical(name string) string {
	var words []string
	for _, t := range arabic.Analyze(name) {
		if t.Kind == arabic.Word {
			words = append(words, bare(t.Norm))
		}
	}
	if len(words) == 0 {
		return ""
	}
	if firstWordOK[words[0]] {
		return words[0]
	}
	full := strings.Join(words, " ")
	if c, ok := canonOverride[full]; ok {
		return c
	}
	return full
}

// canonOverride names places whose CLDR name starts with a generic word.
var canonOverride = map[string]string{"اراضي فلسطينيه": "فلسطين", "ولايات متحده": "امريكا", "مملكه متحده": "بريطانيا"}

// bare strips the conjunction, preposition and article a normalized word
// may carry (والأردن، بالمغرب، للكويت).
func bare(w string) string {
	for _, p := range []string{"وال", "فال", "بال", "كال", "ال", "لل"} {
		if strings.HasPrefix(w, p) && len([]rune(w))-len([]rune(p)) >= 3 {
			return w[len(p):]
		}
	}
	return w
}

// nisba are the adjective endings (normalized): المصري، المصرية، المصريين.
var nisba = []string{"يين", "يون", "يه", "ي"}

// Places lists the places named in analyzed text (a headline), each once,
// in order: countries by name or adjective, and the cities and regions of
// extraPlaces.
func Places(toks []arabic.Token) []string {
	placesOnce.Do(buildPlaces)
	var out []string
	seen := map[string]bool{}
	hit := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind == arabic.Word {
			words = append(words, t.Norm)
		}
	}
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) {
			// A name of two words, with a preposition glued on or not
			// (بخميس مشيط، بظهران الجنوب).
			if p, ok := lookupPair(words[i], words[i+1]); ok {
				hit(p)
				i++
				continue
			}
		}
		if p, ok := lookupPlace(words[i]); ok {
			hit(p)
		}
	}
	return out
}

func lookupPair(w, next string) (string, bool) {
	for _, c := range prefixed(w) {
		if p, ok := placeKeys[bare(c)+" "+bare(next)]; ok {
			return p, true
		}
	}
	return "", false
}

func lookupPlace(w string) (string, bool) {
	cands := prefixed(w)
	for _, c := range cands {
		if p, ok := placeKeys[c]; ok && (!articledKeys[c] || articled(w, c)) {
			return p, true
		}
	}
	return nisbaPlace(cands)
}

// nisbaPlace is the place one of a word's readings (prefixed) names by its
// adjective: الباكستانية، الفرنسي، إيراني.
func nisbaPlace(cands []string) (string, bool) {
	for _, c := range cands {
		for _, s := range nisba {
			b, ok := strings.CutSuffix(c, s)
			if !ok || len([]rune(b)) < 3 {
				continue
			}
			for _, v := range []string{b, b + "ا", b + "يا"} {
				if p, ok := placeKeys[v]; ok {
					return p, true
				}
			}
			break
		}
	}
	return "", false
}

// nisbaShaped says whether a word (normal form) ends as an adjective of
// the nisba does: a cheap test before adjectiveCountry's.
func nisbaShaped(norm string) bool {
	return slices.ContainsFunc(nisba, func(s string) bool { return strings.HasSuffix(norm, s) })
}

// adjectiveCountry is the country abroad (canonical, see canonical) a word
// (normal form) names by its adjective alone, article and clitics or not:
// «الأسهم الباكستانية», «الرئيس الفرنسي», «مسؤول إيراني». The stemmer
// gives most such adjectives another stem than the name's (باكستان and
// باكست, فرنس and فرنسا), so the gazetteer's stems miss them. Not the
// home country, nor its regions: «الرياضي» is sport.
func adjectiveCountry(norm string) (string, bool) {
	placesOnce.Do(buildPlaces)
	p, ok := nisbaPlace(prefixed(norm))
	if !ok || homeCanon[p] {
		return "", false
	}
	return p, true
}

// glueLetters are the conjunctions and prepositions written as one letter
// glued to the next word: و ف ب ل ك.
const glueLetters = "وفبلك"

// prefixed lists w and w without up to two clitic letters (و ف ب ل ك) and
// then the article, least stripped first: ولبنان، بجازان، وبالأردن،
// وللكويت.
func prefixed(w string) []string {
	out := []string{w}
	cur := w
	for range 2 {
		r := []rune(cur)
		if len(r) < 5 || !strings.ContainsRune(glueLetters, r[0]) {
			break
		}
		cur = string(r[1:])
		out = append(out, cur)
	}
	for _, c := range slices.Clone(out) {
		// ل before the article drops its alif: للكويت is ل + الكويت.
		if b, ok := strings.CutPrefix(c, "لل"); ok && len([]rune(b)) >= 3 {
			out = append(out, "ال"+b)
		}
	}
	for _, c := range slices.Clone(out) {
		if b, ok := strings.CutPrefix(c, "ال"); ok && len([]rune(b)) >= 3 {
			out = append(out, b)
		}
	}
	return out
}

// Home says whether a place Places returned is a region or city of the home
// country rather than a country abroad.
func Home(place string) bool {
	placesOnce.Do(buildPlaces)
	return homeCanon[place]
}

// writesPlace says whether the words of a text that the gazetteer matched
// on their stems write the place's name (its words, each with clitics and
// the article or not, and an adjective ending or not); prev is the normal
// form of the word before them. Stems match too much: the stemmer makes
// البحرين «بحر» (البحر، البحرية: the sea, the navy), ساموا «سام» (السامي:
// high) and عُمان «عم». And «المغرب» after «صلاة» is the sunset prayer, not
// Morocco.
func writesPlace(prev string, toks []arabic.Token, name string) bool {
	var cores []string
	var arts []bool // the name's word carries the article (الكاميرون)
	for _, t := range arabic.Analyze(name) {
		if t.Kind == arabic.Word {
			cores = append(cores, bare(t.Norm))
			arts = append(arts, bare(t.Norm) != t.Norm)
		}
	}
	if len(cores) != len(toks) {
		return false
	}
	for i, t := range toks {
		ok := false
		for _, c := range prefixed(t.Norm) {
			// The name, and at most an adjective ending (اليمنيين).
			if strings.HasPrefix(c, cores[i]) && len(c)-len(cores[i]) <= len("يين") {
				// A name with the article, written without it and
				// without an adjective ending, is another word: كاميرون
				// is David Cameron, not الكاميرون (Cameroon), and يمن
				// a blessing, not اليمن. (An adjective needs no article:
				// «مسؤول عراقي».)
				ok = c != cores[i] || !arts[i] || articled(t.Norm, cores[i])
				break
			}
		}
		if !ok {
			return false
		}
	}
	if cores[0] == "مغرب" && len(toks) == 1 {
		return !prayerWords[bare(prev)]
	}
	return true
}

// articled says whether a text word (normal form) writes core with the
// article, clitics or not: الكاميرون، بالكاميرون، وللكاميرون.
func articled(norm, core string) bool {
	for _, c := range prefixed(norm) {
		if c == "ال"+core {
			return true
		}
	}
	return false
}

// prayerWords are the words before «المغرب» that make it the prayer.
var prayerWords = map[string]bool{"صلاه": true, "صلاتي": true, "اذان": true, "صلاتا": true}

// omanName is CLDR's name of Oman, written as Amman is (عمان).
const omanName = "عُمان"

// ammanInstead says whether «عمان» in a text is more likely Amman, the
// capital of Jordan, than Oman: the text names Jordan (الأردن، الأردنية)
// and nothing of Oman (سلطنة، العماني، مسقط). Of the 392 articles of the
// corpus that write «عمان», 116 name Jordan that way.
func ammanInstead(toks []arabic.Token) bool {
	jordan := false
	for _, t := range toks {
		for _, c := range prefixed(t.Norm) {
			switch {
			case strings.HasPrefix(c, "سلطنه"), strings.HasPrefix(c, "عماني"), c == "مسقط":
				return false
			case strings.HasPrefix(c, "اردن"):
				jordan = true
			}
		}
	}
	return jordan
}
