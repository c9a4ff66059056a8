// Package arabic folds Arabic text the way readers type it: it normalizes
// spelling variants (hamza and alef forms, taa marbuta, Persian letters,
// Eastern digits, presentation forms), repairs words hidden with dots or
// tatweel, tokenizes text into words, numbers, Latin words, hashtags and
// @names, drops stop words and light-stems what is left. The search index
// and the story fingerprints both go through Analyze, so a query folds
// exactly as the documents it looks for.
package arabic

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options are the normalization policies that are a choice. The folds that
// are never a choice (alef forms أ إ آ ٱ → ا, alef maqsura ى → ي, tashkeel,
// tatweel, Persian/Urdu letters, digits, invisible characters) are always on.
type Options struct {
	// TaaMarbuta folds ة → ه: readers type مدرسه for مدرسة, and many sites
	// write it so too.
	TaaMarbuta bool
	// Hamza folds the hamza carriers ؤ → و and ئ → ي, which lazy typing
	// drops (مسؤول/مسوول, رئيس/رييس). A lone hamza ء is kept.
	Hamza bool
	// Deobfuscate repairs a word hidden with a dot between its letters
	// (قاتـ.ل → قاتل). A dot is removed when the dots, tatweel and invisible
	// characters between two Arabic letters include a tatweel or an
	// invisible character (nobody types those by mistake), or when a lone
	// run of dots cuts a single trailing letter off a word of two or more
	// letters (قات.ل). A dot after a single letter (د.محمد, ص.ب) is an
	// abbreviation and kept; a dot between two longer words is a missing
	// space after a full stop and kept.
	Deobfuscate bool
}

// Search is the policy the search index and the fingerprints use.
var Search = Options{TaaMarbuta: true, Hamza: true, Deobfuscate: true}

// Normalize folds s under the policies o. Always:
//   - NFKC for presentation forms (Arabic presentation forms, fullwidth and
//     halfwidth forms, Latin ligatures) when the result is not longer than
//     the form itself; the lam-alef and word ligatures (ﻻ, ﷲ) would grow,
//     so Normalize keeps them and Analyze expands them in its tokens;
//   - tashkeel, Quranic marks and superscript alef removed; tatweel removed;
//   - ی → ي and ک → ك (Persian/Urdu keyboards), Urdu heh forms → ه;
//   - Eastern Arabic and Persian digits → 0-9, ٫ → '.', ٬ → ',', ٪ → '%';
//   - zero-width characters, soft hyphens and bidi controls removed;
//   - alef forms أ إ آ ٱ → ا, alef maqsura ى → ي;
//   - Latin letters lower-cased (when the lower case is not longer);
//   - invalid UTF-8 bytes dropped;
//
// and, per o, ة → ه, ؤ → و and ئ → ي, and dotted words repaired.
//
// The result is never longer in bytes than s, is valid UTF-8, and
// Normalize(Normalize(s, o), o) == Normalize(s, o).
func Normalize(s string, o Options) string {
	if isPlainLower(s) {
		return s
	}
	if !utf8.ValidString(s) {
		// Drop invalid bytes first (U+FFFD would be longer), so the
		// deobfuscation rule sees the same neighbours on a second pass.
		s = strings.ToValidUTF8(s, "")
	}
	var b strings.Builder
	b.Grow(len(s))
	var last rune // last rune written, 0 at the start
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if o.Deobfuscate && isArabicLetter(last) && (isFiller(r) || isDot(r)) {
			run := scanRun(s, i)
			if run.dots {
				if run.join(s, letterTail(b.String())) {
					i = run.end
					continue
				}
				// Not a hidden word: write the run as it is (fillers
				// still go, dots stay).
				for _, r := range s[i:run.end] {
					last = writeFolded(&b, r, last, o)
				}
				i = run.end
				continue
			}
		}
		last = writeFolded(&b, r, last, o)
		i += size
	}
	return b.String()
}

