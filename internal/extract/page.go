package extract

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what one pass over the parsed document collects for the metadata
// rules: meta tags, JSON-LD objects, headings, and the visible text cut into
// blocks in document order.
type page struct {
	lang      string              // <html lang>
	metas     map[string][]string // lower-cased name/property/itemprop/http-equiv -> contents
	jsonld    []map[string]any    // every JSON-LD object, @graph and arrays flattened
	canonical string              // <link rel=canonical href>
	titleTag  string              // <title>, white space folded
	headings  []heading           // h1-h3, b, strong, font and *title* elements
	blocks    []block             // visible text blocks in document order
	bylines   []bylineEl          // author/byline elements and rel=author links
	authLinks []authLink          // links to a writer's page (/author/, /kuttab/ ...)
	labelled  []labelPair         // an element that is only a writer's label, and the element after it
	leadIn    string              // the byline lead-in of the first paragraph, when chooseAuthor took it
	outlets   []string            // the site's names, set by chooseAuthor: an outlet signs bylines with them
	times     []timeTag           // <time datetime> and itemprop=datePublished elements
}

type heading struct {
	tag    string
	text   string
	block  int // index of the first block at or after the heading
	boiler bool
	site   bool       // a logo / site-title / brand element: text names the site
	home   bool       // inside a link to the site's root (logo, site name, "home")
	art    *html.Node // the <article> it stands in (nil: none)
}

type block struct {
	text   string
	boiler bool
	link   bool // nearly all its text is link text (a teaser, a tag, a menu item)
	linked bool // some of its text is link text to elsewhere than a person's page
	fig    bool // inside a <figure>/<figcaption>: a caption, never a byline
	bold   bool // nearly all its text is in <b>/<strong>
	// emph: nearly all its text is set apart from running text: bold,
	// italic (<i>/<em>), <cite>, <address> or <small>.
	emph bool
	// lead is the set-apart run opening a block that goes on in plain text
	// («<p><b>الرياض - واس:</b> أعلنت ...</p>»): a byline printed as the
	// paragraph's lead-in.
	lead string
	// foot marks furniture that is only furniture for being a <footer>
	// (or of a "footer" class) inside the element that
	// holds the article (<article>, <main>, role=article/main,
	// itemprop=articleBody): the article's own footer, where many sites sign
	// the story. It stays boiler for the text, dates and headings; only the
	// byline search after the text reads it (see slotBlock).
	foot bool
	// box is the innermost block element holding the block's first text:
	// two blocks in one box (a <br> run) or in boxes of one tag and class
	// under one parent (sibling <p>s) are paragraphs of the same text.
	box *html.Node
	// par and gpar are box's parent and grandparent as parsed, before
	// trafilatura rearranges the tree: they tell sibling containers apart.
	par, gpar *html.Node
}

// authLink is a link whose address is a writer's page: its text names the
// writer whatever the markup around it.
type authLink struct {
	text   string
	block  int // the block the link's text is in
	boiler bool
}

// labelPair is a writer's label printed as an element of its own
// («<span>الكاتب</span><span>فلان</span>», a story card's row) and the text
// of the element after it, wherever on the page.
type labelPair struct {
	value  string
	block  int  // the block the label's text is in
	linked bool // the value holds a link that is not to a writer's page
}

// labelOf returns the text of n when n holds only a short text (one text
// node, white space aside) that is a writer's label and opens its row (no
// text before it in its parent: «فلان، <span>writer</span>» is a job
// title after a name, not a label), or "".
func labelOf(n *html.Node) string {
	s := labelText(n)
	if s == "" {
		return ""
	}
	switch n.DataAtom {
	case atom.Dt, atom.Th, atom.Td:
		return s // a cell: its row is the markup's
	}
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && strings.TrimSpace(textOf(c)) != "" {
			return ""
		}
	}
	return s
}

// labelText is the text of n when it is one short text node that a
// writer's label is, or "".
func labelText(n *html.Node) string {
	var t *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.TextNode && t == nil:
			t = c
		default:
			return ""
		}
	}
	if t == nil || len(t.Data) > 60 {
		return ""
	}
	if s := strings.TrimSpace(t.Data); labelRe.MatchString(s) {
		return s
	}
	return ""
}

