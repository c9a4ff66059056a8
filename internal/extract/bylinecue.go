package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bylines with a cue. The bare-byline rules (byline.go) read a line's words
// only, so they need a name they know. Many pages, though, say where the
// writer is without any class that says so, and the same few cues recur
// whatever the template:
//
//   - a label: «الكاتب», «المحرر», «إعداد», «بقلم», «Author» in a cell or
//     term of its own with the name in the next one (<dt>/<dd>, <th>/<td>,
//     spans), or leading the name on its line («المحرر: فلان»);
//   - a link to the writer's page (/author/…, /writers/…, /kuttab/…);
//   - a short line set apart (italic, bold, <cite>) closing the text box, or
//     a plain one there that the wording rules read as a byline.
//
// With a cue, the name need not open with a given name we know: a label or a
// writer's link says what the line is, and the line only has to be shaped
// like a byline (labelValue). Without one, a closing line of the text must
// pass the wording rules as any bare byline does.

// labelRe is a line that is only a byline label. A podcast's presenter
// («تقديم») and a fact-check's checker («تحقق:», with its colon: bare, it is
// the kicker over a fact-check's headline) are its writers, as is who
// followed the story up («متابعة:», with its colon: bare, a section's
// name); a reporter box says «مراسل الموقع».
var labelRe = regexp.MustCompile(`^(?i:(?:الكاتب|الكاتبة|المحرر|المحررة|المحرر المسؤول|المؤلف|المراسل|المراسلة|مراسل|مراسلة|مراسلنا|مراسل الموقع|مراسل الصحيفة|بقلم|بواسطة|بواسطه|كتب|كتبت|كتبه|كتابة|إعداد|اعداد|تحرير|تقرير|تقديم|author|authors|writer|written by|by|reporter|posted by|presented by|hosted by)\s*[:：\-–—]?|(?:تحقق|متابعة|fact[- ]checked by)\s*[:：])$`)

// labelLineRe is a label leading the name on its line. The writer's labels
// need no separator («المحرر فلان»); the others need one: bare, «كتب» also
// means "books", «تقرير» "a report".
var labelLineRe = regexp.MustCompile(`^(?i:(?:الكاتب|الكاتبة|المحرر|المحررة|المؤلف|المراسل|المراسلة|author|writer|reporter)\s*[:：\-–—]?\s*|(?:كتب|كتبت|كتبه|إعداد|اعداد|بقلم|بواسطة|بواسطه|تحرير|تقرير|تقديم|تحقق|متابعة)\s*[:：\-–—]\s*)(\S.*)$`)

// labelStop cuts a labelled line where the name ends: a bar, a middle dot,
// a bullet (the date and the section share the line).
const labelStop = "|·•\n"

// notValueWords are words a writer's name never holds: sections, labels of
// page furniture (notBylineWords and notNameWords are refused too).
var notValueWords = foldedSet("جميع", "كافة", "حقوق", "الحقوق", "محفوظة", "محفوظه", "قسم", "زاوية", "ملف", "رأي", "آراء", "تقارير", "تحقيقات", "حوارات", "منوعات",
	"متابعات", "محليات", "المحليات", "سياسة", "السياسة", "الاقتصاد", "الرياضة", "تاريخ", "التاريخ", "نشر",
	"القسم", "التصنيف", "تصنيف", "الوسوم", "المشاهدات", "مشاهدة", "قراءة", "تعليقات")

// nextCreditRe is the label of a second credit on a byline's line (the
// photographer's, the translator's): the value ends before it.
var nextCreditRe = regexp.MustCompile(`\s(?:تصوير|عدسة|ترجمة|تحرير|إعداد|اعداد|مونتاج|تدقيق|مراجعة|تصميم|رسوم|(?i:photos?|photography))\s*[:：]`)

