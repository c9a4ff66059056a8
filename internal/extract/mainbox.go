package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A page's main text box: trafilatura takes the first element its selectors
// name, and a class such as «article-header» (a headline, a standfirst and
// the byline row) can win over the box that holds the story's paragraphs;
// it then returns the standfirst alone. The box under the headline that
// holds the most prose is the story's, by the page's own structure.

// mainBoxReach is how many blocks after the headline the main box's first
// paragraph may stand (past a standfirst, a byline row, a picture's caption):
// the prose far below it is comments or another article.
const mainBoxReach = 15

// mainBoxLetters is the least prose the main box must hold to be trusted
// over trafilatura's choice.
const mainBoxLetters = 250

// textBox is the element whose child blocks hold the most prose.
type textBox struct {
	path    []int // from the document, child indices; nil: no box
	letters int   // its prose letters
	first   int   // its first prose block
}

// mainBox finds the element whose child blocks hold the most prose, if its
// first paragraph stands just under the headline block head.
func mainBox(p *page, doc *html.Node, head int) textBox {
	if head < 0 {
		return textBox{}
	}
	type group struct{ letters, first int }
	groups := map[*html.Node]*group{}
	var best *html.Node
	for i, b := range p.blocks {
		if b.par == nil || !isProse(b) {
			continue
		}
		g := groups[b.par]
		if g == nil {
			g = &group{first: i}
			groups[b.par] = g
		}
		g.letters += letterCount(b.text)
		if best == nil || g.letters > groups[best].letters {
			best = b.par
		}
	}
	if best == nil {
		return textBox{}
	}
	g := groups[best]
	if g.first <= head || g.first > head+mainBoxReach || g.letters < mainBoxLetters {
		return textBox{}
	}
	var path []int
	for n := best; n != doc; n = n.Parent {
		if n == nil {
			return textBox{}
		}
		i := 0
		for c := n.Parent.FirstChild; c != n; c = c.NextSibling {
			i++
		}
		path = append(path, i)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return textBox{path: path, letters: g.letters, first: g.first}
}

// outside says whether trafilatura's text paras took another element than
// the box (a header box with the standfirst, a card): it holds less than
// half the box's prose, or less prose and opens above the box. (A text
// that opens below it is the rest of a story split over two boxes, as
// Joomla's K2 prints it.)
func (b textBox) outside(p *page, paras []string) bool {
	if b.path == nil {
		return false
	}
	have := letterCount(strings.Join(paras, " "))
	if b.letters >= 2*have {
		return true
	}
	if len(paras) == 0 || b.letters <= have {
		return false
	}
	k := findBlock(p, paras[0])
	return k < b.first
}

// mainBoxText re-reads the page and returns the paragraphs of the element at
// path, after the same pruning trafilatura's input had; nil when the element
// is gone (pruned as furniture) or holds no text.
func mainBoxText(src string, cl *cleaner, path []int) []string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil
	}
	n := doc
	for _, i := range path {
		c := n.FirstChild
		for ; c != nil && i > 0; c = c.NextSibling {
			i--
		}
		if c == nil {
			return nil
		}
		n = c
	}
	cl.pruneAgain(doc)
	for a := n; a != doc; a = a.Parent {
		if a == nil {
			return nil // pruned
		}
	}
	wrapBrRuns(n)
	out := renderText(n)
	if len(out) == 0 {
		return nil
	}
	return out
}

// pruneAgain prunes a second parse of the page as the first was pruned,
// with a copy of the cleaner whose measures start empty (they are keyed by
// the first tree's nodes).
func (cl *cleaner) pruneAgain(doc *html.Node) {
	rc := *cl
	rc.stats = map[*html.Node]*nstat{}
	rc.prune(doc)
}
