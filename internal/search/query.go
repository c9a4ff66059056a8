package search

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-news/khabar/internal/news"
)

// MaxQueryLen bounds a query, in characters: longer is a mistake (a pasted
// article), answered with a clear error rather than a slow search.
const MaxQueryLen = 500

// maxClauses bounds the words, phrases and filters of one query.
const maxClauses = 40

// Query is a parsed query. Words and phrases are kept as typed; the index's
// analyzer folds them when the search is built.
type Query struct {
	Words          []string
	Phrases        []string
	ExcludeWords   []string
	ExcludePhrases []string
	Sources        []string
	ExcludeSources []string
	Tags           []string
	ExcludeTags    []string
	After          time.Time // published on or after; zero = open
	Before         time.Time // published before; zero = open
}

// Empty reports whether the query asks for nothing at all.
func (q *Query) Empty() bool {
	return len(q.Words)+len(q.Phrases)+len(q.ExcludeWords)+len(q.ExcludePhrases)+
		len(q.Sources)+len(q.ExcludeSources)+len(q.Tags)+len(q.ExcludeTags) == 0 &&
		q.After.IsZero() && q.Before.IsZero()
}

// keys maps the filter names a reader may type, in English or Arabic, to one
// canonical name.
var keys = map[string]string{
	"source": "source", "مصدر": "source", "المصدر": "source",
	"tag": "tag", "وسم": "tag", "الوسم": "tag",
	"after": "after", "بعد": "after", "since": "after",
	"before": "before", "قبل": "before", "until": "before",
}

// closing pairs each opening quote mark with its closing one: straight
// quotes, curly quotes and the guillemets Arabic typography uses.
var closing = map[rune]rune{'"': '"', '“': '”', '«': '»', '”': '”'}

