// Package tag finds the names of places, people and organizations and the
// keyphrases of an article: a gazetteer of country names in Arabic from
// CLDR (golang.org/x/text/language/display), name n-grams learned from the
// stream itself with collocation statistics, and TF-IDF keyphrases.
//
// Names are matched on the terms internal/arabic makes (normalized, stop
// words out, stemmed), so clitics and spelling variants (واليمن، لليمن،
// اليمن) meet on one key.
package tag

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/arabic"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Kinds of tags.
const (
	Place = "place" // from the gazetteer
	Name  = "name"  // a learned name n-gram (people, organizations, places)
	Topic = "topic" // a TF-IDF keyphrase
)

// Tag is one tag of an article: Key is what articles and stories are
// matched on, Name what a reader sees.
type Tag struct {
	Key  string
	Name string
	Kind string
	N    int // occurrences in the article
	// Part: a learned name that is no whole name — a cut of a longer one
	// («بن عبدالعزيز»), a title with a name («الوزير فيصل المقداد»), or a
	// piece of a longer name matched in the same text. It counts when
	// articles are matched to stories, but readers are not shown it.
	Part bool
	// ShowOnly: a whole name kept to be shown, ranked behind the MaxNames
	// strongest names that match stories (parts among them), or a full
	// name longer than any learned, read from its parts, or a country read
	// from its adjective alone. It does not match stories.
	ShowOnly bool
}

// Shown is tags without the parts (Tag.Part), each name once: what readers
// see. Two learned keys can read the same («مكة المكرمة» and «بمكة المكرمة»
// cleaned); the first, the stronger, stays.
func Shown(tags []Tag) []Tag {
	out := make([]Tag, 0, len(tags))
	for _, g := range tags {
		if !g.Part && !slices.ContainsFunc(out, func(o Tag) bool { return o.Name == g.Name }) {
			out = append(out, g)
		}
	}
	return out
}

// Config tunes the learner.
type Config struct {
	MinCount  int     // least occurrences of an n-gram to become a name
	MinAssoc  float64 // least count(ab)/min(count(a),count(b))
	Relearn   int     // recompute the learned names every this many articles
	MaxTopics int
	MaxNames  int
	// MinSources is the least number of outlets whose articles use an
	// n-gram before it is a name: one outlet's boilerplate («رابط الخبر
	// بصحيفة …», its SMS service line) repeats as often as any name.
	MinSources int
}

// DefaultConfig suits a stream of news articles.
func DefaultConfig() Config {
	return Config{MinCount: 12, MinAssoc: 0.35, Relearn: 2000, MaxTopics: 3, MaxNames: 5, MinSources: 3}
}

// Tagger tags a stream of articles and learns names from it. It is not safe
// for concurrent use; fed in the same order it gives the same tags.
type Tagger struct {
	cfg     Config
	places  map[string]string // term key → country name
	maxGram int
	vocab   map[string]uint32
	count   []int32 // unigram counts
	counted []int32 // of count, those right after a number or a word of one (20 طنا، مليون برميل)
	df      []int32
	tanwin  []bool // the term was seen written with a tanwin fath (an accusative: فوراً)
	article []bool // the term was seen with the article (a noun or adjective: اليوم، والمستشفى)
	// forms counts the words as written, in normal form: the stemmer
	// folds «زوجته» with «الزوجة», «يختتم» with «اليخت», «ورصة» with
	// «فرصة» and «وموبايلي» with «موبايلي», and only the written forms
	// tell them apart (written, alone, verbLike, conjoined). Every word
	// counted costs an import about 2 s more of CPU than counting only the
	// shapes the other tests read, and no memory to speak of.
	forms   map[string]int32
	docs    int
	grams   gramTable         // bigrams and trigrams: gramKey of term ids
	surface map[uint64]string // the written form when the gram came MinCount times (names are learned on it)
	display map[uint64]string // a better written form seen since (see gluedBit)
	pending map[uint64]bool   // such a form seen once
	names   map[string]string // learned term key → surface
	partial map[string]bool   // learned names that are no whole names (Tag.Part)
	// firstNames are the learned «عبد X»: parts, but the end of a four-word name
	firstNames map[string]bool
	// titled are the two-word names whose first word is mostly used
	// elsewhere, as a title is («الدكتور عزام»): see Tags.
	titled map[string]bool
	starts map[string]bool // first terms of places and names: most n-grams stop at one lookup
	// byCanon: each country's term key and name by its canonical form,
	// for the countries named by adjective (adjectiveCountry).
	byCanon map[string]country
	// tf, short, free and distinct are Tags' scratch, by term id (see
	// Tags).
	tf, short []int32
	free      []bool
	distinct  []uint32
	// lastDoc[id] is the last article (docs) that counted id in df: a
	// set built afresh an article cost 0.6 s of an import.
	lastDoc []int32
	toks    []arabic.Token // Tags' buffer
	brk     []bool         // Tags' buffer: where names cannot run on
	spaced  []bool         // Tags' buffer: a stop word read through, or a bracket or dash (Token.Aside), before the word (see wholeBit)
	isStart []bool         // starts by term id: a slice read for every word, not a map
	seen    int
	// backlog is the articles whose n-grams are not counted yet; counting
	// is the batch being counted in the background (see learn).
	backlog  []gramJob
	counting sync.WaitGroup
	// uses counts, for each learned name (key), the articles that named it
	// and the most of them from one outlet; bySource by outlet (see
	// oneOutlet).
	uses     map[string]nameUses
	bySource map[sourceName]int32
	// measures counts, for each learned name (key), its occurrences and
	// those right after a number (see measure); num is Tags' buffer of
	// the words that come right after one.
	measures map[string]nameMeasure
	num      []bool
}

// nameMeasure is how often a learned name was read, and how often of
// those right after a number.
type nameMeasure struct{ n, num int32 }

// measureShare: a learned name read right after a number in more than
// this share of its uses is a measure, not a name: «مليار دولار» (3 مليار
// دولار), «متر مربع», «درجة مئوية», «بتوقيت جرينتش» (الساعة 10 بتوقيت
// جرينتش). A number after a name says nothing: «بلاي ستيشن 4», an index
// and its value («داكس الألماني 11000»).
const measureShare = 0.5

// numberWords are the words of large numbers (normal form): «3 ملايين متر
// مكعب» puts the measure after one.
var numberWords = wordSet("الف", "الاف", "الفا", "الفي", "مليون", "ملايين", "مليونا", "مليوني",
	"مليار", "مليارات", "مليارا", "ملياري", "ترليون", "تريليون", "تريليونات")

// nameUses is how many articles named a learned name, and the most of them
// from one outlet.
type nameUses struct{ n, top int32 }

// sourceName is a learned name (key) in one outlet's articles.
type sourceName struct {
	key    string
	source int64
}

// ownShare: a name learned from articles of which more than this share
// come from one outlet is that outlet's own — its name as it signs its
// reports («عين اليوم» in 1,670 of the outlet's 2,080 articles, in five
// of the other outlets'). MinSources lets it through (a few other outlets
// mention it), but a tag page of it would gather one outlet's articles,
// and a name shared would pull them into each other's stories.
const ownShare = 0.9

// New builds a tagger with the CLDR gazetteer.
func New(cfg Config) *Tagger {
	if cfg.MinCount <= 0 {
		cfg = DefaultConfig()
	}
	t := &Tagger{cfg: cfg, places: map[string]string{}, vocab: map[string]uint32{},
		forms: map[string]int32{}, surface: map[uint64]string{}, display: map[uint64]string{}, pending: map[uint64]bool{}, names: map[string]string{}, partial: map[string]bool{}, starts: map[string]bool{},
		uses: map[string]nameUses{}, bySource: map[sourceName]int32{}, measures: map[string]nameMeasure{}}
	t.byCanon = map[string]country{}
	for k, v := range Countries() {
		// Two CLDR names of one country (none today): the least key, so
		// that the tag does not depend on the map's order.
		if c, ok := t.byCanon[canonical(v)]; !ok || k < c.key {
			t.byCanon[canonical(v)] = country{k, v}
		}
		t.places[k] = v
		t.maxGram = max(t.maxGram, strings.Count(k, " ")+1)
		first, _, _ := strings.Cut(k, " ")
		t.starts[first] = true
	}
	return t
}

// attributive says whether toks[i], a word shaped as an adjective of the
// nisba, can be read as one. The masculine singular names people too: a
// family name («اللواء منصور التركي», «الشيخ عبدالله المصري») or a first
// name («الأمير تركي», «قال تركي الفيصل»). As an adjective it agrees with
// the word before it: with the article after a word that has it or a
// pronoun («الرئيس التركي», «نظيره التركي»), but a rank or title
// (ranks), without it after a word without («مسؤول تركي»), and no
// definite word after it. A club's name before one («برشلونة الإسباني»)
// is lost with the names. The feminine and the plural (التركية،
// الإيرانيين) name no one.
func attributive(toks []arabic.Token, brk []bool, i int) bool {
	norm := toks[i].Norm
	if !strings.HasSuffix(norm, "ي") || strings.HasSuffix(norm, "يي") {
		return true
	}
	if i == 0 || brk[i] {
		return false
	}
	prev := toks[i-1]
	pw := plainWord(prev.Text)
	// «عبدالله» ends as a pronoun would: a name.
	prevDefinite := withArticle(prev.Norm) || utf8.RuneCountInString(pw) >= 4 && !strings.HasSuffix(pw, "الله") &&
		slices.ContainsFunc(pronounSuffixes, func(s string) bool { return strings.HasSuffix(pw, s) })
	if definite := withArticle(norm); definite || prevDefinite {
		return definite && prevDefinite && !ranks[pw]
	}
	return !nameLinks[prev.Norm] && prev.Norm != "ال" && (i+1 == len(toks) || brk[i+1] || !withArticle(toks[i+1].Norm))
}

// ranks are the ranks and titles (as written) a family name follows:
// «اللواء التركي» is a man, «السفير التركي» and «اللاعب التركي» are Turkish.
var ranks = wordSet(append([]string{"الأمير", "الامير"}, rankWords...)...)

// rankWords are the military ranks and the titles of learning and religion
// (as written), which both ranks and titleWords hold.
var rankWords = []string{"اللواء", "العقيد", "العميد", "المقدم", "الرائد", "النقيب", "الملازم", "الدكتور", "د",
	"المهندس", "الأستاذ", "الاستاذ", "الشيخ", "الإمام", "الامام"}

// country is a country's term key and Arabic name.
type country struct{ key, name string }

