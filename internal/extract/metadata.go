package extract

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// --- JSON-LD helpers -------------------------------------------------------------

var articleTypes = []string{"article", "posting", "report", "newsarticle", "blogposting", "liveblog", "webpage"}

// ldArticles returns the JSON-LD objects that describe the article, the most
// specific first (NewsArticle/Article before WebPage before anything else).
func (p *page) ldArticles() []map[string]any {
	var best, web, other []map[string]any
	for _, o := range p.jsonld {
		t := strings.ToLower(ldString(o["@type"]))
		switch {
		case strings.Contains(t, "article") || strings.Contains(t, "posting") || strings.Contains(t, "report") || strings.Contains(t, "liveblog"):
			best = append(best, o)
		case strings.Contains(t, "webpage"):
			web = append(web, o)
		default:
			other = append(other, o)
		}
	}
	return append(append(best, web...), other...)
}

// ldString flattens a JSON-LD value to text: a string, the first string of an
// array, or the "name"/"@value" of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var parts []string
		for _, e := range x {
			if s := ldString(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, " ")
	case map[string]any:
		for _, k := range []string{"name", "@value"} {
			if s, ok := x[k].(string); ok {
				return s
			}
		}
	}
	return ""
}

// ldNames returns the names in an author-like value (string, object, array).
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return []string{s}
		}
	}
	return nil
}

// ldOrganization says whether a JSON-LD author value is an organization
// (or a list of them only).
func ldOrganization(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		t, _ := x["@type"].(string)
		return t == "Organization" || t == "NewsMediaOrganization"
	case []any:
		for _, e := range x {
			if !ldOrganization(e) {
				return false
			}
		}
		return len(x) > 0
	}
	return false
}

// --- site name ------------------------------------------------------------------

// siteNamed says whether a is one of the site's names.
func siteNamed(a string, sites []string) bool {
	k := nameFold(a)
	for _, s := range sites {
		if nameFold(cleanLine(s)) == k {
			return true
		}
	}
	return false
}

func siteNames(p *page) []string {
	var out []string
	add := func(s string) {
		if s = cleanLine(s); s != "" {
			out = append(out, s)
		}
	}
	add(p.meta("og:site_name"))
	add(p.meta("application-name"))
	add(p.meta("twitter:site"))
	for _, o := range p.jsonld {
		if pub, ok := o["publisher"]; ok {
			add(ldString(pub))
		}
		if strings.Contains(strings.ToLower(ldString(o["@type"])), "website") {
			add(ldString(o["name"]))
		}
	}
	for _, h := range p.headings {
		if h.site {
			add(h.text)
		}
	}
	return out
}

// --- title ---------------------------------------------------------------------

var titleSepRe = regexp.MustCompile(`\s+(?:\||-|–|—|::|»|«|·|•|~)\s+|\s*\|\s*`)

// chooseTitle picks the headline. It returns the title, its quality, and the
// site name when it learned one by splitting <title>.
func chooseTitle(p *page, sites []string) (string, Quality, string) {
	isSite := func(s string) bool {
		k := titleKey(s)
		if k == "" {
			return false
		}
		for _, n := range sites {
			if titleKey(n) == k {
				return true
			}
		}
		return false
	}
	// og:title and JSON-LD headline are written for this article by the CMS.
	var structured []string
	for _, o := range p.ldArticles() {
		if h := ldString(o["headline"]); h != "" {
			structured = append(structured, h)
		}
	}
	structured = append(structured, p.meta("og:title"), p.meta("twitter:title"), p.meta("headline"))
	var heads []string
	for _, s := range structured {
		s = cleanLine(s)
		if s == "" {
			continue
		}
		if t, _ := stripSite(s, sites, p); t != "" && !isSite(t) {
			heads = append(heads, t)
		}
	}
	tt := p.titleTag
	// An <h1> that agrees with og:title/headline, or with <title>: the h1 is the
	// text readers see (og:title is sometimes a rewrite for social media).
	for _, h := range p.headings {
		if h.tag != "h1" || h.boiler || h.site || isSite(h.text) {
			continue
		}
		k := titleKey(h.text)
		for _, s := range heads {
			if titleKey(s) == k {
				return h.text, QualityStructured, ""
			}
		}
		if site, ok := agrees(tt, h.text); ok {
			return h.text, QualityStructured, site
		}
		if holdsHeadline(tt, h.text) {
			// «٩٤٢# العنوان | بودكاست …»: <title> holds the h1 whole with
			// an episode number beside it, while og:title names the show
			// and the episode («موجز الوئام - الحلقة 942»).
			return h.text, QualityStructured, ""
		}
	}
	if len(heads) > 0 {
		// og:title is sometimes the h1 reworded for sharing (same words, another
		// order); the h1 is then the headline as the article prints it.
		for _, h := range p.headings {
			if h.tag == "h1" && !h.boiler && !h.site && wordJaccard(h.text, heads[0]) >= 0.6 {
				return h.text, QualityStructured, ""
			}
		}
		return heads[0], QualityStructured, ""
	}
	// Another heading that agrees with <title>: an <h2>-<h6> first, then
	// b, strong or font (a header's bold site name agrees as the other side
	// of «Headline - Site»).
	var others []heading
	for _, h := range p.headings {
		if h.tag != "h1" && len(h.tag) == 2 && h.tag[0] == 'h' {
			others = append(others, h)
		}
	}
	for _, h := range p.headings {
		if !(len(h.tag) == 2 && h.tag[0] == 'h') {
			others = append(others, h)
		}
	}
	for _, h := range others {
		if h.boiler || h.site || h.home || h.tag == "h1" || isSite(h.text) {
			continue
		}
		if site, ok := agrees(tt, h.text); ok {
			if site != "" && wc(site) >= 3 && wc(site) >= 2*wc(h.text) {
				// The heading is the short side of "Headline | Site": it is
				// the site's name shown in bold, the long side the headline.
				continue
			}
			return h.text, QualityVisible, site
		}
	}
	if tt != "" {
		if t, site := stripSite(tt, sites, p); t != "" && !isSite(t) {
			return t, QualityVisible, site
		}
	}
	for _, h := range p.headings {
		if h.tag == "h1" && !h.boiler && !h.site && !isSite(h.text) {
			return h.text, QualityVisible, ""
		}
	}
	return "", QualityNone, ""
}

