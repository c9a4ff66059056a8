package feed

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// ErrNoFeeds is returned by ParseOPML for a well-formed OPML that lists no
// feed.
var ErrNoFeeds = errors.New("no feeds in OPML")

// Outline is one feed subscription of an OPML file.
type Outline struct {
	Title   string // title, else text
	XMLURL  string // the feed
	HTMLURL string // the site
	Type    string // usually "rss"
}

// ParseOPML reads an OPML subscription list. Nested outlines (folders) are
// flattened; outlines without xmlUrl (the folders themselves) are skipped.
// Attribute names are matched without regard to case, as exporters disagree
// on xmlUrl/xmlURL. Malformed XML gives an error with its line and byte
// offset; a list without feeds gives ErrNoFeeds.
func ParseOPML(r io.Reader) ([]Outline, error) {
	d := xml.NewDecoder(r)
	// Non-strict: exporters write bare "&" in URLs; structure errors and
	// truncation are still caught.
	d.Strict = false
	d.CharsetReader = charsetReader
	var (
		outs    []Outline
		sawOPML bool
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line := 0
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				line = se.Line
			}
			return nil, fmt.Errorf("feed: parse opml: line %d, offset %d: %w", line, d.InputOffset(), err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "opml":
			sawOPML = true
		case "outline":
			var o Outline
			var text string
			for _, a := range se.Attr {
				v := strings.TrimSpace(a.Value)
				switch strings.ToLower(a.Name.Local) {
				case "xmlurl":
					o.XMLURL = v
				case "htmlurl":
					o.HTMLURL = v
				case "title":
					o.Title = foldSpace(v)
				case "text":
					text = foldSpace(v)
				case "type":
					o.Type = v
				}
			}
			if o.Title == "" {
				o.Title = text
			}
			if o.XMLURL != "" {
				outs = append(outs, o)
			}
		}
	}
	if !sawOPML {
		return nil, errors.New("feed: parse opml: no <opml> element")
	}
	if len(outs) == 0 {
		return nil, fmt.Errorf("feed: parse opml: %w", ErrNoFeeds)
	}
	return outs, nil
}

type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title"`
	Created string      `xml:"head>dateCreated"`
	Body    []opmlEntry `xml:"body>outline"`
}

type opmlEntry struct {
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:"text,attr"`
	Title   string `xml:"title,attr,omitempty"`
	XMLURL  string `xml:"xmlUrl,attr"`
	HTMLURL string `xml:"htmlUrl,attr,omitempty"`
}

// WriteOPML writes an OPML 2.0 subscription list, flat, in the given order.
func WriteOPML(w io.Writer, title string, outs []Outline) error {
	doc := opmlDoc{Version: "2.0", Title: title, Created: time.Now().UTC().Format(time.RFC1123Z)}
	for _, o := range outs {
		typ := o.Type
		if typ == "" {
			typ = "rss"
		}
		doc.Body = append(doc.Body, opmlEntry{Type: typ, Text: o.Title, Title: o.Title, XMLURL: o.XMLURL, HTMLURL: o.HTMLURL})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("feed: write opml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("feed: write opml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("feed: write opml: %w", err)
	}
	return nil
}
