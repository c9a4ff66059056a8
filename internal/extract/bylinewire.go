package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Two ways a page credits a story that are not the writer's own line:
//
//   - «المصدر: الرياض - واس»: the wire's credit under a source label. When
//     the value names a news agency it is the story's byline (a wire story
//     has no other); «المصدر: وزارة الصحة» or a link to another site is a
//     source, not a byline, and stays out.
//   - «<span>الشرق الأوسط</span> - <span>جدة: فلان</span>»: the site's own
//     name in an element of its own before the writer's line, as portals
//     label what they carry from a paper. The writer's line is the byline.
//     Written as one text («الوئام - فلان»), the outlet signs with the
//     writer and stays; when no writer follows («الجزيرة - رويترز», «اليوم -
//     الدمام») the outlet itself signs the story and stays too.

// sourceLabelRe is a line that is only a source label; sourceLineLabelRe a
// source label leading its value.
var (
	sourceLabelRe     = regexp.MustCompile(`^(?:المصدر|مصدر الخبر)\s*[:：\-–—]?$`)
	sourceLineLabelRe = regexp.MustCompile(`^(?:المصدر|مصدر الخبر)\s*[:：\-–—]\s*(\S.*)$`)
)

// wireCredit returns a labelled source's value as the byline when it is
// byline-shaped and names a news agency, or reads as a writer's line or a
// name («المصدر: الرياض: بندر التركي», as portals credit the paper's
// reporter), or places an outlet («المصدر: أبها: الوطن»), else "". An
// institution («المصدر: وزارة الصحة») is a source and stays out.
func wireCredit(p *page, s string, sites []string, own int) string {
	a := labelValue(p, s, nil, own)
	if a == "" {
		return ""
	}
	names := outletNames(p, sites)
	kinds := bylineKinds(a, names)
	for _, k := range kinds {
		if k == segAgency {
			return a
		}
	}
	// «المصدر: المدينة» on المدينة's own page: the site credits itself.
	if !slices.ContainsFunc(kinds, func(k segKind) bool { return k != segOutlet }) {
		return ""
	}
	if writerLine(a, names) {
		return a
	}
	if ok, _ := nameLike(a, names); ok {
		return a // «أديب الآغا»: a name the lists do not know
	}
	// «جدة - الجزيرة»: a city and a paper the page does not name.
	parts, kinds := bylinePartsKinds(a, names)
	if len(kinds) == 2 && slices.Contains(kinds, segCity) {
		for i, k := range kinds {
			if k == segOther && wc(parts[i]) <= 2 {
				return a
			}
		}
	}
	return ""
}

// outletLeadRe parts a byline at its first dash.
var outletLeadRe = regexp.MustCompile(`^(.{2,40}?)\s*[-–—]\s*(.+)$`)

// outletSigned drops the site's own name leading a writer's byline when
// the page sets it apart in an element of its own (see the top of this
// file).
func outletSigned(a string, sites []string, doc *html.Node) string {
	m := outletLeadRe.FindStringSubmatch(a)
	if m == nil || doc == nil {
		return a
	}
	lead, rest := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	if bylineCities[nameFold(lead)] {
		return a // «الرياض - فلان» on the paper of that name: the city
	}
	own := false
	for _, s := range sites {
		if nameFold(cleanLine(s)) == nameFold(strings.Trim(lead, "«»\"“” ")) {
			own = true
			break
		}
	}
	if !own || !writerLine(rest, sites) || !apart(doc, lead, rest) {
		return a
	}
	return rest
}

// writerLine says whether a byline names a writer: a person, or a city
// followed by a name («جدة: فلان الفلاني»).
func writerLine(s string, sites []string) bool {
	parts, kinds := bylinePartsKinds(s, sites)
	for i, k := range kinds {
		if k == segPerson || k == segCity && i+1 < len(kinds) && kinds[i+1] == segOther && wc(parts[i+1]) >= 2 && wc(parts[i+1]) <= 4 {
			return true
		}
	}
	return false
}

// placedCredit says whether a byline is places then an outlet or agency
// («لندن: «الشرق الأوسط»», «الرياض - واس», «كراكاس: «الشرق الأوسط»»): the
// credit closes the line, and before it stand only short parts, known cities
// or places the list lacks.
func placedCredit(s string, sites []string) bool {
	parts, kinds := bylinePartsKinds(s, sites)
	n := len(kinds)
	if n < 2 || kinds[n-1] != segAgency && kinds[n-1] != segOutlet {
		return false
	}
	for i, k := range kinds[:n-1] {
		if k != segCity && (k != segOther || wc(parts[i]) > 3) {
			return false
		}
	}
	return true
}

// apart says whether an element of the page holds only the text lead and
// its next sibling element exactly rest.
func apart(doc *html.Node, lead, rest string) bool {
	lk, rk := titleKey(lead), titleKey(rest)
	var found bool
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if found || depth > maxDepth {
			return
		}
		if c := n.FirstChild; n.Type == html.ElementNode && c != nil && c == n.LastChild && c.Type == html.TextNode && titleKey(c.Data) == lk {
			for s := n.NextSibling; s != nil; s = s.NextSibling {
				if s.Type == html.ElementNode {
					found = titleKey(textOf(s)) == rk
					break
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return found
}