// holdsHeadline says whether <title> tt holds heading h whole, word for
// word, with h most of it: a headline of four words or more that <title>
// prints beside a number or a label no separator sets apart.
func holdsHeadline(tt, h string) bool {
	words := func(s string) string {
		var out []string
		for _, w := range strings.Fields(normalizeForDates(s)) {
			if k := titleKey(w); k != "" {
				out = append(out, k)
			}
		}
		return " " + strings.Join(out, " ") + " "
	}
	kt, kh := words(tt), words(h)
	return wc(kh) >= 4 && 2*len(kh) >= len(kt) && strings.Contains(kt, kh)
}

// agreeSepRe parts <title> for agrees: the separators of titleSepRe, and
// «: » and «--», which sites use around their name («الجزيرة : العنوان»,
// Blogger's «المدونة: العنوان»,
// «العنوان--الموقع») but which a headline may hold too, so they are not
// cut when no heading confirms the cut.
var agreeSepRe = regexp.MustCompile(titleSepRe.String() + `|\s*:\s+|\s*--+\s*`)

// agrees reports whether heading h is <title> tt, or a run of its parts
// between separators («الموقع : العنوان - القسم»); site is then the part
// before the heading, or the rest after it when the heading opens tt.
func agrees(tt, h string) (site string, ok bool) {
	kt, kh := titleKey(tt), titleKey(h)
	if kh == "" || utf8.RuneCountInString(kh) < 4 {
		return "", false
	}
	if kt == kh {
		return "", true
	}
	seps := agreeSepRe.FindAllStringIndex(tt, -1)
	starts, ends := []int{0}, []int{}
	for _, ix := range seps {
		ends = append(ends, ix[0])
		starts = append(starts, ix[1])
	}
	ends = append(ends, len(tt))
	for i := range starts {
		for j := i; j < len(ends); j++ {
			if starts[i] >= ends[j] || titleKey(tt[starts[i]:ends[j]]) != kh {
				continue
			}
			if i > 0 {
				return strings.TrimSpace(tt[starts[i-1]:ends[i-1]]), true
			}
			if j+1 < len(starts) {
				return strings.TrimSpace(tt[starts[j+1]:]), true
			}
		}
	}
	return "", false
}

// stripSite removes a site-name prefix or suffix from a title: the side that
// names the site (og:site_name, publisher, logo), else the side that the page
// shows as its site (copyright line, logo), else the shorter side when the
// other is clearly longer. It returns the title and the removed part.
func stripSite(t string, sites []string, p *page) (string, string) {
	seps := titleSepRe.FindAllStringIndex(t, -1)
	if len(seps) == 0 {
		return t, ""
	}
	known := func(s string) bool {
		k := titleKey(s)
		for _, n := range sites {
			if nk := titleKey(n); nk != "" && (nk == k || strings.Contains(k, nk) && utf8.RuneCountInString(k) <= utf8.RuneCountInString(nk)+12) {
				return true
			}
		}
		return false
	}
	// The site is the last or the first part; try the outermost separators.
	last, first := seps[len(seps)-1], seps[0]
	if r := t[last[1]:]; known(r) {
		return strings.TrimSpace(t[:last[0]]), strings.TrimSpace(r)
	}
	if l := t[:first[0]]; known(l) {
		return strings.TrimSpace(t[first[1]:]), strings.TrimSpace(l)
	}
	if p != nil {
		r, l := t[last[1]:], t[:first[0]]
		if shownAsSite(p, r) {
			return strings.TrimSpace(t[:last[0]]), strings.TrimSpace(r)
		}
		if shownAsSite(p, l) {
			return strings.TrimSpace(t[first[1]:]), strings.TrimSpace(l)
		}
	}
	// Nothing names the site: a short tail after a long head is the usual
	// "Headline | Site" shape.
	r := strings.TrimSpace(t[last[1]:])
	l := strings.TrimSpace(t[:last[0]])
	if wc(r) <= 4 && wc(l) >= 2*wc(r) && wc(l) >= 3 {
		return l, r
	}
	return t, ""
}

// shownAsSite reports whether s is how the page names itself: in a copyright
// line («جميع الحقوق محفوظة», ©) or a short footer/header block.
func shownAsSite(p *page, s string) bool {
	k := titleKey(s)
	if k == "" || utf8.RuneCountInString(k) > 60 {
		return false
	}
	for _, b := range p.blocks {
		if !strings.Contains(titleKey(b.text), k) {
			continue
		}
		if strings.Contains(b.text, "©") || strings.Contains(b.text, "حقوق") || strings.Contains(strings.ToLower(b.text), "copyright") {
			return true
		}
	}
	return false
}

