package extract

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"
	_ "time/tzdata" // dates must not depend on the host's tz database
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// trafExtractor is the go-trafilatura-backed Extractor.
type trafExtractor struct {
	opts trafilatura.Options
	mem  HostMemory // nil: every page judged on its own
}

// New returns the trafilatura-backed Extractor with the Arabic-news cleanup on
// top. It is safe for concurrent use.
func New(opts ...Option) Extractor {
	e := &trafExtractor{opts: defaultOptions()}
	for _, o := range opts {
		o(e)
	}
	return e
}

// defaultOptions are the go-trafilatura settings chosen by measurement
// (TestOptionsMeasure; newsfarm 2015-08-10 n=120 text F1 / arabic-real snippet
// precision): default 0.957 / 0.938; EnableFallback 0.957 / 0.909 and slower;
// FavorPrecision 0.758 / 0.962 (17 of 100 pages lose all text); FavorRecall
// 0.900 / 0.938; ExcludeTables and comments on/off change nothing here.
//   - comments excluded: reader comments are not the article;
//   - no fallback extractors: no gain on newsfarm, one more leak on real pages;
//   - tables kept: old portals lay the article out in a table cell;
//   - htmldate off: our own rules read Arabic dates, htmldate does not.
func defaultOptions() trafilatura.Options {
	return trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  false,
		ExcludeTables:   false,
		Focus:           trafilatura.Balanced,
		HtmlDateMode:    trafilatura.Disabled,
	}
}

