package extract

import (
	"context"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Bylines learned per host. The bare-byline rules (byline.go) only take a
// line whose person's name opens with a given name they know, so «فهيم
// الحامد» or «عزيزة المانع» under a headline are missed. A site, though,
// prints its byline in one place on every page: once the rules have found the
// byline in one slot (the same element path, in the same place around the
// headline or the text) on several pages of a host, a short name-like line
// in that slot on another page of the host is its byline too — as long as the
// line's text varies from page to page (a line repeated on many pages is the
// template's, not an author's).
//
// The memory only adds evidence: a page is first read by the rules alone,
// and the memory is consulted only when they found no author. The first pages
// of a new site therefore read exactly as without memory. The evidence is kept
// in the same HostMemory as the template paragraphs, under a host key of its
// own, so its page counts do not mix with theirs.

// Byline-memory thresholds: a slot is the host's byline slot once the rules
// found the author in it on at least bmMinHits pages and on at least one in
// bmShare of the pages where it held a name-like line; a line is not taken
// when its exact text stood in the slot on more than one page in
// bmRepeatShare of them (a template line, not an author).
const (
	bmMinHits     = 3
	bmShare       = 4
	bmRepeatShare = 3
	bmMaxWords    = 4 // words in one name of a byline
	// bmEdgeShare: a host's plain closing lines are bylines once one of its
	// recorded pages in bmEdgeShare ended with one (and bmMinHits did).
	bmEdgeShare = 2
)

// bmPlainEdge is the memory key of "this page's text ended with a plain line
// that reads as a byline".
const bmPlainEdge uint64 = 0x9e3779b97f4a7c15

// bmCandidate is a name-like line in a byline slot.
type bmCandidate struct {
	slot    uint64   // fingerprint of the slot: zone and element path
	text    string   // the line as an author (cleanAuthor applied)
	key     string   // its comparison form
	unknown []string // its parts that must be a name (nameLike)
	block   int      // the page block it was read from
}

// bylineMemHost is the memory key of a page's host for bylines: host and
// port (sites on one machine are different sites), without «www.».
func bylineMemHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return "byline:" + strings.TrimPrefix(strings.ToLower(u.Host), "www.")
}

// recallByline records which byline slots of the host held the author the
// rules found, and, when they found none, takes a name-like line from a slot
// the host's earlier pages showed to be its byline slot.
func (e *trafExtractor) recallByline(ctx context.Context, host string, p *page, sites []string, headBlock int, author string) string {
	if e.mem == nil || host == "" {
		return author
	}
	cands := bylineCandidates(p, sites, headBlock)
	// A plain closing line of the text that reads as a byline: taken only on
	// a host whose pages end so as a rule, not on the one article in a
	// hundred that signs off in its own text.
	plain, _ := edgeByline(p, sites, headBlock, true)
	if len(cands) == 0 && plain == "" {
		return author
	}
	ak := titleKey(author)
	query, record := []uint64{bmPlainEdge}, []uint64(nil)
	if plain != "" {
		record = append(record, bmPlainEdge)
	}
	for _, c := range cands {
		s, b, t := bmKeys(c)
		query = append(query, s, b, t)
		record = append(record, s, t)
		// The rules' author stands in this slot (as the whole line, or the
		// name part of «فلان - الرياض»): the slot is a byline slot.
		if ak != "" && (c.key == ak || len([]rune(ak)) >= 4 && strings.Contains(c.key, ak)) {
			record = append(record, b)
		}
	}
	counts, pages, err := e.mem.TemplateCounts(ctx, host, query)
	if err != nil {
		return author // a memory error is not an extraction error
	}
	_ = e.mem.AddTemplatePage(ctx, host, record)
	if author != "" {
		return author
	}
	if n := counts[bmPlainEdge]; plain != "" && n >= bmMinHits && n*bmEdgeShare >= pages {
		return plain
	}
	for _, c := range cands {
		s, b, t := bmKeys(c)
		seen, hits, same := counts[s], counts[b], counts[t]
		if hits >= bmMinHits && hits*bmShare >= seen && (same <= 1 || same*bmRepeatShare < seen) && !notTaken(p, headBlock, c) {
			return c.text
		}
	}
	return ""
}

// bmKeys are the memory fingerprints of a candidate: its slot held a
// name-like line (s), its slot held the rules' byline (b), its slot held this
// very text (t).
func bmKeys(c bmCandidate) (s, b, t uint64) {
	return c.slot ^ 0x5a, c.slot ^ 0xb7, fingerprint(c.key) ^ c.slot
}

// bylineCandidates returns the name-like lines in the page's byline slots, in
// the order the rules try them.
func bylineCandidates(p *page, sites []string, headBlock int) []bmCandidate {
	slots, first, last := bylineSlots(p, headBlock)
	if len(slots) == 0 {
		return nil
	}
	tk := titleKey(p.blocks[headBlock].text)
	var out []bmCandidate
	for _, sl := range slots {
		if !slotBlock(p, sl.i, headBlock, first, last, tk, sl.zone) || p.blocks[sl.i].box == nil {
			continue
		}
		for _, t := range nameParts(p.blocks[sl.i].text) {
			t = bylinePrefixRe.ReplaceAllString(t, "")
			ok, unknown := nameLike(t, sites)
			if !ok {
				continue
			}
			if a := cleanAuthor(t, sites); a != "" {
				path := string(sl.zone) + elementPath(p.blocks[sl.i].box)
				out = append(out, bmCandidate{slot: fingerprint(path), text: a, key: titleKey(a), unknown: unknown, block: sl.i})
				break
			}
		}
	}
	return out
}

