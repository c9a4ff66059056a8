package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlEntities are the only named entities XML defines.
var xmlEntities = map[string]bool{"amp": true, "lt": true, "gt": true, "quot": true, "apos": true}

// repairXML fixes what breaks XML parsers in real feeds: a bare "&" that
// starts no entity, HTML entities XML does not define (&nbsp;, &raquo;),
// control characters, and non-characters. CDATA sections and comments are
// copied untouched, because "&" is legal there (links in CDATA keep their
// query strings). It returns the repaired text and what it changed.
func repairXML(doc []byte) ([]byte, []string) {
	var (
		out                        bytes.Buffer
		amps, ents, ctrls, unknown int
	)
	out.Grow(len(doc) + len(doc)/32)
	for i := 0; i < len(doc); {
		c := doc[i]
		switch {
		case c == '<' && bytes.HasPrefix(doc[i:], []byte("<![CDATA[")):
			end := bytes.Index(doc[i+9:], []byte("]]>"))
			if end < 0 {
				// An unterminated CDATA swallows the rest: close it.
				out.Write(doc[i:])
				out.WriteString("]]>")
				return out.Bytes(), append(changes(amps, ents, ctrls, unknown), "unterminated CDATA")
			}
			out.Write(doc[i : i+9+end+3])
			i += 9 + end + 3
			continue
		case c == '<' && bytes.HasPrefix(doc[i:], []byte("<!--")):
			end := bytes.Index(doc[i+4:], []byte("-->"))
			if end < 0 {
				return out.Bytes(), changes(amps, ents, ctrls, unknown)
			}
			out.Write(doc[i : i+4+end+3])
			i += 4 + end + 3
			continue
		case c == '&':
			name, n := entityAt(doc[i:])
			switch {
			case n == 0:
				out.WriteString("&amp;")
				amps++
			case name[0] == '#' || xmlEntities[name]:
				if name[0] == '#' && !validCharRef(name) {
					out.WriteString("&amp;")
					amps++
					break
				}
				out.Write(doc[i : i+n])
				i += n
				continue
			default:
				if s := html.UnescapeString("&" + name + ";"); s != "&"+name+";" {
					for _, r := range s {
						out.WriteString("&#" + strconv.Itoa(int(r)) + ";")
					}
					ents++
				} else {
					out.WriteString("&amp;" + name + ";")
					unknown++
				}
				i += n
				continue
			}
			i++
			continue
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			ctrls++
			i++
			continue
		case c >= 0x80:
			r, n := utf8.DecodeRune(doc[i:])
			if r == 0xFFFE || r == 0xFFFF || (r == utf8.RuneError && n == 1) {
				ctrls++
				i += n
				continue
			}
			out.Write(doc[i : i+n])
			i += n
			continue
		}
		out.WriteByte(c)
		i++
	}
	return out.Bytes(), changes(amps, ents, ctrls, unknown)
}

// entityAt returns the name of the entity reference starting at b[0]=='&'
// ("amp", "#39", "#x27") and its length with "&" and ";", or 0 when it is a
// bare ampersand.
func entityAt(b []byte) (string, int) {
	for j := 1; j < len(b) && j < 40; j++ {
		c := b[j]
		switch {
		case c == ';':
			if j == 1 {
				return "", 0
			}
			return string(b[1:j]), j + 1
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '#' && j == 1,
			(c == '_' || c == '-' || c == '.') && j > 1:
		default:
			return "", 0
		}
	}
	return "", 0
}

// validCharRef checks "#123" / "#x1F": a number naming a character XML allows.
func validCharRef(name string) bool {
	var (
		v   uint64
		err error
	)
	if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
		v, err = strconv.ParseUint(name[2:], 16, 32)
	} else {
		v, err = strconv.ParseUint(name[1:], 10, 32)
	}
	if err != nil {
		return false
	}
	r := rune(v)
	return r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

func changes(amps, ents, ctrls, unknown int) []string {
	var w []string
	if amps > 0 {
		w = append(w, strconv.Itoa(amps)+" bare &")
	}
	if ents > 0 {
		w = append(w, strconv.Itoa(ents)+" HTML entities")
	}
	if unknown > 0 {
		w = append(w, strconv.Itoa(unknown)+" unknown entities")
	}
	if ctrls > 0 {
		w = append(w, strconv.Itoa(ctrls)+" control characters")
	}
	return w
}

// closeTruncated keeps a document up to the last token that read cleanly and
// closes the elements still open there, so a feed cut off by a size limit or
// broken halfway still yields its first items. It reports the cut offset; ok
// is false when the document reads to its end with nothing left open.
func closeTruncated(doc []byte) (out []byte, at int64, ok bool) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	var (
		stack []string
		good  int64
	)
	for {
		tok, err := d.RawToken()
		if err != nil {
			if errors.Is(err, io.EOF) && len(stack) == 0 {
				return nil, 0, false
			}
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, qname(t.Name))
		case xml.EndElement:
			// Pop to the matching element; an unmatched end tag is noise.
			n := qname(t.Name)
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == n {
					stack = stack[:i]
					break
				}
			}
		}
		good = d.InputOffset()
	}
	if len(stack) == 0 {
		return nil, 0, false
	}
	var b bytes.Buffer
	b.Write(doc[:good])
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteString("</" + stack[i] + ">")
	}
	return b.Bytes(), good, true
}

// qname writes a raw (unresolved) name back as prefix:local.
func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}