// textAfterLabel is the text of author element n without its label: a
// CMS field prints its label in a child of its own before the value
// (Drupal's <div class="field__label">الكاتب</div><div
// class="field__item">…</div>).
// labelBlock says whether the label is a block of its own.
func textAfterLabel(n *html.Node) (text string, labelBlock bool) {
	c := n.FirstChild
	// Past blank text and wordless elements (the writer's photo).
	for c != nil && strings.TrimSpace(textOf(c)) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.ElementNode || c.NextSibling == nil || !labelRe.MatchString(strings.TrimSpace(textOf(c))) {
		return textOf(n), false
	}
	if !blockTags[c.DataAtom] {
		// An inline label: the name runs on after it.
		var b strings.Builder
		for m := c.NextSibling; m != nil; m = m.NextSibling {
			b.WriteString(textOf(m))
			b.WriteByte(' ')
		}
		return b.String(), false
	}
	// A label block: the name is the next block; what follows it (the
	// reporter's country, a bio) is not the name.
	for m := c.NextSibling; m != nil; m = m.NextSibling {
		if t := textOf(m); strings.TrimSpace(t) != "" {
			return t, true
		}
	}
	return "", true
}

// pairAfter reads the element after a label element n: its text and
// whether it holds a link elsewhere than a writer's page.
func pairAfter(n *html.Node, block int) (labelPair, bool) {
	m := n.NextSibling
	for m != nil && m.Type == html.TextNode && strings.TrimSpace(m.Data) == "" {
		m = m.NextSibling
	}
	if m == nil || m.Type != html.ElementNode {
		return labelPair{}, false
	}
	v := cleanLine(textOf(m))
	if v == "" || utf8.RuneCountInString(v) > 120 {
		return labelPair{}, false
	}
	lp := labelPair{value: v, block: block}
	var see func(*html.Node)
	see = func(x *html.Node) {
		if x.Type == html.ElementNode && x.DataAtom == atom.A && !authorPathRe.MatchString(attr(x, "href")) {
			lp.linked = true
		}
		for c := x.FirstChild; c != nil && !lp.linked; c = c.NextSibling {
			see(c)
		}
	}
	see(m)
	return lp, true
}

// writerIconRe is an icon's name for a writer: a person, a pen. Icon sets
// name their glyphs so (fa-user, icon-pen, #i-user); a camera marks the
// photographer, a clock the time.
var writerIconRe = regexp.MustCompile(`(?i)(?:^|[-_\s#])(?:user|pen|pencil|author|writer|person|profile|feather|quill)(?:$|[-_\s])`)

// writerIconLed says whether n's first child is an icon (an empty <i>,
// <svg> or <span>) for a writer: the text after it is then the writer's
// name, whatever the element is called.
func writerIconLed(n *html.Node) bool {
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.ElementNode || c.NextSibling == nil {
		return false
	}
	switch c.DataAtom {
	case atom.I, atom.Span, atom.Svg:
	default:
		return false
	}
	if strings.TrimSpace(textOf(c)) != "" {
		return false
	}
	name := attr(c, "class")
	if c.DataAtom == atom.Svg {
		for u := c.FirstChild; u != nil; u = u.NextSibling {
			if u.Type == html.ElementNode && u.Data == "use" {
				name += " " + attr(u, "href") + " " + attr(u, "xlink:href")
			}
		}
	}
	return writerIconRe.MatchString(name)
}

// peoplePathRe matches the address of a team member's page («/team/65»,
// «/people/…», «/staff/…»): not a writer's cue (a sports site's «/team/»
// is a club), but no other article either.
var peoplePathRe = regexp.MustCompile(`(?i)(?:^|/)(?:team|people|staff|profiles?)/[^/?#]+/?$`)

// authorPathRe matches the address of a writer's page: a path segment
// /author/, /writers/, /kuttab/ (Arabic «كتّاب» transliterated), or an
// author= query.
var authorPathRe = regexp.MustCompile(`(?i)(?:^|/)(?:authors?|writers?|kuttab|kottab|kotab|kuttaab|columnists?|reporters?|journalists?|contributors?|correspondents?)(?:/|$|\?)|[?&](?:author|writer)(?:_id|id)?=`)

