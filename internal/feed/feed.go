// Package feed turns what a news source publishes — RSS 0.9x/1.0/2.0, Atom,
// JSON Feed, news sitemaps, sitemaps and sitemap indexes — into items, and
// reads and writes OPML subscription lists.
//
// Parse takes the raw bytes as fetched: it finds the charset itself (BOM,
// Content-Type, XML prolog, sniffing), detects the format from the bytes, and
// repairs the breakage real CMSs emit (bare ampersands, control characters,
// HTML entities, junk before the prolog) rather than losing a feed to it.
package feed

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// MaxItems caps the items taken from one RSS, Atom or JSON document: a real
// feed has tens; more is a runaway archive or an attack.
const MaxItems = 10_000

// MaxSitemapURLs caps the URLs taken from one sitemap; 50,000 is the limit the
// sitemaps protocol itself sets.
const MaxSitemapURLs = 50_000

// maxGunzip bounds a gzipped sitemap once inflated (the protocol allows 50 MB).
const maxGunzip = 64 << 20

// Item is one entry of a feed or one <url> of a sitemap.
type Item struct {
	URL       string    // absolute (resolved against the feed/site URL); not otherwise normalized
	Title     string    // plain text (HTML tags stripped, entities decoded, white space folded)
	Author    string    // plain text
	Summary   string    // plain text
	Published time.Time // zero if absent/unparseable; keeps the zone given
	GUID      string
}

// Feed is a parsed document.
type Feed struct {
	Kind     string // "rss", "atom", "json", "news-sitemap", "sitemap", "sitemap-index"
	Title    string
	SiteURL  string
	Language string
	Items    []Item   // for sitemaps: one per <url>
	Sitemaps []string // for sitemap indexes: child sitemap URLs (absolute)
	// Notes says what had to be repaired or dropped to read the document
	// ("repaired XML: ...", "truncated at 10000 items"): worth a log line, not
	// an error.
	Notes []string
}

// Kinds of document.
const (
	KindRSS          = "rss"
	KindAtom         = "atom"
	KindJSON         = "json"
	KindNewsSitemap  = "news-sitemap"
	KindSitemap      = "sitemap"
	KindSitemapIndex = "sitemap-index"
)

// NotAFeedError says the document is not something Parse reads. What names
// what was found ("empty body", "not a feed: looks like HTML", ...). For an
// HTML page, Alternates lists the feeds it advertises with <link
// rel="alternate">, so the caller can follow them (feed discovery).
type NotAFeedError struct {
	What       string
	Alternates []string
}

func (e *NotAFeedError) Error() string {
	if len(e.Alternates) > 0 {
		return fmt.Sprintf("feed: parse: %s (%d alternate feeds)", e.What, len(e.Alternates))
	}
	return "feed: parse: " + e.What
}

// Parse detects the format from the bytes (not only the content type) and
// parses it. body is the raw bytes as fetched, in any charset; contentType is
// the HTTP Content-Type (may be empty); baseURL resolves relative links.
func Parse(body []byte, contentType, baseURL string) (*Feed, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, &NotAFeedError{What: "empty body"}
	}
	// Sitemaps are often served as .xml.gz with a generic type and no
	// Content-Encoding, so the transport never inflates them.
	if len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b {
		raw, err := gunzip(body)
		if err != nil {
			return nil, fmt.Errorf("feed: parse: gzip: %w", err)
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			return nil, &NotAFeedError{What: "empty body (after gunzip)"}
		}
		body = raw
	}
	if what := binaryKind(body); what != "" {
		return nil, &NotAFeedError{What: "not a feed: binary data (" + what + ")"}
	}
	doc, notes := toUTF8(body, contentType)
	doc = trimLead(doc)
	if len(bytes.TrimSpace(doc)) == 0 {
		return nil, &NotAFeedError{What: "empty body"}
	}
	var (
		f   *Feed
		err error
	)
	switch doc[0] {
	case '{':
		f, err = parseJSON(doc, baseURL)
	case '[':
		return nil, &NotAFeedError{What: "not a feed: JSON array, not a JSON Feed"}
	case '<':
		f, err = parseXMLDoc(doc, baseURL)
	default:
		if urls := textSitemap(doc, baseURL); len(urls) > 0 {
			f = &Feed{Kind: KindSitemap, Items: urls}
			break
		}
		if looksHTML(doc) {
			return nil, htmlError(doc, baseURL)
		}
		return nil, &NotAFeedError{What: "not a feed: looks like plain text"}
	}
	if err != nil {
		return nil, err
	}
	f.Notes = append(notes, f.Notes...)
	return f, nil
}