// labelValue returns s as the writer's name when it is shaped as a byline:
// a name, outlet, agency and city line of at most eight words, with no
// figure, no sentence punctuation, no function word, no furniture word. A
// part in parentheses («ميرا (زائر)») is allowed. It returns "" otherwise.
// sites, when given, are names that are not a writer's (a link to the
// site's staff page); a label may name the outlet itself as the writer.
//
// own is the block s was read from (its own block is not the menu when it is
// the article's footer); a negative own, -(i+1), names a box beside the text
// whose blocks i..i+boxLines are not the menu whatever they are.
func labelValue(p *page, s string, sites []string, own int) string {
	if i := strings.IndexAny(s, labelStop); i >= 0 {
		s = s[:i]
	}
	// «تحرير: فلان تصوير: فلان»: the next credit is another person's.
	// (Not when nothing but a label stands before it: BBC's hidden
	// «Author, » before «اعداد: فلان».)
	if loc := nextCreditRe.FindStringIndex(s); loc != nil {
		if before := strings.Trim(s[:loc[0]], " ,،:"); before != "" && !labelRe.MatchString(before) {
			s = s[:loc[0]]
		}
	}
	// «فلان 10 أغسطس 2015»: the name is before the date.
	if parts := nameParts(s); len(parts) > 0 && parts[0] != s {
		s = parts[0]
	}
	s = strings.TrimSpace(s)
	// «بقلم: د. فلانة — أستاذة الإعلام»: the job title is not the byline.
	s, _ = cutRole(s)
	// The checks read the line as the wording rules do (entities, bidi
	// marks, edge stars); the byline keeps it as printed.
	n := normByline(s)
	if n == "" || utf8.RuneCountInString(n) > 110 {
		return ""
	}
	if letterWords(n) > 8 || utf8.RuneCountInString(n) > 70 {
		// Several reporters and places: only as parts of a dateline.
		parts, _ := bylinePartsKinds(n, outletNames(p, sites))
		if len(parts) < 3 {
			return ""
		}
		for _, x := range parts {
			if wc(x) > 4 {
				return ""
			}
		}
	}
	for _, r := range n {
		if r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || strings.ContainsRune("?؟!…#@%&*=+<>[]~^$", r) {
			return ""
		}
	}
	if strings.HasSuffix(n, ".") && wc(n) > 3 {
		return ""
	}
	own2 := map[string]bool{}
	for _, x := range outletNames(p, sites) {
		for _, w := range strings.Fields(nameFold(x)) {
			own2[w] = true
		}
	}
	// Words are read between the separators too: «الرياض-الوئام»,
	// «الرياض:واس» print no space.
	for _, t := range strings.FieldsFunc(n, valueSep) {
		f := nameFold(t)
		if own2[f] {
			continue // the outlet's own name («اليوم - الدمام»)
		}
		if notNameWords[strings.ToLower(t)] || notBylineWords[f] || notValueWords[f] || !lettersWord(t) && utf8.RuneCountInString(t) > 1 {
			return ""
		}
	}
	if copyrightRe.MatchString(n) {
		return ""
	}
	a := cleanAuthor(s, sites)
	if a == "" || genericAuthors[strings.ToLower(a)] {
		return ""
	}
	if own >= 0 && isMenuTextBesides(p, a, own) || own < 0 && isMenuTextOutside(p, a, -own-1, -own-1+boxLines) {
		return ""
	}
	// A kicker after «تقرير:» repeats the story's words; a name rarely does.
	if !isBareByline(a, outletNames(p, sites)) && topicWords([]string{a}, headWords(p), "") {
		return ""
	}
	return a
}

// boxLines is how many blocks past its first a box beside the text (a
// heading and a name, a label and its value) is read as its own.
const boxLines = 2

// isMenuTextOutside is isMenuText with blocks from..to left out: a box
// beside the text (an about-the-writer box, a story card) is furniture to
// the page model, and its own lines are not the menu.
func isMenuTextOutside(p *page, s string, from, to int) bool {
	return menuTextSkipping(p, s, func(i int, _ *block) bool { return i >= from && i <= to })
}

// valueSep parts the words of a byline's value: spaces and the
// punctuation bylines use.
func valueSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("«»\"“”()[]{}:：-–—ـ_،,.؛;/", r)
}

// outletNames are the names the page gives its outlet (set by chooseAuthor)
// and sites: an outlet signs with its name («اليوم - الدمام»), which may be
// a common word.
func outletNames(p *page, sites []string) []string {
	if len(sites) == 0 {
		return p.outlets
	}
	if len(p.outlets) == 0 {
		return sites
	}
	return append(sites[:len(sites):len(sites)], p.outlets...)
}