type timeTag struct {
	value   string
	block   int
	boiler  bool
	pubdate bool // itemprop=datePublished, hAtom's «published» or the old pubdate attribute
	foot    bool // in the article's own footer (block.foot)
}

// maxDepth bounds the recursion of our walks over pathological documents.
const maxDepth = 400

// maxHeadingRunes bounds the headings we keep: a headline is never a page long.
const maxHeadingRunes = 400

// boilerHints are class/id words of page furniture: a date or byline found
// inside them belongs to another article (tickers, related lists, sidebars).
// A hint matches a class/id word it begins (nav -> navbar); hints with a dash
// match anywhere in the attribute.
var boilerHints = []string{"nav", "menu", "footer", "sidebar", "col-side", "aside", "widget", "ticker",
	"breaking", "marquee", "related", "similar", "most-read", "mostread", "popular", "comment",
	"share", "social", "breadcrumb", "crumbs", "bulletin", "newsletter", "morenews", "more-news",
	"latest", "cards", "advert", "ad-slot", "scores", "live-score"}

// hasHint reports whether the class/id string cls (lower case) carries a hint.
func hasHint(cls string, hints []string) bool {
	if strings.TrimSpace(cls) == "" {
		return false
	}
	words := strings.FieldsFunc(cls, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for _, h := range hints {
		if strings.Contains(h, "-") {
			if strings.Contains(cls, h) {
				return true
			}
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(w, h) {
				return true
			}
		}
	}
	return false
}

// footHints are the furniture hints but "footer": what marks an article's
// footer as plain furniture (share bars, tags, related lists in it).
var footHints = func() []string {
	var out []string
	for _, h := range boilerHints {
		if h != "footer" {
			out = append(out, h)
		}
	}
	return out
}()

var footerHint = []string{"footer"}

// ownFooter says whether a class names the article's own footer
// («article-footer», WordPress's «entry-footer»): the page need not mark
// its article with <article> or schema.org for that footer to be the
// article's.
func ownFooter(cls string) bool {
	if !strings.Contains(cls, "footer") {
		return false
	}
	for _, w := range strings.FieldsFunc(cls, func(r rune) bool { return r == ' ' }) {
		for _, h := range []string{"article", "post", "entry", "news", "story"} {
			for _, sep := range []string{"-", "_", ""} {
				if w == h+sep+"footer" {
					return true
				}
			}
		}
	}
	return false
}

// setFoot sets the walker's foot state and returns what restores it.
func (w *walker) setFoot(v bool) func() {
	old := w.foot
	w.foot = v
	return func() { w.foot = old }
}

var siteHints = []string{"logo", "site-title", "site-name", "sitename", "brand", "masthead"}

var bylineHints = []string{"author", "byline", "writer", "kateb", "reporter", "columnist"}

// camelBylineRe finds a byline hint closing a CamelCase class/id word:
// ASP.NET and other templates write «ArticleWriter», «divAuthor»,
// «NewsByline», which lower-cased read as one word.
// A «followAuthor» button is not one.
var camelBylineRe = regexp.MustCompile(`([A-Za-z0-9]*[a-z0-9])(?:Author|Writer|Byline|Reporter|Columnist)(?:[^A-Za-z0-9]|$)`)

func camelByline(cls string) bool {
	for _, m := range camelBylineRe.FindAllStringSubmatch(cls, -1) {
		if !strings.HasSuffix(strings.ToLower(m[1]), "follow") {
			return true
		}
	}
	return false
}

// bylineEl is the text of an author element and the block it starts in.
type bylineEl struct {
	text  string
	block int
}

// othersHints are the furniture hints of boxes about other texts than the
// article: comments and other stories.
var othersHints = []string{"comment", "related", "similar", "most-read", "mostread", "popular", "latest",
	"morenews", "more-news", "ticker", "breaking", "cards", "more-from", "morefrom", "more-stories",
	"recommended", "suggested", "trending", "most-viewed", "mostviewed"}

// inOthers says whether n stands in a box about other texts (othersHints)
// within the article's element or the body: the classes of <body> and
// <article> describe the page («comments-open»), not a box on it.
func inOthers(n *html.Node) bool {
	for a, d := n, 0; a != nil && d < maxDepth; a, d = a.Parent, d+1 {
		if a.Type != html.ElementNode {
			continue
		}
		switch a.DataAtom {
		case atom.Article, atom.Main, atom.Body, atom.Html:
			return false
		}
		if hasHint(strings.ToLower(attr(a, "class")+" "+attr(a, "id")), othersHints) {
			return true
		}
	}
	return false
}

// articleHolders returns the ancestors of the elements that mark the
// article itself: itemprop=articleBody or blogPost, an itemtype of Article,
// NewsArticle or BlogPosting, hAtom's «hentry». Blogger wraps the post in
// «<div class="widget Blog">», and a widget is furniture anywhere else.
func articleHolders(doc *html.Node) map[*html.Node]bool {
	var holds map[*html.Node]bool
	var rec func(n *html.Node, depth int)
	rec = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode && marksArticle(n) {
			if holds == nil {
				holds = map[*html.Node]bool{}
			}
			// The marker itself too: its class may carry a furniture
			// word («newsletter-post» on a newsletter platform's post).
			for a := n; a != nil && !holds[a]; a = a.Parent {
				holds[a] = true
			}
			return // what it holds is the article's
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
	}
	rec(doc, 0)
	return holds
}

func marksArticle(n *html.Node) bool {
	// An <article> with the page's <h1> is the story (a teaser card has a
	// lesser heading): a theme may wrap it in a «widget» box (Blogger's
	// «widget Blog»).
	if n.DataAtom == atom.Article && holdsH1(n, 0) {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if v := strings.ToLower(a.Val); v == "articlebody" || v == "blogpost" {
				return true
			}
		case "itemtype":
			v := strings.ToLower(a.Val)
			if strings.HasSuffix(v, "/article") || strings.HasSuffix(v, "/newsarticle") || strings.HasSuffix(v, "/blogposting") {
				return true
			}
		case "class":
			if hasWord(strings.ToLower(a.Val), "hentry") {
				return true
			}
		}
	}
	return false
}