// commonWordCountries are countries whose Arabic name is also an everyday
// word, so matching the word would tag most economic and family news:
// مالي (Mali; "financial"), بنين (Benin; "sons").
// (By name: CLDR also lists Benin under its old code DY.)
var commonWordCountries = map[string]bool{"مالي": true, "بنين": true}

// Countries maps the term key of every country's Arabic name in CLDR to the
// name.
func Countries() map[string]string {
	out := map[string]string{}
	countryNames(func(name string) {
		if key := strings.Join(arabic.Terms(name), " "); key != "" {
			out[key] = name
		}
	})
	return out
}

// countryNames calls fn with the Arabic name CLDR gives each country, but
// those that are everyday words (commonWordCountries).
func countryNames(fn func(name string)) {
	namer := display.Regions(language.Arabic)
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			if name := namer.Name(r); name != "" && !commonWordCountries[name] {
				fn(name)
			}
		}
	}
}

func (t *Tagger) id(term string) uint32 {
	id, ok := t.vocab[term]
	if !ok {
		id = uint32(len(t.count))
		t.vocab[term] = id
		t.count = append(t.count, 0)
		t.counted = append(t.counted, 0)
		t.df = append(t.df, 0)
		t.tanwin = append(t.tanwin, false)
		t.article = append(t.article, false)
		t.lastDoc = append(t.lastDoc, 0)
		t.isStart = append(t.isStart, t.starts[term])
	}
	return id
}

// gram is what the learner knows of an n-gram: how often it came, and from
// which outlets (one bit per source id modulo 32: enough to tell one
// outlet's boilerplate from a name many use).
type gram struct {
	n   int32 // the count; gluedBit marks a written form to improve on
	src uint32
}

// gluedBit in gram.n marks a gram whose best written form so far opens
// with a letter that may be a glued conjunction or preposition (و ف ب ل
// ك): a later occurrence written without it is the better form
// («وخادم الحرمين» → «خادم الحرمين», «بالرياض» → «الرياض»), while a name
// that always opens so (فالتر, بشار) keeps its letter.
const gluedBit = 1 << 30

// wholeBit in gram.n marks a gram written once at least as it is, no stop
// word between its words. The learner reads through stop words («النهي عن
// المنكر»), so «أسفر عن مقتل» counts as «أسفر مقتل» and «بتصرفات غير
// لائقة» as «بتصرفات لائقة»; a name never written whole is no name to show.
const wholeBit = 1 << 29

func (g gram) count() int32 { return g.n &^ (gluedBit | wholeBit) }

// tanwinFath is the mark of an indefinite accusative (ـً).
const tanwinFath = '\u064B'

// glues are the letters a word can carry glued on before it: a
// conjunction, a preposition, or both. «لل» is not among them: what it
// hides is «ل» and the article (للجمعية is لـ الجمعية, not لـ جمعية).
var glues = wordSet("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")

// mayBeGlued says whether a written word opens with a letter that can be a
// glued conjunction or preposition.
func mayBeGlued(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune(glueLetters, r)
}

// Tags tags one article of a source (its id; 0 when unknown) from its
// analyzed title and text (arabic.Analyze) and learns from it. Title words
// count double.
func (t *Tagger) Tags(source int64, title, text []arabic.Token) []Tag {
	// The words are gathered in one buffer kept from article to article:
	// none outlives the call (the background n-gram count takes their
	// written forms), and a slice grown afresh an article was half of what
	// an import allocated in the tagger.
	toks, brk, num, spaced := t.toks[:0], t.brk[:0], t.num[:0], t.spaced[:0]
	defer func() { t.toks, t.brk, t.num, t.spaced = toks[:0], brk[:0], num[:0], spaced[:0] }()
	// brk[i]: no name runs from toks[i-1] into toks[i]. A stop word
	// between them is read through («النهي عن المنكر»), but not a number
	// («نسبة 5 بالمائة», «بتاريخ 1436/10/12هـ»), a Latin word, a
	// punctuation mark or line break (Token.Sep: «والسوري، واللبناني»), or
	// the end of the headline. num[i]: toks[i] comes right after a number
	// or a word of one (3 مليارات, آلاف), no other word between (see
	// measure).
	gather := func(from []arabic.Token) {
		cut, afterNum, stop, aside := true, false, false, false
		for _, tk := range from {
			cut = cut || tk.Sep
			aside = aside || tk.Aside
			switch {
			case tk.Kind != arabic.Word:
				cut = true
			case tk.Term != "":
				toks, brk, num, spaced = append(toks, tk), append(brk, cut), append(num, afterNum), append(spaced, (stop || aside) && !cut)
				cut, stop, aside = false, false, false
			default:
				stop = true
			}
			afterNum = tk.Kind == arabic.Number || tk.Kind == arabic.Word && numberWords[tk.Norm]
		}
	}
	gather(title)
	nTitle := len(toks)
	gather(text)
	ids := make([]uint32, len(toks))
	for i, tk := range toks {
		ids[i] = t.id(tk.Term)
	}
	t.learn(source, toks, ids, brk, num, spaced)

	found := map[string]*Tag{}
	hit := func(key, name, kind string, w int, part bool) {
		if g := found[key]; g != nil {
			g.N += w
			g.Part = g.Part && part
			return
		}
		found[key] = &Tag{Key: key, Name: name, Kind: kind, N: w, Part: part}
	}
	weight := func(i int) int {
		if i < nTitle {
			return 2
		}
		return 1
	}
	// Names and places. Every match counts for matching stories, but a
	// reader sees only the whole names: «سلمان بن عبدالعزيز», not also
	// «سلمان بن» and «بن عبدالعزيز» (Tag.Part); two names that overlap
	// without one holding the other are both whole.
	type span struct {
		i, n            int
		key, name, kind string
		part            bool // matched, not shown (a place not written so, Amman)
		adjective       bool // a country read from its adjective (adjectiveCountry)
	}
	var spans []span
	var key strings.Builder
	for i := range toks {
		if !t.isStart[ids[i]] {
			continue
		}
		key.Reset()
		for n := 1; n <= t.maxGram && i+n <= len(toks); n++ {
			if n > 1 {
				if brk[i+n-1] {
					break
				}
				key.WriteByte(' ')
			}
			key.WriteString(toks[i+n-1].Term)
			if name, ok := t.places[key.String()]; ok {
				prev := ""
				if i > 0 {
					prev = toks[i-1].Norm
				}
				// Matched on stems only, it is a part (see writesPlace).
				spans = append(spans, span{i, n, key.String(), name, Place, !writesPlace(prev, toks[i:i+n], name), false})
			}
			if n >= 2 && n <= 3 {
				if s, ok := t.names[key.String()]; ok {
					// After «بن» or «أبو» a name is the tail of a longer
					// one: «عبد العزيز» in «سلمان بن عبد العزيز» is the
					// father, not whom the text names.
					part := t.partial[key.String()] || i > 0 && nameLinks[toks[i-1].Norm]
					spans = append(spans, span{i, n, key.String(), s, Name, part, false})
				}
			}
		}
	}
	// A country named by its adjective alone, where the gazetteer's stems
	// miss it (adjectiveCountry): «الأسهم الباكستانية» is about Pakistan.
	// Not «اليمنى» (the right hand), whose «ى» the normal form writes as
	// «ي». Only a word no place span holds, so that a name is not counted
	// twice.
	nPlaces := len(spans)
	var adjectives []string
	for i, tk := range toks {
		// (Most words ending so are short or stop words: «في», «الذي».)
		if len(tk.Norm) < 8 || !nisbaShaped(tk.Norm) || strings.HasSuffix(tk.Text, "ى") || arabic.IsStopword(tk.Norm) || !attributive(toks, brk, i) {
			continue
		}
		c, ok := adjectiveCountry(tk.Norm)
		if !ok {
			continue
		}
		pl, ok := t.byCanon[c]
		if ok && !slices.ContainsFunc(spans[:nPlaces], func(s span) bool { return s.kind == Place && s.i <= i && i < s.i+s.n }) {
			spans = append(spans, span{i, 1, pl.key, pl.name, Place, false, true})
			adjectives = append(adjectives, tk.Term) // no keyphrase: the place is a tag
		}
	}
	if len(spans) > nPlaces {
		slices.SortStableFunc(spans, func(a, b span) int { return cmp.Or(cmp.Compare(a.i, b.i), cmp.Compare(a.n, b.n)) })
	}
	// Each learned name once an article, by outlet (an unknown one, 0,
	// is none): see oneOutlet. And every reading of one, after a number
	// or not: see measure.
	for _, s := range spans {
		if s.kind == Name {
			m := t.measures[s.key]
			m.n++
			if num[s.i] {
				m.num++
			}
			t.measures[s.key] = m
		}
	}
	for k, s := range spans {
		if s.kind == Name && source != 0 && !slices.ContainsFunc(spans[:k], func(o span) bool { return o.key == s.key }) {
			t.countUse(s.key, source)
		}
	}
	if slices.ContainsFunc(spans, func(s span) bool { return s.name == omanName && !s.part }) && ammanInstead(toks) {
		for k := range spans {
			if spans[k].name == omanName {
				spans[k].part = true
			}
		}
	}
	// «الدكتور عزام الدخيل» reads as two learned names that overlap,
	// «الدكتور عزام» and «عزام الدخيل». When the first opens with a word
	// mostly used elsewhere (a title: Tagger.titled) and the second is
	// whole, the second is the name and the first is a part.
	for k := range spans {
		s := &spans[k]
		if s.kind != Name || s.n != 2 || s.part || !t.titled[s.key] {
			continue
		}
		for _, o := range spans[k+1:] {
			if o.i > s.i+1 {
				break
			}
			if o.i == s.i+1 && o.kind == Name && !o.part {
				s.part = true
				break
			}
		}
	}
	contained := func(k int) bool {
		s := spans[k]
		// Spans are in order of start, then length: a span holding s
		// starts at most maxGram tokens before it, or with it and is longer.
		// Only a whole name hides another («الوزير فيصل المقداد» does not
		// hide «فيصل المقداد»).
		for j := k - 1; j >= 0 && spans[j].i >= s.i-t.maxGram; j-- {
			if o := spans[j]; o.n > s.n && s.i+s.n <= o.i+o.n && !o.part {
				return true
			}
		}
		for j := k + 1; j < len(spans) && spans[j].i == s.i; j++ {
			if spans[j].n > s.n && !spans[j].part {
				return true
			}
		}
		return false
	}
	for k, s := range spans {
		hit(s.key, s.name, s.kind, weight(s.i), s.part || contained(k))
	}
	// A country read from its adjective alone is shown, and gathers its
	// tag page, but does not match stories: over the labelled pairs,
	// matching on it moved as many pairs wrong as right (docs/stories.md).
	for _, s := range spans {
		if s.adjective && !slices.ContainsFunc(spans, func(o span) bool { return o.key == s.key && !o.adjective }) {
			found[s.key].ShowOnly = true
		}
	}
	// A full name of four words, «سلمان بن عبد العزيز», is longer than any
	// learned: it is read as a learned «سلمان بن» and a learned whole name
	// after it, both parts. Readers are shown it whole; it does not match
	// stories (ShowOnly), which its parts do already. One that follows a
	// link word itself is the tail of a longer chain, and is not shown.
	for _, s := range spans {
		i := s.i
		if s.kind != Name || i < 2 || brk[i] || brk[i-1] || !nameLinks[toks[i-1].Norm] || t.partial[s.key] && !t.firstNames[s.key] || i >= 3 && nameLinks[toks[i-3].Norm] {
			continue
		}
		head := toks[i-2].Term + " " + toks[i-1].Term
		if first, ok := t.names[head]; ok {
			key := head + " " + s.key
			hit(key, first+" "+s.name, Name, weight(i), false)
			found[key].ShowOnly = true
		}
	}

	// Keyphrases: the heaviest TF-IDF terms not already inside a name.
	// tf and short are indexed by term id, and reset before returning:
	// maps built afresh for every article were a fifth of what the
	// tagger allocated.
	if len(t.tf) < len(t.count) {
		t.tf = make([]int32, len(t.count)+len(t.count)/4)
		t.short = make([]int32, len(t.tf))
		t.free = make([]bool, len(t.tf))
	}
	tf, short := t.tf, t.short // short: 1 + the occurrence with the shortest normal form
	free := t.free             // the word comes once at least not right after a number
	distinct := t.distinct[:0]
	for i, id := range ids {
		if tf[id] == 0 {
			distinct = append(distinct, id)
		}
		tf[id] += int32(weight(i))
		free[id] = free[id] || !num[i]
		if j := short[id] - 1; j < 0 || len(toks[i].Norm) < len(toks[j].Norm) {
			short[id] = int32(i + 1)
		}
	}
	t.distinct = distinct
	defer func() {
		for _, id := range distinct {
			tf[id], short[id], free[id] = 0, 0, false
		}
	}()
	type cand struct {
		id uint32
		w  float64
	}
	cs := make([]cand, 0, len(distinct))
	for _, id := range distinct {
		if utf8.RuneCountInString(toks[short[id]-1].Norm) < 3 {
			continue
		}
		// One more document than seen in the numerator: in the first
		// articles of a fresh store no word is rarer than another, and
		// they are tagged by how often they say a word.
		idf := math.Log(float64(t.docs+2) / float64(t.df[id]+1))
		cs = append(cs, cand{id, (1 + math.Log(float64(tf[id]))) * idf})
	}
	slices.SortFunc(cs, func(a, b cand) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.id, b.id)) })
	inName := map[string]bool{}
	for k := range found {
		for _, w := range strings.Fields(k) {
			inName[w] = true
		}
	}
	for _, w := range adjectives {
		inName[w] = true
	}
	topics := 0
	for _, c := range cs {
		if topics >= t.cfg.MaxTopics || c.w <= 0 {
			break
		}
		tk := toks[short[c.id]-1]
		if w := plainWord(tk.Text); inName[tk.Term] || t.unit(c.id, free[c.id]) || t.verbLike(tk.Norm) || isRole(w) || percentWords[w] {
			continue
		}
		// Readers see the word as written (برشلونة), not its normal form
		// (برشلونه), which only the index needs.
		term, shown := tk.Term, plainWord(tk.Text)
		if bare, ok := strings.CutPrefix(shown, "لل"); ok && utf8.RuneCountInString(bare) >= 3 {
			shown = "ال" + bare // للإغاثة: ل and the article
		}
		shown = t.unconjoined(shown)
		// A conjunction the stream mostly writes apart goes («وموبايلي» is
		// «موبايلي»), and the word is read again as if written alone: the
		// future in «وسيحضر», the preposition in «وبتراجع».
		norm := tk.Norm
		glued := t.cliticForm(norm, c.id)
		if rest, ok := strings.CutPrefix(shown, "و"); ok && glued == "" && t.conjoined(arabic.Normalize(shown, arabic.Search)) {
			shown, norm = rest, arabic.Normalize(rest, arabic.Search)
			glued = t.cliticForm(norm, c.id)
		}
		if glued != "" {
			// بجدة is جدة with a preposition: the keyphrase is the bare
			// word. An accusative or a future verb is none.
			if glued != prepGlued {
				continue
			}
			// The stemmer takes «و» and «ف» off the bare word too, so
			// «بورصة» reads as ب and «ورصة»: a bare word opening so must
			// have been written on its own.
			_, n := utf8.DecodeRuneInString(norm)
			// And when the bare word is mostly «و» and another word, the
			// letter was no preposition: «بواخر» (ships) is no «ب» and
			// «واخر», which the stream writes as «و» and «آخر».
			if bare := norm[n:]; !strings.HasPrefix(bare, "و") && !strings.HasPrefix(bare, "ف") || t.alone(bare) && !t.conjoined(bare) {
				_, size := utf8.DecodeRuneInString(shown)
				if term, shown = strings.Join(arabic.Terms(bare), " "), shown[size:]; inName[term] {
					continue
				}
			}
		}
		// Tested on the word as shown, a preposition or conjunction gone:
		// «بمنازلهم» is «منازلهم», «وتختتم» «تختتم».
		// Nor an honorific («جلالة», «لجلالة»; «دولة» before a prime
		// minister): it stands before whoever the text is about.
		if ns := arabic.Normalize(shown, arabic.Search); t.possessed(shown) || t.verbLike(ns) || t.pastVerb(ns) || honorifics[ns] {
			continue
		}
		hit("t:"+term, shown, Topic, int(tf[c.id]), false)
		topics++
	}

	out := make([]Tag, 0, len(found))
	for _, g := range found {
		out = append(out, *g)
	}
	kindRank := map[string]int{Place: 0, Name: 1, Topic: 2}
	slices.SortFunc(out, func(a, b Tag) int {
		return cmp.Or(cmp.Compare(kindRank[a.Kind], kindRank[b.Kind]), cmp.Compare(b.N, a.N), cmp.Compare(a.Key, b.Key))
	})
	// Keep the strongest few names; places and topics are few already.
	var kept []Tag
	// The strongest MaxNames names match stories, parts among them; readers
	// are shown the strongest MaxNames whole names, which can rank behind
	// parts: «عبد ربه منصور» came after «عبد ربه» and «ربه منصور هادي»
	// (ShowOnly).
	names, whole := 0, 0
	for _, g := range out {
		if g.Kind == Name {
			match, show := !g.ShowOnly && names < t.cfg.MaxNames, !g.Part && whole < t.cfg.MaxNames
			if !match && !show {
				continue
			}
			if match {
				names++
			} else {
				g.ShowOnly = true
			}
			if show {
				whole++
			}
		}
		kept = append(kept, g)
	}
	return kept
}