// wc counts the words of s: len(strings.Fields(s)).
func wc(s string) int {
	// len(strings.Fields(s)) without the slice: wc runs on every paragraph
	// many times over, and the slices were a fifth of the bytes per page.
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// wordFields counts the fields of s that are not only a separator («-»,
// «:», «|», «،»).
func wordFields(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.Trim(f, "-–—ـ_:：|/،,") != "" {
			n++
		}
	}
	return n
}

// titleKey is the comparison form of a title: folded letters, no punctuation.
func titleKey(s string) string {
	s = normalizeForDates(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// headlineBlock is the index of the block holding the headline, or -1.
func headlineBlock(p *page, title string) int {
	k := titleKey(title)
	if k != "" {
		for _, h := range p.headings {
			if !h.boiler && titleKey(h.text) == k {
				return h.block
			}
		}
		for i, b := range p.blocks {
			if !b.boiler && titleKey(b.text) == k {
				return i
			}
		}
	}
	for _, h := range p.headings {
		if h.tag == "h1" && !h.boiler {
			return h.block
		}
	}
	return -1
}

// --- author --------------------------------------------------------------------

var (
	bylinePrefixRe = regexp.MustCompile(`^(?i:(?:بواسطه|بواسطة|بقلم|كتبه|كتبت|كتب|تحرير|اعداد|إعداد|تقديم|written\s+by|posted\s+by|published\s+by|by|von|par|por|من\s+قبل)(?:\s*[:：\-–—]\s*|\s+)|(?:المحرر|المحررة|الكاتب|الكاتبة|المراسل|المراسلة|المؤلف|author|writer|reporter)\s*[:：]\s*)+`)
	// Bylines in visible text. «كتب» needs its colon or dash: bare, it is also
	// the word for "books".
	bylineInTextRes = []*regexp.Regexp{
		regexp.MustCompile(`(?:^|\s)(?:بواسطة|بواسطه|بقلم)\s*[:：\-–—]?\s*(.+)$`),
		regexp.MustCompile(`^(?:كتب|كتبت|كتبه)\s*[:：\-–—]\s*(.+)$`),
		regexp.MustCompile(`^(?i:by)\s+(.+)$`),
	}
	genericAuthors = map[string]bool{
		"المحرر": true, "محرر": true, "محرر الموقع": true, "التحرير": true, "فريق التحرير": true,
		"هيئة التحرير": true, "هيئه التحرير": true, "اداره الموقع": true, "إدارة الموقع": true, "ادارة الموقع": true,
		"admin": true, "administrator": true, "editor": true, "staff": true, "webmaster": true,
		"unknown": true, "غير معروف": true, "مجهول": true, "الموقع": true,
		// a comment's signature on sites that do not ask a name
		"زائر": true, "ضيف": true, "guest": true, "anonymous": true,
	}
	authorEdgePunct = "*:：-–—|,،.;؛ "
	// photoCreditRe is a photographer's credit after the writer's name.
	// Run on with no separator, it is another row's («فلان تصوير: فلان»);
	// after a dash it is the byline's own part («المدينة - جدة - تصوير:
	// فلان»), as papers print it.
	photoCreditRe = regexp.MustCompile(`\pL\s+(?:تصوير|عدسة|الصور|الصورة)\s*[:：]`)
	// moreByRe is the link to a writer's other articles that follows the
	// name in a writer's card.
	moreByRe = regexp.MustCompile(`(?i)(?:جميع|كل|المزيد من|باقي|عرض كل)\s*(?:ال)?مقالات|مقالات\s*(?:أخرى\s*)?(?:الكاتب|الكاتبة|للكاتب|للكاتبة)|(?:more|all)\s+(?:articles|posts|stories)\s+(?:by|from)|weitere\s+(?:artikel|beiträge)`)
)

// chooseAuthor returns the article's author (byline) or "".
// writerLists marks the author elements that stand in a list of writers:
// a run of them in three blocks or more, each within two blocks of the
// last, naming three writers or more (a rail of columnists, «كتّاب
// الرأي»; a writer's card's bio and follow link are no names).
// One story's byline is one name, printed once or twice.
func writerLists(bs []bylineEl) map[int]bool {
	out := map[int]bool{}
	for i := 0; i < len(bs); {
		j := i + 1
		for j < len(bs) && bs[j].block-bs[j-1].block <= 2 {
			j++
		}
		blocks, names := map[int]bool{}, map[string]bool{}
		for _, b := range bs[i:j] {
			// A writer's card marks its bio and its follow link as author
			// elements too: only what reads as a name counts.
			if a := cleanAuthor(b.text, nil); a != "" && !socialRe.MatchString(a) {
				blocks[b.block], names[a] = true, true
			}
		}
		if len(blocks) >= 3 && len(names) >= 3 {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

func chooseAuthor(p *page, sites []string, headBlock int) string {
	p.outlets = sites
	// own is the block an author element's text stands in (-1: none): in a
	// rail beside the text its own block is furniture, but not the menu,
	// when it reads as a writer's line.
	type cand struct {
		text string
		own  int
	}
	var cands []cand
	for _, o := range p.ldArticles() {
		if a0, ok := o["author"]; ok {
			if names := ldNames(a0); len(names) > 0 {
				// The JSON-LD author is the byline the page means, even an
				// agency or another outlet named as an Organization.
				if a := cleanAuthor(strings.Join(names, "، "), nil); a != "" && !isMenuTextNotCard(p, a) {
					// An Organization is the outlet; a person the page
					// credits under a writer's label is the byline it shows
					// (a fact-check's «تحقق: فلان» under the platform's name).
					// The site itself as the author is the schema's
					// default on a story no one signs: no byline.
					if ldOrganization(a0) {
						if siteNamed(a, sites) {
							break
						}
						if l := labelledByline(p, sites, headBlock); l != "" {
							return l
						}
					}
					return a
				}
			}
			break
		}
	}
	cands = append(cands, cand{p.meta("author", "article:author", "dc.creator", "dcterms.creator",
		"sailthru.author", "parsely-author", "byl", "twitter:creator"), -1})
	listed := writerLists(p.bylines)
	next := nextArticle(p, headBlock)
	for i, b := range p.bylines {
		if b.block >= next {
			break // the next article's byline (a page that scrolls on to it)
		}
		// A byline box's heading («معلومات عن الكاتب», id="article-byline")
		// carries the hint, not a name: a name holds no function word.
		if labelHeading(b.text) || listed[i] {
			continue
		}
		// «<span class=city>المنامة</span> - <span class=writer>فلان</span>»
		// in a byline element: the inner element marks the name itself.
		if i+1 < len(p.bylines) && p.bylines[i+1].block == b.block && len(p.bylines[i+1].text) < len(b.text) &&
			strings.HasSuffix(b.text, p.bylines[i+1].text) && cleanAuthor(p.bylines[i+1].text, sites) != "" {
			continue
		}
		cands = append(cands, cand{b.text, b.block})
	}
	// Visible bylines near the headline: «بواسطة ...», «كتب: ...», «بقلم ...».
	start := max(headBlock, 0)
	// Up to the text's first paragraph: inside the text a «بواسطة» line is
	// an embedded post's («تم النشر بواسطة …») or a quote's.
	end := start + 12
	if _, first, _ := bylineSlots(p, headBlock); first > start {
		end = min(end, first)
	}
	for i := start; i < len(p.blocks) && i < end; i++ {
		b := p.blocks[i]
		if b.boiler || utf8.RuneCountInString(b.text) > 150 {
			continue
		}
		for _, re := range bylineInTextRes {
			if m := re.FindStringSubmatch(b.text); m != nil {
				// «كتب - فلان · محليات · 10 أغسطس»: the name ends at the dot.
				if i := strings.IndexAny(m[1], labelStop); i > 0 {
					m[1] = m[1][:i]
				}
				// «بقلم: د. فلانة — أستاذة الإعلام»: not the job title.
				m[1], _ = cutRole(strings.TrimSpace(m[1]))
				// «تم النشر بواسطة فلان في الجمعة، 7 أغسطس»: not the date.
				if i := strings.Index(m[1], " في "); i > 0 && len(findDates(m[1][i:], time.UTC, time.Now())) > 0 {
					m[1] = m[1][:i]
				}
				// «بقلم فلان (الموقع) 18:10, أغسطس 11, 2015»: not the date,
				// nor the site's own name in brackets after the name.
				m[1] = cutSiteMark(cutAtDate(m[1]), sites)
				cands = append(cands, cand{m[1], -1})
				break
			}
		}
	}
	for _, c := range cands {
		if a := cleanAuthor(c.text, sites); a != "" && (c.own < 0 && !isMenuTextNotCard(p, a) || c.own >= 0 && !isMenuText(p, a) || c.own >= 0 && (writerLine(a, sites) || placedCredit(a, sites)) && !isMenuTextOutside(p, a, c.own, c.own)) {
			return a
		}
	}
	// A wire's closing note names who wrote the Arabic copy: «(إعداد فلان
	// للنشرة العربية - تحرير فلانة)», the editor after.
	for _, b := range p.blocks {
		if m := wireNoteRe.FindStringSubmatch(b.text); m != nil {
			if a := cleanAuthor(m[1], sites); a != "" {
				return a
			}
		}
	}
	// Cues before wording: a label or a writer's link says what the line is.
	if a := labelledByline(p, sites, headBlock); a != "" {
		return a
	}
	if a := linkedByline(p, sites, headBlock); a != "" {
		return a
	}
	if a := bareByline(p, sites, headBlock); a != "" {
		return a
	}
	if a, _ := edgeByline(p, sites, headBlock, false); a != "" {
		return a
	}
	a, lead := leadByline(p, sites, headBlock)
	p.leadIn = lead
	if a == "" {
		a = cardByline(p, sites, headBlock)
	}
	if a == "" {
		a = pairedByline(p)
	}
	if a == "" {
		a = aboutByline(p, sites)
	}
	if a != "" && next < len(p.blocks) && !slices.ContainsFunc(p.blocks[:next], func(b block) bool { return strings.Contains(b.text, a) }) {
		return "" // only the next article names it
	}
	return a
}

// nextArticle is the first block of another article on the page (a site
// that scrolls on to the next story prints it whole under the first): an
// <h1>/<h2> of four words or more after the text's first prose, in another
// <article> than the headline's, with a byline or a date before the prose
// it opens within six blocks. len(p.blocks) when there is none.
func nextArticle(p *page, headBlock int) int {
	if headBlock < 0 {
		return len(p.blocks)
	}
	prose := -1
	for i := headBlock + 1; i < len(p.blocks) && i <= headBlock+12; i++ {
		if isProse(p.blocks[i]) {
			prose = i
			break
		}
	}
	if prose < 0 {
		return len(p.blocks)
	}
	hk := titleKey(p.blocks[headBlock].text)
	own := slices.IndexFunc(p.headings, func(h heading) bool { return h.block == headBlock && h.art != nil })
	if own < 0 {
		return len(p.blocks)
	}
	art := p.headings[own].art // the headline's <article>
	for _, h := range p.headings {
		if h.block <= prose || h.boiler || h.tag != "h1" && h.tag != "h2" || wc(h.text) < 4 || titleKey(h.text) == hk ||
			h.art == nil || h.art == art {
			continue
		}
		// A subheading of the text opens prose at once; another article's
		// headline has its own byline or date row before its prose.
		meta := false
		for j := h.block + 1; j < len(p.blocks) && j <= h.block+6; j++ {
			if isProse(p.blocks[j]) {
				if meta {
					return h.block
				}
				break
			}
			meta = meta || slices.ContainsFunc(p.bylines, func(b bylineEl) bool { return b.block == j }) ||
				len(findDates(p.blocks[j].text, time.UTC, time.Now())) > 0
		}
	}
	return len(p.blocks)
}

// wireNoteRe is a wire's closing credit, «(إعداد فلان للنشرة العربية -
// تحرير فلانة)»: the writer of the Arabic copy, then its editor.
var wireNoteRe = regexp.MustCompile(`^\(\s*(?:إعداد|اعداد|كتابة|تغطية)\s+(.+?)\s+للنشرة\s+العربية\s*(?:[-–—]\s*(?:تحرير|مراجعة)\s+[^()]+)?\)$`)

// cutAtDate cuts s at the first word that opens a date or a clock, with
// the words that led into it («am», «at», «في»).
func cutAtDate(s string) string {
	now := time.Now()
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' || s[i] == ' ' {
			continue
		}
		cut := clockOpenRe.MatchString(s[i:])
		for _, d := range findDates(s[i:], time.UTC, now) {
			cut = cut || d.start == 0
		}
		if !cut {
			continue
		}
		w := strings.Fields(s[:i])
		stamp := false
		for len(w) > 0 {
			x := strings.ToLower(strings.Trim(w[len(w)-1], authorEdgePunct))
			if !dateLeadWords[x] && !stampWords[x] {
				break
			}
			stamp = stamp || stampWords[x]
			w = w[:len(w)-1]
		}
		if len(w) == 0 && stamp {
			return "" // «نُشر: 19:57 - 10 أغسطس»: the publishing stamp, no name
		}
		// Nothing but a weekday before the date: the whole line is a date,
		// kept as the page gives it.
		if !slices.ContainsFunc(w, func(x string) bool { return strings.Trim(x, authorEdgePunct) != "" && !isWeekday(x) }) {
			return s
		}
		return strings.Join(w, " ")
	}
	return s
}

func isWeekday(w string) bool {
	w = strings.Trim(w, authorEdgePunct)
	return weekdays[nameFold(w)] || enWeekdays[strings.ToLower(w)]
}

var enWeekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// dateLeadWords lead from a name into its date: «فلان في 7 أغسطس»,
// «Bo2man am 29.12.2010», «Jane Doe on May 3».
var dateLeadWords = map[string]bool{"في": true, "بتاريخ": true, "am": true, "at": true, "on": true, "le": true,
	"el": true, "um": true, "": true}

// editorInitialsRe is a desk's sign-off: two editors' initials or more
// parted by slashes, the agencies in brackets after them («ع.ش/ م.س (أ ف
// ب، د ب أ)»). One set alone is an agency's («أ.ف.ب (ماليزيا)»): a credit.
var editorInitialsRe = regexp.MustCompile(`^\pL{1,2}(?:\.\pL{1,2})+(?:\s*/\s*\pL{1,2}(?:\.\pL{1,2})+)+\s*(?:\([^()]{1,40}\))?$`)

// stampWords label a publishing stamp: a line of them and a date names no
// one.
var stampWords = map[string]bool{"نشر": true, "نُشر": true, "نشرت": true, "النشر": true, "تاريخ": true,
	"تحديث": true, "التحديث": true, "published": true, "posted": true, "updated": true}

var clockOpenRe = regexp.MustCompile(`^[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}\b`)

// cutSiteMark cuts a closing bracketed site name: «فلان (الوئام أونلاين)».
func cutSiteMark(s string, sites []string) string {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ")") {
		return s
	}
	i := strings.LastIndex(t, "(")
	if i <= 0 {
		return s
	}
	k := titleKey(t[i+1 : len(t)-1])
	for _, n := range sites {
		if k != "" && titleKey(n) == k {
			return strings.TrimSpace(t[:i])
		}
	}
	return s
}

// cutMoreBy cuts a writer's card's link to the writer's other articles
// from after the name.
func cutMoreBy(s string) string {
	if loc := moreByRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	// A writer's card closes on the writer's accounts, their icons'
	// hidden labels read as words: «فلان تويتر».
	if loc := socialTailRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	return s
}

// socialTailRe is a run of social networks' names closing a writer's card.
var socialTailRe = regexp.MustCompile(`(?i)(?:\s+(?:تويتر|فيسبوك|فيس بوك|انستغرام|إنستغرام|انستقرام|لينكد ?إن|يوتيوب|تيليجرام|تلغرام|twitter|facebook|instagram|linkedin|youtube|telegram))+\s*$`)

// labelHeading says whether a byline element's text is a label or a box's
// heading rather than a name: a byline label alone, or a line holding a
// word no byline has («عن», «معلومات»).
func labelHeading(s string) bool {
	s = strings.Trim(cutMoreBy(cleanLine(s)), authorEdgePunct)
	if labelRe.MatchString(s) {
		return true
	}
	for _, w := range strings.Fields(s) {
		if f := nameFold(w); notBylineWords[f] || f == "معلومات" || f == "نبذه" {
			return true
		}
	}
	return false
}

// isMenuText reports whether s is the whole text of a block in the page
// furniture, such as a section name in the menu («منوعات», «رياضة»): CMSs put
// the section link inside the author box.
func isMenuText(p *page, s string) bool {
	return menuTextSkipping(p, s, func(int, *block) bool { return false })
}

// menuTextSkipping is isMenuText with the boilerplate blocks skip says
// are no menu left out.
func menuTextSkipping(p *page, s string, skip func(i int, b *block) bool) bool {
	k := titleKey(s)
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.boiler && !skip(i, b) && titleKey(b.text) == k {
			return true
		}
	}
	return false
}

// isMenuTextNotCard is isMenuText for a name the page states apart from
// its blocks (JSON-LD, a meta tag, a line of the text): a writer's card
// after the article repeats the byline alone in a block of its own, which
// every other rule treats as furniture; it is no menu, unless it stands in
// a list of writers (a rail of columnists).
func isMenuTextNotCard(p *page, s string) bool {
	listed := writerLists(p.bylines)
	card := map[int]bool{}
	for i, b := range p.bylines {
		if !listed[i] {
			card[b.block] = true
		}
	}
	return menuTextSkipping(p, s, func(i int, _ *block) bool { return card[i] })
}

// isMenuTextBesides is isMenuText for a bare byline read from block own:
// the block itself, when it is in the article's own footer (furniture to
// every other rule), does not count as the menu.
func isMenuTextBesides(p *page, s string, own int) bool {
	return menuTextSkipping(p, s, func(i int, b *block) bool { return i == own && b.foot })
}

// cleanAuthor strips byline words and edge punctuation and rejects what is not
// a name: generic editor accounts, URLs, the site itself, whole sentences.
func cleanAuthor(s string, sites []string) string {
	s = cleanLine(s)
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "@") && !strings.Contains(s, " ") {
		return ""
	}
	s = bylinePrefixRe.ReplaceAllString(s, "")
	// A writer's card links to the writer's other articles after the name;
	// a writer's box may credit the photographer on its next row.
	s = cutMoreBy(s)
	if loc := photoCreditRe.FindStringIndex(s); loc != nil {
		_, size := utf8.DecodeRuneInString(s[loc[0]:])
		s = s[:loc[0]+size]
	}
	// A byline element often also carries the date: «بواسطة فلان | 10 أغسطس 2015».
	if i := strings.IndexAny(s, "|\n"); i > 0 {
		s = s[:i]
	}
	// «Luke Kemp 11 February 2020», «Bo2man am 29.12.2010»: the name ends
	// where a date starts.
	s = cutAtDate(s)
	// «Von 31. Oktober 2023»: a label with no name left.
	s = strings.TrimSpace(bylinePrefixRe.ReplaceAllString(s+" ", ""))
	s = strings.Trim(s, authorEdgePunct)
	s = foldSpace(s)
	// The dashes of «فلان - فلان - د ب أ - القاهرة» are not words.
	if s == "" || utf8.RuneCountInString(s) > 80 || wordFields(s) > 10 {
		return ""
	}
	if genericAuthors[strings.ToLower(s)] {
		return ""
	}
	// «31.07.2015» alone, or the desk's initials «ع.ش/ م.س (د ب أ)»:
	// no name in either.
	if letterCount(s) == 0 || editorInitialsRe.MatchString(s) {
		return ""
	}
	k := titleKey(s)
	if k == "" {
		return ""
	}
	for _, n := range sites {
		if titleKey(n) == k {
			return ""
		}
	}
	return s
}