func holdsH1(n *html.Node, depth int) bool {
	if depth > maxDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || holdsH1(c, depth+1)) {
			return true
		}
	}
	return false
}

func parsePage(doc *html.Node) *page {
	p := &page{metas: map[string][]string{}}
	w := &walker{p: p, holds: articleHolders(doc)}
	w.walk(doc, 0, false, false)
	w.flush(false)
	return p
}

type walker struct {
	p *page
	// holds are the elements that hold a marked article (articleHolders):
	// a furniture class on them does not make the article furniture.
	holds map[*html.Node]bool
	buf   strings.Builder
	// linkDepth and figDepth count the open <a> and <figure>/<figcaption>
	// elements; linkBytes is how much of buf was written inside a link.
	linkDepth, figDepth int
	linkBytes           int
	// peopleDepth counts the open links to a person's page (a writer's,
	// a team member's); elsewhereBytes is how much of buf was written
	// inside other links.
	peopleDepth    int
	elsewhereBytes int
	art            *html.Node // the <article> being walked
	boldDepth      int
	boldBytes      int
	emphDepth      int
	emphBytes      int
	// leadLen is how much of buf the opening set-apart run holds; plainSeen
	// is set once text outside any emphasis was written.
	leadLen   int
	plainSeen bool
	fig       bool // some of buf was written inside a figure
	boxes     []*html.Node
	box       *html.Node // boxes' top when buf got its first text
	// content counts the open elements that hold an article; foot is set
	// inside an article's own footer (block.foot).
	content int
	foot    bool
}

