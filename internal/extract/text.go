package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// prepare readies the parsed page for trafilatura: it drops <title> (when
// trafilatura falls back to "all the text of the page", the window title is
// not article text; we read the title ourselves) and wraps <br>-separated text.
func prepare(doc *html.Node) {
	var titles []*html.Node
	var find func(*html.Node, int)
	find = func(n *html.Node, depth int) {
		if depth > 4 { // <title> sits in html > head
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Title {
				titles = append(titles, c)
			} else {
				find(c, depth+1)
			}
		}
	}
	find(doc, 0)
	for _, t := range titles {
		t.Parent.RemoveChild(t)
	}
	wrapBrRuns(doc)
}

// wrapBrRuns turns text runs separated by <br> into <p> elements. Old table
// portals write an article as one cell of text with <br><br> between paragraphs;
// trafilatura scores paragraphs, so without this the cell is one blob that loses
// to the page at large, and the paragraphs are lost in the output.
func wrapBrRuns(n *html.Node) {
	wrapBr(n, 0, false, map[*html.Node]bool{})
}

var brContainers = map[atom.Atom]bool{
	atom.Div: true, atom.Td: true, atom.Th: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Body: true, atom.Blockquote: true, atom.Font: true, atom.Span: true, atom.Center: true,
}

// noPInside are elements a <p> must not go into.
var noPInside = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.A: true, atom.Pre: true, atom.Button: true, atom.Label: true, atom.Select: true,
	atom.Textarea: true, atom.Script: true, atom.Style: true, atom.Title: true, atom.Head: true,
}

// made holds the paragraphs wrapBr has made.
func wrapBr(n *html.Node, depth int, inP bool, made map[*html.Node]bool) {
	if depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer:
			return // page furniture: making paragraphs there only helps it look like text
		}
		if hasHint(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), boilerHints) {
			return
		}
		if noPInside[n.DataAtom] {
			inP = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.DocumentNode {
			wrapBr(c, depth+1, inP, made)
		}
	}
	if inP || n.Type != html.ElementNode || !brContainers[n.DataAtom] {
		return
	}
	// Runs of inline nodes between <br>s and block children.
	var runs [][]*html.Node
	var run []*html.Node
	brs := 0
	end := func() {
		if len(run) > 0 {
			runs = append(runs, run)
			run = nil
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			brs++
			end()
		case c.Type == html.ElementNode && blockTags[c.DataAtom]:
			end()
		default:
			run = append(run, c)
		}
	}
	end()
	withText, letters := 0, 0
	for _, r := range runs {
		if runHasText(r) {
			withText++
			letters = runLetters(r)
		}
	}
	// Two or more runs split by <br>: paragraphs. One run of bare text in a
	// cell or div, long enough to be prose: a one-paragraph article.
	if !(brs > 0 && withText >= 2) && !(withText == 1 && letters >= loneRunLetters) {
		return
	}
	for _, r := range runs {
		if !runHasText(r) || holdsMade(r, made) {
			// A run that holds paragraphs made here already (a <font>
			// whose <br> runs were wrapped just before) is not one
			// paragraph: a <p> around it gave its text twice, as a whole
			// and as its parts.
			continue
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		made[p] = true
		n.InsertBefore(p, r[0])
		for _, c := range r {
			n.RemoveChild(c)
			p.AppendChild(c)
		}
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			n.RemoveChild(c)
		}
		c = next
	}
}

// loneRunLetters is how long bare text in a container must be to count as a
// paragraph of its own.
const loneRunLetters = 100

func runLetters(r []*html.Node) int {
	n := 0
	for _, c := range r {
		switch c.Type {
		case html.TextNode:
			n += letterCount(c.Data)
		case html.ElementNode:
			n += letterCount(textOf(c))
		}
	}
	return n
}

// holdsMade says whether a run holds a paragraph wrapBr made.
func holdsMade(r []*html.Node, made map[*html.Node]bool) bool {
	var has func(n *html.Node, depth int) bool
	has = func(n *html.Node, depth int) bool {
		if depth > maxDepth {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if made[c] || c.Type == html.ElementNode && has(c, depth+1) {
				return true
			}
		}
		return false
	}
	for _, c := range r {
		if c.Type == html.ElementNode && has(c, 0) {
			return true
		}
	}
	return false
}

func runHasText(r []*html.Node) bool {
	for _, c := range r {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return true
			}
		case html.ElementNode:
			if strings.TrimSpace(textOf(c)) != "" {
				return true
			}
		}
	}
	return false
}

