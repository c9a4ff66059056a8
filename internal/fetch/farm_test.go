package fetch

import (
	"context"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/newsfarm"
)

func TestNewsfarm(t *testing.T) {
	if testing.Short() {
		t.Skip("newsfarm integration test skipped in -short mode")
	}
	t.Parallel()
	farm := newsfarm.Start(t, "--days", "2015-08-10:2015-08-10", "--faults")
	man, err := farm.Manifest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// pick returns up to n article URLs of a site with the given unreachable reason.
	pick := func(site, unreachable string, n int) (out []string) {
		for _, a := range man.Articles {
			if a.Site == site && a.Unreachable == unreachable && len(out) < n {
				out = append(out, a.URL)
			}
		}
		if len(out) == 0 {
			t.Fatalf("manifest has no %s article with unreachable=%q", site, unreachable)
		}
		return out
	}
	article := func(url string) (title, canonical string) {
		for _, a := range man.Articles {
			if a.URL == url {
				return a.Title, a.CanonicalURL
			}
		}
		return "", ""
	}

	c := testClient(t, func(c *Config) {
		c.MinDelay = 20 * time.Millisecond
		c.Timeout = 10 * time.Second
		c.MaxAttempts = 4
	})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	t.Run("group", func(t *testing.T) {
		t.Run("ratelimit 429s are waited out", func(t *testing.T) {
			t.Parallel()
			// robots.txt is request 1; every 5th request is a 429.
			urls := pick("alriyadh", "", 5)
			for _, u := range urls {
				if _, err := c.Get(ctx, Request{URL: u}); err != nil {
					t.Errorf("%s: %v", u, err)
				}
			}
		})
		t.Run("huge page is too_large, others decode", func(t *testing.T) {
			t.Parallel()
			_, err := c.Get(ctx, Request{URL: pick("aleqtisadiya", "too_large", 1)[0]})
			wantReason(t, err, "too_large")
			u := pick("aleqtisadiya", "", 1)[0]
			resp, err := c.Get(ctx, Request{URL: u})
			if err != nil {
				t.Fatal(err)
			}
			title, _ := article(u)
			if !strings.Contains(string(resp.Body), html.EscapeString(strings.Fields(title)[0])) {
				t.Errorf("gzip-served page lacks its title's first word")
			}
		})
		t.Run("redirect loop", func(t *testing.T) {
			t.Parallel()
			_, err := c.Get(ctx, Request{URL: pick("almadina", "redirect_loop", 1)[0]})
			wantReason(t, err, "redirect_loop")
		})
		t.Run("robots disallow and crawl-delay", func(t *testing.T) {
			t.Parallel()
			_, err := c.Get(ctx, Request{URL: pick("alweeam", "robots", 1)[0]})
			wantReason(t, err, "robots")
			u := pick("alweeam", "", 1)[0]
			resp, err := c.Get(ctx, Request{URL: u}) // WordPress ?p=N: 301 to the permalink
			if err != nil {
				t.Fatal(err)
			}
			if _, canonical := article(u); resp.URL != canonical || len(resp.Redirects) != 1 {
				t.Errorf("final URL %s (redirects %v), want %s", resp.URL, resp.Redirects, canonical)
			}
			sm, err := c.Sitemaps(ctx, u)
			if err != nil || len(sm) == 0 {
				t.Errorf("Sitemaps = %v, %v", sm, err)
			}
		})
		t.Run("windows-1256 page", func(t *testing.T) {
			t.Parallel()
			u := pick("aljazirah", "", 1)[0]
			resp, err := c.Get(ctx, Request{URL: u})
			if err != nil {
				t.Fatal(err)
			}
			text, enc, err := ToUTF8(resp.Body, resp.ContentType)
			title, _ := article(u)
			if err != nil || enc != "windows-1256" || !strings.Contains(string(text), html.EscapeString(strings.Join(strings.Fields(title)[:2], " "))) {
				t.Errorf("decoded as %s (%v); title %q not found", enc, err, title)
			}
		})
	})

	stats, err := farm.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("newsfarm stats: %v", stats)
	if stats["alweeam:robots_violations"] != 0 {
		t.Errorf("robots violations: %d", stats["alweeam:robots_violations"])
	}
	if stats["alriyadh:fault_429"] == 0 {
		t.Errorf("no 429 was served: the rate-limit path went untested")
	}
}