// unit says whether a word (term id) is a unit of measure or count, no
// keyphrase: the text writes it only right after a number or a word of one
// (free is false), and the stream so in unitShare of its uses or more —
// «20 طنا», «مليون برميل», «50 نقطة» name no subject. A noun counted
// as often as written on its own stays: «500 وظيفة» is about jobs.
func (t *Tagger) unit(id uint32, free bool) bool {
	return !free && float64(t.counted[id]) >= unitShare*float64(t.count[id])
}

// unitShare: see unit.
const unitShare = 0.3

// cliticForm says how a word (its normal form and term id) is another,
// more frequent word with a letter added, which the stemmer leaves where it
// cannot tell it from a root letter ("" when it is not):
//   - a preposition or conjunction glued on: «بمعدل», «لتصنيف», «بقيمة» are
//     «معدل», «تصنيف», «قيمة»;
//   - the future «س» before a verb: «سيجد» is «يجد», a verb;
//   - the accusative «ا» of an adverb or a predicate: «فورا», «عمليا»,
//     «كبيرا» are «فور», «عملي», «كبير». Such a word is written with its
//     tanwin (فوراً) often enough to be seen so; a name never is, which
//     keeps أمريكا, أثينا and ناسا (أمريكي, أثيني and ناس are words too).
func (t *Tagger) cliticForm(norm string, id uint32) string {
	if utf8.RuneCountInString(norm) < 4 {
		return ""
	}
	r, size := utf8.DecodeRuneInString(norm)
	switch {
	case strings.ContainsRune(glueLetters, r):
		if rest := norm[size:]; !strings.HasPrefix(rest, "ال") && t.moreFrequent(rest, id) {
			if (r == 'ب' || r == 'ك') && t.inImperfect(rest) {
				// No preposition comes before a verb: «كيري» (Kerry) is
				// no «ك» and «يرى», which the stream writes often.
				return ""
			}
			return prepGlued
		}
	case r == 'س':
		if r2, _ := utf8.DecodeRuneInString(norm[size:]); (r2 == 'ي' || r2 == 'ت' || r2 == 'ن' || r2 == 'ا') &&
			t.moreFrequent(norm[size:], id) {
			return "future"
		}
	}
	if stem, ok := strings.CutSuffix(norm, "ا"); ok && t.tanwin[id] && t.moreFrequent(stem, id) {
		return "accusative"
	}
	return ""
}

// prepGlued is cliticForm's answer for a word with a preposition or a
// conjunction glued on.
const prepGlued = "preposition"

// holdsVerb says whether a learned name, as first written, holds a verb in
// the imperfect (verbLike): «يتعين على», «تنطبق شروط», «يسكنه فسيح», «ممن
// تنطبق» are set phrases of news prose and condolences, no names. A
// foreign name opening with «يا» or «يو» (يانيس، يونهاب، يوكيا) never
// takes the article either, as a verb does not; it is a verb only when the
// stream writes it with «ت» too (يوضح، توضح), and that is no place (يونس،
// تونس).
func (t *Tagger) holdsVerb(surface string) bool {
	for _, w := range strings.Fields(surface) {
		norm := arabic.Normalize(plainWord(w), arabic.Search)
		if !t.verbLike(norm) || t.isPlace(norm) {
			continue // تونس is no verb, though the stream writes يونس
		}
		rest, ok := strings.CutPrefix(norm, "ي")
		if !ok || !strings.HasPrefix(rest, "ا") && !strings.HasPrefix(rest, "و") {
			return true
		}
		twin := "ت" + rest
		if t.forms[twin] >= 2 && !t.isPlace(twin) {
			return true
		}
	}
	return false
}

