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
	gf, err := gofeedXML(doc, kind)
	var notes []string
	if err != nil {
		fixed, what := repairXML(doc)
		gf2, err2 := gofeedXML(fixed, kind)
		if err2 != nil {
			// Last resort: a truncated or damaged document still holds
			// the items before the damage. Close what is open there.
			cut, at, ok := closeTruncated(fixed)
			if !ok {
				return nil, fmt.Errorf("feed: parse %s: %w", kind, err)
			}
			if gf2, err2 = gofeedXML(cut, kind); err2 != nil {
				return nil, fmt.Errorf("feed: parse %s: %w (after repair: %v)", kind, err, err2)
			}
			what = append(what, fmt.Sprintf("cut at byte %d and closed open elements", at))
		}
		gf = gf2
		notes = append(notes, "repaired XML: "+strings.Join(what, ", "))
	}
	f := fromGofeed(gf, kind, baseURL)
	f.Notes = append(notes, f.Notes...)
	return f, nil
}

func gofeedXML(doc []byte, kind string) (gf *gofeed.Feed, err error) {
	// A parser bug must cost us one document, not the process.
	defer func() {
		if r := recover(); r != nil {
			gf, err = nil, fmt.Errorf("gofeed panic: %v", r)
		}
	}()
	if kind == KindAtom {
		af, err := (&atom.Parser{}).Parse(bytes.NewReader(doc))
		if err != nil {
			return nil, err
		}
		return (&gofeed.DefaultAtomTranslator{}).Translate(af)
	}
	rf, err := (&rss.Parser{}).Parse(bytes.NewReader(doc))
	if err != nil {
		return nil, err
	}
	return (&gofeed.DefaultRSSTranslator{}).Translate(rf)
}

// fromGofeed converts gofeed's model to ours, item by item, so one bad field
// costs that field only.
func fromGofeed(gf *gofeed.Feed, kind, baseURL string) *Feed {
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
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		if len(f.Items) == MaxItems {
			f.Notes = append(f.Notes, fmt.Sprintf("truncated at %d items", MaxItems))
			break
		}
		if item, ok := convertItem(it, base); ok {
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
