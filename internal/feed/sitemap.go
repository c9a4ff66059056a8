package feed

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// parseSitemap streams a <urlset> or <sitemapindex> with encoding/xml: no
// tree is built, so a 50 MB sitemap costs its items, not its markup. Elements
// are matched by local name (namespaces and prefixes vary wildly), except
// that a title counts only inside <news:news>, so image:title and
// video:title do not become headlines.
func parseSitemap(doc []byte, baseURL string, index bool) (*Feed, error) {
	base := parseBase(baseURL)
	f := &Feed{Kind: KindSitemap}
	if index {
		f.Kind = KindSitemapIndex
	}
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	d.CharsetReader = charsetReader

	var (
		stack   []string // local names of open elements
		text    strings.Builder
		cur     Item
		inNews  bool
		isNews  bool
		lastmod string
		pubDate string
	)
	flushURL := func() {
		if cur.URL == "" {
			return
		}
		if pubDate != "" {
			cur.Published = parseDate(pubDate)
		}
		if cur.Published.IsZero() && lastmod != "" {
			cur.Published = parseDate(lastmod)
		}
		if len(f.Items) < MaxSitemapURLs {
			f.Items = append(f.Items, cur)
		}
	}
	parent := func() string {
		if len(stack) < 2 {
			return ""
		}
		return stack[len(stack)-2]
	}
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			// A truncated or damaged sitemap still names the URLs before
			// the damage; keep them, say so.
			if len(f.Items) == 0 && len(f.Sitemaps) == 0 {
				return nil, fmt.Errorf("feed: parse sitemap: %w", err)
			}
			f.Notes = append(f.Notes, fmt.Sprintf("sitemap XML error after %d entries: %v", len(f.Items)+len(f.Sitemaps), err))
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			stack = append(stack, name)
			text.Reset()
			switch name {
			case "url":
				cur, lastmod, pubDate = Item{}, "", ""
			case "news":
				inNews, isNews = true, true
			}
		case xml.CharData:
			if text.Len() < 64<<10 {
				text.Write(t)
			}
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			name := stack[len(stack)-1]
			val := strings.TrimSpace(text.String())
			switch {
			case name == "loc" && parent() == "url":
				cur.URL = resolve(base, val)
			case name == "loc" && parent() == "sitemap":
				if u := resolve(base, val); u != "" && len(f.Sitemaps) < MaxSitemapURLs {
					f.Sitemaps = append(f.Sitemaps, u)
				}
			case name == "lastmod" && parent() == "url":
				lastmod = val
			case inNews && name == "title":
				cur.Title = plainText(val)
			case inNews && name == "publication_date":
				pubDate = val
			case inNews && name == "name" && parent() == "publication" && f.Title == "":
				f.Title = plainText(val)
			case inNews && name == "language" && parent() == "publication" && f.Language == "":
				f.Language = val
			case name == "news":
				inNews = false
			case name == "url":
				flushURL()
			}
			stack = stack[:len(stack)-1]
			text.Reset()
		}
	}
	if isNews {
		f.Kind = KindNewsSitemap
	}
	if n := len(f.Items); n == MaxSitemapURLs {
		f.Notes = append(f.Notes, fmt.Sprintf("truncated at %d URLs", MaxSitemapURLs))
	}
	return f, nil
}

// textSitemap reads the plain-text sitemap form: one absolute URL a line.
// Every non-blank line must be a URL, or it is not one.
func textSitemap(doc []byte, baseURL string) []Item {
	var items []Item
	sc := bufio.NewScanner(bytes.NewReader(doc))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if !looksURL(line) || strings.ContainsAny(line, " <>\"") {
			return nil
		}
		if len(items) < MaxSitemapURLs {
			items = append(items, Item{URL: resolve(nil, line)})
		}
	}
	if sc.Err() != nil {
		return nil
	}
	return items
}
