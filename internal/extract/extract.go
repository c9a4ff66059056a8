// Package extract turns a fetched article page into its main text and metadata:
// headline, author, published time (Arabic, Levantine, Hijri and relative dates
// included), canonical URL, language and site name.
//
// The main-text extraction is go-trafilatura; it sits behind the Extractor
// interface so it can be swapped or wrapped (Arabic boilerplate rules come on top
// later). The metadata is our own: trafilatura's metadata is tuned for English
// pages and misses most of what Arabic news sites print (see title.go, date.go).
package extract

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Input is one fetched page.
type Input struct {
	HTML        []byte         // raw bytes as fetched, any charset
	ContentType string         // HTTP Content-Type, may be ""
	URL         string         // final URL of the page (for resolving canonical, relative links)
	Fetched     time.Time      // for relative dates; zero = time.Now()
	DefaultZone *time.Location // zone for dates without one; nil = Asia/Riyadh (UTC+3)
}

// Quality says how much a value can be trusted; higher is better.
type Quality int

const (
	QualityNone       Quality = iota
	QualityDate               // day only (no clock), or a relative day such as «أمس»
	QualityVisible            // a date and clock read from the visible text
	QualityFeed               // reserved for the caller: a feed's timestamp
	QualityStructured         // JSON-LD, OpenGraph, <time datetime>, <meta> with a clock
)

func (q Quality) String() string {
	switch q {
	case QualityNone:
		return "none"
	case QualityDate:
		return "date"
	case QualityVisible:
		return "visible"
	case QualityFeed:
		return "feed"
	case QualityStructured:
		return "structured"
	}
	return fmt.Sprintf("quality(%d)", int(q))
}

// Result is what Extract found. Empty strings and the zero time mean "not found".
type Result struct {
	Title, Author, Text, CanonicalURL, Language, SiteName, Description string

	Published        time.Time
	PublishedQuality Quality
	// TitleQuality is QualityStructured for og:title / JSON-LD headline or an
	// <h1> that agrees with <title>; QualityVisible for <title> with the site
	// part stripped or a lone heading.
	TitleQuality Quality
	Encoding     string // charset used to decode, e.g. "utf-8", "windows-1256"
}

// Extractor extracts the article from one page.
type Extractor interface {
	Extract(ctx context.Context, in Input) (*Result, error)
}

// Errors, wrapped with %w; test with errors.Is.
var (
	// ErrNoText: the page has no main text of at least minTextLetters letters.
	// Extract still returns the Result with the metadata it found.
	ErrNoText = errors.New("extract: no main text found")
	// ErrNotHTML: empty input, or bytes that are not a text document.
	ErrNotHTML = errors.New("extract: input is not an HTML document")
	// ErrTooLarge: the input is over MaxInputBytes.
	ErrTooLarge = errors.New("extract: input too large")
)

// MaxInputBytes bounds the work done on one page. Real article pages are well
// under 1 MiB; pages padded to many MiB are faults, not articles.
const MaxInputBytes = 5 << 20

// minTextLetters is the least main text, counted in letters, that makes an article.
const minTextLetters = 40

// defaultZone is Asia/Riyadh: the crawler's sources are mostly Saudi and Gulf
// sites, which print local (UTC+3) times without saying so.
var defaultZone = loadZone("Asia/Riyadh", 3*3600)

// loadZone returns the named zone, or a fixed offset when the tz database is
// missing (time/tzdata is linked in, so this is only a guard).
func loadZone(name string, offset int) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.FixedZone(name, offset)
}
