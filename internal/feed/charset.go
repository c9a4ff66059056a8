package feed

import (
	"bytes"
	"io"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	htmlcharset "golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// charsetReader lets encoding/xml read any charset the WHATWG list knows
// (windows-1256, iso-8859-6, ...). Parse converts to UTF-8 before the XML
// decoder runs, so this only matters for documents that still declare one.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	return htmlcharset.NewReaderLabel(label, input)
}

var (
	prologRe   = regexp.MustCompile(`(?is)^\s*<\?xml\s[^>]*?\?>`)
	encAttrRe  = regexp.MustCompile(`(?is)^\s*<\?xml\s[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9._:\-]+)\s*["']`)
	xmlStartRe = regexp.MustCompile(`<\?xml\s`)
)

// hasUTF16or32 spots UTF-16/32 text by its BOM or by "<" padded with NULs.
func hasUTF16or32(b []byte) bool {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}),
		bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}),
		bytes.HasPrefix(b, []byte{0, 0, 0, '<'}), bytes.HasPrefix(b, []byte{'<', 0, 0, 0}):
		return true
	}
	// "<" and the next ASCII character, each padded with a NUL.
	return len(b) >= 4 && ((b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0) ||
		(b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0))
}

// toUTF8 converts a document to valid UTF-8 and drops its XML prolog, so
// every later stage reads one encoding. The order is the one RFC 7303 and
// feed readers use: a BOM, then the HTTP charset, then the XML prolog, then
// sniffing. One exception: servers that default every text/xml answer to
// ISO-8859-1 while the bytes are UTF-8 are believed less than the bytes.
func toUTF8(b []byte, contentType string) ([]byte, []string) {
	var notes []string
	enc, name := bomEncoding(b)
	if enc == nil {
		if label := httpCharset(contentType); label != "" {
			if e, n := htmlcharset.Lookup(label); e != nil {
				enc, name = e, n
				if isLatin1ish(n) && utf8.Valid(b) && hasNonASCII(b) {
					enc, name = nil, ""
					notes = append(notes, "ignored Content-Type charset "+label+": bytes are UTF-8")
				}
			}
		}
	}
	if enc == nil {
		if m := encAttrRe.FindSubmatch(firstKB(b)); m != nil {
			if e, n := htmlcharset.Lookup(string(m[1])); e != nil {
				enc, name = e, n
			}
		} else if looksHTML(b) {
			// HTML pages declare their charset in <meta>; the links we
			// want from them are ASCII anyway, so a good guess suffices.
			_, n, _ := htmlcharset.DetermineEncoding(b, contentType)
			if e, _ := htmlcharset.Lookup(n); e != nil {
				enc, name = e, n
			}
		}
	}
	if enc == nil || name == "utf-8" {
		if utf8.Valid(b) {
			return stripProlog(b), notes
		}
		if mostlyInvalidUTF8(b) {
			enc, name = guessSingleByte(b)
			notes = append(notes, "not UTF-8: decoded as "+name)
		} else {
			notes = append(notes, "invalid UTF-8 sequences replaced")
			return stripProlog(bytes.ToValidUTF8(b, []byte("\uFFFD"))), notes
		}
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		notes = append(notes, "charset "+name+": "+err.Error())
		out = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return stripProlog(out), notes
}

func bomEncoding(b []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8-bom"
	case bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		return utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), "utf-32be"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), "utf-32le"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(b, []byte{0, 0, 0, '<'}):
		return utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), "utf-32be"
	case bytes.HasPrefix(b, []byte{'<', 0, 0, 0}):
		return utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), "utf-32le"
	case bytes.HasPrefix(b, []byte{0, '<'}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	case bytes.HasPrefix(b, []byte{'<', 0}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	}
	return nil, ""
}

func httpCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.Trim(strings.TrimSpace(params["charset"]), `"'`)
}

func isLatin1ish(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "us-ascii", "iso-8859-15":
		return true
	}
	return false
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

func firstKB(b []byte) []byte {
	if len(b) > 1024 {
		return b[:1024]
	}
	return b
}

// mostlyInvalidUTF8 tells a document in a legacy charset (nearly every high
// byte is an invalid sequence) from a UTF-8 one with a few broken bytes.
func mostlyInvalidUTF8(b []byte) bool {
	bad, high := 0, 0
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			bad++
			high++
		} else if n > 1 {
			high++
		}
		b = b[n:]
	}
	return bad > 0 && bad*3 >= high
}

// guessSingleByte picks windows-1256 or windows-1252 for an undeclared legacy
// document. Arabic text in windows-1256 is nearly all high bytes (every letter
// is one), Latin text has them only for accented letters.
func guessSingleByte(b []byte) (encoding.Encoding, string) {
	letters, high := 0, 0
	for _, c := range b {
		switch {
		case c >= 0x80:
			high++
			letters++
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters++
		}
	}
	// Markup is ASCII letters too, so even a purely Arabic feed has plenty
	// of them: a quarter of letters being high bytes already means Arabic.
	if letters > 0 && high*4 >= letters {
		return charmap.Windows1256, "windows-1256"
	}
	return charmap.Windows1252, "windows-1252"
}

// stripProlog drops a UTF-8 BOM, anything before "<?xml" (junk some CMSs
// print first), and the prolog itself: the text is UTF-8 now, whatever the
// prolog said.
func stripProlog(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	t := bytes.TrimLeft(b, " \t\r\n\uFEFF")
	// A prolog is only legal first; one further in means what precedes it
	// is junk (a PHP warning, a stray newline-and-tag).
	if loc := xmlStartRe.FindIndex(firstKB(t)); loc != nil && loc[0] > 0 {
		t = t[loc[0]:]
	}
	if loc := prologRe.FindIndex(firstKB(t)); loc != nil {
		return t[loc[1]:]
	}
	return t
}

// trimLead drops white space and stray BOMs before the first markup.
func trimLead(b []byte) []byte {
	for {
		n := len(b)
		b = bytes.TrimLeft(b, " \t\r\n")
		b = bytes.TrimPrefix(b, []byte("\uFEFF"))
		if len(b) == n {
			return b
		}
	}
}
