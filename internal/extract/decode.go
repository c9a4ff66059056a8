package extract

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// metaCharsetRe finds a charset declaration anywhere in the first bytes of a page:
// <meta charset=...> or <meta http-equiv="Content-Type" content="...; charset=...">.
// The standard prescan stops at 1024 bytes, and old portals put long scripts first.
var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{2,40})`)

// sniffLimit is how far we look for a late charset declaration.
const sniffLimit = 64 << 10

// decode checks that raw is a text document and converts it to UTF-8. It returns
// the text and the name of the charset used.
func decode(raw []byte, contentType string) (string, string, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", "", fmt.Errorf("extract: decode: empty input: %w", ErrNotHTML)
	}
	if len(raw) > MaxInputBytes {
		return "", "", fmt.Errorf("extract: decode: %d bytes, limit %d: %w", len(raw), MaxInputBytes, ErrTooLarge)
	}
	if err := checkText(raw, contentType); err != nil {
		return "", "", err
	}
	enc, name := determineEncoding(raw, contentType)
	out := raw
	if enc != encoding.Nop && name != "utf-8" {
		b, err := enc.NewDecoder().Bytes(raw)
		if err != nil {
			return "", "", fmt.Errorf("extract: decode %s: %w", name, err)
		}
		out = b
	}
	s := string(out)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	return s, name, nil
}

// checkText rejects declared or sniffed binary content (images, PDF, archives).
func checkText(raw []byte, contentType string) error {
	if contentType != "" {
		if mt, _, err := mime.ParseMediaType(contentType); err == nil {
			if !(strings.HasPrefix(mt, "text/") || strings.Contains(mt, "html") || strings.Contains(mt, "xml")) {
				return fmt.Errorf("extract: decode: content type %q: %w", mt, ErrNotHTML)
			}
		}
	}
	sniffed := http.DetectContentType(raw)
	for _, p := range []string{"image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
		"application/x-gzip", "application/x-rar", "application/wasm", "application/vnd.ms-fontobject",
		"application/ogg", "application/x-7z"} {
		if strings.HasPrefix(sniffed, p) {
			return fmt.Errorf("extract: decode: content looks like %s: %w", sniffed, ErrNotHTML)
		}
	}
	if sniffed == "application/octet-stream" {
		// DetectContentType says octet-stream when it sees binary bytes
		// (NUL and other control bytes) in the first 512 bytes.
		return fmt.Errorf("extract: decode: binary content: %w", ErrNotHTML)
	}
	return nil
}

// determineEncoding follows the WHATWG order (BOM, Content-Type, <meta> prescan),
// looks further for a late <meta charset>, and when nothing is declared and the
// bytes are not UTF-8 guesses windows-1256 for pages whose high bytes look like
// Arabic text rather than the odd accented letter of windows-1252.
func determineEncoding(raw []byte, contentType string) (encoding.Encoding, string) {
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	if certain {
		return enc, name
	}
	head := raw[:min(len(raw), 1024)]
	if _, declared := prescanDeclared(head); declared {
		return enc, name // the standard prescan found a declaration
	}
	if m := metaCharsetRe.FindSubmatch(raw[:min(len(raw), sniffLimit)]); m != nil {
		if e, n := charset.Lookup(string(m[1])); e != nil {
			if n == "utf-16le" || n == "utf-16be" { // a declared UTF-16 in an ASCII-readable page is UTF-8 (WHATWG)
				return encoding.Nop, "utf-8"
			}
			return e, n
		}
	}
	if utf8.Valid(raw) {
		return encoding.Nop, "utf-8"
	}
	if looksArabic1256(raw) {
		e, n := charset.Lookup("windows-1256")
		return e, n
	}
	return enc, name
}

// prescanDeclared reports whether the first 1024 bytes declare a charset in a
// <meta>, the way charset.DetermineEncoding's prescan would find it.
func prescanDeclared(head []byte) (string, bool) {
	m := metaCharsetRe.FindSubmatch(head)
	if m == nil {
		return "", false
	}
	if e, n := charset.Lookup(string(m[1])); e != nil {
		return n, true
	}
	return "", false
}

// looksArabic1256 guesses windows-1256 from byte statistics: in that charset
// nearly every letter of Arabic text is a byte >= 0xC1, so high bytes make up a
// large share of all letters; a windows-1252 page in a European language has
// only a few accented letters among ASCII ones.
func looksArabic1256(raw []byte) bool {
	high, ascii := 0, 0
	inTag := false
	for _, c := range raw[:min(len(raw), sniffLimit)] {
		switch {
		case c == '<':
			inTag = true
		case c == '>':
			inTag = false
		case inTag:
		case c >= 0xC1:
			high++
		case c < 0x80 && (c|0x20) >= 'a' && (c|0x20) <= 'z':
			ascii++
		}
	}
	return high >= 20 && high*2 > ascii
}
