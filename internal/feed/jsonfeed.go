package feed

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	gjson "github.com/mmcdole/gofeed/json"

	"github.com/mmcdole/gofeed"
)

// parseJSON reads a JSON Feed (1.0 or 1.1). gofeed decodes into typed structs,
// so one item with a number where a string belongs fails the whole document;
// then a lenient decoder takes over that keeps every item it can.
func parseJSON(doc []byte, baseURL string) (*Feed, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(doc, &probe); err != nil {
		return nil, &NotAFeedError{What: "not a feed: invalid JSON: " + err.Error()}
	}
	version := jsonString(probe["version"])
	if !strings.Contains(version, "jsonfeed.org") && probe["items"] == nil {
		return nil, &NotAFeedError{What: "not a feed: JSON that is not a JSON Feed"}
	}
	if gf, err := gofeedJSON(doc); err == nil {
		return fromGofeed(gf, KindJSON, baseURL, nil), nil
	}
	f, err := lenientJSON(probe, baseURL)
	if err != nil {
		return nil, err
	}
	f.Notes = append(f.Notes, "JSON Feed with ill-typed fields read leniently")
	return f, nil
}

func gofeedJSON(doc []byte) (gf *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			gf, err = nil, fmt.Errorf("gofeed panic: %v", r)
		}
	}()
	jf, err := (&gjson.Parser{}).Parse(bytes.NewReader(doc))
	if err != nil {
		return nil, err
	}
	return (&gofeed.DefaultJSONTranslator{}).Translate(jf)
}

func lenientJSON(top map[string]json.RawMessage, baseURL string) (*Feed, error) {
	base := parseBase(baseURL)
	f := &Feed{
		Kind:     KindJSON,
		Title:    plainText(jsonString(top["title"])),
		Language: jsonString(top["language"]),
	}
	f.SiteURL = resolve(base, jsonString(top["home_page_url"]))
	if base == nil {
		base = parseBase(f.SiteURL)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(top["items"], &raws); err != nil && top["items"] != nil {
		return nil, fmt.Errorf("feed: parse json: items is not an array: %w", err)
	}
	feedAuthor := jsonAuthor(top)
	for _, raw := range raws {
		if len(f.Items) == MaxItems {
			f.Notes = append(f.Notes, fmt.Sprintf("truncated at %d items", MaxItems))
			break
		}
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) != nil {
			continue
		}
		it := Item{
			GUID:  jsonString(m["id"]),
			Title: plainText(jsonString(m["title"])),
		}
		link := jsonString(m["url"])
		if link == "" {
			link = jsonString(m["external_url"])
		}
		if link == "" && looksURL(it.GUID) {
			link = it.GUID
		}
		it.URL = resolve(base, link)
		it.Summary = plainText(jsonString(m["summary"]))
		if it.Summary == "" {
			c := jsonString(m["content_text"])
			if c == "" {
				c = jsonString(m["content_html"])
			}
			it.Summary = truncateRunes(plainText(c), summaryRunes)
		}
		if it.Author = jsonAuthor(m); it.Author == "" {
			it.Author = feedAuthor
		}
		if it.Published = parseDate(jsonString(m["date_published"])); it.Published.IsZero() {
			it.Published = parseDate(jsonString(m["date_modified"]))
		}
		if it.URL == "" && it.Title == "" && it.GUID == "" {
			continue
		}
		f.Items = append(f.Items, it)
	}
	return f, nil
}

// jsonString reads a JSON string, or a number or boolean as its text (the
// spec asks readers to coerce ids); anything else is "".
func jsonString(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	var b bool
	if json.Unmarshal(raw, &b) == nil {
		return strconv.FormatBool(b)
	}
	return ""
}

// jsonAuthor reads "authors" (1.1) or "author" (1.0).
func jsonAuthor(m map[string]json.RawMessage) string {
	var list []map[string]json.RawMessage
	if json.Unmarshal(m["authors"], &list) == nil {
		for _, a := range list {
			if n := plainText(jsonString(a["name"])); n != "" {
				return n
			}
		}
	}
	var one map[string]json.RawMessage
	if json.Unmarshal(m["author"], &one) == nil {
		return plainText(jsonString(one["name"]))
	}
	return ""
}