// headWords are the folded words of the page's headline block(s).
func headWords(p *page) map[string]bool {
	head := map[string]bool{}
	k := titleKey(p.titleTag)
	for _, h := range p.headings {
		if h.boiler || k != "" && !strings.Contains(k, titleKey(h.text)) {
			continue
		}
		for _, w := range strings.Fields(nameFold(h.text)) {
			head[strings.Trim(w, "«»\"():-–—،,.")] = true
		}
	}
	return head
}

// cueSlots are the blocks a cue may stand in: the byline slots, and the
// block after a label block among them.
func cueSlot(p *page, i, headBlock, first, last int, tk string, zone byte) bool {
	if i < 0 || i >= len(p.blocks) || i == headBlock {
		return false
	}
	b := p.blocks[i]
	if b.boiler && !(b.foot && zone == 't') || b.fig || titleKey(b.text) == tk {
		return false
	}
	return !inProseRun(p, i, first, last)
}

// labelledByline looks for a labelled writer in the byline slots: a label
// block followed by the name's block, or a label leading the name on its
// line.
func labelledByline(p *page, sites []string, headBlock int) string {
	slots, first, last := bylineSlots(p, headBlock)
	if len(slots) == 0 {
		return ""
	}
	tk := titleKey(p.blocks[headBlock].text)
	// A source label says what its line is wherever it stands: after the
	// text it may come past a gallery's captions, a related box or a share
	// bar, further than a bare byline's two slots. So does a writer's
	// label with the name on its line, when it is the only such line after
	// the text and links nowhere but to a person's page: a card of several
	// writers, or a list of other articles' writers, is not a credit (pairedByline reads cards with
	// its own guards).
	if last >= 0 {
		// From the text's last prose: a credit line the text's own box
		// holds after it, before a photographer's credit or a follow-us
		// paragraph, is after the text too.
		from := last
		for from > first && first >= 0 && (!isProse(p.blocks[from]) || asksToFollow(p.blocks[from].text)) {
			from--
		}
		writers := 0
		for i := from + 1; i < len(p.blocks); i++ {
			if labelLineRe.MatchString(p.blocks[i].text) {
				writers++
			}
		}
		for i := from + 1; i < len(p.blocks) && i <= last+12; i++ {
			t := p.blocks[i].text
			if !slices.ContainsFunc(slots, func(sl bylineSlot) bool { return sl.i == i }) &&
				(sourceLabelRe.MatchString(t) || sourceLineLabelRe.MatchString(t) ||
					writers == 1 && !p.blocks[i].linked && labelLineRe.MatchString(t)) {
				slots = append(slots, bylineSlot{i, 't'})
			}
		}
	}
	// Writer's labels take any byline-shaped value; a source label only a
	// wire credit (wireCredit).
	writer := func(v string, own int) string { return labelValue(p, v, nil, own) }
	wire := func(v string, own int) string { return wireCredit(p, v, sites, own) }
	for _, sl := range slots {
		if !cueSlot(p, sl.i, headBlock, first, last, tk, sl.zone) {
			continue
		}
		t := p.blocks[sl.i].text
		for _, l := range []struct {
			alone, line *regexp.Regexp
			value       func(string, int) string
		}{{labelRe, labelLineRe, writer}, {sourceLabelRe, sourceLineLabelRe, wire}} {
			if l.alone.MatchString(t) {
				j := sl.i + 1
				if cueSlot(p, j, headBlock, first, last, tk, sl.zone) && j != first {
					if a := l.value(p.blocks[j].text, j); a != "" {
						return a
					}
				}
				break
			}
			if m := l.line.FindStringSubmatch(t); m != nil {
				if a := l.value(m[1], sl.i); a != "" {
					return a
				}
			}
		}
	}
	return ""
}