func (w *walker) flush(boiler bool) {
	raw := w.buf.String()
	t := foldSpace(raw)
	n := len(strings.TrimSpace(raw))
	link := n > 0 && w.linkBytes*10 >= n*9
	bold := n > 0 && w.boldBytes*10 >= n*9
	emph := n > 0 && w.emphBytes*10 >= n*9
	lead := ""
	if w.plainSeen && w.leadLen > 0 && !emph {
		lead = foldSpace(raw[:w.leadLen])
	}
	fig, box, linked := w.fig, w.box, w.elsewhereBytes > 0
	w.buf.Reset()
	w.linkBytes, w.elsewhereBytes, w.boldBytes, w.emphBytes, w.fig, w.box = 0, 0, 0, 0, false, nil
	w.leadLen, w.plainSeen = 0, false
	if t != "" {
		var par, gpar *html.Node
		if box != nil && box.Parent != nil {
			par, gpar = box.Parent, box.Parent.Parent
		}
		w.p.blocks = append(w.p.blocks, block{text: t, boiler: boiler, link: link, linked: linked, fig: fig, bold: bold, emph: emph, box: box,
			par: par, gpar: gpar, foot: boiler && w.foot, lead: lead})
	}
}

func (w *walker) walk(n *html.Node, depth int, boiler, site bool) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		if w.linkDepth > 0 {
			w.linkBytes += len(strings.TrimSpace(n.Data))
			if w.peopleDepth == 0 {
				w.elsewhereBytes += len(strings.TrimSpace(n.Data))
			}
		}
		if w.boldDepth > 0 {
			w.boldBytes += len(strings.TrimSpace(n.Data))
		}
		if w.emphDepth > 0 {
			w.emphBytes += len(strings.TrimSpace(n.Data))
		}
		if strings.TrimSpace(n.Data) != "" && !w.plainSeen {
			if w.emphDepth > 0 {
				w.leadLen = w.buf.Len()
			} else {
				w.plainSeen = true
			}
		}
		if strings.TrimSpace(n.Data) != "" {
			if w.figDepth > 0 {
				w.fig = true
			}
			if w.box == nil && len(w.boxes) > 0 {
				w.box = w.boxes[len(w.boxes)-1]
			}
		}
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, depth+1, boiler, site)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			w.jsonLD(textOf(n))
		}
		return
	case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object, atom.Select, atom.Textarea:
		return
	case atom.Html:
		if l := attr(n, "lang"); l != "" {
			w.p.lang = l
		} else if l := attr(n, "xml:lang"); l != "" {
			w.p.lang = l
		}
	case atom.Title:
		if w.p.titleTag == "" {
			w.p.titleTag = cleanLine(textOf(n))
		}
		return
	case atom.Meta:
		w.meta(n)
		return
	case atom.Link:
		rel := strings.ToLower(attr(n, "rel"))
		if hasWord(rel, "canonical") && w.p.canonical == "" {
			w.p.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return
	}
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	role := strings.ToLower(strings.TrimSpace(attr(n, "role")))
	// An article's own footer: a footer inside the element holding the
	// article. The page's footer (outside it) is chrome; this one often
	// carries the signature, so the byline search may read it (block.foot).
	// Any other furniture hint on it or inside it makes it plain furniture.
	// (role=contentinfo was never furniture here, so it needs no exception.)
	if !boiler && (w.content > 0 && (n.DataAtom == atom.Footer || hasHint(cls, footerHint)) || ownFooter(cls)) && !hasHint(cls, footHints) {
		boiler = true
		w.flush(true) // text before the footer is not the footer's
		defer w.setFoot(true)()
	}
	switch n.DataAtom {
	// Not <form>: ASP.NET pages wrap the whole page in one.
	case atom.Nav, atom.Aside, atom.Footer, atom.Button:
		if !boiler {
			boiler = true
		} else if w.foot && n.DataAtom != atom.Footer {
			defer w.setFoot(false)()
		}
	}
	if !boiler && hasHint(cls, boilerHints) && !w.holds[n] {
		boiler = true
	} else if w.foot && hasHint(cls, footHints) {
		defer w.setFoot(false)()
	}
	if !boiler && (n.DataAtom == atom.Article || n.DataAtom == atom.Main || role == "main" || role == "article" ||
		marksArticle(n)) {
		w.content++
		defer func() { w.content-- }()
	}
	if !site && hasHint(cls, siteHints) {
		site = true
	}
	itemprop := strings.ToLower(attr(n, "itemprop"))
	if itemprop != "" {
		if v, ok := attrOK(n, "content"); ok {
			w.addMeta(itemprop, v)
		}
	}
	isBlock := blockTags[n.DataAtom]
	if isBlock {
		w.flush(boiler)
	}
	if n.DataAtom == atom.Br {
		w.flush(boiler)
		return
	}
	// Two inline elements side by side with nothing between them are two
	// items the style sheet spaces apart («تحرير: فلان» then «تصوير:
	// فلان», two tags): their words must not run together.
	if !isBlock && n.PrevSibling != nil && n.PrevSibling.Type == html.ElementNode && !blockTags[n.PrevSibling.DataAtom] &&
		n.PrevSibling.DataAtom != atom.Br && w.buf.Len() > 0 && !endsSpace(&w.buf) {
		w.buf.WriteByte(' ')
	}
	// hAtom's <abbr class="published" title="ISO"> (Blogger, old WordPress
	// themes) carries the machine date in its title.
	hAtom := n.DataAtom == atom.Abbr && hasWord(strings.ToLower(attr(n, "class")), "published")
	if n.DataAtom == atom.Time || itemprop == "datepublished" || hAtom {
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "content")
		}
		if v == "" && (hAtom || n.DataAtom == atom.Abbr) {
			v = attr(n, "title")
		}
		if v != "" {
			_, pub := attrOK(n, "pubdate")
			w.p.times = append(w.p.times, timeTag{value: v, block: len(w.p.blocks), boiler: boiler, foot: w.foot,
				pubdate: pub || itemprop == "datepublished" || hAtom})
		}
	}
	rel := strings.ToLower(attr(n, "rel"))
	if (n.DataAtom == atom.A && hasWord(rel, "author")) || hasHint(cls, bylineHints) || camelByline(attr(n, "class")+" "+attr(n, "id")) || strings.Contains(itemprop, "author") {
		// A comment's author or a related story's writer is not this
		// article's (a rail beside the text, furniture too, may hold it).
		raw, labelBlock := textAfterLabel(n)
		if t := cleanLine(raw); t != "" && utf8.RuneCountInString(t) <= 120 && !inOthers(n) {
			b := len(w.p.blocks)
			if labelBlock {
				b++ // the label is a block of its own: the name is in the next
			}
			w.p.bylines = append(w.p.bylines, bylineEl{t, b})
		}
	}
	if labelOf(n) != "" {
		if lp, ok := pairAfter(n, len(w.p.blocks)); ok {
			w.p.labelled = append(w.p.labelled, lp)
		}
	}
	if (n.DataAtom == atom.A && authorPathRe.MatchString(attr(n, "href"))) || writerIconLed(n) {
		if t := cleanLine(textOf(n)); t != "" && utf8.RuneCountInString(t) <= 80 {
			w.p.authLinks = append(w.p.authLinks, authLink{text: t, block: len(w.p.blocks), boiler: boiler})
		}
	}
	isHeading := false
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.B, atom.Strong, atom.Font:
		isHeading = true
	default:
		isHeading = strings.Contains(cls, "title") || strings.Contains(cls, "headline") || itemprop == "headline"
	}
	if isHeading || site {
		if t := cleanLine(textOf(n)); t != "" && utf8.RuneCountInString(t) <= maxHeadingRunes {
			w.p.headings = append(w.p.headings, heading{tag: n.Data, text: t, block: len(w.p.blocks), art: w.art,
				boiler: boiler, site: site, home: inHomeLink(n)})
		}
	}
	switch n.DataAtom {
	case atom.Article:
		prev := w.art
		w.art = n
		defer func() { w.art = prev }()
	case atom.A:
		w.linkDepth++
		defer func() { w.linkDepth-- }()
		if href := attr(n, "href"); authorPathRe.MatchString(href) || peoplePathRe.MatchString(href) {
			w.peopleDepth++
			defer func() { w.peopleDepth-- }()
		}
	case atom.Figure, atom.Figcaption:
		w.figDepth++
		defer func() { w.figDepth-- }()
	case atom.B, atom.Strong:
		w.boldDepth++
		w.emphDepth++
		defer func() { w.boldDepth--; w.emphDepth-- }()
	case atom.I, atom.Em, atom.Cite, atom.Address, atom.Small:
		w.emphDepth++
		defer func() { w.emphDepth-- }()
	}
	if isBlock {
		w.boxes = append(w.boxes, n)
		defer func() { w.boxes = w.boxes[:len(w.boxes)-1] }()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1, boiler, site)
	}
	if isBlock {
		w.flush(boiler)
	}
}