// holdsPossessed says whether a name as written holds a noun with a
// possessive pronoun (possessed), a conjunction or preposition glued
// before it or not: «تسول نفسه», «ولاة أمرهم», «أدنى مستوياته», «راح
// ضحيتها», «وبإحالته المحكمة» are set phrases of news prose; «his self»,
// «their affairs» name no one.
func (t *Tagger) holdsPossessed(surface string) bool {
	for _, w := range strings.Fields(surface) {
		w = plainWord(w)
		if t.possessed(w) {
			return true
		}
		for g := range glues {
			if rest, ok := strings.CutPrefix(w, g); ok && t.possessed(rest) {
				return true
			}
		}
	}
	return false
}

// isPlace says whether a word (normal form) is a country in the gazetteer.
func (t *Tagger) isPlace(norm string) bool {
	return t.places[strings.Join(arabic.Terms(norm), " ")] != ""
}

// accusative says whether a learned name holds an indefinite accusative:
// a word without the article, ending in «ا» or written with a tanwin, whose
// term the stream has written with a tanwin fath. Names take no tanwin;
// set phrases of news prose do («إقبالا كبيرا», «صفا واحدا», «اتصالا
// هاتفيا»).
func (t *Tagger) accusative(surface string) bool {
	for _, w := range strings.Fields(surface) {
		if withArticle(arabic.Normalize(w, arabic.Search)) {
			continue
		}
		p := plainWord(w)
		if !strings.HasSuffix(p, "ا") && !strings.ContainsRune(w, tanwinFath) {
			continue
		}
		terms := arabic.Terms(w)
		if len(terms) != 1 {
			continue
		}
		if id, ok := t.vocab[terms[0]]; ok && t.tanwin[id] {
			return true
		}
	}
	return false
}

// openEnd says whether a name's last word is a noun with «ل» (or «ب»)
// before it and no article, which asks for a noun after it: «الثاني
// لرئيس» is cut from «النائب الثاني لرئيس مجلس الوزراء», «العامة لصوامع»
// from «المؤسسة العامة لصوامع الغلال». With the article the name is whole («الهيئة العامة
// للسياحة»); a word whose first letter is its own (لندن، لبنان) is no such
// noun: without it, it is no more frequent word.
func (t *Tagger) openEnd(surface string) bool {
	words := strings.Fields(surface)
	if len(words) == 0 {
		return false
	}
	last := plainWord(words[len(words)-1])
	if rest, ok := strings.CutPrefix(last, "و"); ok && len(words) > 1 {
		// «و» before a noun the stream writes with the article: the name
		// stops inside a pair joined by «و», «الأرصاد وحماية» (البيئة),
		// «عادات وتقاليد». A name's own «و» leaves no such noun (وليد،
		// وائل).
		return !strings.HasPrefix(rest, "ل") && !strings.HasPrefix(rest, "ا") && utf8.RuneCountInString(rest) >= 3 &&
			t.written(arabic.Normalize(rest, arabic.Search))
	}
	rest, ok := strings.CutPrefix(last, "ل")
	if !ok {
		// «ب» before a noun the stream writes with the article, or with a
		// pronoun: «كرة القدم بنادي …», «أودت بحياة …», «القيام
		// بواجباتهم». A name's own «ب» leaves none (هاري بوتر، سايكس بيكو،
		// نبيل بهوي): the written forms tell, where stems collide (بهوي
		// and الهوية).
		rest, ok = strings.CutPrefix(last, "ب")
		if !ok || !t.written(arabic.Normalize(rest, arabic.Search)) && !t.possessed(rest) {
			return false
		}
	}
	if strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ا") || utf8.RuneCountInString(rest) < 3 {
		return false
	}
	terms := arabic.Terms(last)
	if len(terms) != 1 {
		return false
	}
	id, known := t.vocab[terms[0]]
	return known && t.moreFrequent(rest, id)
}

// verbLike says whether a word (in normal form) is likely a verb in the
// imperfect. It opens with «ي» or «ت» and the stream never wrote it with
// the article, as nouns and adjectives are (اليمين، اليوم، التداول), and:
//   - opening with «ي», its stem never took the article either (يستقبل،
//     يلغي، يغلق), or the stream wrote it with «ت» too, for «she», at
//     least a quarter as often: the stemmer makes «يختتم» «يخت», a yacht,
//     which takes the article, while the city «ينبع» is written far more
//     than the verb «تنبع»;
//   - opening with «ت», the stream wrote it with «ي» too (تغلق، تختتم،
//     تؤجل); a name has no such twin (تبوك، تويتر، تورين).
//
// A word the stream wrote after the preposition «ب» is none (بينبع،
// بتبوك). Names that open with «ي», never take the article and are never
// written so (يوفنتوس) are lost as keyphrases.
func (t *Tagger) verbLike(norm string) bool {
	if utf8.RuneCountInString(norm) < 4 || t.written(norm) {
		return false
	}
	if t.forms["ب"+norm] > 0 {
		return false // «بينبع», «بتبوك»: no verb takes a preposition
	}
	if rest, ok := strings.CutPrefix(norm, "ي"); ok {
		if tw := t.forms["ت"+rest]; tw >= 2 && 4*tw >= t.forms[norm] {
			return true
		}
		terms := arabic.Terms(norm)
		if len(terms) != 1 {
			return false
		}
		id, known := t.vocab[terms[0]]
		return !known || !t.article[id]
	}
	rest, ok := strings.CutPrefix(norm, "ت")
	return ok && t.forms["ي"+rest] >= 2 && !t.written("ي"+rest)
}

// pastVerb says whether a word (normal form) is likely a verb in the past
// tense, no keyphrase: a feminine «ت» at its end or an «ا» at its start
// (سجلت، انخفض، استهدف، أنفق), the stream never wrote it with the article,
// and wrote its imperfect — «ي» for the «ت» or the «ا» — at least twice and
// never with the article, and a tenth as often as the word at least:
// يسجل، ينخفض، يستهدف، ينفق. A noun that looks so
// is written with the article (الثابت، الانخفاض). A bare verb of the first
// form is left: «يعدن» and «يجده» are verbs, عدن and جدة places.
func (t *Tagger) pastVerb(norm string) bool {
	if utf8.RuneCountInString(norm) < 3 || t.written(norm) || t.isPlace(norm) {
		return false
	}
	// The imperfect is written a tenth as often as the word at least:
	// «يوروبا» twice is no verb of «أوروبا».
	imperfect := func(w string) bool { return t.forms[w] >= 2 && 10*t.forms[w] >= t.forms[norm] && !t.written(w) }
	if b, ok := strings.CutSuffix(norm, "ت"); ok && utf8.RuneCountInString(b) >= 3 {
		if rest, ok := strings.CutPrefix(b, "ا"); ok {
			return imperfect("ي" + rest) // استهدفت
		}
		return imperfect("ي" + b)
	}
	rest, ok := strings.CutPrefix(norm, "ا")
	return ok && utf8.RuneCountInString(rest) >= 2 && imperfect("ي"+rest)
}

// opensWithPast says whether a name as written opens with a verb in the
// past (pastVerb): «أسفر مقتل» is «أسفر عن مقتل», a clause.
func (t *Tagger) opensWithPast(surface string) bool {
	first, _, ok := strings.Cut(surface, " ")
	if !ok {
		return false
	}
	// Not a word with the article: «العبوات» would read as «ال» + «عبوا» + «ت».
	norm := arabic.Normalize(first, arabic.Search)
	return !withArticle(norm) && t.pastVerb(norm)
}

// inImperfect says whether a word (normal form) after a glued «ب» or «ك»
// is a verb in the imperfect, so that the letter is no preposition: it
// opens with «ي», the stream wrote its «ت» form (the feminine) twice at
// least, neither with the article, and it is no place of the gazetteer.
// (verbLike, for keyphrases, asks for four letters, the «ت» form a quarter
// as often, and no «ب» ever glued on: here the «ب» is there, «يرى» has
// three letters, and the quarter lost «بيليه» and «كيري» in places.)
func (t *Tagger) inImperfect(norm string) bool {
	rest, ok := strings.CutPrefix(norm, "ي")
	if !ok || utf8.RuneCountInString(rest) < 2 || t.written(norm) || t.written("ت"+rest) {
		return false
	}
	placesOnce.Do(buildPlaces)
	if _, place := placeKeys[norm]; place {
		return false // «ينبع» is a town, though «تنبع» is a verb
	}
	return t.forms["ت"+rest] >= 2
}

// alone says whether the stream wrote a word opening with «و» or «ف»
// (normal form) as it is, nothing glued before it.
func (t *Tagger) alone(norm string) bool {
	return t.forms[norm] > 0
}

// conjoined says whether a word opening with «و» (normal form) is mostly
// that conjunction and another word of three letters or more: the stream
// wrote the rest alone at least as often as the whole, and never wrote the
// whole with the article. «واخر» is «و» and «آخر» (5,070 against 323 over
// the corpus), «وموبايلي» «موبايلي» (489 against 64); «وزارة», «وكيل» and
// «وليد» are words, and so are «وادي» and «وجهة», though the normal form
// writes «أدى» and «ادي» alike (1,539 against 787): the stream wrote
// «الوادي». The stemmer cannot tell: it takes «و» off all of them. Not
// «ف»: «يصل» is written more often than «فيصل». (A name can lose to a
// word: «وجدي», 18 against «جدي» 72.)
func (t *Tagger) conjoined(norm string) bool {
	rest, ok := strings.CutPrefix(norm, "و")
	if !ok || utf8.RuneCountInString(rest) < 3 || t.written(norm) {
		return false
	}
	return t.forms[rest] >= max(t.forms[norm], 1)
}

// written says whether the stream wrote a word (normal form) with the
// article alone: «والدتها» is no «ال» and «دتها», nor «والي» «الي».
func (t *Tagger) written(norm string) bool {
	return utf8.RuneCountInString(norm) > 2 && t.forms["ال"+norm] > 0
}