// linkedByline returns the text of a link to a writer's page that stands in
// a byline slot (its block, or a line of its own there).
func linkedByline(p *page, sites []string, headBlock int) string {
	if len(p.authLinks) == 0 {
		return ""
	}
	slots, first, last := bylineSlots(p, headBlock)
	if len(slots) == 0 {
		return ""
	}
	tk := titleKey(p.blocks[headBlock].text)
	in := map[int]byte{}
	for _, sl := range slots {
		in[sl.i] = sl.zone
	}
	for _, l := range p.authLinks {
		zone, ok := in[l.block]
		if !ok || l.boiler && !(zone == 't' && p.blocks[l.block].foot) || !cueSlot(p, l.block, headBlock, first, last, tk, zone) {
			continue
		}
		if a := labelValue(p, bylinePrefixRe.ReplaceAllString(l.text, ""), sites, l.block); a != "" {
			return a
		}
	}
	return ""
}

// cardByline reads a writer's card placed after the text, past the tags and
// the share bar: a link to a writer's page within a few blocks after the
// article's prose. It is taken only when every link to a writer's page on
// the page names that one writer, so a sidebar of columnists, or comments
// linking their authors, never lends a name.
func cardByline(p *page, sites []string, headBlock int) string {
	if len(p.authLinks) == 0 {
		return ""
	}
	_, first, last := bylineSlots(p, headBlock)
	if first < 0 {
		return ""
	}
	name, near := "", false
	for _, l := range p.authLinks {
		a := labelValue(p, bylinePrefixRe.ReplaceAllString(l.text, ""), sites, l.block)
		if a == "" || isMenuText(p, a) {
			continue
		}
		if name != "" && a != name {
			return ""
		}
		name = a
		near = near || l.block > last && l.block <= last+cardBlocks
	}
	if !near {
		return ""
	}
	return name
}

// aboutRe is the heading of an "about the writer" box.
var aboutRe = regexp.MustCompile(`^(?i:(?:نبذة\s+)?عن\s+(?:الكاتب|الكاتبة|المحرر|المحررة|المراسل)|about\s+the\s+(?:author|writer))\s*[:：]?$`)

// aboutByline reads the line under an "about the writer" heading, wherever
// the box stands (beside the text, after it): the box is about this page's
// writer. The line must be byline-shaped (short, no digits, not a sentence:
// the box's bio follows the name).
func aboutByline(p *page, sites []string) string {
	for i, b := range p.blocks {
		if !aboutRe.MatchString(strings.TrimSpace(b.text)) || i+1 >= len(p.blocks) {
			continue
		}
		// Shaped as any labelled value: «د. فلان» keeps its title's
		// period, «جازان، الجبيل: فلان، فلان» its commas.
		// The box's own lines are not the menu.
		if a := labelValue(p, strings.TrimSpace(p.blocks[i+1].text), sites, -(i + 1)); a != "" {
			return a
		}
	}
	return ""
}

// pairedByline reads a writer's label printed as an element of its own
// with the name in the element after it, wherever it stands (a story card
// beside the text, a fact box): the label says what the next element is.
// It is taken only when every such label on the page names the same writer
// and none of them is a link to another page, so a list of other articles'
// writers never lends a name.
func pairedByline(p *page) string {
	name := ""
	for _, lp := range p.labelled {
		if lp.linked {
			return ""
		}
		a := labelValue(p, lp.value, nil, -(lp.block + 1))
		if a == "" {
			continue
		}
		if name != "" && a != name {
			return ""
		}
		name = a
	}
	return name
}

// cardBlocks is how far past the text a writer's card may stand: the tag
// line, the share bar and their headings come between.
const cardBlocks = 15

