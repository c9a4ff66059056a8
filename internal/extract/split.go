package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// restoreSplitBody takes back the opening of an article body that its CMS
// prints in two sibling containers: Joomla's K2 writes the first paragraph
// in one box and the rest in another («itemIntroText», «itemFullText»), and
// trafilatura's body selectors take only the box whose class says full text,
// so the story loses its lead. A paragraph of prose just before the first
// one kept, in another container under the same parent or grandparent, with
// nothing but its own container's paragraphs between, is the text's first
// paragraph; a line that holds the byline is not. (A standfirst that
// repeats the lead comes back and goes again with the pull quotes.)
func restoreSplitBody(p *page, paras []string, title, author string) []string {
	if len(paras) == 0 {
		return paras
	}
	k := findBlock(p, paras[0])
	if k <= 0 {
		return paras
	}
	first := p.blocks[k]
	if first.par == nil || first.box == nil {
		return paras
	}
	tkey, akey := lettersOnly(title), lettersOnly(author)
	var back []string
	var from *html.Node
	for j := k - 1; j >= 0; j-- {
		b := p.blocks[j]
		if !isProse(b) || b.fig || b.par == nil || b.par == first.par {
			break
		}
		if from == nil {
			if !kin(b, first) {
				break
			}
			from = b.par
		} else if b.par != from {
			break
		}
		l := lettersOnly(b.text)
		if l == tkey || akey != "" && strings.Contains(l, akey) {
			break
		}
		back = append(back, b.text)
	}
	if len(back) == 0 {
		return paras
	}
	out := make([]string, 0, len(back)+len(paras))
	for i := len(back) - 1; i >= 0; i-- {
		out = append(out, back[i])
	}
	return append(out, paras...)
}

// kin says whether two blocks stand in sibling containers: their boxes'
// parents differ and share a parent, or one's parent holds the other's.
func kin(a, b block) bool {
	return a.gpar != nil && (a.gpar == b.gpar || a.gpar == b.par || a.par == b.gpar)
}

// findBlock returns the first block that is not furniture whose letters are
// s's (-1: none).
func findBlock(p *page, s string) int {
	want := lettersOnly(s)
	if want == "" {
		return -1
	}
	for i, b := range p.blocks {
		if !b.boiler && len(b.text) >= len(want)/2 && lettersOnly(b.text) == want {
			return i
		}
	}
	return -1
}
