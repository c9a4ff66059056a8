package extract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The Arabic-news cleanup. go-trafilatura finds the article container well but
// keeps what sites put inside it: a «اقرأ أيضاً» box between two paragraphs
// (another article's headline and lead), the tag line, the share bar, an ad
// label. These rules decide by structure — how much of a block is links, where
// the links go, whether a link stands alone as a headline, how short the block
// is — and use lead-in words only as a second witness, never class names: the
// layouts of tomorrow's sites are not the ones seen here.

// nstat is what the pruning pass knows about one element's subtree.
type nstat struct {
	letters     int  // letters of all text below
	linkLetters int  // letters inside <a href>
	links       int  // <a href> elements
	headLinks   int  // links that stand alone as a headline to another page of the site
	paras       int  // descendant block elements with ≥ paraLetters letters of their own
	title       bool // holds the page's headline: the article's own container
}

// paraLetters is how much own text makes a block a paragraph of prose.
const paraLetters = 120

// cleaner holds the state of one page's pruning.
type cleaner struct {
	host      string // the page's host without www.; "" when unknown
	self      map[string]bool
	stats     map[*html.Node]*nstat
	headlines map[string]bool // titleKey of texts of links to other pages of the site
	zone      *time.Location
	now       time.Time
	title     string // titleKey of the headline
	section   string // titleKey of the section the page names (article:section)
}

func newCleaner(pageURL, canonical string, zone *time.Location, now time.Time) *cleaner {
	c := &cleaner{stats: map[*html.Node]*nstat{}, headlines: map[string]bool{}, self: map[string]bool{}, zone: zone, now: now}
	for _, s := range []string{pageURL, canonical} {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			if c.host == "" {
				c.host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
			}
			c.self[pageKey(u)] = true
		}
	}
	return c
}

// internal reports whether href points at another page of the same site: a
// relative path, or an absolute URL on the page's host. Fragments, mailto:,
// javascript: and share intents are not pages.
func (c *cleaner) internal(href string) bool {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return false
	}
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https":
	default:
		return false
	}
	if u.Host != "" {
		h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		if c.host == "" || (h != c.host && !strings.HasSuffix(h, "."+c.host) && !strings.HasSuffix(c.host, "."+h)) {
			return false
		}
	}
	p := pageKey(u)
	if p == "" || c.self[p] {
		return false // the home page or this very page
	}
	return true
}

// pageKey names a page of the site: its path and query (WordPress «/?p=123»).
func pageKey(u *url.URL) string {
	p := strings.TrimSuffix(u.Path, "/")
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// prune removes boilerplate blocks from the body before trafilatura sees it.
func (c *cleaner) prune(doc *html.Node) {
	c.measure(doc, 0)
	var dead []*html.Node
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		before := 0 // letters of the children before ch
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if before >= paraLetters && blockTags[ch.DataAtom] && releaseEndRe.MatchString(textOf(ch)) {
				// A press release ends at «###»: the issuer's profile and
				// media contact after it, in the same box, are not the
				// release.
				for x := ch; x != nil; x = x.NextSibling {
					dead = append(dead, x)
				}
				break
			}
			if st := c.stats[ch]; st != nil {
				before += st.letters
			}
			if c.boiler(ch) {
				dead = append(dead, ch)
				continue
			}
			rec(ch, depth+1)
		}
	}
	rec(doc, 0)
	for _, n := range dead {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// measure fills c.stats bottom-up and returns n's stat.
func (c *cleaner) measure(n *html.Node, depth int) *nstat {
	st := &nstat{}
	if depth > maxDepth {
		return st
	}
	switch n.Type {
	case html.TextNode:
		st.letters = letterCount(n.Data)
		return st
	case html.ElementNode, html.DocumentNode:
	default:
		return st
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
		return st
	}
	own := 0 // letters not under a nested block element
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		cs := c.measure(ch, depth+1)
		st.letters += cs.letters
		st.linkLetters += cs.linkLetters
		st.links += cs.links
		st.headLinks += cs.headLinks
		st.paras += cs.paras
		st.title = st.title || cs.title
		if ch.Type == html.TextNode || ch.Type == html.ElementNode && !blockTags[ch.DataAtom] {
			own += cs.letters
		}
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		if href, ok := attrOK(n, "href"); ok {
			st.links++
			st.linkLetters = st.letters
			if c.internal(href) {
				t := cleanLine(textOf(n))
				if wc(t) >= 3 {
					st.headLinks++ // standing alone is checked by the caller's block
					c.headlines[titleKey(t)] = true
				}
			}
		}
	}
	if n.Type == html.ElementNode && c.title != "" && !st.title && st.letters < 4*maxHeadingRunes {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4:
			st.title = titleKey(textOf(n)) == c.title
		}
	}
	if n.Type == html.ElementNode && blockTags[n.DataAtom] && own >= paraLetters {
		// Prose: a block with a long run of its own text. A headline link in
		// it is inline in a sentence, not a teaser.
		if st.linkLetters*2 < own {
			st.paras++
		}
	}
	c.stats[n] = st
	return st
}

