package sources

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/khabar-news/khabar/internal/feed"
	"github.com/khabar-news/khabar/internal/fetch"
	"github.com/khabar-news/khabar/internal/news"
)

// Add stores a feed URL given by a user, normalized (tracking parameters
// dropped). A URL already stored keeps its health.
func Add(ctx context.Context, st news.Store, feedURL, name string) (*news.Source, error) {
	u, err := fetch.NormalizeURL(strings.TrimSpace(feedURL))
	if err != nil {
		return nil, news.Errorf(news.EINVALID, "feed URL %q: %v", feedURL, err)
	}
	s := &news.Source{FeedURL: u, Name: name, Kind: news.KindFeed, Added: time.Now().UTC()}
	if o, ok := Known(u); ok {
		s.SiteURL, s.Country = o.SiteURL, o.Country
		if s.Name == "" {
			s.Name = o.Name
		}
	}
	if s.Name == "" {
		s.Name = u
	}
	if err := st.AddSource(ctx, s); err != nil {
		return nil, fmt.Errorf("sources: add %s: %w", u, err)
	}
	return s, nil
}

// SeedBuiltin stores the built-in list.
func SeedBuiltin(ctx context.Context, st news.Store) (int, error) {
	for _, b := range Builtin {
		s := &news.Source{FeedURL: b.FeedURL, Name: b.Name, SiteURL: b.SiteURL, Country: b.Country, Kind: news.KindFeed, Added: time.Now().UTC()}
		if err := st.AddSource(ctx, s); err != nil {
			return 0, fmt.Errorf("sources: seed %s: %w", b.FeedURL, err)
		}
	}
	return len(Builtin), nil
}

// ReadOPML reads an OPML document from a file or an http(s) URL.
func ReadOPML(ctx context.Context, client *fetch.Client, where string) ([]feed.Outline, error) {
	var r io.Reader
	if strings.HasPrefix(where, "http://") || strings.HasPrefix(where, "https://") {
		resp, err := client.Get(ctx, fetch.Request{URL: where, Kind: "feed"})
		if err != nil {
			return nil, fmt.Errorf("sources: OPML %s: %w", where, err)
		}
		r = bytes.NewReader(resp.Body)
	} else {
		f, err := os.Open(where)
		if err != nil {
			return nil, fmt.Errorf("sources: OPML: %w", err)
		}
		defer f.Close()
		r = f
	}
	outs, err := feed.ParseOPML(r)
	if err != nil {
		return nil, fmt.Errorf("sources: OPML %s: %w", where, err)
	}
	return outs, nil
}

// ImportOPML adds every feed of the outlines and returns the stored sources;
// a bad URL in one outline is reported and the rest are added.
func ImportOPML(ctx context.Context, st news.Store, outs []feed.Outline) (added []news.Source, errs []error) {
	for _, o := range outs {
		s, err := Add(ctx, st, o.XMLURL, o.Title)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if o.HTMLURL != "" && s.SiteURL == "" {
			if u, err := fetch.NormalizeURL(o.HTMLURL); err == nil {
				s.SiteURL = u
				if err := st.AddSource(ctx, s); err != nil {
					errs = append(errs, err)
				}
			}
		}
		added = append(added, *s)
	}
	return added, errs
}

// ExportOPML writes the stored feed sources (not imported dumps) as OPML.
func ExportOPML(ctx context.Context, st news.Store, w io.Writer) error {
	list, err := st.ListSources(ctx)
	if err != nil {
		return fmt.Errorf("sources: export OPML: %w", err)
	}
	var outs []feed.Outline
	for _, s := range list {
		if s.Kind == news.KindImport {
			continue
		}
		outs = append(outs, feed.Outline{Title: s.Name, XMLURL: s.FeedURL, HTMLURL: s.SiteURL, Type: "rss"})
	}
	return feed.WriteOPML(w, "Khabar sources", outs)
}