// parseXMLDoc dispatches on the root element.
func parseXMLDoc(doc []byte, baseURL string) (*Feed, error) {
	root, err := rootElement(doc)
	if err != nil {
		if looksHTML(doc) {
			return nil, htmlError(doc, baseURL)
		}
		return nil, &NotAFeedError{What: "not a feed: unreadable XML: " + err.Error()}
	}
	switch strings.ToLower(root) {
	case "rss", "rdf":
		return parseGofeed(doc, KindRSS, baseURL)
	case "channel":
		if root == "CHANNEL" {
			return nil, &NotAFeedError{What: "not a feed: CDF channel (unsupported)"}
		}
		// An RSS channel whose <rss> wrapper got lost.
		return parseGofeed(append(append([]byte("<rss>"), doc...), "</rss>"...), KindRSS, baseURL)
	case "feed":
		return parseGofeed(doc, KindAtom, baseURL)
	case "urlset":
		return parseSitemap(doc, baseURL, false)
	case "sitemapindex":
		return parseSitemap(doc, baseURL, true)
	case "html":
		return nil, htmlError(doc, baseURL)
	case "opml":
		return nil, &NotAFeedError{What: "not a feed: looks like OPML (use ParseOPML)"}
	}
	if looksHTML(doc) {
		return nil, htmlError(doc, baseURL)
	}
	return nil, &NotAFeedError{What: fmt.Sprintf("not a feed: XML with root <%s>", root)}
}

// rootElement returns the local name of the first element, reading only as
// far as that element. An XHTML doctype before an <rss> root is a CMS
// template leaking, not an HTML page, so the doctype only decides when no
// element can be read.
func rootElement(doc []byte) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	d.CharsetReader = charsetReader
	htmlDoctype := false
	for i := 0; i < 1000; i++ {
		tok, err := d.RawToken()
		if err != nil {
			if htmlDoctype {
				return "html", nil
			}
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return t.Name.Local, nil
		case xml.Directive:
			if bytes.HasPrefix(bytes.ToLower(bytes.TrimSpace(t)), []byte("doctype html")) {
				htmlDoctype = true
			}
		}
	}
	return "", errors.New("no root element")
}

// binaryKind names what binary data looks like, "" for text. UTF-16 and
// UTF-32 text carries NUL bytes, so it is recognised first.
func binaryKind(b []byte) string {
	if hasUTF16or32(b) {
		return ""
	}
	ct := http.DetectContentType(b)
	if strings.HasPrefix(ct, "text/") {
		return ""
	}
	if ct != "application/octet-stream" {
		return ct // a known binary format: image, PDF, archive, ...
	}
	// DetectContentType calls any control byte binary; feeds with a stray
	// control character are common and repairable, so only a NUL or many
	// control bytes make a document binary.
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return ct
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return ct
	}
	return ""
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, maxGunzip+1))
	if err != nil {
		return nil, err
	}
	if len(out) > maxGunzip {
		return nil, fmt.Errorf("inflated size over %d bytes", maxGunzip)
	}
	return out, nil
}

// looksHTML reports whether the start of a document is an HTML page.
func looksHTML(doc []byte) bool {
	head := doc
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.ToLower(head)
	for _, m := range []string{"<!doctype html", "<html", "<head>", "<body"} {
		if bytes.Contains(head, []byte(m)) {
			return true
		}
	}
	return false
}