// boiler decides whether element n is page furniture inside the content.
func (c *cleaner) boiler(n *html.Node) bool {
	st := c.stats[n]
	if st == nil || st.title {
		return false
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Head, atom.Main:
		return false
	case atom.Article:
		// The story's own element, unless it is another article's card:
		// a headline link over a short lead (a «more from» list).
		return st.headLinks >= 1 && st.headLinks <= 2 && st.letters <= 520 && c.teaser(n)
	case atom.Form:
		// A comment or newsletter form; ASP.NET wraps whole pages in <form>.
		return st.letters < 300 && hasInput(n)
	case atom.Blockquote:
		if embedsSocial(n) {
			return true
		}
	}
	inline := !blockTags[n.DataAtom]
	if inline && n.DataAtom != atom.Span && n.DataAtom != atom.Font {
		return false
	}
	text := cleanLine(textOf(n))
	if text == "" {
		return false
	}
	words := wc(text)
	// A bare marker line: «إعلان», «//انتهى//», «Advertisement».
	if words <= 2 && markerRe.MatchString(text) {
		return true
	}
	if inline {
		return false // only markers: a link or label inside a line is judged with its line
	}
	// A comment section: a box holding a form with a text area, a list of
	// short items (a visitor's name, a line of praise) and at most a
	// heading besides. The form alone goes above; without this the heading
	// and the comments stayed, run on after the article's text. A text
	// box with a newsletter or poll form has its paragraphs outside any
	// list, and stays.
	if st.paras == 0 && st.letters <= commentLetters && hasTextarea(n) && lettersOutsideLists(n, 0) <= commentHeadLetters {
		return true
	}
	// A box that opens with a comments heading («تعليقات الزوار (1)») and
	// holds the comment form, or a social plugin's comments with their
	// action rows, is the comment section, whatever lays out its comments
	// (a table per comment) or stands under them (a moderation notice in a
	// <p>). It must open with the heading: a text box that ends
	// with one holds the article before it.
	if st.letters <= commentLetters && commentHeadRe.MatchString(text) && (hasTextarea(n) || len(commentActionRe.FindAllStringIndex(text, 3)) >= 2) {
		return true
	}
	// A paywall's box: it opens with its notice («هذا المقال مخصّص
	// للمشتركين») and offers plans at a price. Only the box: the text
	// around it opens with the story.
	if st.letters <= paywallLetters && paywallHeadRe.MatchString(strings.TrimLeftFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })) && priceRe.MatchString(text) {
		return true
	}
	// A video card: a player (a picture, a <video>, a frame) with the
	// clip's title and a credit line that closes on its length
	// («© عكاظ 04:11»). No prose: a story's paragraph is longer.
	if st.paras == 0 && words <= videoCardWords && hasMedia(n) &&
		(durationRe.MatchString(text) || clipLengthRe.MatchString(text) && clipMarkRe.MatchString(text)) {
		return true // also «▶ 03:14 فيديو | …»: the length on the picture, the title under it
	}
	// A picture's box: the picture, its caption and its photographer's
	// credit, whatever element holds them (not always a <figure>).
	if st.paras == 0 && words <= videoCardWords && pictureCreditRe.MatchString(text) && hasMedia(n) {
		return true
	}
	if st.links == 0 {
		// Counters and label lines without links: «عدد القراءات: 345».
		return words <= 6 && counterRe.MatchString(text)
	}
	density := float64(st.linkLetters) / float64(max(st.letters, 1))
	// A teaser of another article: a headline link standing alone, maybe
	// under a label and over a short lead, and no prose of its own.
	if st.headLinks >= 1 && st.headLinks <= 2 && st.letters <= 520 && c.teaser(n) {
		return true
	}
	// A list of headlines: several links to other articles, mostly links,
	// and little text outside the lines of links (a label, times).
	if st.headLinks >= 3 && density >= 0.5 && st.paras == 0 && proseLetters(n) < listProseLetters {
		return true
	}
	// A bar of short links: tags, share buttons, print/send, section crumbs.
	if st.links >= 2 && density >= 0.6 && words <= 30 && words <= st.links*3 && st.paras == 0 {
		return true
	}
	// A labelled line of links: «الكلمات المفتاحية: …», «وسوم: …», «شارك: …».
	if words <= 30 && density >= 0.3 && leadInRe.MatchString(text) && st.paras == 0 {
		return true
	}
	return false
}

// segment is one line of a block: text up to the next block boundary.
type segment struct{ letters, linkLetters, words int }