// pronounSuffixes are the possessive pronouns a noun can end with, longest
// first. «نا» (our) ends names too (أثينا، فيورنتينا), but possessed asks
// that the stream wrote the rest with the article, and «الأثي» it never
// does. With «نا», over the corpus, 127 tags went from 330 articles
// («جنودنا البواسل» 45, «قصارى جهدنا» 38, «منتخبنا» 11); a festival, «واحتنا
// فرحانة» (21), and the names «ميرنا» (7) and «كريستينا» (1) went with
// them.
var pronounSuffixes = []string{"هما", "هم", "هن", "ها", "نا", "كم", "ه"}

// possessed says whether a written word is a noun with a possessive pronoun
// (زوجته، بلاده، موظفيه، مستحقاتهم): the stream wrote the word without the
// pronoun with the article — with «ة» back where «ته» was, or «ين» where a
// plural lost its «ن» — and never the whole word so. Such a word is no
// keyphrase: «his wife» names nothing. A noun that only ends like one
// (المنتزه، المحاكم، الجنيه) was itself written with the article. Stems
// cannot tell the two apart: the stemmer takes «ه» off both.
func (t *Tagger) possessed(w string) bool {
	nw := arabic.Normalize(w, arabic.Search)
	if t.written(nw) || strings.HasPrefix(nw, "ال") {
		return false
	}
	// The pronoun is cut from the word as written: the normal form writes
	// «ة» as «ه», and «طائرة» is no «طائر» with a pronoun.
	for _, suf := range pronounSuffixes {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || utf8.RuneCountInString(base) < 3 {
			continue
		}
		bases := []string{base}
		if b, ok := strings.CutSuffix(base, "ت"); ok {
			bases = append(bases, b+"ة")
		}
		if strings.HasSuffix(base, "ي") || strings.HasSuffix(base, "و") {
			bases = append(bases, base+"ن")
		}
		return slices.ContainsFunc(bases, func(b string) bool { return t.written(arabic.Normalize(b, arabic.Search)) })
	}
	return false
}

// unconjoined is a written word without the «و» or «ف», or the
// preposition «ب» or «ك», glued before its article («والأدب» is «الأدب»,
// «فالمشروع» is «المشروع», «بالأحساء» is «الأحساء»), when the stream has
// written the word with the article alone; a word that only opens with
// those letters («والدتها», «فالتر», «بالغ», «بالون») is itself.
func (t *Tagger) unconjoined(w string) string {
	for _, c := range []string{"وب", "وك", "فب", "و", "ف", "ب", "ك"} {
		rest, ok := strings.CutPrefix(w, c)
		if !ok {
			continue
		}
		if after, ok := strings.CutPrefix(arabic.Normalize(rest, arabic.Search), "ال"); ok {
			if t.written(after) {
				return rest
			}
		}
	}
	return w
}

// withArticle says whether a normal form carries the article, with or
// without a conjunction or preposition before it (المستشفى، والمستشفى،
// بالمستشفى، للمستشفى).
func withArticle(norm string) bool {
	for _, p := range []string{"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل"} {
		if strings.HasPrefix(norm, p) && utf8.RuneCountInString(norm) > utf8.RuneCountInString(p)+2 {
			return true
		}
	}
	return false
}

// glued says whether word, written with a letter before it (whole), is a
// noun of three letters or more that the stream has written with the
// article and in more articles than whole.
func (t *Tagger) glued(word, whole string) bool {
	if utf8.RuneCountInString(plainWord(word)) < 3 {
		return false
	}
	wt, bt := arabic.Terms(whole), arabic.Terms(word)
	if len(wt) != 1 || len(bt) != 1 {
		return false
	}
	id, ok := t.vocab[wt[0]]
	base, ok2 := t.vocab[bt[0]]
	return ok && ok2 && base != id && t.article[base] && t.df[base] >= t.df[id]
}

// moreFrequent says whether word is one known term other than id, in at
// least as many articles.
func (t *Tagger) moreFrequent(word string, id uint32) bool {
	terms := arabic.Terms(word)
	if len(terms) != 1 {
		return false
	}
	base, ok := t.vocab[terms[0]]
	return ok && base != id && t.df[base] >= t.df[id]
}

// learn counts the article's terms, bigrams and trigrams, and every Relearn
// articles turns the strongly associated frequent ones into names. The
// n-gram table runs to millions of entries, and counting into it — a cache
// miss a lookup — was half the tagging time of an import: it runs in the
// background, gramBatch articles at a time, one batch after another, and
// relearn waits for it. Nothing else reads the table, so the names learned
// and the tags given are those of counting in line.
func (t *Tagger) learn(source int64, toks []arabic.Token, ids []uint32, brk, num, spaced []bool) {
	t.docs++
	for i, id := range ids {
		t.count[id]++
		if num[i] {
			t.counted[id]++
		}
		if !t.tanwin[id] && strings.ContainsRune(toks[i].Text, tanwinFath) {
			t.tanwin[id] = true
		}
		// A word's normal form is built afresh (Normalize returns only
		// ASCII as it is, and these are words of a non-Latin script): a
		// new key holds no more than the word.
		t.forms[toks[i].Norm]++
		if !t.article[id] && withArticle(toks[i].Norm) {
			t.article[id] = true
		}
		if t.lastDoc[id] != int32(t.docs) {
			t.lastDoc[id] = int32(t.docs)
			t.df[id]++
		}
	}
	// The n-grams are counted over the words with a gap id where a name
	// cannot run on (brk), which no n-gram holds (see gramKey).
	texts := make([]string, 0, len(toks)+4)
	grams := make([]uint32, 0, len(ids)+4)
	sp := make([]bool, 0, len(ids)+4)
	for i, tk := range toks {
		if brk[i] && i > 0 {
			texts, grams, sp = append(texts, ""), append(grams, gapID), append(sp, false)
		}
		texts, grams, sp = append(texts, tk.Text), append(grams, ids[i]), append(sp, spaced[i])
	}
	t.backlog = append(t.backlog, gramJob{bit: uint32(1) << (uint64(source) % 32), texts: texts, ids: grams, spaced: sp})
	t.seen++
	if t.seen%t.cfg.Relearn == 0 {
		t.counting.Wait()
		t.countGrams(t.backlog)
		t.backlog = nil
		t.relearn()
		return
	}
	if len(t.backlog) >= gramBatch {
		t.counting.Wait()
		jobs := t.backlog
		t.backlog = nil
		t.counting.Go(func() { t.countGrams(jobs) })
	}
}

// gramBatch is how many articles' n-grams are counted in one background batch.
const gramBatch = 64

// gramJob is one article's terms waiting to be counted as n-grams.
type gramJob struct {
	bit    uint32   // its outlet's bit (see gram)
	texts  []string // its words as written
	ids    []uint32
	spaced []bool // a stop word read through, or a bracket or dash, before the word
}

// cleanSurface drops a conjunction or preposition glued to the first word
// of a name and its article when no occurrence without it was seen since
// the name was first counted (see gluedBit): «بالبراميل المتفجرة» is
// «البراميل المتفجرة». A word of two letters after the article is left
// whole: «فالتر» (Walter) is no «ف» and «التر».
func cleanSurface(s string) string {
	for _, p := range []string{"و", "ب", "ل", "ف"} {
		rest, ok := strings.CutPrefix(s, p)
		if !ok {
			continue
		}
		first, _, _ := strings.Cut(rest, " ")
		if word, ok := strings.CutPrefix(first, "ال"); ok && utf8.RuneCountInString(word) > 2 {
			return rest
		}
	}
	return s
}

// joinText is the written form of words, one space between them.
func joinText(words []string) string { return strings.Join(words, " ") }

// countGrams counts the bigrams and trigrams of jobs, in order.
func (t *Tagger) countGrams(jobs []gramJob) {
	for _, j := range jobs {
		for i := range j.ids {
			for n := 2; n <= 3 && i+n <= len(j.ids); n++ {
				g, ok := gramKey(j.ids[i : i+n])
				if !ok {
					break
				}
				st := t.grams.at(g)
				st.n++
				st.src |= j.bit
				if !slices.Contains(j.spaced[i+1:i+n], true) {
					st.n |= wholeBit
				}
				first := j.texts[i]
				switch {
				case int(st.count()) == t.cfg.MinCount:
					t.surface[g] = joinText(j.texts[i : i+n])
					if mayBeGlued(first) {
						st.n |= gluedBit
					}
				case st.n&gluedBit != 0:
					// Written with fewer letters before the same word: the
					// letters were glued on.
					best := t.display[g]
					if best == "" {
						best = t.surface[g]
					}
					bestFirst, _, _ := strings.Cut(best, " ")
					if glue, ok := strings.CutSuffix(bestFirst, first); ok && glues[glue] {
						// Taken when seen twice: one slip of a writer
						// («سائل الإعلام» once, among hundreds of «وسائل
						// الإعلام») is no better form.
						if !t.pending[g] {
							t.pending[g] = true
							break
						}
						delete(t.pending, g)
						t.display[g] = joinText(j.texts[i : i+n])
						if !mayBeGlued(first) {
							st.n &^= gluedBit
						}
					}
				}
			}
		}
	}
}

