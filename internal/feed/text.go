package feed

import (
	"net/url"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// plainText turns a feed field (text or HTML, with entities) into folded
// plain text.
func plainText(s string) string {
	if s == "" {
		return ""
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripTags(s)
	} else if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return foldSpace(s)
}

// foldSpace collapses runs of white space (including NBSP) to one space.
func foldSpace(s string) string {
	if !needsFold(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

func needsFold(s string) bool {
	prevSpace := true // leading space needs folding
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			return true
		}
		prevSpace = sp
	}
	return prevSpace && s != ""
}

// stripTags keeps the text of an HTML fragment, with a space where a block
// element or <br> separated words, and without script/style bodies.
func stripTags(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				if z.Token().Type == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			case atom.Br, atom.P, atom.Div, atom.Li, atom.Tr, atom.Td, atom.Th, atom.H1, atom.H2,
				atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Section, atom.Article,
				atom.Ul, atom.Ol, atom.Table, atom.Figure, atom.Figcaption, atom.Hr, atom.Img:
				b.WriteByte(' ')
			}
		}
	}
}

// truncateRunes cuts s to at most n runes, at a word boundary when one is near.
func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			cut := s[:pos]
			if sp := strings.LastIndexByte(cut, ' '); sp > pos*3/4 {
				cut = cut[:sp]
			}
			return cut + "…"
		}
		i++
	}
	return s
}

// resolve makes ref absolute against base. A reference that does not parse
// is returned trimmed, so the item survives and the caller can decide.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if base == nil || u.IsAbs() {
		return u.String()
	}
	return base.ResolveReference(u).String()
}

// parseBase parses a base URL; only absolute ones are useful.
func parseBase(s string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"Mon,02 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"02 Jan 2006 15:04:05 -0700",
	"Mon, 2 January 2006 15:04:05 -0700",
	"Monday, 02-Jan-06 15:04:05 MST",
	"Mon Jan 2 15:04:05 -0700 2006",
	time.ANSIC,
	"2006/01/02 15:04:05",
	"2006/01/02",
	"02/01/2006 15:04:05",
	"02/01/2006",
	"02-01-2006 15:04:05",
	"02-01-2006",
	"2006-1-2",
	"20060102T150405Z0700",
	"20060102",
}

// parseDate is the fallback for dates gofeed could not read: Arabic-Indic
// digits, odd separators, missing zones. Zone-less dates come out in UTC.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(asciiDigits(s))
	if s == "" {
		return time.Time{}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// asciiDigits maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		}
		return r
	}, s)
}