// notTaken reports whether a learned slot's line must still not be taken: it
// is a menu item, or its unknown parts are the story's topic (topicWords).
// These checks cost a walk over the page, so they run only for the line about
// to be taken.
func notTaken(p *page, headBlock int, c bmCandidate) bool {
	if isMenuTextBesides(p, c.text, c.block) {
		return true
	}
	if len(c.unknown) == 0 {
		return false
	}
	head := map[string]bool{}
	for _, w := range strings.Fields(nameFold(p.blocks[headBlock].text)) {
		head[strings.Trim(w, "«»\"():-–—،,.")] = true
	}
	_, first, last := bylineSlots(p, headBlock)
	var tb strings.Builder
	for j := max(first, 0); first >= 0 && j <= last; j++ {
		if j == c.block {
			continue // a line closing the text is read as the text's own
		}
		tb.WriteString(nameFold(p.blocks[j].text))
		tb.WriteByte(' ')
	}
	return topicWords(c.unknown, head, tb.String())
}

// elementPath is the tag and class of box and of its three nearest
// ancestors: the slot's place in the site's template.
func elementPath(n *html.Node) string {
	var b strings.Builder
	for d := 0; n != nil && n.Type == html.ElementNode && d < 4; d++ {
		b.WriteString(n.Data)
		if c := attr(n, "class"); c != "" {
			b.WriteByte('.')
			b.WriteString(strings.Join(strings.Fields(c), "."))
		}
		b.WriteByte('<')
		n = n.Parent
	}
	return b.String()
}

// notNameWords are function words of running text: a line with one of them
// is a phrase, not a name (the byline rules' notBylineWords are refused too).
// They are matched as written: folded, «على» (on) would be «علي» (Ali).
var notNameWords = rawSet("على", "إلى", "الى", "أن", "ان", "إن", "كان", "كانت", "أو", "او", "ثم", "لا", "ما",
	"هو", "هي", "كل", "بين", "عند", "حول", "ضد", "خلال", "لدى", "بعض", "غير", "نحو", "أمام", "يوم", "اليوم",
	"عام", "العام", "جديد", "جديدة", "أول", "الأول", "ليس", "لكن", "بل", "قد", "إذا", "اذا", "لو", "كما", "مثل",
	// the words around a clock («(بتوقيت بكين)», «آخر تحديث»)
	"بتوقيت", "توقيت", "تحديث", "التحديث",
	"the", "and", "of", "in", "on", "for", "to", "with", "is", "are", "a", "an", "at", "from", "by")

// nameLike reports whether s is shaped as a byline whose names the rules may
// not know: parts a byline's separators split, each a known name, agency,
// outlet or city, or a name of 1–4 words of letters only with no function
// word; and at least one part that can be who wrote it. unknown returns the
// parts that are none of the known kinds when none of the known parts names
// a writer (a person, an agency, an outlet): the line is a byline only if
// they are a name.
func nameLike(s string, sites []string) (ok bool, unknown []string) {
	parts, kinds := bylinePartsKinds(s, sites)
	if len(kinds) == 0 || len(kinds) > 6 {
		return false, nil
	}
	for _, x := range strings.Fields(s) {
		if notNameWords[strings.ToLower(strings.Trim(x, "«»\"():-–—،,"))] {
			return false, nil
		}
	}
	known, writer := false, false
	for i, k := range kinds {
		switch k {
		case segPerson, segAgency, segOutlet:
			known = true
			continue
		case segCity:
			continue
		}
		w := strings.Fields(parts[i])
		if len(w) > bmMaxWords {
			return false, nil
		}
		for _, x := range w {
			if !lettersWord(x) {
				return false, nil
			}
		}
		unknown = append(unknown, parts[i])
		// A person's name opens with the given name: «السعودية الجديدة»,
		// «الأمن الغذائي» open with the article, as a topic does.
		if f := nameFold(w[0]); len(w) >= 2 && (!strings.HasPrefix(f, "ال") || givenNames[f] || familyLink(w)) {
			writer = true
		}
	}
	if known {
		return true, nil
	}
	return writer, unknown
}

// familyLink reports whether a name's inner word ties it to a family:
// «آل» («الحسن آل سيد»), «بن», «بنت», «ابن»; phrases do not have them.
func familyLink(w []string) bool {
	for _, x := range w[1 : len(w)-1] {
		switch nameFold(x) {
		case "ال", "بن", "بنت", "ابن":
			return true
		}
	}
	return false
}

// topicWords reports whether a part the rules cannot name is a topic of the
// article rather than a name: one of its words is in the headline, or the
// part stands in the text. Kickers and tag lines repeat the story's words; a
// writer's name is rarely in the story.
func topicWords(unknown []string, head map[string]bool, text string) bool {
	for _, u := range unknown {
		f := nameFold(u)
		for _, w := range strings.Fields(f) {
			if utf8.RuneCountInString(w) >= 3 && head[w] {
				return true
			}
		}
		if wc(f) >= 2 && strings.Contains(text, f) {
			return true
		}
	}
	return false
}

// lettersWord reports whether w is made of letters (an initial's dot and an
// apostrophe allowed), and has at least two of them.
func lettersWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			n++
		case unicode.Is(unicode.Mn, r) || r == '.' || r == '\'' || r == '’' || r == 'ـ' || r == '«' || r == '»' || r == '"':
		default:
			return false
		}
	}
	return n >= 2
}

func rawSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