// segments cuts n's text into lines at block elements and <br>.
func segments(n *html.Node) []segment {
	var out []segment
	var cur segment
	flush := func() {
		if cur.letters > 0 {
			out = append(out, cur)
		}
		cur = segment{}
	}
	var rec func(*html.Node, int, bool)
	rec = func(n *html.Node, depth int, inLink bool) {
		if depth > maxDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			l := letterCount(n.Data)
			cur.letters += l
			cur.words += wc(n.Data)
			if inLink {
				cur.linkLetters += l
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.A:
				if _, ok := attrOK(n, "href"); ok {
					inLink = true
				}
			}
		}
		blk := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if blk {
			flush()
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch, depth+1, inLink)
		}
		if blk {
			flush()
		}
	}
	rec(n, 0, false)
	flush()
	return out
}

// listProseLetters bounds the text a list of links may carry outside its
// link lines: its label, a note. More is an article beside a sidebar.
const listProseLetters = 150

// proseLetters counts the letters of n's lines that are not mostly links.
func proseLetters(n *html.Node) int {
	l := 0
	for _, sg := range segments(n) {
		if sg.linkLetters*2 < sg.letters {
			l += sg.letters
		}
	}
	return l
}

// teaserLeadLetters bounds the lead under a teaser's headline: a first
// sentence, not a paragraph of the story.
const teaserLeadLetters = 320

// teaserMetaLetters bounds a teaser's meta row: a date in digits, a label.
const teaserMetaLetters = 12

// teaser reports whether n is [label] headline-link [short lead]: another
// article's teaser. The headline must come first and stand alone on its line.
func (c *cleaner) teaser(n *html.Node) bool {
	heads, leads, labels, leadLetters := 0, 0, 0, 0
	for _, sg := range segments(n) {
		switch {
		case sg.linkLetters*2 >= sg.letters:
			heads++
		case heads == 0 && sg.words <= 4 && sg.linkLetters == 0:
			labels++
		case heads == 0:
			return false // prose before the headline: a paragraph with a link in it
		case sg.words <= 4 && sg.letters <= teaserMetaLetters:
			// A card's date or count row under its lead («نشر في 26/7/2015»).
		default:
			leads++
			leadLetters += sg.letters
		}
	}
	return heads >= 1 && heads <= 2 && labels <= 1 && leads <= heads && leadLetters <= teaserLeadLetters
}

// leadBeforeLink counts the words before the first link in n: a teaser has at
// most a label («اقرأ أيضاً:») before its headline.
func leadBeforeLink(n *html.Node) int {
	var b strings.Builder
	found := false
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if found || depth > maxDepth {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if _, ok := attrOK(n, "href"); ok {
				found = true
				return
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch, depth+1)
		}
	}
	rec(n, 0)
	return wc(b.String())
}

// paywallHeadRe is the notice a paywall's box opens with, paywallLetters
// the most text such a box holds.
var paywallHeadRe = regexp.MustCompile(`^(?:(?:هذا|هذه)\s+(?:المقال|الخبر|المادة|القصة)\s+(?:مخصّص|مخصص|مخصصة|متاح|متاحة)\s+(?:لل)?مشتركين|(?:محتوى|مقال)\s+(?:حصري|مميز)\s+للمشتركين|اشترك\s+(?:الآن\s+)?(?:لقراءة|للمتابعة|لمتابعة)|(?i:subscribe\s+to\s+(?:read|continue)|this\s+(?:article|story)\s+is\s+for\s+subscribers))`)

const paywallLetters = 900

// commentActionRe is a comment's action row in a social network's comment
// plugin («أعجبني · رد · 2 س»): such a box has no form of its own.
var commentActionRe = regexp.MustCompile(`(?i)أعجبني\s*·\s*رد|like\s*·\s*reply`)

// commentHeadRe is the heading a comment section opens with.
var commentHeadRe = regexp.MustCompile(`^(?:(?:ال)?تعليقات|آراء القراء|(?:أضف|اضف|اكتب|اترك|شارك ب)\s?تعليق|(?i:comments?\b|\d+\s+comments?\b|leave a (?:comment|reply)))`)

// commentLetters is the most text a comment section without prose may
// hold, commentHeadLetters the most outside its list and form (a heading
// and a moderation notice: «التعليقات المنشورة لا تعبر عن رأي الصحيفة»),
// commentItemLetters the most one comment not marked up as a list item
// may hold.
const (
	commentLetters     = 2000
	commentHeadLetters = 150
	commentItemLetters = 400
)

func hasTextarea(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.Textarea {
		return true
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if hasTextarea(ch) {
			return true
		}
	}
	return false
}

// lettersOutsideLists counts the letters of n outside lists and forms.
func lettersOutsideLists(n *html.Node, depth int) int {
	if depth > maxDepth {
		return 0
	}
	switch {
	case n.Type == html.TextNode:
		return letterCount(n.Data)
	case n.Type == html.ElementNode:
		switch n.DataAtom {
		case atom.Ol, atom.Ul, atom.Form, atom.Script, atom.Style:
			return 0
		}
	}
	total := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if listItemLike(ch) {
			continue
		}
		total += lettersOutsideLists(ch, depth+1)
	}
	return total
}