// isPlainLower reports whether s is printable ASCII without upper case,
// which Normalize leaves unchanged; most Latin and numeric tokens are.
func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// writeFolded writes the fold of r and returns the new last rune.
func writeFolded(b *strings.Builder, r, last rune, o Options) rune {
	if isPresentation(r) && !isTashkeel(r) {
		t, ok := presentationFold(r)
		if !ok {
			b.WriteRune(r)
			return r
		}
		for _, q := range t {
			last = writeFolded(b, q, last, o)
		}
		return last
	}
	switch r {
	case 0x0654: // combining hamza above: compose with its carrier
		if !o.Hamza && (last == 'و' || last == 'ي') {
			s := b.String()
			// Safe: the builder only ever grows, and we rewrite its tail.
			cut := s[:len(s)-utf8.RuneLen(last)]
			b.Reset()
			b.WriteString(cut)
			q := 'ؤ'
			if last == 'ي' {
				q = 'ئ'
			}
			b.WriteRune(q)
			return q
		}
		return last
	}
	q := fold(r, o)
	if q < 0 {
		return last
	}
	b.WriteRune(q)
	return q
}

// fold maps one rune; -1 drops it. Every result is a fixed point of fold,
// which makes Normalize idempotent, and is never longer than r in UTF-8.
func fold(r rune, o Options) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	switch {
	case isTashkeel(r), isInvisible(r), r == 0x0640:
		return -1
	case 0x0660 <= r && r <= 0x0669:
		return '0' + r - 0x0660
	case 0x06F0 <= r && r <= 0x06F9:
		return '0' + r - 0x06F0
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ', 'ٵ':
		return 'ا'
	case 'ى', 'ی', 'ې', 'ۍ', 'ے', 'ۓ':
		return 'ي'
	case 'ک', 'ڪ':
		return 'ك'
	case 'ہ', 'ە', 'ھ', 'ۀ':
		return 'ه'
	case 'ۃ':
		if o.TaaMarbuta {
			return 'ه'
		}
		return 'ة'
	case 'ة':
		if o.TaaMarbuta {
			return 'ه'
		}
	case 'ؤ':
		if o.Hamza {
			return 'و'
		}
	case 'ئ':
		if o.Hamza {
			return 'ي'
		}
	case 0x066B: // Arabic decimal separator
		return '.'
	case 0x066C: // Arabic thousands separator
		return ','
	case 0x066A: // Arabic percent sign
		return '%'
	}
	if r < 0x0600 || r > 0x06FF {
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) <= utf8.RuneLen(r) && unicode.ToLower(l) == l {
			return l
		}
	}
	return r
}

// isTashkeel reports the Arabic combining marks: harakat, tanween, shadda,
// sukun, maddah and hamza marks, superscript alef, Quranic annotation marks.
func isTashkeel(r rune) bool {
	if 0x0600 <= r && r <= 0x06FF {
		return arabicBlock[r-0x0600]&classTashkeel != 0
	}
	return isTashkeelSlow(r)
}

func isTashkeelSlow(r rune) bool {
	switch {
	case 0x064B <= r && r <= 0x065F, r == 0x0670,
		0x0610 <= r && r <= 0x061A,
		0x06D6 <= r && r <= 0x06DC, 0x06DF <= r && r <= 0x06E4,
		0x06E7 <= r && r <= 0x06E8, 0x06EA <= r && r <= 0x06ED,
		0x08D3 <= r && r <= 0x08FF && r != 0x08E2,
		0xFC5E <= r && r <= 0xFC63, 0xFCF2 <= r && r <= 0xFCF4, // shadda ligatures
		0xFE70 <= r && r <= 0xFE7F: // isolated and medial forms of harakat
		return true
	}
	return false
}

// isInvisible reports zero-width characters, soft hyphens and bidi controls.
func isInvisible(r rune) bool {
	switch r {
	case 0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
		0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF:
		return true
	}
	return 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069
}

// isFiller reports what Normalize always removes from inside a word.
func isFiller(r rune) bool {
	return r == 0x0640 || isTashkeel(r) || isInvisible(r) || r == 0x0654
}

// isDot reports the dot-like characters used to hide words, and those
// that fold to one (٫, the fullwidth and small full stops), so a second
// pass of Normalize sees the same dots as the first.
func isDot(r rune) bool {
	switch r {
	case '.', 0x00B7, 0x2022, 0x2024, 0x2027, 0x2219, 0x22C5, 0x30FB, 0x06D4, 0x066B:
		return true
	}
	if isPresentation(r) {
		t, ok := presentationFold(r)
		return ok && len(t) == 1 && isDot(rune(t[0]))
	}
	return false
}