func (t *Tagger) relearn() {
	terms := make([]string, len(t.count))
	for s, id := range t.vocab {
		terms[id] = s
	}
	names := map[string]string{}
	titled := map[string]bool{}  // see Tagger.titled
	counts := map[string]int32{} // each name's count, by key
	apart := map[string]bool{}   // names never written whole (see wholeBit)
	type trigram struct {
		key string
		ids []uint32
		n   int32
	}
	var tri []trigram
	var bi []bigram
	learned3 := map[uint64]string{} // trigram names by gram key
	// common are the trigrams frequent enough to hold more than extShare of
	// a name's count (see cuts).
	var common []extension
	minExt := int32(math.Ceil(extShare * float64(t.cfg.MinCount)))
	t.grams.each(func(g uint64, st gram) {
		c := st.count()
		if c >= minExt && g>>(3*gramBits) == 3 {
			common = append(common, extension{c, g})
		}
		if int(c) < t.cfg.MinCount {
			return
		}
		ids := gramIDs(g)
		lo := int32(math.MaxInt32)
		for _, id := range ids {
			lo = min(lo, t.count[id])
		}
		if float64(c)/float64(lo) < t.cfg.MinAssoc || bits.OnesCount32(st.src) < t.cfg.MinSources {
			return
		}
		if !nameShaped(t.surface[g]) {
			return
		}
		words := make([]string, len(ids))
		for j, id := range ids {
			words[j] = terms[id]
		}
		k := strings.Join(words, " ")
		if t.oneOutlet(k) || t.measure(k) {
			return
		}
		names[k] = cleanSurface(cmp.Or(t.display[g], t.surface[g]))
		counts[k] = c
		if st.n&wholeBit == 0 {
			apart[k] = true
		}
		if len(ids) == 3 {
			tri = append(tri, trigram{k, ids, c})
			learned3[g] = k
		} else {
			bi = append(bi, bigram{k, g, c})
			if float64(c)/float64(t.count[ids[0]]) < t.cfg.MinAssoc {
				titled[k] = true
			}
		}
	})
	if t.seen%(4*t.cfg.Relearn) == 0 {
		// Keep the table from growing with one-offs.
		least := int32(min(2, t.cfg.MinCount))
		t.grams.keep(func(g gram) bool { return g.count() >= least })
	}
	shown := make(map[string]string, len(names))
	for k, s := range names {
		shown[k] = t.cleanName(k, s, names)
	}
	oneSpelling(shown, counts)
	partial := map[string]bool{}
	for k, s := range names {
		if !wholeName(s) || t.openEnd(s) || t.accusative(s) || t.holdsVerb(s) || t.holdsPossessed(s) || t.setPhrase(s) || t.commonTail(s, shown[k], counts[k]) || filler(shown[k]) {
			partial[k] = true
		}
	}
	// «عبد الرحمن», «عبد اللطيف»: a first name alone names no one in
	// particular, and a tag page of it would gather every man so called.
	// It is no whole name, but it ends a four-word one («سلمان بن عبد
	// العزيز», see Tags).
	firstNames := map[string]bool{}
	for k, s := range names {
		if first, _, ok := strings.Cut(s, " "); ok && plainWord(first) == "عبد" && strings.Count(s, " ") == 1 {
			firstNames[k] = !partial[k]
			partial[k] = true
		}
	}
	// A trigram that is a name and one more word (a title or a role:
	// «الوزير فيصل المقداد», «رئيس البعثة بتال العتيبي») is no name of its
	// own: the extra word is mostly used elsewhere. One whose every word
	// belongs to it (خادم الحرمين الشريفين) is, and so is a noun in
	// construct before a name (see opensInConstruct): «عيد الفطر المبارك»,
	// «جامعة الملك سعود».
	extra := map[string]int{} // such a trigram's extra word: 0 first, 2 last
	for _, tr := range tri {
		a, b := terms[tr.ids[0]]+" "+terms[tr.ids[1]], terms[tr.ids[1]]+" "+terms[tr.ids[2]]
		head, tail := names[a] != "" && (!partial[a] || firstNames[a]), names[b] != "" && (!partial[b] || firstNames[b])
		switch {
		case opensWithLink(names[tr.key]):
		case tail && t.opensInConstruct(names[tr.key]):
			// The whole is the name, whatever its last word does
			// elsewhere: «دوري عبداللطيف جميل» (جميل is a common word).
		case tail && float64(tr.n)/float64(t.count[tr.ids[0]]) < t.cfg.MinAssoc:
			partial[tr.key] = true
			extra[tr.key] = 0
		case head && float64(tr.n)/float64(t.count[tr.ids[2]]) < t.cfg.MinAssoc:
			partial[tr.key] = true
			extra[tr.key] = 2
		}
	}
	// A name opening with a verb in the past is a clause («أسفر مقتل» is
	// «أسفر عن مقتل»). Marked after the trigrams are read: as the tail of
	// one it still counts as a name («برنامج اصنع مهارة» keeps «اصنع
	// مهارة», and «اصنع» is read as the past form of «يصنع»).
	// So is a name never written whole, its words always apart (wholeBit).
	for k, s := range names {
		if t.opensWithPast(s) || apart[k] {
			partial[k] = true
		}
	}
	cuts(bi, common, learned3, extra, partial)
	t.readOn(bi, common, names, partial)
	t.readBack(bi, common, names, partial)
	t.names, t.partial, t.firstNames, t.titled = shown, partial, firstNames, titled
	for k := range names {
		first, _, _ := strings.Cut(k, " ")
		t.starts[first] = true
		if id, ok := t.vocab[first]; ok {
			t.isStart[id] = true
		}
	}
}

// countUse counts an article of source that names a learned name (key).
func (t *Tagger) countUse(key string, source int64) {
	k := sourceName{key, source}
	t.bySource[k]++
	u := t.uses[key]
	u.n++
	u.top = max(u.top, t.bySource[k])
	t.uses[key] = u
}

// oneOutlet says whether a name (key) is one outlet's own: more than
// ownShare of the articles that named it, and MinCount at least, are that
// outlet's.
func (t *Tagger) oneOutlet(key string) bool {
	u := t.uses[key]
	return int(u.n) >= t.cfg.MinCount && float64(u.top) > ownShare*float64(u.n)
}

// measure says whether a learned name (key) is a measure or a time: read
// MinCount times at least since it was learned, more than measureShare of
// them right after a number.
func (t *Tagger) measure(key string) bool {
	m := t.measures[key]
	return int(m.n) >= t.cfg.MinCount && float64(m.num) > measureShare*float64(m.n)
}

// opensInConstruct says whether a name as written opens with a noun in
// construct with the rest: a common noun (the stream writes it with the
// article), no verb and no honorific, without the article here, before a
// word with no preposition glued on. The whole is then the name, not a
// title before one: «عيد الفطر المبارك» (not «الفطر المبارك», a feast
// called «blessed»), «جامعة الملك سعود» (not a king), «حزب العمال
// الكردستاني»; while «الوزير فيصل المقداد», «سمو الأمير …» and «تهنئة
// لفخامة الرئيس» are a title, an honorific or a phrase before a name.
func (t *Tagger) opensInConstruct(surface string) bool {
	words := strings.Fields(surface)
	if len(words) < 2 {
		return false
	}
	first := arabic.Normalize(plainWord(words[0]), arabic.Search)
	if honorifics[first] || !t.written(first) || t.verbLike(first) {
		return false
	}
	second := arabic.Normalize(plainWord(words[1]), arabic.Search)
	if withArticle(second) && !strings.HasPrefix(second, "ال") {
		return false // «بالرياض», «للإغاثة»
	}
	if r, size := utf8.DecodeRuneInString(second); (r == 'ب' || r == 'ل' || r == 'ك') && t.written(second[size:]) {
		return false // «بلائحة», «لأشعة»: the stream writes اللائحة، الأشعة
	}
	return true
}

// honorifics are titles written without the article before a name (normal
// form): the stream writes some with it too (صاحب السمو).
var honorifics = wordSet("سمو", "معالي", "فضيله", "سعاده", "سماحه", "جلاله", "فخامه", "دوله", "صاحب")

// nameLinks are the link words (normal form) after which a name is the
// tail of a longer one: a father's name after «بن», a kunya's after «أبو».
var nameLinks = wordSet("بن", "ابن", "بنت", "ابنه", "ابو", "ابي", "ابا")

// opensWithLink says whether a name as shown opens with a word that joins
// the parts of a full name (عبد, أبو, آل; not بن, which opens a tail):
// «عبد ربه منصور» is no title before «ربه منصور», though «عبد» is mostly
// used elsewhere, but the name itself, and «ربه منصور» a cut of it.
func opensWithLink(surface string) bool {
	first, _, _ := strings.Cut(surface, " ")
	w := plainWord(first)
	return linkWords[w] && w != "بن" && w != "بنت"
}

// extension is a trigram: its count and gram key.
type extension struct {
	n int32
	g uint64
}

// extShare: a bigram read more than this share of the time inside one
// trigram is a cut of it.
const extShare = 0.5

// cuts marks as parts the bigram names (keys, gram keys and counts in bi)
// mostly read inside one longer name, one of the common trigrams: a learned
// trigram that is whole (not partial), or a title with a name (extra names
// its extra word) whose extra word the bigram holds:
//   - read on to the right: «لوكالة فرانس» (برس), and «الروسي فلاديمير»
//     and «الإسرائيلي بنيامين», a title with a cut of the name that
//     «الروسي فلاديمير بوتين» reads on to;
//   - read on to the left: «الحرمين الشريفين» (خادم);
//   - both: «المعروف والنهي» (الأمر بالمعروف والنهي عن المنكر).
//
// A name after a title («الأمير خالد الفيصل») stays, and so does one that
// reads on into a cut («المرصد السوري لحقوق»).
func cuts(bi []bigram, common []extension, learned3 map[uint64]string, extra map[string]int, partial map[string]bool) {
	// ext is, for each bigram name, its most frequent trigram on each side.
	at := bigramAt(bi)
	ext := make([][2]extension, len(bi))
	for _, x := range common {
		for side, b := range bigramsOf(x.g) {
			// side 0: the trigram reads the bigram on to the left (its
			// tail); 1: to the right (its head).
			i, ok := at[b]
			if !ok {
				continue
			}
			if e := ext[i][side]; x.n > e.n || x.n == e.n && x.g < e.g { // one answer whatever the map order
				ext[i][side] = x
			}
		}
	}
	for i, b := range bi {
		for side, e := range ext[i] {
			k, ok := learned3[e.g]
			if !ok || float64(e.n) <= extShare*float64(b.n) {
				continue
			}
			// side 0: the trigram's first word is the extra one to the
			// left; its extra word is in the bigram when it is the last.
			x, titled := extra[k]
			if !partial[k] || titled && x == 2*(1-side) {
				partial[b.key] = true
			}
		}
	}
}

// readOnShare: a bigram whose readOnTop most frequent words after it
// follow it in more than this share of its uses is the head of longer
// names, no name of its own: «رئيس مجلس» (الوزراء، إدارة، التنمية: 0.77
// of its 2,264 uses in the corpus, written forms apart), «سمو ولي» (ولي،
// عهده، العهد: 0.98). A name is followed by the text: «باراك أوباما»
// 0.16, «الهلال الأحمر» 0.48, «مجلس الوزراء» 0.50.
const (
	readOnShare = 0.75
	readOnTop   = 3
	readOnUses  = 4 // times MinCount: the least uses of a bigram judged so
)

// neighbours calls fn for each common trigram (trigrams) that reads a
// bigram name (bi, at index i) on to the right (side 1: w is the word after
// it) or to the left (side 0: w is the word before it), with the
// trigram's count, its written form known.
func (t *Tagger) neighbours(bi []bigram, trigrams []extension, side int, fn func(i int, w string, n int32)) {
	at := bigramAt(bi)
	for _, x := range trigrams {
		i, ok := at[bigramsOf(x.g)[side]]
		if !ok {
			continue
		}
		words := strings.Fields(t.surface[x.g])
		if len(words) != 3 {
			continue
		}
		fn(i, plainWord(words[2*side]), x.n)
	}
}