// listItemLike says whether n is one of a run of like items that are not
// marked up as a list: sibling elements of one tag and one class, each
// short (comment threads are often <div class="comment"> after <div
// class="comment">). A class is required: bare <p> siblings are prose.
func listItemLike(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	class := attr(n, "class")
	if class == "" || letterCount(textOf(n)) > commentItemLetters {
		return false
	}
	like := func(m *html.Node) bool {
		return m.Type == html.ElementNode && m.DataAtom == n.DataAtom && attr(m, "class") == class
	}
	for m := n.PrevSibling; m != nil; m = m.PrevSibling {
		if m.Type == html.ElementNode {
			if like(m) {
				return true
			}
			break
		}
	}
	for m := n.NextSibling; m != nil; m = m.NextSibling {
		if m.Type == html.ElementNode {
			return like(m)
		}
	}
	return false
}

// clipLengthRe is a clip's length anywhere in a card, clipMarkRe the play
// mark or the «فيديو |» label that says the card is a video's.
var (
	clipLengthRe = regexp.MustCompile(`(?:^|[\s▶►])(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s|$)`)
	clipMarkRe   = regexp.MustCompile(`[▶►]|(?:^|\s)(?:فيديو|بالفيديو)\s*[|:：]`)
)

// videoCardWords is the most words a video card (title, credit, length) holds.
const videoCardWords = 20

// hasMedia says whether n holds a picture, a video or an embedded frame.
func hasMedia(n *html.Node) bool {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Img, atom.Video, atom.Iframe, atom.Picture:
			return true
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if hasMedia(ch) {
			return true
		}
	}
	return false
}

func hasInput(n *html.Node) bool {
	found := false
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if found || depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Input, atom.Textarea, atom.Select, atom.Button:
				found = true
				return
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch, depth+1)
		}
	}
	rec(n, 0)
	return found
}

// socialHosts host the posts sites embed as a blockquote with a link back.
var socialHosts = []string{"twitter.com", "x.com", "instagram.com", "facebook.com", "tiktok.com", "t.me", "youtube.com"}

func embedsSocial(n *html.Node) bool {
	found := false
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if found || depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if u, err := url.Parse(attr(n, "href")); err == nil {
				h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
				for _, s := range socialHosts {
					if h == s || strings.HasSuffix(h, "."+s) {
						found = strings.Count(strings.Trim(u.Path, "/"), "/") >= 1 // a post, not a profile
					}
				}
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch, depth+1)
		}
	}
	rec(n, 0)
	return found
}

var (
	// markerRe: a line that is only an ad label or an end-of-story mark.
	markerRe = regexp.MustCompile(`^(?i)[\s/\\\-–—*().]*(?:إعلان|اعلان|إعلانات|مساحة إعلانية|advertisement|sponsored)(?:\s+(?:google|جوجل|غوغل))?[\s/\\\-–—*().]*$`)
	// counterRe: a view counter or similar meter.
	counterRe = regexp.MustCompile(`^(?i)(?:عدد القراءات|عدد المشاهدات|المشاهدات|القراءات|قراءات|مشاهدات|views|reads)\s*[:：]?\s*[\d٠-٩,.]+\s*(?:قراءة|مشاهدة)?$`)
	// leadInRe: labels of tag lines, share/print bars, read-also and
	// follow-us lines, breaking-news tickers.
	leadInRe = regexp.MustCompile(`^(?i)(?:` + strings.Join(leadIns, "|") + `)`)
)

var leadIns = []string{
	`اقرأ أيضا`, `اقرأ أيضاً`, `إقرأ أيضا`, `إقرأ أيضاً`, `اقرا ايضا`, `اقرأ ايضا`, `شاهد أيضا`, `شاهد أيضاً`, `شاهد ايضا`,
	`اقرأ المزيد`, `اقرأ أكثر`, `مواضيع قد تهمك`, `مواضيع ذات صلة`, `قد يعجبك أيضا`, `قد يعجبك أيضاً`, `قد يهمك`, `أخبار ذات صلة`,
	`اخبار ذات صلة`, `مقالات ذات صلة`, `مقالات مشابهة`, `أخبار مشابهة`, `الأكثر قراءة`, `الاكثر قراءة`, `الأكثر مشاهدة`,
	`عاجل`, `آخر الأخبار`, `اخر الاخبار`, `طباعة`, `شارك`, `أرسل لصديق`, `ارسل لصديق`, `إرسال لصديق`, `الكلمات المفتاحية`,
	`كلمات مفتاحية`, `الكلمات الدلالية`, `وسوم`, `الوسوم`, `التصنيفات`, `التصنيف`, `تابعونا`, `تابعنا`, `تابعوا`,
	`اشترك في النشرة`, `اشترك`, `النشرة البريدية`, `read more`, `read also`, `related`, `tags`, `share`, `follow us`,
}