func (w *walker) meta(n *html.Node) {
	content, ok := attrOK(n, "content")
	if !ok {
		return
	}
	for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
		if key := attr(n, k); key != "" {
			w.addMeta(key, content)
		}
	}
}

func (w *walker) addMeta(key, value string) {
	key = strings.ToLower(strings.TrimSpace(key))
	value = strings.TrimSpace(value)
	if key == "" || value == "" {
		return
	}
	// RDFa allows several space-separated properties in one attribute.
	for _, k := range strings.Fields(key) {
		w.p.metas[k] = append(w.p.metas[k], value)
	}
}

func (w *walker) jsonLD(s string) {
	s = strings.TrimSpace(s)
	// Some CMSs wrap the JSON in an HTML comment or CDATA section.
	s = strings.TrimPrefix(strings.TrimSuffix(s, "-->"), "<!--")
	s = strings.TrimPrefix(strings.TrimSuffix(strings.TrimSpace(s), "]]>"), "<![CDATA[")
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return // broken JSON-LD is common; the other sources still count
	}
	flattenLD(v, &w.p.jsonld, 0)
}

func flattenLD(v any, out *[]map[string]any, depth int) {
	if depth > 8 || len(*out) > 200 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			flattenLD(e, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, x)
		if g, ok := x["@graph"]; ok {
			flattenLD(g, out, depth+1)
		}
	}
}

