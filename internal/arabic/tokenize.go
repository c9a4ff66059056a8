package arabic

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is.
type Kind int

// Token kinds.
const (
	Word    Kind = iota // a word in Arabic or another non-Latin script
	Number              // digits, with inner . or , (3.5, 1,000, ٣٫٥)
	Latin               // a word in Latin script (may hold digits: G20)
	Hashtag             // #word, with the #
	Mention             // @name, with the @
)

var kindNames = [...]string{"word", "number", "latin", "hashtag", "mention"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// MarshalText writes the kind by name, for JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind by name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("arabic: unknown token kind %q", b)
}

// Token is one word of a text.
type Token struct {
	Text       string // as written in the input
	Norm       string // normalized (Search policy, ligatures expanded)
	Term       string // what the index stores: the stemmed Norm, "" for a stop word
	Start, End int    // byte offsets of Text in the input
	Kind       Kind
	// Sep: a punctuation mark or symbol, or a line break, stands between
	// the token before and this one («والسوري، واللبناني»): no name runs
	// across it. Quotation marks are no Sep (outlets quote a word inside a
	// name: تنظيم «داعش»، خام "برنت"), nor a hyphen joining two words
	// (واي-فاي), nor a bracket or dash (see Aside).
	Sep bool `json:",omitempty"`
	// Aside: a bracket or a dash stands between the token before and this
	// one. Outlets bracket an alias after a word («الأوقية (الأونصة)») and a
	// word inside a name alike («تنظيم (داعش)»), and a dash ends a dateline
	// («الرياض - واس») or joins a name's halves («سايكس - بيكو»): a name
	// is shown only if it is also written without one (see tag's wholeBit).
	Aside bool `json:",omitempty"`
}

// Tokenize splits s into words, numbers, Latin words, hashtags and @names,
// in order, with their byte offsets; punctuation, symbols and white space
// separate tokens and are not tokens. A word hidden with dots, tatweel or
// invisible characters (قاتـ.ل) stays one token, by the same rule
// Normalize uses to repair it. Norm and Term are left empty: Analyze fills
// them.
func Tokenize(s string) []Token {
	// News prose runs 10.9 bytes a token at the median (8.8 at the 5th
	// percentile, SaudiNewsNet): one per 8 bytes seldom grows the slice,
	// where one per 12 grew most texts' to twice their need.
	toks := make([]Token, 0, len(s)/8+1)
	prevWord := false  // the rune before i is a letter, digit or _
	prevLatin := false // ... and not an Arabic letter
	sep := false       // punctuation since the last token (Token.Sep)
	aside := false     // a bracket or dash since the last token (Token.Aside)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var end int
		var kind Kind
		switch {
		case r == utf8.RuneError && size <= 1:
			i += size
			prevWord, prevLatin, sep = false, false, true
			continue
		// An Arabic letter may lead a hashtag (و#مصر: "and #Egypt"); a
		// Latin one may not (C#), nor may anything lead an @name (a@b.com).
		case r == '#' && !prevLatin, r == '@' && !prevWord:
			end = scanTag(s, i+size)
			if end == i+size {
				i += size
				prevWord, prevLatin, sep = false, false, true
				continue
			}
			kind = Hashtag
			if r == '@' {
				kind = Mention
			}
		case unicode.IsDigit(r):
			end, kind = scanNumber(s, i), Number
		case isArabicLetter(r):
			end, kind = scanArabic(s, i), Word
		case unicode.Is(unicode.Latin, r):
			end, kind = scanLatin(s, i), Latin
		case isOtherLetter(r):
			end, kind = scanOther(s, i), Word
		default:
			switch r {
			case ' ': // most of what comes here
			case '(', ')', '[', ']', '{', '}', '–', '—':
				aside = true
			case '-':
				aside = aside || !joins(s, i, size)
			case '\n':
				// A line break is a Sep: a paragraph's last word and the
				// next's first are no name.
				sep = true
			default:
				// Other white space, marks, tatweel, invisible characters
				// and quotation marks are no Sep.
				if !unicode.IsSpace(r) && !unicode.IsMark(r) && !isFiller(r) && !isQuote(r) {
					sep = true
				}
			}
			i += size
			prevWord = r == '_' || unicode.IsMark(r)
			prevLatin = prevWord
			continue
		}
		first := len(toks) == 0
		toks = append(toks, Token{Text: s[i:end], Start: i, End: end, Kind: kind, Sep: sep && !first, Aside: aside && !first})
		sep, aside = false, false
		i = end
		prevWord, prevLatin = true, kind != Word
	}
	return toks
}

// joins reports whether the hyphen at s[i:i+size] has a letter on both
// sides (واي-فاي).
func joins(s string, i, size int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}

// isQuote reports quotation marks, which are no Sep: outlets quote a
// word inside a name (تنظيم «داعش»، خام "برنت"، فيروس "كورونا").
func isQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '«' || r == '»' || unicode.In(r, unicode.Pi, unicode.Pf)
}

// scanTag reads the body of a hashtag or @name from s[i:] and returns its end
// (i when there is none): letters, digits, _ and marks.
func scanTag(s string, i int) int {
	end, j := i, i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			j += size
			end = j
		case unicode.IsMark(r) || r == 0x0640:
			j += size
			if end > i {
				end = j
			}
		default:
			return end
		}
	}
	return end
}

// scanNumber reads digits with inner separators (. , ٫ ٬ each between two
// digits).
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsDigit(r) {
			j += size
			continue
		}
		if r == '.' || r == ',' || r == 0x066B || r == 0x066C {
			if q, _ := utf8.DecodeRuneInString(s[j+size:]); unicode.IsDigit(q) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// scanArabic reads an Arabic word from s[i:], which starts with a letter:
// letters, with fillers (tashkeel, tatweel, invisible characters) and dots
// between them when Normalize would join them. Trailing tashkeel and
// tatweel belong to the word; trailing invisible characters and dots do not.
func scanArabic(s string, i int) int {
	letters := 0
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isArabicLetter(r) {
			letters++
			j += size
			continue
		}
		if !isFiller(r) && !isDot(r) {
			break
		}
		rn := scanRun(s, j)
		if rn.next && (!rn.dots || rn.join(s, letters)) {
			j = rn.end
			continue
		}
		// The word ends in this run: keep its leading tashkeel and tatweel.
		for j < rn.end {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isInvisible(r) || isDot(r) {
				break
			}
			j += size
		}
		break
	}
	return j
}

// scanLatin reads a Latin word: Latin letters, marks and ASCII digits, with
// an inner apostrophe (don't, l'état).
func scanLatin(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.Is(unicode.Latin, r), unicode.IsMark(r), '0' <= r && r <= '9':
			j += size
			continue
		case r == '\'' || r == '’':
			if q, _ := utf8.DecodeRuneInString(s[j+size:]); unicode.Is(unicode.Latin, q) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// scanOther reads a word of another script: letters that are neither Arabic
// nor Latin, and marks.
func scanOther(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isOtherLetter(r) || unicode.IsMark(r) {
			j += size
			continue
		}
		break
	}
	return j
}

// isOtherLetter reports a letter neither Arabic nor Latin. Tatweel and the
// harakat ligatures are letters to Unicode (Lm, Lo) but only marks here.
func isOtherLetter(r rune) bool {
	return unicode.IsLetter(r) && !isFiller(r) && !isArabicLetter(r) && !unicode.Is(unicode.Latin, r)
}