// --- paragraph level --------------------------------------------------------------

// sourceLineRe: a closing attribution line the site adds under every story.
var sourceLineRe = regexp.MustCompile(`^(?:المصدر|مصدر الخبر|المصادر|Source)\s*[:：\-–]`)

// creditLineRe: a picture's credit as a line of its own. «تصوير: فلان»
// closes many papers' stories as part of the text, and stays.
var creditLineRe = regexp.MustCompile(`^(?:الصورة|صورة|الصور|photo|image)\s*[:：]\s*\S`)

// archiveCaptionRe: a picture's caption saying it is from the archive,
// with its source: «صورة أرشيفية (الوطن)».
var archiveCaptionRe = regexp.MustCompile(`^(?:ال)?صور[ةه]?\s+(?:أ|ا)رشيفي[ةه](?:\s*[(\[][^)\]]{1,30}[)\]])?$`)

// datelineOnlyRe: a wire's dateline standing as the text's first paragraph,
// a city, the day and month in figures and the agency, closed by dashes:
// «بيروت - 27 - 7 (كونا) --».
var datelineOnlyRe = regexp.MustCompile(`^[^\d\n]{2,30}?\s*[-–—]\s*[0-9٠-٩]{1,2}\s*[-/]\s*[0-9٠-٩]{1,2}\s*\([^)]{2,30}\)\s*[-–—:]*$`)

// releaseEndRe: a press release's end mark alone on its line, «###» or
// «-30-»: what follows is the issuer's boilerplate («نبذة عن الشركة») and
// its media contact, not the release.
var releaseEndRe = regexp.MustCompile(`^\s*(?:#\s*){3}\s*$|^\s*-\s*30\s*-\s*$`)

// sigLineRe: the rule forums draw between a post and its poster's
// signature.
var sigLineRe = regexp.MustCompile(`^\s*_{10,}\s*$`)

// isProseLine says whether p reads as a sentence of prose, not a
// signature's or a short reply's line.
func isProseLine(p string) bool { return wc(p) >= 15 }

// replyRe: a forum reply's title, «رد: <the thread's title>».
var replyRe = regexp.MustCompile(`^(?i:رد|re)\s*[:：]\s*(\S.*)$`)

// replyTitle returns the titleKey of the thread title a reply's title
// repeats, "" when p is no reply's title.
func replyTitle(p string) string {
	if m := replyRe.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
		return titleKey(m[1])
	}
	return ""
}

// endMarkRe: a wire story's end mark alone on its line.
var endMarkRe = regexp.MustCompile(`^[\s/\\\-–—*().]*(?:انتهى|النهاية)[\s/\\\-–—*().]*$`)

// disclaimerRe: the lines a site closes every story with about the story
// itself, not the news: «هذا الخبر منقول من … ولا يعبر عن وجهة نظر …»,
// «المعلومات الواردة … لأغراض إعلامية فقط ولا تعد توصية …», a feedback
// widget's «هل كان هذا المقال مفيداً؟».
var disclaimerRe = regexp.MustCompile(`(?:^|\s)(?:هذا|هذه)\s+(?:الخبر|المقال|المادة|التقرير)\s+(?:منقول|منقولة)|(?:لا|ولا)\s+(?:يعبر|تعبر)\s+(?:بالضرورة\s+)?عن\s+(?:رأي|وجهة\s+نظر|سياسة)\s+(?:الموقع|الصحيفة|الجريدة|القناة|التحرير)|لأغراض\s+(?:إعلامية|اعلامية|تثقيفية)\s+فقط|(?:لا|ولا)\s+(?:تعد|يعد|تعتبر|يعتبر)\s+توصية|^هل\s+(?:كان|كانت)\s+(?:هذا|هذه)\s+(?:المقال|الخبر|المادة|الصفحة)\s+(?:مفيد|مفيدا|مفيداً|مفيدة)|^(?:ساهم|ساهمت|شارك|شاركت)\s+في\s+(?:إعداد|اعداد|كتابة|تحرير)\s+(?:هذا|هذه)\s|^يتم\s+نشر\s+جزء\s+من\s+الأخبار|^معاييرنا\s*[:：]\s*مبادئ\s+الثقة|للمؤسسات\s+الإعلامية\s+المشتركة`)

// videoCaptionRe opens a video's caption.
var videoCaptionRe = regexp.MustCompile(`^(?:فيديو|بالفيديو|شاهد بالفيديو)(?:\s|[:：|-])`)

// closingCodeRe is an agency's closing code: its short name, the
// credit, the editor's initials, parted by slashes («وام/فلان/ز م»).
var closingCodeRe = regexp.MustCompile(`^[^/\s]{2,20}/[^/]{2,80}/\s*\pL{1,2}(?:\s\pL{1,2}){0,2}$`)