// ParseQuery parses Khabar's query language:
//
//	word             articles with the word (every word must appear)
//	"exact phrase"   the words in this order (also “…” and «…»)
//	-word -"phrase"  without it
//	source:NAME      from that source (name or id; quote names with spaces)
//	tag:NAME         with that tag
//	after:YYYY-MM-DD published on or after that day (in zone)
//	before:YYYY-MM-DD published before that day
//
// Filter names have Arabic forms too (مصدر: وسم: بعد: قبل:). Mistakes are
// news.EINVALID with a message that says how to fix them.
func ParseQuery(s string, zone *time.Location) (*Query, error) {
	if zone == nil {
		zone = time.UTC
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if n := utf8.RuneCountInString(s); n > MaxQueryLen {
		return nil, news.Errorf(news.EINVALID, "query too long: %d characters, at most %d", n, MaxQueryLen)
	}
	q := &Query{}
	rs := []rune(s)
	clauses := 0
	for i := 0; i < len(rs); {
		if isSpace(rs[i]) {
			i++
			continue
		}
		neg := false
		if rs[i] == '-' && i+1 < len(rs) && !isSpace(rs[i+1]) {
			neg = true
			i++
		}
		// A phrase.
		if end, ok := closing[rs[i]]; ok {
			text, next, err := quoted(rs, i, end)
			if err != nil {
				return nil, err
			}
			i = next
			if text = strings.TrimSpace(text); text == "" {
				continue
			}
			if neg {
				q.ExcludePhrases = append(q.ExcludePhrases, text)
			} else {
				q.Phrases = append(q.Phrases, text)
			}
			if clauses++; clauses > maxClauses {
				return nil, tooMany()
			}
			continue
		}
		// A word, or key:value.
		j := i
		for j < len(rs) && !isSpace(rs[j]) && !(rs[j] == ':' && keyOf(rs[i:j]) != "") {
			j++
		}
		if j < len(rs) && rs[j] == ':' {
			key := keyOf(rs[i:j])
			j++
			var val string
			if j < len(rs) {
				if end, ok := closing[rs[j]]; ok {
					text, next, err := quoted(rs, j, end)
					if err != nil {
						return nil, err
					}
					val, j = strings.TrimSpace(text), next
				} else {
					k := j
					for k < len(rs) && !isSpace(rs[k]) {
						k++
					}
					val, j = string(rs[j:k]), k
				}
			}
			i = j
			if val == "" {
				return nil, news.Errorf(news.EINVALID, "%s: needs a value, as in %s", key, example(key))
			}
			if err := q.filter(key, val, neg, zone); err != nil {
				return nil, err
			}
			if clauses++; clauses > maxClauses {
				return nil, tooMany()
			}
			continue
		}
		for j < len(rs) && !isSpace(rs[j]) {
			j++
		}
		w := string(rs[i:j])
		i = j
		if strings.ContainsAny(w, `"“”«»`) {
			return nil, news.Errorf(news.EINVALID, `unbalanced quote in %q: put the phrase between two quote marks, as in "كأس العالم"`, w)
		}
		if neg {
			q.ExcludeWords = append(q.ExcludeWords, w)
		} else {
			q.Words = append(q.Words, w)
		}
		if clauses++; clauses > maxClauses {
			return nil, tooMany()
		}
	}
	if !q.After.IsZero() && !q.Before.IsZero() && !q.After.Before(q.Before) {
		return nil, news.Errorf(news.EINVALID, "after:%s is not before before:%s: no day is in between",
			q.After.Format(time.DateOnly), q.Before.Format(time.DateOnly))
	}
	return q, nil
}

// keyOf is the canonical filter name of rs, "" when it names none.
func keyOf(rs []rune) string { return keys[strings.ToLower(string(rs))] }

func tooMany() error {
	return news.Errorf(news.EINVALID, "too many words and filters: at most %d", maxClauses)
}

func example(key string) string {
	switch key {
	case "source":
		return `source:"الشرق الأوسط"`
	case "tag":
		return "tag:رياضة"
	default:
		return key + ":2015-08-01"
	}
}

// quoted reads a quoted run starting at rs[i] (the opening mark) and returns
// its text and the index after the closing mark.
func quoted(rs []rune, i int, end rune) (string, int, error) {
	for j := i + 1; j < len(rs); j++ {
		if rs[j] == end || (end == '”' && rs[j] == '"') || (end == '"' && rs[j] == '”') {
			return string(rs[i+1 : j]), j + 1, nil
		}
	}
	return "", 0, news.Errorf(news.EINVALID, `unbalanced quote: the phrase %q has no closing quote mark`, string(rs[i:]))
}

func (q *Query) filter(key, val string, neg bool, zone *time.Location) error {
	switch key {
	case "source":
		if neg {
			q.ExcludeSources = append(q.ExcludeSources, val)
		} else {
			q.Sources = append(q.Sources, val)
		}
	case "tag":
		if neg {
			q.ExcludeTags = append(q.ExcludeTags, val)
		} else {
			q.Tags = append(q.Tags, val)
		}
	case "after", "before":
		if neg {
			return news.Errorf(news.EINVALID, "-%s: cannot be negated: use %s instead", key, map[string]string{"after": "before:", "before": "after:"}[key])
		}
		d, err := ParseDay(val, zone)
		if err != nil {
			return news.Errorf(news.EINVALID, "%s: wants a date like 2015-08-01, got %q", key, val)
		}
		if key == "after" {
			if d.After(q.After) {
				q.After = d
			}
		} else if q.Before.IsZero() || d.Before(q.Before) {
			q.Before = d
		}
	}
	return nil
}

// ParseDay parses YYYY-MM-DD (Eastern Arabic or Persian digits too, and / as
// separator) as the start of that day in zone.
func ParseDay(s string, zone *time.Location) (time.Time, error) {
	if zone == nil {
		zone = time.UTC
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r == '/':
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	t, err := time.ParseInLocation(time.DateOnly, s, zone)
	if err != nil {
		return time.Time{}, err
	}
	if t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}, news.Errorf(news.EINVALID, "year %d out of range", t.Year())
	}
	return t, nil
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200f' || r == '\u200e' }