// --- published -----------------------------------------------------------------

var pubMetaKeys = []string{"article:published_time", "og:article:published_time", "article:published",
	"datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
	"date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
	"sailthru.date", "parsely-pub-date", "article.published", "original-publish-date",
	"og:published_time", "published_time", "article_date_original", "cxenseparse:recs:publishtime"}

// choosePublished returns the publication time and how far it can be trusted:
// machine-readable metadata first, then the visible date nearest the headline.
func choosePublished(p *page, headBlock int, zone *time.Location, now time.Time) (time.Time, Quality) {
	var dayOnly time.Time
	var tried string // the value try last took
	try := func(v string) (time.Time, bool) {
		t, day, ok := parseMachineDate(v, zone)
		if !ok || t.After(now.Add(48*time.Hour)) {
			return time.Time{}, false
		}
		tried = v
		if day {
			if dayOnly.IsZero() {
				dayOnly = t
			}
			return time.Time{}, false
		}
		return t, true
	}
	for _, o := range p.ldArticles() {
		if t, ok := try(ldString(o["datePublished"])); ok {
			return zonedTwin(p, tried, t, zone), QualityStructured
		}
	}
	for _, k := range pubMetaKeys[:2] {
		for _, v := range p.metas[k] {
			if t, ok := try(v); ok {
				return zonedTwin(p, tried, t, zone), QualityStructured
			}
		}
	}
	if t, ok := chooseTimeTag(p, headBlock, try); ok {
		return zonedTwin(p, tried, t, zone), QualityStructured
	}
	for _, k := range pubMetaKeys[2:] {
		for _, v := range p.metas[k] {
			if t, ok := try(v); ok {
				return zonedTwin(p, tried, t, zone), QualityStructured
			}
		}
	}
	for _, o := range p.ldArticles() {
		if t, ok := try(ldString(o["dateCreated"])); ok {
			return zonedTwin(p, tried, t, zone), QualityStructured
		}
	}
	vt, vq := chooseVisible(p, headBlock, zone, now)
	switch {
	// The day a date-only meta gives is the day in the page's own zone,
	// which a visible «(بتوقيت بكين)» may state: compare with the visible
	// time's calendar date there too.
	case vq == QualityVisible && (dayOnly.IsZero() || onMetaDay(dayOnly, vt)):
		return vt, vq
	case !dayOnly.IsZero():
		if t, ok := clockOnDay(p, dayOnly, zone, now); ok {
			return t, QualityVisible
		}
		return dayOnly, QualityDate
	}
	return vt, vq
}