// appPromoRe: a line asking the reader to download the site's app.
// pictureCreditRe is a photographer's credit in a picture's box.
var pictureCreditRe = regexp.MustCompile(`(?:^|\s)(?:تصوير|عدسة|الصورة|صورة|(?i:photo))\s*[:：]`)

// smsPromoRe: a paper's news-by-text-message pitch («اشترك في خدمة الأخبار
// عبر الجوال: أرسل الرقم 1 إلى 801122»).
var smsPromoRe = regexp.MustCompile(`(?:اشترك|للاشتراك)\s.{0,40}(?:الجوال|SMS|sms|رسائل|الرسائل)|(?:أرسل|ارسل)\s+(?:الرقم|رقم|كلمة)\s+\S+\s+(?:إلى|الى|على)\s+[\d٠-٩]{4,}`)

var appPromoRe = regexp.MustCompile(`(?:^|\s)(?:حمّلوا|حملوا|حمّل|حمل|نزّلوا|نزلوا|نزّل|نزل|قم\s+بتحميل|قوموا\s+بتحميل)\s+(?:ال)?تطبيق`)

// affiliateRe: a disclosure that the page's links earn the site a
// commission; buyRe and priceRe: a price box's call to buy.
var (
	affiliateRe = regexp.MustCompile(`(?i)روابط\s+(?:تسويقية|تابعة|إحالة|احالة)|(?:نحصل|نتلقى|يحصل\s+الموقع)\s+على\s+عمولة|affiliate\s+links?|we\s+(?:may\s+)?earn\s+a\s+commission`)
	buyRe       = regexp.MustCompile(`(?i)اشتر[ِي]?\s+الآن|اشتري\s+الان|اشتر\s+الان|buy\s+now`)
	priceRe     = regexp.MustCompile(`[\d٠-٩][\d٠-٩,.]*\s*(?:درهم|ريال|دينار|جنيه|دولار|يورو|ليرة|AED|SAR|USD|\$|€)`)
)

// printEditionRe: a web edition's note of where the story ran in print.
var printEditionRe = regexp.MustCompile(`^(?:نُشر|نشر|نشرت|نُشرت|ن ُشر)(?:\s+(?:هذا|هذه)\s+(?:المقال|الخبر|المادة))?\s+في\s+(?:النسخة\s+(?:الورقية|المطبوعة)|النسخه\s+الورقيه|الطبعة\s+(?:الورقية|المطبوعة)|العدد|عدد)`)

// subscribeRe and mailRe: a newsletter box's pitch asks the reader to
// subscribe (or sign up, or get) and names the mail that will come.
var (
	subscribeRe = regexp.MustCompile(`(?i)(?:^|[\s،,.])(?:بالاشتراك|اشترك|اشتركوا|اشتراكك|سجل|سجّل|احصل|احصلوا|subscribe|sign up)(?:[\s،,.:]|$)`)
	mailRe      = regexp.MustCompile(`(?i)بريد(?:ك|كم)?\s*(?:ال)?(?:إلكتروني|الكتروني)|رسالة\s+بريد|نشرة|newsletter|inbox|e-?mail`)
)

// followRe and socialRe: a follow-us line asks the reader to follow the
// site (never «تابع», the news verb «he went on», unless «تابع أحدث/آخر …»,
// the imperative) on a social network or Google News, or on «حساباتنا»:
// the site speaking of its own accounts.
var (
	followRe = regexp.MustCompile(`(?i)(?:^|[\s،,.])(?:تابعوا|تابعونا|تابعنا|تابعني|تابع\s+(?:أحدث|آخر|اخر|أهم|كل)|(?:اشترك|اشتركوا)\s+في\s+(?:قناة|قناتنا|صفحة|صفحتنا)|follow\s+us)(?:[\s،,.:]|$)`)
	socialRe = regexp.MustCompile(`(?i)تويتر|تويتير|فيسبوك|فيس\s?بوك|إنستغرام|انستغرام|انستجرام|إنستجرام|سناب|يوتيوب|تيليجرام|تيليغرام|تلغرام|تليغرام|تليجرام|تلجرام|واتساب|twitter|facebook|instagram|snapchat|youtube|telegram|whatsapp|(?:^|\s)@\w|حساباتنا|صفحاتنا|منصاتنا|قناتنا|جوجل\s+نيوز|غوغل\s+نيوز|google\s+news`)
)

// networkDatelineRe: a network's dateline before the first sentence, the
// network's Latin name in brackets and a double dash: «الرياض، المملكة
// العربية السعودية (CNN)-- ».
var networkDatelineRe = regexp.MustCompile(`^[^()\n]{2,60}?\s*\([A-Z][A-Za-z .]{1,15}\)\s*--\s*`)

// asksToFollow says whether line p asks the reader to follow the site
// (followRe) somewhere (socialRe).
func asksToFollow(p string) bool { return followRe.MatchString(p) && socialRe.MatchString(p) }