// paraTags end a paragraph in trafilatura's output tree.
var paraTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Tr: true, atom.Table: true,
	atom.Ul: true, atom.Ol: true, atom.Pre: true, atom.Section: true, atom.Article: true,
	atom.Figure: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Header: true, atom.Footer: true, atom.Br: true, atom.Hr: true, atom.Body: true,
}

// renderText writes the output tree as paragraphs joined by a blank line, white
// space folded inside each paragraph. Table cells in a row stay one paragraph.
func renderText(n *html.Node) []string {
	var paras []string
	var buf strings.Builder
	flush := func() {
		if t := foldSpace(buf.String()); t != "" {
			paras = append(paras, t)
		}
		buf.Reset()
	}
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			buf.WriteString(n.Data)
			return
		case html.ElementNode, html.DocumentNode:
		default:
			return
		}
		// trafilatura builds its output tree with tag names only (no atoms).
		a := n.DataAtom
		if a == 0 && n.Type == html.ElementNode {
			a = atom.Lookup([]byte(n.Data))
		}
		switch a {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Td, atom.Th:
			buf.WriteByte(' ')
		}
		// trafilatura's own tags (head, list, item, lb, quote, row, cell) may
		// survive as unknown elements; treat them like their HTML twins.
		block := paraTags[a] || n.Data == "head" || n.Data == "list" || n.Data == "item" ||
			n.Data == "lb" || n.Data == "quote" || n.Data == "row"
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
		if block {
			flush()
		}
	}
	rec(n, 0)
	flush()
	return paras
}

