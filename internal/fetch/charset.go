package fetch

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

var xmlPrologEncoding = regexp.MustCompile(`^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']`)

// ToUTF8 decodes an HTML or XML document to UTF-8. The encoding is taken, in
// order, from a byte order mark, the Content-Type charset, the XML prolog, a
// <meta> declaration, and finally detection. A UTF-8 declaration that the
// bytes contradict is skipped, since servers often claim UTF-8 by default for
// pages written in windows-1256. Invalid sequences become U+FFFD, so the
// result is always valid UTF-8. encoding is the WHATWG name ("utf-8",
// "windows-1256", ...).
func ToUTF8(body []byte, contentType string) (text []byte, enc string, err error) {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return bytes.ToValidUTF8(body[3:], []byte("\uFFFD")), "utf-8", nil
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", body[2:])
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", body[2:])
	}
	valid := utf8.Valid(body)
	usable := func(e encoding.Encoding, name string) bool {
		return e != nil && (name != "utf-8" || valid)
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if e, name := charset.Lookup(params["charset"]); usable(e, name) {
			return decodeWith(e, name, body)
		}
	}
	head := body[:min(len(body), 1024)]
	if m := xmlPrologEncoding.FindSubmatch(head); m != nil {
		if e, name := charset.Lookup(string(m[1])); usable(e, name) {
			return decodeWith(e, name, body)
		}
	}
	// DetermineEncoding's prescan finds <meta charset> and <meta http-equiv>;
	// when it found nothing it guesses from the first 1 KiB only, so its guess
	// is used only when the head declares a charset at all.
	if e, name, _ := charset.DetermineEncoding(head, ""); bytes.Contains(bytes.ToLower(head), []byte("charset")) && usable(e, name) {
		return decodeWith(e, name, body)
	}
	if valid {
		return body, "utf-8", nil
	}
	if looksArabic1256(body) {
		e, name := charset.Lookup("windows-1256")
		return decodeWith(e, name, body)
	}
	e, name := charset.Lookup("windows-1252")
	return decodeWith(e, name, body)
}

func decodeWith(e encoding.Encoding, name string, body []byte) ([]byte, string, error) {
	if name == "utf-8" {
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), name, nil
	}
	out, err := e.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, fmt.Errorf("fetch: to utf-8: %s: %w", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), name, nil
}

// looksArabic1256 tells undeclared windows-1256 Arabic from windows-1252
// Latin: Arabic letters sit at 0xC1-0xDF (where windows-1252 has capital
// accented letters, rare in running text) and at a handful of places above
// 0xE0 (لمنهوي), while Latin text uses 0xE0-0xFF for small accented letters.
func looksArabic1256(body []byte) bool {
	var high, arabic int
	for _, b := range body {
		if b < 0x80 {
			continue
		}
		high++
		switch {
		case b >= 0xC1 && b <= 0xDF && b != 0xD7:
			arabic++
		case b == 0xE1 || b == 0xE3 || b == 0xE4 || b == 0xE5 || b == 0xE6 || b == 0xEC || b == 0xED:
			arabic++
		}
	}
	// Latin text written in windows-1252 hits the second set too (á ã ä å æ ì í),
	// so demand that most high bytes be Arabic letters and a good part of them
	// come from the range Latin text rarely uses.
	if high == 0 || arabic*10 < high*8 {
		return false
	}
	var caps int
	for _, b := range body {
		if b >= 0xC1 && b <= 0xDF && b != 0xD7 {
			caps++
		}
	}
	return caps*4 >= high
}