// datelineRe: a wire dateline before the first sentence: «الرياض 11 أغسطس 2015 (واس) - ».
// siteDatelineRe: the site's own dateline opening the text, its name in
// quotes and the city it files from («"إيلاف" من لندن:»).
var siteDatelineRe = regexp.MustCompile(`^[«"“]([^«»"“”]{2,30})[»"”]\s+من\s+[^\s:：]+(?:\s[^\s:：]+)?\s*[:：]\s+`)

// tipLineRe: a call for readers' stories («هل لديك قصة أو معلومة …؟ تواصل
// معنا»).
var tipLineRe = regexp.MustCompile(`^(?:هل\s+(?:لديك|عندك)\s+(?:قصة|معلومة|خبر|صورة|فيديو)[^.؟?]{0,80}[؟?]|(?:لإرسال|لارسال|أرسلوا|ارسلوا)\s+(?:ال)?(?:أخبار|اخبار|صور|فيديو)\S*\s.{0,80}(?:الرقم|واتس|البريد))`)

// metaRowMarks are the parts of an article's info row: the publishing
// stamp, the read count, print, send to a friend, the comment count. A
// line with two of them, parted by bars, is that row.
var metaRowMarks = []*regexp.Regexp{
	regexp.MustCompile(`(?:نشر|تاريخ النشر)\s*[:：]`),
	regexp.MustCompile(`[\d٠-٩,]+\s+(?:قراءة|مشاهدة)`),
	regexp.MustCompile(`(?:^|[\s|])طباعة(?:$|[\s|])`),
	regexp.MustCompile(`(?:أرسل|ارسل)\s+(?:لصديق|إلى صديق)`),
	regexp.MustCompile(`تعليقات\s*\([\d٠-٩]+\)`),
}

// metaRow says whether line p is an article's info row.
func metaRow(p string) bool {
	if !strings.Contains(p, "|") || wc(p) > 30 {
		return false
	}
	n := 0
	for _, re := range metaRowMarks {
		if re.MatchString(p) {
			n++
		}
	}
	return n >= 2
}

// labelOnlyRe: a label whose value the page left empty («من:»).
var labelOnlyRe = regexp.MustCompile(`^\pL{1,12}\s*[:：]$`)

var datelineRe = regexp.MustCompile(`^([^\s()]+(?:\s[^\s()]+){0,2})\s+([\d٠-٩]{1,2}\s+\S+\s+[\d٠-٩]{4})\s*(?:م\s*)?\(([^()]{2,20})\)\s*[-–—]\s+`)

