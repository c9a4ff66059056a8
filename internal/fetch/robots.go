package fetch

import (
	"context"
	"net/url"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsRules is what Khabar keeps of a host's robots.txt.
type robotsRules struct {
	group    *robotstxt.Group // nil: everything allowed
	sitemaps []string
}

func (r *robotsRules) allows(u *url.URL) bool {
	if r == nil || r.group == nil {
		return true
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

// Allowed reports whether robots.txt lets Khabar fetch rawURL, fetching the
// host's robots.txt if it is not cached; it does not fetch rawURL.
func (c *Client) Allowed(ctx context.Context, rawURL string) (bool, error) {
	u, err := parseTarget(rawURL)
	if err != nil {
		return false, &Error{URL: rawURL, Reason: ReasonBadURL, Err: err}
	}
	return c.allowed(ctx, u)
}

// Sitemaps returns the Sitemap: lines of the robots.txt of anyURLOnSite's host
// (none when robots.txt is missing or could not be fetched).
func (c *Client) Sitemaps(ctx context.Context, anyURLOnSite string) ([]string, error) {
	u, err := parseTarget(anyURLOnSite)
	if err != nil {
		return nil, &Error{URL: anyURLOnSite, Reason: ReasonBadURL, Err: err}
	}
	rules, err := c.robots(ctx, c.host(u), u)
	if err != nil {
		return nil, err
	}
	return append([]string(nil), rules.sitemaps...), nil
}

func (c *Client) allowed(ctx context.Context, u *url.URL) (bool, error) {
	rules, err := c.robots(ctx, c.host(u), u)
	if err != nil {
		return false, err
	}
	return rules.allows(u), nil
}

// robots returns the host's cached rules, fetching robots.txt (in the host's
// turn, like any request) when they are missing or stale. Only the caller's
// context failing is an error: a robots.txt that cannot be had allows all.
func (c *Client) robots(ctx context.Context, h *host, u *url.URL) (*robotsRules, error) {
	if r := h.cachedRules(); r != nil {
		return r, nil
	}
	select {
	case h.robotsLock <- struct{}{}:
	case <-ctx.Done():
		reason, _ := classify(ctx, ctx.Err())
		return nil, &Error{URL: u.String(), Reason: reason, Err: ctx.Err()}
	}
	defer func() { <-h.robotsLock }()
	if r := h.cachedRules(); r != nil { // fetched while we waited
		return r, nil
	}

	robotsURL := (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}).String()
	resp, err := c.get(ctx, Request{URL: robotsURL, Kind: "robots"}, false)
	if c.m != nil {
		result := resultOK
		if err != nil {
			result = Reason(err)
		}
		c.m.Fetches.WithLabelValues("robots", result).Inc()
	}
	now := time.Now()
	rules, ttl := &robotsRules{}, c.cfg.RobotsTTL
	switch reason := Reason(err); {
	case err == nil:
		data, perr := robotstxt.FromBytes(resp.Body)
		if perr != nil {
			c.log.Warn("fetch: robots.txt unparsable, allowing all", "url", robotsURL, "err", perr)
			break
		}
		rules.sitemaps = data.Sitemaps
		// FindGroup picks our token's group, else "*", else an empty group.
		rules.group = data.FindGroup(robotsToken)
	case reason == ReasonCanceled || (reason == ReasonTimeout && ctx.Err() != nil):
		return nil, err
	case strings.HasPrefix(reason, reasonHTTPPrefix) && reason[len(reasonHTTPPrefix)] == '4' && reason != httpReason(429):
		// No robots.txt (404, 403, 410...): no restrictions.
	case reason == ReasonRedirectLoop || reason == ReasonTooManyRedirects || reason == ReasonBadRedirect:
		// Like Google, a robots.txt lost in redirects counts as missing.
	default:
		// 5xx, 429, network: the file may well exist. Allow for now and ask
		// again soon rather than crawl a whole TTL without it.
		ttl = c.cfg.RobotsRetry
		c.log.Warn("fetch: robots.txt unavailable, allowing all for now", "url", robotsURL, "reason", reason, "retry_in", ttl)
	}
	h.mu.Lock()
	h.rules, h.rulesUntil = rules, now.Add(ttl)
	h.crawlDelay = 0
	if rules.group != nil {
		h.crawlDelay = rules.group.CrawlDelay
	}
	h.mu.Unlock()
	return rules, nil
}

func (h *host) cachedRules() *robotsRules {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.rules != nil && time.Now().Before(h.rulesUntil) {
		return h.rules
	}
	return nil
}
