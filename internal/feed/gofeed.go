package feed

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"
)

// summaryRunes caps a summary taken from full content (when a feed carries
// no description): enough for a lead, not the whole article.
const summaryRunes = 600

// parseGofeed reads RSS or Atom through gofeed; when that fails it repairs the
// usual breakage and tries once more.
func parseGofeed(doc []byte, kind, baseURL string) (*Feed, error) {
	gf, authors, err := gofeedXML(doc, kind)
	var notes []string
	if err != nil {
		fixed, what := repairXML(doc)
		gf2, authors2, err2 := gofeedXML(fixed, kind)
		if err2 != nil {
			// Last resort: a truncated or damaged document still holds
			// the items before the damage. Close what is open there.
			cut, at, ok := closeTruncated(fixed)
			if !ok {
				return nil, fmt.Errorf("feed: parse %s: %w", kind, err)
			}
			if gf2, authors2, err2 = gofeedXML(cut, kind); err2 != nil {
				return nil, fmt.Errorf("feed: parse %s: %w (after repair: %v)", kind, err, err2)
			}
			what = append(what, fmt.Sprintf("cut at byte %d and closed open elements", at))
		}
		gf, authors = gf2, authors2
		notes = append(notes, "repaired XML: "+strings.Join(what, ", "))
	}
	f := fromGofeed(gf, kind, baseURL, authors)
	f.Notes = append(notes, f.Notes...)
	return f, nil
}

// gofeedXML parses RSS or Atom. For RSS it also returns each item's author
// as written: gofeed reads every author as "email (name)", which turns the
// Arabic byline "علي الرباعي (الباحة)" (name, then city) into nothing.
func gofeedXML(doc []byte, kind string) (gf *gofeed.Feed, rawAuthors []string, err error) {
	// A parser bug must cost us one document, not the process.
	defer func() {
		if r := recover(); r != nil {
			gf, rawAuthors, err = nil, nil, fmt.Errorf("gofeed panic: %v", r)
		}
	}()
	if kind == KindAtom {
		af, err := (&atom.Parser{}).Parse(bytes.NewReader(doc))
		if err != nil {
			return nil, nil, err
		}
		gf, err := (&gofeed.DefaultAtomTranslator{}).Translate(af)
		return gf, nil, err
	}
	rf, err := (&rss.Parser{}).Parse(bytes.NewReader(doc))
	if err != nil {
		return nil, nil, err
	}
	gf, err = (&gofeed.DefaultRSSTranslator{}).Translate(rf)
	if err != nil {
		return nil, nil, err
	}
	rawAuthors = make([]string, len(rf.Items))
	for i, it := range rf.Items {
		rawAuthors[i] = rawRSSAuthor(it)
	}
	return gf, rawAuthors, nil
}

// rawRSSAuthor picks the author the way gofeed does (author, dc:author,
// dc:creator) but keeps the text; "" when it holds an e-mail address, which
// gofeed's name/address split handles well.
func rawRSSAuthor(it *rss.Item) string {
	if it == nil {
		return ""
	}
	a := it.Author
	if dc := it.DublinCoreExt; a == "" && dc != nil {
		if len(dc.Author) > 0 {
			a = dc.Author[0]
		} else if len(dc.Creator) > 0 {
			a = dc.Creator[0]
		}
	}
	if strings.Contains(a, "@") {
		return ""
	}
	return a
}

// fromGofeed converts gofeed's model to ours, item by item, so one bad field
// costs that field only.
func fromGofeed(gf *gofeed.Feed, kind, baseURL string, rawAuthors []string) *Feed {
	base := parseBase(baseURL)
	f := &Feed{
		Kind:     kind,
		Title:    plainText(gf.Title),
		Language: strings.TrimSpace(gf.Language),
	}
	f.SiteURL = resolve(base, gf.Link)
	if base == nil {
		// Without a fetch URL, the site link is the best base there is.
		base = parseBase(f.SiteURL)
	}
	for i, it := range gf.Items {
		if it == nil {
			continue
		}
		if len(f.Items) == MaxItems {
			f.Notes = append(f.Notes, fmt.Sprintf("truncated at %d items", MaxItems))
			break
		}
		if item, ok := convertItem(it, base); ok {
			if len(rawAuthors) == len(gf.Items) {
				if a := plainText(rawAuthors[i]); a != "" {
					item.Author = a
				}
			}
			f.Items = append(f.Items, item)
		}
	}
	return f
}

func convertItem(it *gofeed.Item, base *url.URL) (Item, bool) {
	guid := strings.TrimSpace(it.GUID)
	link := strings.TrimSpace(it.Link)
	if link == "" {
		for _, l := range it.Links {
			if l = strings.TrimSpace(l); l != "" {
				link = l
				break
			}
		}
	}
	if link == "" && looksURL(guid) {
		link = guid
	}
	item := Item{
		URL:   resolve(base, link),
		Title: plainText(it.Title),
		GUID:  guid,
	}
	if it.Author != nil {
		item.Author = personName(it.Author)
	}
	if item.Author == "" {
		for _, p := range it.Authors {
			if p != nil {
				if item.Author = personName(p); item.Author != "" {
					break
				}
			}
		}
	}
	item.Summary = plainText(it.Description)
	if item.Summary == "" && it.Content != "" {
		item.Summary = truncateRunes(plainText(it.Content), summaryRunes)
	}
	item.Published = itemTime(it)
	if item.URL == "" && item.Title == "" && item.GUID == "" {
		return Item{}, false
	}
	return item, true
}

func personName(p *gofeed.Person) string {
	if n := plainText(p.Name); n != "" {
		return n
	}
	return plainText(p.Email)
}

// itemTime prefers our own reading of the date string, which keeps the zone
// the feed gave (gofeed normalises some formats to UTC), then gofeed's.
func itemTime(it *gofeed.Item) time.Time {
	if t := parseDate(it.Published); !t.IsZero() {
		return t
	}
	if it.PublishedParsed != nil && !it.PublishedParsed.IsZero() {
		return *it.PublishedParsed
	}
	if t := parseDate(it.Updated); !t.IsZero() {
		return t
	}
	if it.UpdatedParsed != nil && !it.UpdatedParsed.IsZero() {
		return *it.UpdatedParsed
	}
	return time.Time{}
}

func looksURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