// zonedTwin returns, for a machine date v read without a zone (t, in the
// site's default zone), the same wall clock where the page's metadata
// states its offset: a theme prints JSON-LD in local time without one
// («2015-08-07 15:20:34») beside article:published_time «…T15:20:34+02:00»
// — a Cairo site is not on Riyadh time. Otherwise t.
func zonedTwin(p *page, v string, t time.Time, zone *time.Location) time.Time {
	if !naiveDate(v, zone) {
		return t
	}
	var cands []string
	for _, o := range p.ldArticles() {
		cands = append(cands, ldString(o["datePublished"]), ldString(o["dateCreated"]))
	}
	for _, k := range pubMetaKeys {
		cands = append(cands, p.metas[k]...)
	}
	for _, tt := range p.times {
		cands = append(cands, tt.value)
	}
	for _, c := range cands {
		if c == "" || c == v || naiveDate(c, zone) {
			continue
		}
		t2, day, ok := parseMachineDate(c, zone)
		if ok && !day && sameWallClock(t, t2) {
			return t2
		}
	}
	return t
}

// probeZone is a zone no site uses, to tell a value without a zone: it
// reads differently in two zones.
var probeZone = time.FixedZone("probe", -(9*3600 + 1800))

func naiveDate(v string, zone *time.Location) bool {
	a, _, ok := parseMachineDate(v, zone)
	b, _, ok2 := parseMachineDate(v, probeZone)
	return ok && ok2 && !a.Equal(b)
}