// readBack marks as parts the bigram names (bi) mostly read on to the
// left from one word that opens a longer name: «البلدية والقروية» after
// الشؤون, «السويس الجديدة» after قناة.
func (t *Tagger) readBack(bi []bigram, trigrams []extension, names map[string]string, partial map[string]bool) {
	// The last words of the whole names: «الملك سلمان» after «خادم الحرمين
	// الشريفين» is a second name, not a tail.
	ends := map[string]bool{}
	for k, s := range names {
		if !partial[k] {
			ws := strings.Fields(s)
			ends[plainWord(ws[len(ws)-1])] = true
		}
	}
	one, oneWord := make([]int32, len(bi)), make([]string, len(bi))
	outlet := make([]int32, len(bi)) // uses after a kind of outlet
	t.neighbours(bi, trigrams, 0, func(i int, w string, n int32) {
		if n > one[i] {
			one[i], oneWord[i] = n, w
		}
		if outletKinds[strings.TrimPrefix(unglue(w), "ل")] {
			outlet[i] += n
		}
	})
	for i, b := range bi {
		ws := strings.Fields(names[b.key])
		if len(ws) > 0 && t.tail(b.n, one[i], oneWord[i], plainWord(ws[len(ws)-1]), ends) {
			partial[b.key] = true
		}
		// A name read mostly after «صحيفة» or «وكالة» is an outlet a text
		// cites, its source, not its subject: «ذكرت صحيفة واشنطن بوست»,
		// «نقلت وكالة فرانس برس». A tag page of it would gather whatever
		// that outlet reported. It still matches stories, as a part.
		if b.n >= readOnUses*int32(t.cfg.MinCount) && float64(outlet[i]) >= citedShare*float64(b.n) {
			partial[b.key] = true
		}
	}
}

// outletKinds are the words before an outlet's name, as written without a
// glued «و», «ف» or «ل».
var outletKinds = wordSet("صحيفة", "جريدة", "مجلة", "وكالة", "وكالات", "صحيفتا", "صحف")

// citedShare: a bigram name read after a kind of outlet (outletKinds) in
// at least this share of its uses is an outlet cited as a source.
const citedShare = 0.3

// tail says whether a bigram name seen n times, whose most frequent word
// before it (prev) comes before it in one of its uses, is the tail of a
// longer name; last is its own last word, ends the last words of the whole
// names.
func (t *Tagger) tail(n, one int32, prev, last string, ends map[string]bool) bool {
	if strings.HasSuffix(last, "ي") {
		return false // a family name: «بتال العتيبي» after البعثة
	}
	return n >= readOnUses*int32(t.cfg.MinCount) && float64(one) >= readOnOneShare*float64(n) && !ends[prev] && opensName(prev)
}

// opensName says whether a word (as written) before a name opens a longer
// one: no stop word, no word with «ل», no title, rank or role, no
// adjective of the nisba shape (a nationality: «الروسي» سيرغي لافروف), no
// place, no kind of outlet («صحيفة» ديلي ميل).
func opensName(w string) bool {
	return w != "" && !strings.HasPrefix(w, "ل") && !titleWords[w] && !linkWords[w] && !strings.HasSuffix(w, "ية") && !otherWord(w)
}

// titleWords are ranks, titles and callings before a person's name, and
// the kinds of outlet before an outlet's name.
var titleWords = wordSet(append([]string{"الفريق", "المستشار", "السفير",
	"الفنان", "الفنانة", "اللاعب", "المدرب", "الكاتب", "الشاعر", "الممثل", "الممثلة", "المطرب", "المطربة",
	"صحيفة", "جريدة", "مجلة", "موقع", "شبكة", "وكالة"}, rankWords...)...)

// readOnOneShare: a bigram whose most frequent next word follows it in at
// least this share of its uses, a word that carries the name on, is the
// head of a longer one (see readOn). Over the corpus (session 20) 21 names
// were shown in 364 fewer articles, all heads or phrases by my reading
// («العامة للأرصاد» وحماية 117 → 36, «النبي صلى» الله 91 → 18, «الملا
// أختر» منصور 23 → 7; those tagged before the counts came in keep them).
// Counting words with the article too, it took «عيد الفطر» (المبارك) from
// 201 articles and «خادم الحرمين» (الشريفين) from 273, where the text did
// not read on; counting adjectives too, «دول الخليج» (العربية), «عبدربه
// منصور» (هادي) and «حزب العمال» (الكردستاني). A name opening with «عبد»
// counts as one word however it is written: «المخلوع علي» is read on into
// عبدالله in 0.51 of its uses and into عبد الله in most of the rest (122
// articles → 27, and no other name moved).
const readOnOneShare = 0.6

// continuesName says whether a word (as written) after a name carries the
// name on: no stop word, no word with the article (an adjective or a
// name's own: «عيد الفطر» المبارك), no title or role («مهاب مميش» رئيس),
// no adjective of the nisba shape («عبدربه منصور» هادي), no place.
func continuesName(w string) bool {
	return w != "" && !withArticle(arabic.Normalize(w, arabic.Search)) && !otherWord(w)
}

// otherWord says whether a word (as written) beside a name is no part of
// it, on either side: a title or role, a stop word, an adjective of the
// nisba shape, or a place.
func otherWord(w string) bool {
	if isRole(w) {
		return true
	}
	norm := arabic.Normalize(w, arabic.Search)
	if arabic.IsStopword(norm) || strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون") {
		return true
	}
	placesOnce.Do(buildPlaces)
	_, place := lookupPlace(norm)
	return place
}

// readOn marks as parts the bigram names (bi) that end in a noun in
// construct (inConstruct) and are mostly read on to the right into a few
// words (see readOnShare), counting the common trigrams whose written form
// is known, and those, whatever their last word, mostly read on into one
// word that carries the name on (see readOnOneShare). A father's name
// after «بن», or a name with «ل» after it («الملك سلمان» in «مركز الملك
// سلمان للإغاثة», «المرصد السوري لحقوق الإنسان»), leaves the name whole
// and is not counted.
func (t *Tagger) readOn(bi []bigram, trigrams []extension, names map[string]string, partial map[string]bool) {
	in, common := make([]bool, len(bi)), make([]bool, len(bi))
	for i, b := range bi {
		in[i], common[i] = t.inConstruct(names[b.key])
	}
	top := make([][readOnTop]int32, len(bi))
	one, oneWord := make([]int32, len(bi)), make([]string, len(bi)) // the most frequent word after each
	abd := make([]int32, len(bi))                                   // the words after each that open with «عبد», together
	t.neighbours(bi, trigrams, 1, func(i int, w string, n int32) {
		if strings.HasPrefix(w, "عبد") {
			abd[i] += n // عبدالله، عبد الله، عبدالرحمن: the opening of a name
		}
		if strings.HasPrefix(w, "ل") || linkWords[w] {
			return
		}
		if n > one[i] {
			one[i], oneWord[i] = n, w
		}
		if !in[i] {
			return
		}
		// Keep the readOnTop largest, largest first.
		for j := range top[i] {
			if n > top[i][j] {
				top[i][j], n = n, top[i][j]
			}
		}
	})
	for i, b := range bi {
		sum := int32(0)
		for _, n := range top[i] {
			sum += n
		}
		// A few words after a bigram seen a few times say nothing (free
		// text reads on into readOnTop words too). One word after it is
		// judged only after a common noun: a name reads on into its
		// family name («عبدربه منصور» هادي، «ديلي ميل» البريطانية).
		if b.n >= readOnUses*int32(t.cfg.MinCount) && float64(sum) > readOnShare*float64(b.n) && (top[i][1] > 0 || common[i]) {
			partial[b.key] = true
		}
		// Whatever its last word, a bigram mostly read on into one word
		// that carries the name on (continuesName) is the head of a longer
		// name or phrase: «العامة للأرصاد» وحماية، «النبي صلى» الله.
		if b.n >= readOnUses*int32(t.cfg.MinCount) && (float64(one[i]) >= readOnOneShare*float64(b.n) && continuesName(oneWord[i]) || float64(abd[i]) >= readOnOneShare*float64(b.n)) {
			partial[b.key] = true
		}
	}
}

// inConstruct says whether a name as written ends in a noun without the
// article that the stream also writes with it: «مجلس» in «رئيس مجلس», a
// noun in construct that asks for the noun after it. (A name's own last
// word can be written so too, a family name: السلمان; readOn weighs what
// follows.) common: the stream writes the word with the article in at
// least commonShare of its uses, as a common noun (مجلس 0.28 in the
// corpus, منصور 0.04, ولي 0.01).
func (t *Tagger) inConstruct(surface string) (in, common bool) {
	words := strings.Fields(surface)
	if len(words) == 0 {
		return false, false
	}
	last := plainWord(words[len(words)-1])
	norm := arabic.Normalize(last, arabic.Search)
	if withArticle(norm) || !t.written(norm) {
		return false, false
	}
	terms := arabic.Terms(last)
	if len(terms) != 1 {
		return true, false
	}
	id, ok := t.vocab[terms[0]]
	return true, ok && float64(t.forms["ال"+norm]) >= commonShare*float64(t.count[id])
}

// commonShare: see inConstruct.
const commonShare = 0.1

// setPhrase says whether a learned n-gram, as written, is a phrase of
// common words and no name: no word of it carries the article, and the
// stream writes each with the article in at least commonShare of its stem's
// uses («ورشة عمل», «اتفاق نووي», «فرق إطفاء», «تصحيح أوضاع»). A name holds
// a word that is seldom a common noun — «باراك أوباما», «ريال مدريد»,
// «تنظيم داعش» —, or is written with the article itself («الهلال الأحمر»,
// «مجلس الوزراء»). Such a phrase stays a part (Tag.Part): it still matches
// stories, as it did, and is not shown. Over the corpus 64 names went (1,695
// articles had shown them), all phrases by my reading but a name of a
// footballer, «ربيع سفياني» (11; الربيع the spring, السفياني a family name
// written with the article), and three seen once or so. A word written
// mostly without the article («هطول أمطار») is not caught.
func (t *Tagger) setPhrase(surface string) bool {
	words := strings.Fields(surface)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		w = plainWord(w)
		norm := arabic.Normalize(w, arabic.Search)
		if withArticle(norm) {
			return false
		}
		terms := arabic.Terms(w)
		if len(terms) != 1 {
			return false
		}
		id, ok := t.vocab[terms[0]]
		if !ok || float64(t.forms["ال"+norm]) < commonShare*float64(t.count[id]) {
			return false
		}
	}
	return true
}