// cleanParas applies the paragraph-level rules to trafilatura's output.
func (c *cleaner) cleanParas(paras []string, title string) []string {
	out := paras[:0:0]
	seen := make(map[string]bool, len(paras))
	tk := titleKey(title)
	for i, p := range paras {
		k := titleKey(p)
		switch {
		case wc(p) >= 5 && seen[k]:
			continue // trafilatura sometimes emits a one-paragraph story twice
		case tk != "" && (k == tk || k == tk+tk):
			continue // the headline is not body text, wherever it shows up (twice, glued: a forum post's title bar and its red title)
		case markerRe.MatchString(p) && wc(p) <= 2:
			continue
		case c.headlines[k] && wc(p) <= 30:
			continue // another article's headline, outside its link
		case wc(p) <= 6 && counterRe.MatchString(p):
			continue
		case wc(p) <= 6 && posterCardRe.MatchString(p):
			continue // a forum poster's card: «تاريخ التسجيل: Mar 2009», «المشاركات: 27,133»
		case i >= len(paras)-2 && wc(p) <= 6 && sourceLineRe.MatchString(p):
			continue
		case wc(p) <= 5 && (creditLineRe.MatchString(p) || archiveCaptionRe.MatchString(p)):
			continue // a picture's credit standing as a line: «الصورة: واس»
		case len(out) == 0 && datelineOnlyRe.MatchString(p):
			continue
		case i >= len(paras)-3 && wc(p) <= 40 && disclaimerRe.MatchString(p):
			continue
		case i >= len(paras)-3 && wc(p) <= 25 && printEditionRe.MatchString(p):
			continue // «نُشر في النسخة الورقية، العدد (11221)، الصفحة 22»
		case len(out) == 0 && c.section != "" && k == c.section && wc(p) <= 4:
			continue // the section's name over the text
		case wc(p) <= 40 && subscribeRe.MatchString(p) && mailRe.MatchString(p):
			continue // a newsletter box's pitch, wherever the box stands
		case wc(p) <= 30 && asksToFollow(p):
			continue // a follow-us line, wherever it stands
		case wc(p) <= 10 && videoCaptionRe.MatchString(p) && !strings.ContainsAny(p, ".،؟!"):
			continue // a video's caption: «فيديو من موقع الحدث - بيت لحم»
		case i >= len(paras)-3 && editorInitialsRe.MatchString(p):
			continue // the desk's sign-off «ع.ش/ م.س (د ب أ)»: who edited it, not the story
		case i >= len(paras)-3 && closingCodeRe.MatchString(p):
			continue // an agency's closing code «وام/فلان/ز م»: who filed it, not the story
		case wireNoteRe.MatchString(p):
			continue // «(إعداد فلان للنشرة العربية - تحرير فلانة)»: the byline's, not the story's
		case wc(p) <= 40 && (appPromoRe.MatchString(p) || smsPromoRe.MatchString(p) || tipLineRe.MatchString(p)):
			continue // «حمّلوا تطبيق الوكالة …», a text-message or tip-line pitch, wherever it stands
		case metaRow(p) || labelOnlyRe.MatchString(p):
			continue // the info row «نشر: … | 417 قراءة | طباعة | أرسل لصديق», a label left empty
		case wc(p) <= 6 && nonDateWords(p) == 0 && len(findDates(p, c.zone, c.now)) > 0:
			continue // a date and a clock alone on their line are the page's stamp, not the story
		case wc(p) <= 40 && affiliateRe.MatchString(p):
			continue // an affiliate disclosure, wherever it stands
		case wc(p) <= 30 && buyRe.MatchString(p) && priceRe.MatchString(p):
			continue // a shop's price box: «1,799 درهم اشترِ الآن من …»
		}
		if len(out) > 0 && (sigLineRe.MatchString(p) && !slices.ContainsFunc(paras[i+1:], isProseLine) || tk != "" && replyTitle(p) == tk) {
			// A forum post ends at its poster's signature line (a rule with
			// no prose after it: a news page may draw one between its
			// parts), and the thread's replies («رد: العنوان») are not the
			// story.
			break
		}
		if len(out) == 0 {
			if m := datelineRe.FindStringSubmatchIndex(p); m != nil && utf8.RuneCountInString(p[m[1]:]) > 40 &&
				len(findDates(p[m[4]:m[5]], c.zone, c.now)) > 0 {
				p = p[m[1]:]
			} else if m := networkDatelineRe.FindStringIndex(p); m != nil && utf8.RuneCountInString(p[m[1]:]) > 40 {
				p = p[m[1]:]
			} else if m := siteDatelineRe.FindStringIndex(p); m != nil && utf8.RuneCountInString(p[m[1]:]) > 40 {
				p = p[m[1]:]
			}
		}
		seen[k] = true
		out = append(out, p)
		// A wire story ends at its end mark: the mark stays (the copy
		// prints it), and one short line after it (the wire's clock
		// «20:26 ت م», a sign-off); what follows that is the page's.
		if i > 0 && endMarkRe.MatchString(p) {
			if i+1 < len(paras) && wc(paras[i+1]) <= 12 {
				out = append(out, paras[i+1])
			}
			break
		}
	}
	return dropPullQuotes(out)
}

// mediaLabelRe is the label a video's or a gallery's caption opens with,
// durationRe the clip's length that may close it («... 03:02»).
var (
	mediaLabelRe = regexp.MustCompile(`^(?:فيديو|بالفيديو|شاهد|بالصور|صور|(?i:video|watch))\s*[:：|]\s*`)
	durationRe   = regexp.MustCompile(`\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$`)
)

// dropPullQuotes drops a short paragraph whose words stand verbatim inside
// another paragraph of the text: a pull quote (a quote box, a «tweet this»
// card) repeats a sentence of the story where the layout wants it.
func dropPullQuotes(paras []string) []string {
	if len(paras) < 2 {
		return paras
	}
	keys := make([]string, len(paras))
	for i, p := range paras {
		keys[i] = titleKey(p)
	}
	out := paras[:0:0]
	for i, p := range paras {
		quote := false
		// A video's caption («فيديو: …») that repeats the opening is a
		// quote of it too.
		ki := keys[i]
		if m := mediaLabelRe.FindStringIndex(p); m != nil {
			ki = titleKey(durationRe.ReplaceAllString(p[m[1]:], ""))
		}
		if n := wc(p); n >= 6 && n <= 60 {
			for j := range paras {
				// Strictly inside: a paragraph and its lightly edited twin
				// (one word more) are two paragraphs, not a quote.
				if j != i && 5*len(ki) <= 4*len(keys[j]) && strings.Contains(keys[j], ki) {
					quote = true
					break
				}
			}
		}
		if !quote {
			out = append(out, p)
		}
	}
	return out
}

// fingerprint is the host-memory key of a paragraph: white space folded,
// digits masked (so «عدد القراءات: 345» is one line on every page), case folded.
func fingerprint(p string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	space := false
	for _, r := range strings.ToLower(p) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsDigit(r):
			r = '0'
		}
		if space {
			h = (h ^ ' ') * prime
			space = false
		}
		for _, b := range []byte(string(r)) {
			h = (h ^ uint64(b)) * prime
		}
	}
	return h
}