// isArabicLetter reports an Arabic-script letter (presentation forms too,
// not tatweel).
func isArabicLetter(r rune) bool {
	if r < 0x0600 {
		return false
	}
	if r <= 0x06FF {
		return arabicBlock[r-0x0600]&classLetter != 0
	}
	return isArabicLetterSlow(r)
}

// Classes of the Arabic block, in a table: these tests run on every rune.
const (
	classLetter = 1 << iota
	classTashkeel
)

var arabicBlock = func() (t [256]uint8) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if isArabicLetterSlow(r) {
			t[r-0x0600] |= classLetter
		}
		if isTashkeelSlow(r) {
			t[r-0x0600] |= classTashkeel
		}
	}
	return t
}()

func isArabicLetterSlow(r rune) bool {
	if r < 0x0600 || r == 0x0640 || isTashkeelSlow(r) {
		return false // some harakat ligatures are Lo, yet only marks
	}
	if 0x0600 <= r && r <= 0x06FF || 0x0750 <= r && r <= 0x077F || 0x08A0 <= r && r <= 0x08FF ||
		0xFB50 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF {
		return unicode.IsLetter(r)
	}
	return false
}

// isPresentation reports the compatibility forms Normalize folds with NFKC.
func isPresentation(r rune) bool {
	return 0xFB00 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF && r != 0xFEFF || 0xFF00 <= r && r <= 0xFFEF
}

var (
	presOnce  sync.Once
	presTable map[rune]string
)

// presentationFold returns the NFKC form of a presentation form when it is
// not longer than the form and is not a phrase (ﷺ), or false.
func presentationFold(r rune) (string, bool) {
	presOnce.Do(func() {
		presTable = make(map[rune]string)
		add := func(lo, hi rune) {
			for r := lo; r <= hi; r++ {
				src := string(r)
				t := norm.NFKC.String(src)
				if t == src || len(t) > len(src) || strings.ContainsRune(t, ' ') {
					continue
				}
				presTable[r] = t
			}
		}
		add(0xFB00, 0xFDFF)
		add(0xFE80, 0xFEFC) // FE70-FE7F are harakat, removed as tashkeel
		add(0xFF00, 0xFFEF)
	})
	t, ok := presTable[r]
	return t, ok
}

// ligatureFold is the NFKC form of the letter ligatures that grow (ﻻ → لا,
// ﷲ → الله); Analyze expands them before Normalize, the one place growth
// is fine.
func ligatureFold(r rune) (string, bool) {
	if 0xFEF5 <= r && r <= 0xFEFC || r == 0xFDF2 || 0xFC00 <= r && r <= 0xFDFF && r != 0xFDFA && r != 0xFDFB && r != 0xFDFD {
		t := norm.NFKC.String(string(r))
		if t != string(r) && !strings.ContainsRune(t, ' ') {
			return t, true
		}
	}
	return "", false
}

// run is a stretch of fillers and dots right after an Arabic letter.
type run struct {
	end       int  // byte offset after the run
	dots      bool // the run has a dot
	invisible bool // the run has a tatweel or an invisible character
	next      bool // an Arabic letter follows the run
	follow    int  // Arabic letters in the fragment after the run
}

// scanRun reads the run of fillers and dots that starts at s[i:].
func scanRun(s string, i int) run {
	var rn run
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case isDot(r):
			rn.dots = true
		case r == 0x0640 || isInvisible(r):
			rn.invisible = true
		case isFiller(r):
		default:
			goto done
		}
		j += size
	}
done:
	rn.end = j
	// The fragment after the run: its letters, up to anything but a letter
	// or a filler.
	for k := j; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		if isArabicLetter(r) {
			if k == j {
				rn.next = true
			}
			rn.follow++
		} else if !isFiller(r) || k == j {
			break
		}
		k += size
	}
	return rn
}

// join decides whether the dots of a run hide a word (see
// Options.Deobfuscate); before is the number of Arabic letters right
// before the run.
func (rn run) join(s string, before int) bool {
	if !rn.next {
		return false
	}
	if rn.invisible {
		return true
	}
	return before >= 2 && rn.follow == 1
}

// letterTail counts the Arabic letters at the end of s.
func letterTail(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isArabicLetter(r) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}