// meta returns the first non-empty content of the first key present.
func (p *page) meta(keys ...string) string {
	for _, k := range keys {
		for _, v := range p.metas[k] {
			if v = cleanLine(v); v != "" {
				return v
			}
		}
	}
	return ""
}

var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Center: true,
	atom.Caption: true, atom.Summary: true, atom.Menu: true, atom.Br: true,
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textOf is the text content of n, skipping scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if depth > maxDepth || b.Len() > 1<<20 {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				if depth > 0 {
					return
				}
			case atom.Br, atom.P, atom.Div, atom.Li, atom.Td:
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
	}
	rec(n, 0)
	return b.String()
}

func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// foldSpace collapses every run of white space (and invisible format
// characters) to one space and trims the ends.
func foldSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || isInvisible(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isInvisible reports the zero-width and bidi-control characters that CMSs
// leave in titles and names (BOM, ZWSP, LRM/RLM, embeddings and isolates).
// ZWNJ/ZWJ are kept: they change letter shapes in Persian and Urdu.
func isInvisible(r rune) bool {
	switch {
	case r == '\uFEFF', r == '\u200B', r == '\u200E', r == '\u200F', r == '\u00AD', r == '\u2060':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// cleanLine folds white space in a line of page text (titles, names) and
// keeps everything else as the page shows it: a reader saw the bidi marks
// and the literal "&#39;" of a double-escaping CMS, and the stored text is
// the original; the search form folds them away later.
func cleanLine(s string) string {
	// Most lines are clean already: return them without a copy.
	clean, prevSpace := true, true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace || s == "" {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// inHomeLink reports whether n sits inside a link to the site's root: the
// logo or the site's name, whatever its class; never the headline.
func inHomeLink(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && a.DataAtom == atom.A {
			return isHomeHref(attr(a, "href"))
		}
	}
	return false
}

// isHomeHref reports whether href points at a site's root page: "/",
// "index.html", or an absolute URL with an empty path and no query.
func isHomeHref(href string) bool {
	h := strings.TrimSpace(href)
	switch strings.ToLower(h) {
	case "/", "./", "index.html", "index.htm", "index.php", "/index.html", "/index.htm", "/index.php", "/index.aspx", "/default.aspx":
		return true
	}
	if !strings.HasPrefix(h, "http://") && !strings.HasPrefix(h, "https://") && !strings.HasPrefix(h, "//") {
		return false
	}
	u, err := url.Parse(h)
	if err != nil {
		return false
	}
	return (u.Path == "" || u.Path == "/") && u.RawQuery == "" && u.Fragment == ""
}

// endsSpace says whether the builder's text ends in white space.
func endsSpace(b *strings.Builder) bool {
	s := b.String()
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}
