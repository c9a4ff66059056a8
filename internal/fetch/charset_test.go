package fetch

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Our own sample sentence (not from any corpus).
const arabicSample = "أعلنت الهيئة العامة للأرصاد عن هطول أمطار غزيرة على مدينة الرياض مساء اليوم، وحذّرت السائقين من السيول."

func win1256(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestToUTF8(t *testing.T) {
	arabic := win1256(t, arabicSample)
	htmlWith := func(head string, body []byte) []byte {
		return append([]byte("<!doctype html><html dir=rtl><head>"+head+"<title>x</title></head><body><p>"), append(body, []byte("</p></body></html>")...)...)
	}
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("<p>" + arabicSample + "</p>"))
	latin, _ := charmap.Windows1252.NewEncoder().Bytes([]byte("<p>Le café était déjà fermé à l'été, où nous étions.</p>"))
	for _, tc := range []struct {
		name, ctype string
		body        []byte
		wantEnc     string
		want        string // must be contained in the output
	}{
		{"1256 via header", "text/html; charset=windows-1256", htmlWith("", arabic), "windows-1256", arabicSample},
		{"1256 via header alias", "text/html; charset=CP1256", htmlWith("", arabic), "windows-1256", arabicSample},
		{"1256 via meta charset", "text/html", htmlWith(`<meta charset="windows-1256">`, arabic), "windows-1256", arabicSample},
		{"1256 via meta http-equiv", "", htmlWith(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, arabic), "windows-1256", arabicSample},
		{"1256 via XML prolog", "application/rss+xml",
			append([]byte(`<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>`), append(arabic, []byte("</title></channel></rss>")...)...),
			"windows-1256", arabicSample},
		{"header beats meta", "text/html; charset=windows-1256", htmlWith(`<meta charset="iso-8859-1">`, arabic), "windows-1256", arabicSample},
		{"header utf-8 contradicted by bytes", "text/html; charset=utf-8", htmlWith(`<meta charset="windows-1256">`, arabic), "windows-1256", arabicSample},
		{"undeclared 1256 detected", "", htmlWith("", arabic), "windows-1256", arabicSample},
		{"utf-8 BOM", "text/html; charset=windows-1256", append([]byte{0xEF, 0xBB, 0xBF}, "<p>"+arabicSample+"</p>"...), "utf-8", "<p>" + arabicSample},
		{"utf-16 BOM", "", utf16, "utf-16le", arabicSample},
		{"plain utf-8 undeclared", "", []byte("<p>" + arabicSample + "</p>"), "utf-8", arabicSample},
		{"utf-8 via header", "text/html; charset=UTF-8", []byte(arabicSample), "utf-8", arabicSample},
		{"undeclared latin", "", latin, "windows-1252", "café était déjà"},
		{"unknown label falls through", "text/html; charset=x-nonsense", htmlWith("", []byte(arabicSample)), "utf-8", arabicSample},
		{"empty", "", nil, "utf-8", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := ToUTF8(tc.body, tc.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tc.wantEnc {
				t.Errorf("encoding %q, want %q", enc, tc.wantEnc)
			}
			if !bytes.Contains(got, []byte(tc.want)) || !utf8.Valid(got) {
				t.Errorf("output %q lacks %q", got, tc.want)
			}
		})
	}
}

func TestToUTF8InvalidBytesReplaced(t *testing.T) {
	got, enc, err := ToUTF8([]byte("<meta charset=utf-8>ok \xff\xfe\xfd end"), "")
	if err != nil || !utf8.Valid(got) || !bytes.Contains(got, []byte("end")) {
		t.Fatalf("got %q, %s, %v", got, enc, err)
	}
}

func FuzzToUTF8(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1256"?><a>`+"\xc7\xe1"+`</a>`), "")
	f.Add([]byte("<meta charset=utf-16><p>x</p>"), "text/html")
	f.Add([]byte("\xef\xbb\xbfabc"), "text/html; charset=latin1")
	f.Add([]byte("\xfe\xff\x00a\x00"), "")
	f.Add([]byte("<p>"+arabicSample+"</p>"), "text/html; charset=utf-8")
	f.Fuzz(func(t *testing.T, body []byte, ctype string) {
		out, enc, err := ToUTF8(body, ctype)
		if err != nil {
			return
		}
		if enc == "" || !utf8.Valid(out) {
			t.Fatalf("ToUTF8(%q, %q) = %q, %q: invalid output", body, ctype, out, enc)
		}
	})
}