// Extract decodes in.HTML, extracts the main text with trafilatura, and reads
// the metadata with our own rules. When the page has too little text the
// returned error wraps ErrNoText and the Result still carries the metadata.
func (e *trafExtractor) Extract(ctx context.Context, in Input) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	src, enc, err := decode(in.HTML, in.ContentType)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("extract: parse: %w", err)
	}
	zone := in.DefaultZone
	if zone == nil {
		zone = defaultZone
	}
	now := in.Fetched
	if now.IsZero() {
		now = time.Now()
	}

	// Metadata first: trafilatura changes the tree it is given.
	p := parsePage(doc)
	sites := siteNames(p)
	res := &Result{Encoding: enc, CanonicalURL: canonicalURL(p, in.URL)}
	var titleSite string
	res.Title, res.TitleQuality, titleSite = chooseTitle(p, sites)
	head := headlineBlock(p, res.Title)
	authorSites := sites
	if titleSite != "" {
		// «Headline | سبق»: the site's short name, which its bylines carry («سبق - جدة»).
		authorSites = append(sites[:len(sites):len(sites)], titleSite)
	}
	res.Author = chooseAuthor(p, authorSites, head)
	res.Author = e.recallByline(ctx, bylineMemHost(in.URL), p, authorSites, head, res.Author)
	res.Author = outletSigned(res.Author, authorSites, doc)
	res.Published, res.PublishedQuality = choosePublished(p, head, zone, now)
	res.Description = p.meta("og:description", "description", "twitter:description")
	if res.Description == "" {
		for _, o := range p.ldArticles() {
			if d := cleanLine(ldString(o["description"])); d != "" {
				res.Description = d
				break
			}
		}
	}
	switch {
	case len(sites) > 0:
		res.SiteName = sites[0]
	case titleSite != "":
		res.SiteName = titleSite
	}

	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	box := mainBox(p, doc, head)
	cl := newCleaner(in.URL, res.CanonicalURL, zone, now)
	cl.title = titleKey(res.Title)
	cl.section = titleKey(p.meta("article:section"))
	cl.prune(doc)
	prepare(doc)
	opts := e.opts
	if u, err := parseHTTPURL(in.URL); err == nil {
		opts.OriginalURL = u
	}
	tr, terr := trafilatura.ExtractDocument(doc, opts)
	var tradLang string
	var paras []string
	if terr == nil && tr != nil && tr.ContentNode != nil {
		paras = renderText(tr.ContentNode)
	}
	if len(paras) == 1 {
		// trafilatura's rescue of short stories takes the <article> text as
		// one run, words of adjacent blocks glued («العنوانالفقرة»); take
		// that element's paragraphs instead.
		if rp := rescue(src, cl, paras[0]); rp != nil {
			paras = rp
		}
	}
	if box.outside(p, paras) {
		// trafilatura took another element than the box under the
		// headline: a header box, a card.
		if bp := mainBoxText(src, cl, box.path); bp != nil {
			paras = bp
		}
	}
	if len(paras) > 0 {
		paras = restoreSplitBody(p, paras, res.Title, res.Author)
		paras = cutAtCredit(trimSignature(trimTail(trimLead(paras, res.Title, res.Author, zone, now)), res.Author), res.Author)
		if p.leadIn != "" && res.Author != "" {
			paras = trimLeadIn(paras, p.leadIn)
		}
		paras = cl.cleanParas(paras, res.Title)
		paras = e.learn(ctx, cl.host, paras, zone, now)
		res.Text = strings.Join(paras, "\n\n")
	}
	var trAuthor string
	if terr == nil && tr != nil {
		trAuthor = cleanAuthor(tr.Metadata.Author, authorSites)
		tradLang = tr.Metadata.Language
		if res.Title == "" {
			res.Title, res.TitleQuality = cleanLine(tr.Metadata.Title), QualityVisible
		}
	}
	res.Language = language(p, res.Text)
	if res.Language == "en" && tradLang != "" && tradLang != "ar" {
		res.Language = tradLang // the script count only knows Latin, whatlanggo knows which language
	}
	// Our byline rules read Arabic bylines, and say when an Arabic page has
	// none (a commenter, a follow button, a label are no byline);
	// on a page in another language trafilatura's author rules know more.
	if trAuthor != "" && res.Language != "ar" {
		res.Author = trAuthor
	}
	if res.Language != "ar" && yearRe.MatchString(res.Author) {
		// «eseppelt · 31. Oktober 2023», «25. Oktober 2023»: a name
		// holds no year; the name ends where the byline row's date
		// starts. (Arabic sites' feeds do put a date in the author
		// field, and a page printing it credits that string.)
		res.Author = beforeDigits(res.Author)
	}
	if letterCount(res.Text) < minTextLetters {
		if terr != nil {
			return res, fmt.Errorf("extract: text of %q: %v: %w", in.URL, terr, ErrNoText)
		}
		return res, fmt.Errorf("extract: text of %q: %w", in.URL, ErrNoText)
	}
	return res, nil
}

// beforeDigits keeps a byline's words up to the first one with a digit.
func beforeDigits(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		if strings.IndexFunc(x, unicode.IsDigit) >= 0 {
			w = w[:i]
			break
		}
	}
	return strings.Trim(strings.Join(w, " "), authorEdgePunct+"·•")
}

// yearRe is a year standing as a word.
var yearRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:19|20)\d\d(?:$|[^\pL\pN])`)

// rescue returns the paragraphs of the page's <article> when glued, its text
// with the blocks run together, is trafilatura's single paragraph; else nil.
func rescue(src string, cl *cleaner, glued string) []string {
	if !strings.Contains(src, "<article") && !strings.Contains(src, "<ARTICLE") {
		return nil
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil
	}
	cl.pruneAgain(doc)
	var art *html.Node
	var find func(*html.Node, int)
	find = func(n *html.Node, depth int) {
		if art != nil || depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Article {
			art = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c, depth+1)
		}
	}
	find(doc, 0)
	if art == nil || lettersOnly(glued) != lettersOnly(textOf(art)) {
		return nil
	}
	wrapBrRuns(art)
	out := renderText(art)
	if len(out) < 2 {
		return nil
	}
	return out
}

// lettersOnly keeps the letters and digits of s, to compare texts whatever
// their spacing.
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}
