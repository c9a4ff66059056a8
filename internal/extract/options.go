package extract

import (
	"bytes"
	"context"
	"fmt"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// Option configures New.
type Option func(*trafExtractor)

// WithMemory makes the extractor learn each host's template: paragraphs that
// recur on many pages of one host are boilerplate. A nil memory is ignored.
func WithMemory(m HostMemory) Option {
	return func(e *trafExtractor) {
		if m != nil {
			e.mem = m
		}
	}
}

// baseline is go-trafilatura alone, for comparison in evaluations and benchmarks.
type baseline struct{ opts trafilatura.Options }

// Baseline returns go-trafilatura alone behind the Extractor interface (its
// own text, title, author and date, our decoding left out): the yardstick
// Khabar's extractor is measured against.
func Baseline() Extractor { return baseline{opts: defaultOptions()} }

func (b baseline) Extract(ctx context.Context, in Input) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	opts := b.opts
	opts.HtmlDateMode = trafilatura.Fast
	if u, err := parseHTTPURL(in.URL); err == nil {
		opts.OriginalURL = u
	}
	r, err := trafilatura.Extract(bytes.NewReader(in.HTML), opts)
	if err != nil || r == nil {
		return &Result{}, fmt.Errorf("extract: baseline: %v: %w", err, ErrNoText)
	}
	res := &Result{Text: r.ContentText, Title: r.Metadata.Title, Author: r.Metadata.Author,
		Published: r.Metadata.Date, Language: r.Metadata.Language, SiteName: r.Metadata.Sitename}
	return res, nil
}
