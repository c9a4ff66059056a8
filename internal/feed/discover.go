package feed

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the link types that advertise a feed.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/rdf+xml":   true,
}

// htmlError is the answer to an HTML page: not a feed, but here are the
// feeds it links to.
func htmlError(doc []byte, baseURL string) *NotAFeedError {
	return &NotAFeedError{What: "not a feed: looks like HTML", Alternates: Alternates(doc, baseURL)}
}

// Alternates lists the feeds an HTML page advertises with <link
// rel="alternate" type="application/rss+xml|atom+xml|feed+json">, absolute
// (against <base href> when given, else baseURL), without duplicates, in page
// order.
func Alternates(page []byte, baseURL string) []string {
	base := parseBase(baseURL)
	var (
		out  []string
		seen = map[string]bool{}
	)
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		a := atom.Lookup(name)
		if (a != atom.Link && a != atom.Base) || !hasAttr {
			continue
		}
		attrs := map[string]string{}
		for {
			k, v, more := z.TagAttr()
			attrs[string(k)] = string(v)
			if !more {
				break
			}
		}
		if a == atom.Base {
			if b := parseBase(resolve(base, attrs["href"])); b != nil {
				base = b
			}
			continue
		}
		if !hasToken(attrs["rel"], "alternate") {
			continue
		}
		typ := strings.ToLower(strings.TrimSpace(attrs["type"]))
		if i := strings.IndexByte(typ, ';'); i >= 0 {
			typ = strings.TrimSpace(typ[:i])
		}
		if !feedTypes[typ] {
			continue
		}
		u := resolve(base, attrs["href"])
		if u == "" || seen[u] {
			continue
		}
		seen[u] = true
		out = append(out, u)
		if len(out) == 100 {
			return out
		}
	}
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