// commonTail says whether a learned n-gram (as written, as shown, counted
// n times) is a phrase that ends in a common noun: no word of it carries the
// article, and the stream writes its last word with the article in at
// least tailShare of its written uses — the noun of an indefinite
// construct or a noun and its adjective («ورش عمل», «هطول أمطار», «ردود
// فعل», «طلقات نارية», «تلبية احتياجات»), which setPhrase misses when the
// first word is seldom written with the article. A name's last word is a
// family name or a foreign word, seldom with the article («باراك
// أوباما», «عبدالله عطيف»). A foreign name whose last word happens to be
// a common noun is held by its first word, which comes with it in
// boundShare of its uses and more («بوكو حرام»): a phrase's head goes
// with many words. A person's name (a compound with «عبد», a link word)
// is none. Over the corpus (session 25) 156 names were shown in 1,902
// fewer articles, phrases by my reading but for «روتانا خليجية» (a
// channel, 12), «وست هام» (7), «جيجا بت» (6) and «رياك مشار» (5).
func (t *Tagger) commonTail(surface, shown string, n int32) bool {
	words := strings.Fields(surface)
	if len(words) < 2 {
		return false
	}
	norms := make([]string, len(words))
	for i, w := range words {
		if norms[i] = arabic.Normalize(plainWord(w), arabic.Search); withArticle(norms[i]) {
			return false
		}
	}
	last := norms[len(norms)-1]
	with, bare := t.forms["ال"+last], t.forms[last]
	if float64(with) < tailShare*float64(with+bare) {
		return false
	}
	// A person's name: «عبداللطيف جميل» (and the league named after him,
	// «دوري عبداللطيف جميل»), «علي بن عمير», «آل فهيد».
	if slices.ContainsFunc(norms, func(n string) bool { return nameLinks[n] || n == "ال" || strings.HasPrefix(n, "عبد") }) {
		return false
	}
	// The first word is read as shown, a glued preposition gone
	// («بأمانة منطقة» is «أمانة منطقة»).
	firstShown, _, _ := strings.Cut(shown, " ")
	terms := arabic.Terms(firstShown)
	if len(terms) != 1 {
		return true
	}
	id, ok := t.vocab[terms[0]]
	if !ok || t.count[id] == 0 {
		return true
	}
	return float64(n) < boundShare*float64(t.count[id])
}

// tailShare and boundShare: see commonTail.
const (
	tailShare  = 0.35
	boundShare = 0.9
)

// genericStems are the stems of words of time, order, measure and manner
// («نهاية», «مرحلة», «أقصى», «وجه», «شتى»): a learned n-gram of such words
// and stop words alone names nothing («نهاية العام», «مرحلة أولى», «حد
// أقصى», «تمام الساعة», «لهذا الغرض», «شتى المجالات»). With one word of
// another kind it may be a name: «الأمين العام», «كأس العالم», «الحد
// الجنوبي». Over the corpus 17 names went, which 1,009 articles had shown
// («الربع الثاني» 155, «تمام الساعة» 127, «نهاية العام» 119, «فترات
// طويلة» 115), and no other name was lost; as parts they still match
// stories, which are the same (md5).
var genericStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ساعة دقيقة يوم أسبوع شهر عام سنة فترة فترات وقت مدة مرحلة خطوة
		نهاية بداية منتصف مطلع أواخر أوائل حين لحظة
		أول أولى ثاني ثانية أخير أخيرة أقصى أدنى أعلى نصف ربع ثلث أطول أقصر أسرع أكبر أكثر أقل
		كامل تمام شتى جميع كافة أجمع مختلف طويل طويلة قصير أمد حد قدر نحو وجه شكل صورة إطار
		غرض سبيل مثال مجال مجالات صعيد مستوى عالم مطاف ممكن ممكنة`) {
		for _, t := range arabic.Terms(w) {
			m[t] = true
		}
	}
	return m
}()

// filler says whether every word of a learned n-gram, as written, is a
// stop word or a generic one (genericStems).
func filler(surface string) bool {
	words := strings.Fields(surface)
	if len(words) < 2 {
		return false
	}
	generic := func(w string) bool {
		for _, t := range arabic.Terms(w) {
			if !genericStems[t] {
				return false
			}
		}
		return true
	}
	for _, w := range words {
		// A conjunction or preposition glued on: «بوجه عام».
		if !generic(w) && !(utf8.RuneCountInString(w) > 3 && strings.ContainsRune("وفبلك", []rune(w)[0]) && generic(string([]rune(w)[1:]))) {
			return false
		}
	}
	return true
}

// bigramAt indexes bigram names by gram key.
func bigramAt(bi []bigram) map[uint64]int {
	at := make(map[uint64]int, len(bi))
	for i, b := range bi {
		at[b.g] = i
	}
	return at
}

// bigramsOf is the gram keys of a trigram's two bigrams: [0] its last two
// words (the trigram reads it on to the left), [1] its first two (read on
// to the right).
func bigramsOf(g uint64) [2]uint64 {
	const two, low = 2 << (2 * gramBits), 1<<(2*gramBits) - 1
	return [2]uint64{two | g&low, two | g>>gramBits&low}
}

// bigram is a learned bigram name: its key, gram key and count.
type bigram struct {
	key string
	g   uint64
	n   int32
}

// Learned is the number of names learned so far.
func (t *Tagger) Learned() int { return len(t.names) }

// cleanName is the name a reader sees for a learned n-gram as first
// written (s, key its terms): without a preposition glued to its first
// word, which the stemmer keeps where it cannot tell it from a root
// letter. «للمجالس البلدية» is «المجالس البلدية»; «بمكة المكرمة» is «مكة
// المكرمة» because that is a learned name too, while «بشار الأسد» stays
// whole: «شار الأسد» is none.
func (t *Tagger) cleanName(key, s string, names map[string]string) string {
	first, rest, _ := strings.Cut(s, " ")
	if bare, ok := strings.CutPrefix(first, "لل"); ok && utf8.RuneCountInString(bare) >= 3 {
		return "ال" + bare + " " + rest
	}
	r, size := utf8.DecodeRuneInString(first)
	if strings.ContainsRune(glueLetters, r) {
		// لـميليشيات: no tatweel left to open the name; «لـ ميدغلف»
		// written apart leaves no word at all before the rest.
		bare := strings.TrimSpace(strings.TrimLeft(first[size:], "ـ") + " " + rest)
		// The stemmer strips some of these itself (فيصل is يصل to it): only
		// another learned name makes the letter a preposition.
		terms := arabic.Terms(bare)
		if k := strings.Join(terms, " "); k != key && (names[k] != "" || strings.ContainsRune(prepositions, r) && t.gramCount(terms) >= bareSeen) {
			return bare
		}
		// «ل» before a noun the stream knows better bare, and with the
		// article, is the preposition (لكرة القدم، لحقوق الإنسان); a name's
		// or a verb's own «ل» leaves no such noun (لندن، لبنان، لاس فيجاس،
		// لاذوا).
		if r == 'ل' && t.glued(first[size:], first) {
			return bare
		}
	}
	return s
}

// bareSeen: a name opening with a preposition (prepositions) whose words
// the stream also writes this often without it («بإطلاق النار», «إطلاق
// النار») is shown without it; «بشار الأسد» and «بطاقات الائتمان» never
// come so. A «و» or «ف» is too often a root letter (ولي العهد: «لي
// العهد» comes after «لولي» cut by the stemmer).
const bareSeen = 3

// prepositions are the glue letters that are prepositions.
const prepositions = "بلك"

// gramCount is how often the stream has written the n-gram of terms.
func (t *Tagger) gramCount(terms []string) int32 {
	if len(terms) < 2 || len(terms) > 3 {
		return 0
	}
	ids := make([]uint32, len(terms))
	for i, term := range terms {
		id, ok := t.vocab[term]
		if !ok {
			return 0
		}
		ids[i] = id
	}
	g, ok := gramKey(ids)
	if !ok {
		return 0
	}
	return t.grams.get(g).count()
}

// gramBits is the width of one term id in a gram key: three ids and the
// length fit one uint64, far cheaper to hash than an array.
const gramBits = 20

// gapID stands in an n-gram count's words where a name cannot run on: no
// gram key holds it.
const gapID = 1<<gramBits - 1

// gramKey packs two or three term ids; ok is false when an id is too large
// (the vocabulary passed a million terms: such rare terms make no names).
func gramKey(ids []uint32) (uint64, bool) {
	k := uint64(len(ids))
	for _, id := range ids {
		if id+1 >= 1<<gramBits {
			return 0, false
		}
		k = k<<gramBits | uint64(id+1)
	}
	return k, true
}

func gramIDs(k uint64) []uint32 {
	n := 2
	if k>>(3*gramBits) == 3 {
		n = 3
	}
	out := make([]uint32, n)
	for j := n - 1; j >= 0; j-- {
		out[j] = uint32(k&(1<<gramBits-1)) - 1
		k >>= gramBits
	}
	return out
}

// Fold maps each of names to the name it is shown as: itself, or a longer
// name of the list that holds it. A story whose articles say «خادم الحرمين
// الشريفين», «خادم الحرمين» and «الحرمين الشريفين» is tagged once, with the
// whole name; «بدائل» and «البدائل» are one tag (the first of the list). A
// single word stays beside a longer name that holds it (مصر, مصر للطيران).
func Fold(names []string) map[string]string {
	words := make([][]string, len(names))
	for i, name := range names {
		words[i] = bareWords(name)
	}
	out := make(map[string]string, len(names))
	for i, name := range names {
		into := i
		for j := range names {
			// The longest holder wins; among equals, the first.
			if j != into && containsRun(words[j], words[i]) &&
				(len(words[j]) > len(words[into]) || len(words[j]) == len(words[into]) && j < into) {
				into = j
			}
		}
		out[name] = names[into]
	}
	return out
}

// bareWords are a name's words in normal form, without the article: in
// normal form, «الإنماء» and «الانماء», two outlets' spellings of one bank,
// are one tag of a story (arabic.NameKey, which the tag pages look up by).
func bareWords(s string) []string {
	return strings.Fields(arabic.NameKey(s))
}

// containsRun says whether sub is a run of consecutive words of ws. A
// single word is inside only itself: «مصر» is a place of its own beside
// «مصر للطيران».
func containsRun(ws, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(ws) || len(sub) == 1 && len(ws) > 1 {
		return false
	}
	for i := 0; i+len(sub) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