// trimLead drops what trafilatura keeps above the text and among its first
// lines: the headline itself, a date line, a byline. Only the first few
// paragraphs are looked at, and only short ones. A headline block may hold
// a summary line of prose above the byline and the date line (a standfirst),
// so a line that stays does not end the look.
func trimLead(paras []string, title, author string, zone *time.Location, now time.Time) []string {
	tk, ak := titleKey(title), titleKey(author)
	drop := func(p string) bool {
		k := titleKey(p)
		short := wc(p) <= 12 && utf8.RuneCountInString(p) <= 90
		switch {
		case k == "":
		case tk != "" && k == tk:
		case ak != "" && k == ak:
		case short && ak != "" && len(k) > len(ak) && strings.HasSuffix(k, ak) && wc(p)-wc(author) <= 3:
			// The portal's source line: its own name before the credit
			// («الوطن - جازان: فلان»).
		case short && len(findDates(p, zone, now)) > 0 && nonDateWords(p) <= 4:
		case wc(p) <= 18 && utf8.RuneCountInString(p) <= 120 && nonDateWords(p) <= 1 && len(findDates(p, zone, now)) > 0:
			// A longer date row is only dates and counters («… ٤:٥١ م
			// ٤٠٬١٩٧ ٣ تعليق»); a wire's dateline names its places.
		case short && postNumberRe.MatchString(p):
			// A forum post's number over it (its poster's card lines go
			// wherever they stand: cleanParas).
		case short && bylinePrefixRe.MatchString(p):
		case short && (labelRe.MatchString(p) || labelLineRe.MatchString(p)):
		default:
			return false
		}
		return true
	}
	var out []string
	for i, p := range paras {
		if i < leadLines && drop(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// posterCardRe labels the lines of a forum poster's card; postNumberRe is
// a post's number standing alone.
var (
	posterCardRe = regexp.MustCompile(`^(?i:تاريخ التسجيل|تاريخ الانضمام|المشاركات|مشاركات|عدد المشاركات|رقم العضوية|الإقامة|المواضيع|join date|posts|location)\s*[:：]`)
	postNumberRe = regexp.MustCompile(`^#?\s*[0-9٠-٩]{1,4}$`)
)

// leadLines is how many of the first paragraphs trimLead looks at.
const leadLines = 6

// trimSignature drops the text's last paragraph when it is the byline
// (the page closes the text box with the writer's name): the name is the
// article's author, not a line of its text.
func trimSignature(paras []string, author string) []string {
	ak := titleKey(author)
	if ak == "" || len(paras) < 2 {
		return paras
	}
	p := paras[len(paras)-1]
	if wc(p) > 12 {
		return paras
	}
	if titleKey(bylinePrefixRe.ReplaceAllString(strings.TrimLeft(p, "—–-_ "), "")) == ak {
		return paras[:len(paras)-1]
	}
	return paras
}

// cutAtCredit ends the text at a credit line after it: a short line that
// opens with the author, bare or after a writer's label («تحرير: فلان»,
// maybe with the photographer's credit after it), past the last paragraph
// of prose. What follows such a line — share bars, comments, a sidebar's
// boxes trafilatura took along with a table cell — is the page's, not the
// article's.
func cutAtCredit(paras []string, author string) []string {
	a := foldSpace(author)
	if utf8.RuneCountInString(a) < 3 || len(paras) < 2 {
		return paras
	}
	for i := len(paras) - 1; i >= 1; i-- {
		p := paras[i]
		if utf8.RuneCountInString(p) > creditProse {
			break // prose: the credit, if any, is the byline rules' business
		}
		if wc(p) > 16 {
			continue
		}
		line := strings.TrimSpace(foldSpace(labelLineRe.ReplaceAllString(p, "$1")))
		if !strings.HasPrefix(line, a) {
			continue
		}
		rest := strings.Trim(line[len(a):], " :：-–—,،")
		if rest != "" && !nextCreditRe.MatchString(" "+rest) {
			continue
		}
		j := i
		if labelRe.MatchString(strings.TrimSpace(paras[j-1])) {
			j-- // the label alone on the line before
		}
		if j == 0 {
			return paras
		}
		return paras[:j]
	}
	return paras
}

// creditProse is the length of a paragraph that is prose: cutAtCredit looks
// only at the short lines after the last one.
const creditProse = 250

// copyrightRe marks a copyright line: the page footer, never article text.
var copyrightRe = regexp.MustCompile(`(?i)©|&copy;|جميع الحقوق محفوظة|جميع الحقوق محفوظه|حقوق النشر محفوظة|كافة الحقوق محفوظة|all rights reserved|copyright`)

// aboutUsRe and contactLbRe mark the opening of a site's footer: «من نحن:»
// and a contact line's labels («العنوان: … | الهاتف: … | البريد: …»).
var (
	aboutUsRe   = regexp.MustCompile(`^(?:من نحن|عن (?:الموقع|الوكالة|الصحيفة|الجريدة))\s*[:：]`)
	contactLbRe = regexp.MustCompile(`(?:^|[\s|،])(?:العنوان|الهاتف|هاتف|الفاكس|فاكس|البريد|ص\.\s?ب)\s*[:：]`)
)

// isSiteFooter says whether p opens the site's footer: an «about us» line,
// or a contact line with two labels or more.
func isSiteFooter(p string) bool {
	return aboutUsRe.MatchString(p) || len(contactLbRe.FindAllStringIndex(p, 3)) >= 2
}

// trimTail drops the site's footer at the end of the text: short copyright
// lines (trafilatura's fallback for short articles takes every <p> of the
// page, footer included), and on a page laid out in one table, where
// trafilatura takes the side column and the footer along with the text,
// everything from an «about us» or contact line after the text's prose
// on, with the side column's short name and topic lines just before it.
func trimTail(paras []string) []string {
	for i := 1; i < len(paras); i++ {
		if !isSiteFooter(paras[i]) || !slices.ContainsFunc(paras[:i], isProseLine) {
			continue
		}
		paras = paras[:i]
		for len(paras) > 1 {
			p := paras[len(paras)-1]
			if wc(p) > 6 || strings.ContainsAny(p, ".،,:：؟?!؛") {
				break
			}
			paras = paras[:len(paras)-1]
		}
		break
	}
	for len(paras) > 0 {
		p := paras[len(paras)-1]
		if utf8.RuneCountInString(p) > 200 || !copyrightRe.MatchString(p) {
			break
		}
		paras = paras[:len(paras)-1]
	}
	return paras
}

// nonDateWords counts the words of p that are not part of a date expression
// (numbers, month names, «هـ», «م», clock words).
func nonDateWords(p string) int {
	n := 0
	for _, w := range strings.Fields(normalizeForDates(p)) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || strings.ContainsFunc(w, unicode.IsDigit) {
			continue
		}
		if _, ok := gregorianMonths[w]; ok {
			continue
		}
		if _, ok := hijriMonths[w]; ok {
			continue
		}
		switch w {
		case "م", "ه", "ص", "الساعه", "الموافق", "نشر", "في", "بتاريخ", "تاريخ", "النشر", "كانون", "تشرين",
			"الاول", "الثاني", "ربيع", "جمادي", "الاخر", "الاخره", "الاولي", "ذو", "ذي", "القعده", "الحجه",
			"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "مساء", "صباحا", "اخر", "تحديث":
			continue
		}
		n++
	}
	return n
}

// letterCount counts letters, the measure of "enough text".
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