// sameWallClock says whether a and b read the same date and minute, each
// in its own zone.
func sameWallClock(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay() && a.Hour() == b.Hour() && a.Minute() == b.Minute()
}

// clockOnDay finds, anywhere outside the furniture, a short line whose
// date with a clock falls on the day a date-only meta gives: a magazine
// prints «نُشر على الموقع … الساعة 2:32 مساءً» under the writer's box, after
// the text, where chooseVisible does not look. The meta's day says which
// date it is; a comment's or a related item's stamp of that day would be
// later, so the first one wins.
func clockOnDay(p *page, day time.Time, zone *time.Location, now time.Time) (time.Time, bool) {
	for _, b := range p.blocks {
		if b.boiler || utf8.RuneCountInString(b.text) > 150 {
			continue
		}
		for _, f := range findDates(b.text, zone, now) {
			if f.q == QualityVisible && !f.relative && !updatedLabel(b.text, f.start) && onMetaDay(day, f.t) {
				return f.t, true
			}
		}
	}
	return time.Time{}, false
}

func chooseTimeTag(p *page, headBlock int, try func(string) (time.Time, bool)) (time.Time, bool) {
	for _, tt := range p.times {
		// The article's own footer («نشر في <abbr class="published">») dates
		// the article; the page's footer and other boxes do not.
		if tt.pubdate && (!tt.boiler || tt.foot) {
			if t, ok := try(tt.value); ok {
				return t, true
			}
		}
	}
	for pass := 0; pass < 2; pass++ {
		for _, tt := range p.times {
			if tt.boiler || (pass == 0 && tt.block < headBlock) {
				continue
			}
			if t, ok := try(tt.value); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// onMetaDay says whether t falls on the day a date-only meta gives, in the
// meta's zone or in t's own.
func onMetaDay(day, t time.Time) bool {
	return sameDay(day, t) || t.Year() == day.Year() && t.YearDay() == day.YearDay()
}

func sameDay(a, b time.Time) bool {
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

type visibleCand struct {
	foundDate
	block   int
	near    bool // a short block, or the date opens its block (a dateline)
	updated bool // labelled as the last change («آخر تعديل في», «تم التحديث»)
}

// updatedRe finds, in the normalized words just before a date, the label of
// a last change rather than of publication.
var updatedRe = regexp.MustCompile(`(?:اخر|تاريخ) (?:تعديل|تحديث)|تم (?:ال)?تحديث|(?:^|\s)(?:محدث|تحديث|عدل|حدث) ?(?:في|:)?\s*$|(?i:updated|modified|last update)`)

// updatedLabel says whether the words before a date's start (a rune offset
// in the normalized text) label it as the time of the last change.
func updatedLabel(text string, start int) bool {
	r := []rune(normalizeForDates(text))
	if start > len(r) {
		return false
	}
	before := r[max(0, start-24):start]
	return updatedRe.MatchString(string(before))
}

// chooseVisible picks the visible date of the article: the first one after the
// headline that stands in a short block or opens a paragraph (a dateline),
// else the nearest one above the headline (a date bar over the title).
// Furniture (tickers, related lists, sidebars) is never read. Hijri dates count
// only when there is no Gregorian one.
func chooseVisible(p *page, headBlock int, zone *time.Location, now time.Time) (time.Time, Quality) {
	var cands []visibleCand
	head := max(headBlock, 0)
	for i, b := range p.blocks {
		if b.boiler || i > head+60 {
			continue
		}
		n := utf8.RuneCountInString(b.text)
		for _, f := range findDates(b.text, zone, now) {
			if f.relative && n > 60 {
				continue // «منذ» and «أمس» in running text are not datelines
			}
			if f.t.After(now.Add(36 * time.Hour)) {
				continue
			}
			cands = append(cands, visibleCand{foundDate: f, block: i, near: n <= 150 || f.start <= 40, updated: updatedLabel(b.text, f.start)})
		}
	}
	// The time of the last change is read only when the page gives no other.
	if slices.ContainsFunc(cands, func(c visibleCand) bool { return !c.updated }) {
		cands = slices.DeleteFunc(cands, func(c visibleCand) bool { return c.updated })
	}
	// The text's first paragraph of prose: a date between the headline and
	// it is the article's header; one after it may be another item's (a
	// post's comments, a feed of other posts, a forum's replies), and a
	// date bar above the headline comes first then: just above it, or
	// over a forum poster's card (name, rank, join date, post count).
	prose := len(p.blocks)
	for i := head + 1; i < len(p.blocks) && i <= head+12; i++ {
		if isProse(p.blocks[i]) {
			prose = i
			break
		}
	}
	for _, hijriPass := range []bool{false, true} {
		// above is the nearest date within reach over the headline.
		above := func(reach int, relative bool) int {
			for i := len(cands) - 1; i >= 0; i-- {
				c := cands[i]
				if c.hijri == hijriPass && c.near && c.block < head && c.block >= head-reach && (relative || !c.relative) {
					return i
				}
			}
			return -1
		}
		pick := slices.IndexFunc(cands, func(c visibleCand) bool {
			return c.hijri == hijriPass && c.near && c.block >= head && c.block <= head+25
		})
		if pick >= 0 && cands[pick].block > prose {
			if i := above(8, false); i >= 0 {
				pick = i
			}
		}
		if pick < 0 {
			pick = above(25, true)
		}
		if pick < 0 {
			continue
		}
		best := cands[pick]
		if best.relative {
			// «منذ 6 دقائق • 24-07-2015 | 04:55»: the relative time counts
			// from when the page was rendered (a cache may be hours old),
			// the absolute one is what the site recorded; prefer it when
			// it stands close by.
			for _, c := range cands {
				if !c.relative && !c.hijri && c.near && c.q == QualityVisible && c.block >= best.block-3 && c.block <= best.block+3 {
					return c.t, c.q
				}
			}
		}
		if best.q == QualityDate && !best.relative {
			// A day-only dateline: take the clock from another near date of the same day.
			for _, c := range cands {
				if c.q == QualityVisible && !c.hijri && c.near && sameDay(best.t, c.t) &&
					c.block >= head-25 && c.block <= head+25 {
					return c.t, QualityVisible
				}
			}
		}
		return best.t, best.q
	}
	return time.Time{}, QualityNone
}

// --- canonical URL, language ------------------------------------------------------

func canonicalURL(p *page, base string) string {
	for _, raw := range []string{p.canonical, p.meta("og:url")} {
		raw = strings.TrimSpace(raw)
		if raw == "" {
			continue
		}
		u, err := url.Parse(raw)
		if err != nil {
			continue
		}
		if b, err := url.Parse(base); err == nil && base != "" {
			u = b.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			u.Fragment = ""
			return u.String()
		}
	}
	return ""
}

var rtlLangs = map[string]bool{"ar": true, "fa": true, "ur": true, "ps": true, "ku": true, "ckb": true, "sd": true, "ug": true, "he": true, "yi": true}

// language is the declared language (<html lang>, og:locale, Content-Language),
// unless the text plainly contradicts it (Arabic templates often keep lang="en");
// else a count of Arabic against Latin letters in the text.
func language(p *page, text string) string {
	declared := ""
	for _, v := range []string{p.lang, p.meta("og:locale"), p.meta("content-language"), p.meta("language"), p.meta("dc.language")} {
		v = strings.ToLower(strings.TrimSpace(v))
		if i := strings.IndexAny(v, "-_,; "); i >= 0 {
			v = v[:i]
		}
		if len(v) >= 2 && len(v) <= 3 && isASCIILetters(v) {
			declared = v
			break
		}
	}
	byScript := scriptLanguage(text)
	if declared == "" {
		return byScript
	}
	if byScript == "ar" && !rtlLangs[declared] {
		return "ar"
	}
	return declared
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// scriptLanguage says "ar" when Arabic letters are the clear majority, "en"
// when Latin ones are, "" when the text is too short or mixed to tell.
func scriptLanguage(text string) string {
	arabic, latin := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			arabic++
		case unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
			latin++
		}
	}
	total := arabic + latin
	switch {
	case total < 20:
		return ""
	case arabic*10 >= total*7:
		return "ar"
	case latin*10 >= total*7:
		return "en"
	}
	return ""
}

func parseHTTPURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("extract: not an http(s) URL: %q", s)
	}
	return u, nil
}

// wordJaccard is the Jaccard similarity of the word sets of a and b.
func wordJaccard(a, b string) float64 {
	wa, wb := map[string]bool{}, map[string]bool{}
	for _, w := range Tokens(normalizeForDates(a)) {
		wa[w] = true
	}
	for _, w := range Tokens(normalizeForDates(b)) {
		wb[w] = true
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	union := len(wa) + len(wb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