// edgeByline reads the line closing the text box: the last block of the
// article's prose run when it is short and not prose. Set apart (italic,
// bold, <cite>) it may be any byline-shaped line whose unknown names are not
// the story's words. A plain one is read only when plain is set, and must
// then read as a bare byline by the wording rules alone: articles that sign
// off with the writer's name in their own text look just the same, so the
// caller takes it only on a host whose pages end so as a rule (recallByline).
// It returns the byline and the block it was read from.
func edgeByline(p *page, sites []string, headBlock int, plain bool) (string, int) {
	_, first, last := bylineSlots(p, headBlock)
	if first < 0 || last <= first {
		return "", -1
	}
	b := p.blocks[last]
	if b.boiler || b.link || b.fig || isProse(b) || wc(b.text) > 10 {
		return "", -1
	}
	if b.emph == plain {
		// A plain closing line is a byline on a host's first pages only
		// when a city, agency or outlet anchors one name there («القاهرة -
		// فلان الفلاني»): a bare name could be anything's last line.
		if !plain {
			if t := strings.Trim(b.text, authorEdgePunct); anchoredName(p, headBlock, t, sites, last) || isBareByline(t, sites) && anchored(t, sites) {
				if a := cleanAuthor(t, sites); a != "" && !isMenuTextBesides(p, a, last) {
					return a, last
				}
			}
		}
		return "", -1
	}
	t := strings.TrimSpace(b.text)
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "ب.") && wc(t) > 4 {
		return "", -1
	}
	t = strings.TrimLeft(t, "—–-_ ")
	t = bylinePrefixRe.ReplaceAllString(t, "")
	t, role := cutRole(t)
	if isBareByline(t, sites) || role && !plain && titledName(p, headBlock, t, sites, last) {
		if a := cleanAuthor(t, sites); a != "" && !isMenuTextBesides(p, a, last) {
			return a, last
		}
	}
	if plain {
		return "", -1
	}
	// A name does not end a sentence: a final period is an initial's or an
	// agency's («أ.ف.ب.»), on a short last word.
	if w := strings.Fields(t); len(w) == 0 || strings.HasSuffix(t, ".") && utf8.RuneCountInString(w[len(w)-1]) > 4 {
		return "", -1
	}
	// One name the rules do not know, first, and at most one-word places
	// after it («راوية حشمي (هاتفيا ــ استوكهولم)»), not a label and a name
	// («الموقع: خرائط جوجل»).
	if ok, unknown := nameLike(t, sites); ok && oneName(t, sites, unknown) && !copyrightRe.MatchString(t) {
		c := bmCandidate{text: cleanAuthor(t, sites), unknown: unknown, block: last}
		if c.text != "" && !notTaken(p, headBlock, c) {
			return c.text, last
		}
	}
	return "", -1
}

// anchored says whether a byline holds a city, an agency or an outlet
// besides its name.
func anchored(s string, sites []string) bool {
	for _, k := range bylineKinds(s, sites) {
		if k == segCity || k == segAgency || k == segOutlet {
			return true
		}
	}
	return false
}

// leadByline reads a byline printed as the lead-in of the text's first
// paragraph, set apart in bold or italics: «<p><b>الرياض - واس:</b>
// أعلنت ...</p>». The lead must read as a byline by the wording rules, or
// be anchored by a city, agency or outlet (a bold «أولاً:» or a bold phrase
// of the story is neither). It returns the byline and the lead as printed.
func leadByline(p *page, sites []string, headBlock int) (string, string) {
	_, first, _ := bylineSlots(p, headBlock)
	if first < 0 || p.blocks[first].lead == "" {
		return "", ""
	}
	lead := p.blocks[first].lead
	t := bylinePrefixRe.ReplaceAllString(strings.Trim(lead, " :：-–—ـ"), "")
	if t == "" || wc(t) > 8 {
		return "", ""
	}
	if !isBareByline(t, sites) && !anchoredName(p, headBlock, t, sites, first) {
		return "", ""
	}
	a := cleanAuthor(t, sites)
	if a == "" || isMenuText(p, a) {
		return "", ""
	}
	return a, lead
}

// trimLeadIn removes the byline lead-in from the text's first paragraph
// that begins with it.
func trimLeadIn(paras []string, lead string) []string {
	lead = strings.TrimSpace(lead)
	for i, p := range paras {
		if i > 2 {
			break
		}
		if rest, ok := strings.CutPrefix(p, lead); ok && strings.TrimSpace(rest) != "" {
			out := append([]string(nil), paras...)
			out[i] = strings.TrimLeft(rest, " :：-–—ـ")
			return out
		}
	}
	return paras
}

// oneName reports whether the unknown parts of byline s are one person's
// name: a single part, or a first part of two words or more followed only by
// one-word parts (places, notes in parentheses).
func oneName(s string, sites []string, unknown []string) bool {
	if len(unknown) <= 1 {
		return true
	}
	parts, _ := bylinePartsKinds(s, sites)
	if len(parts) == 0 || parts[0] != unknown[0] || wc(unknown[0]) < 2 {
		return false
	}
	for _, u := range unknown[1:] {
		if wc(u) > 1 {
			return false
		}
	}
	return true
}
