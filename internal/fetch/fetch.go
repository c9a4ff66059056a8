// Package fetch is Khabar's polite HTTP client: robots.txt, one queue per host
// with a minimum gap between requests, Retry-After and backoff, conditional
// GET, redirect checks, timeouts and a size limit on decoded bodies. It also
// holds the URL hygiene and charset decoding the crawler shares.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/khabar-news/khabar/internal/metrics"
)

// DefaultUserAgent names the crawler honestly, with a link to what it is.
const DefaultUserAgent = "Khabar/0.1 (+https://github.com/khabar-news/khabar; news aggregator)"

// robotsToken is the product token robots.txt groups are matched against.
const robotsToken = "Khabar"

// Config holds the client's limits. Start from DefaultConfig: New fills zero
// fields with defaults, except MinDelay, where zero means no gap.
type Config struct {
	UserAgent      string
	MinDelay       time.Duration // minimum gap between two requests to one host
	ConnectTimeout time.Duration // dial and TLS handshake
	Timeout        time.Duration // one attempt, headers and body
	MaxBody        int64         // decoded bytes
	MaxRedirects   int
	MaxAttempts    int           // tries for 429/503/5xx/network errors
	MaxRetryAfter  time.Duration // a longer Retry-After fails with "retry_after_too_long"
	RobotsTTL      time.Duration // how long a fetched robots.txt is trusted

	// RobotsRetry is how soon robots.txt is fetched again after a 5xx, 429 or
	// network failure; meanwhile the host is treated as allowing everything.
	RobotsRetry time.Duration
	// BackoffBase and BackoffMax shape the full-jitter exponential backoff
	// between attempts: a random wait in [0, min(BackoffMax, BackoffBase*2^(n-1))).
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// Logger receives debug lines per attempt; nil means slog.Default().
	Logger *slog.Logger
}

// DefaultConfig returns the limits Khabar crawls with.
func DefaultConfig() Config {
	return Config{
		UserAgent:      DefaultUserAgent,
		MinDelay:       250 * time.Millisecond,
		ConnectTimeout: 10 * time.Second,
		Timeout:        30 * time.Second,
		MaxBody:        5 << 20,
		MaxRedirects:   5,
		MaxAttempts:    4,
		MaxRetryAfter:  2 * time.Minute,
		RobotsTTL:      time.Hour,
		RobotsRetry:    time.Minute,
		BackoffBase:    500 * time.Millisecond,
		BackoffMax:     30 * time.Second,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.UserAgent == "" {
		c.UserAgent = d.UserAgent
	}
	c.MinDelay = max(c.MinDelay, 0)
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = d.ConnectTimeout
	}
	if c.Timeout <= 0 {
		c.Timeout = d.Timeout
	}
	if c.MaxBody <= 0 {
		c.MaxBody = d.MaxBody
	}
	if c.MaxRedirects <= 0 {
		c.MaxRedirects = d.MaxRedirects
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = d.MaxAttempts
	}
	if c.MaxRetryAfter <= 0 {
		c.MaxRetryAfter = d.MaxRetryAfter
	}
	if c.RobotsTTL <= 0 {
		c.RobotsTTL = d.RobotsTTL
	}
	if c.RobotsRetry <= 0 {
		c.RobotsRetry = min(d.RobotsRetry, c.RobotsTTL)
	}
	if c.BackoffBase <= 0 {
		c.BackoffBase = d.BackoffBase
	}
	if c.BackoffMax <= 0 {
		c.BackoffMax = d.BackoffMax
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Client fetches URLs politely. It is safe for concurrent use; requests to one
// host are served one at a time, in arrival order.
type Client struct {
	cfg     Config
	m       *metrics.Metrics
	hc      *http.Client
	log     *slog.Logger
	waiting atomic.Int64

	mu    sync.Mutex
	hosts map[string]*host
}

// host is the queue and the robots.txt state of one scheme+host+port.
type host struct {
	key string
	// turn holds one token while a request to the host is in flight (or
	// waiting out the gap before it); channel order keeps waiters roughly FIFO.
	turn chan struct{}
	next time.Time // earliest start of the next request; guarded by turn

	robotsLock chan struct{} // one robots.txt fetch per host at a time

	mu         sync.Mutex
	rules      *robotsRules
	rulesUntil time.Time
	crawlDelay time.Duration
}

// New makes a client; m may be nil.
func New(cfg Config, m *metrics.Metrics) *Client {
	cfg = cfg.withDefaults()
	dialer := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                  http.ProxyFromEnvironment,
		DialContext:            dialer.DialContext,
		TLSHandshakeTimeout:    cfg.ConnectTimeout,
		ResponseHeaderTimeout:  cfg.Timeout,
		MaxIdleConnsPerHost:    2, // one request in flight per host: more idle ones are waste
		IdleConnTimeout:        90 * time.Second,
		MaxResponseHeaderBytes: 1 << 20,
		ForceAttemptHTTP2:      true,
	}
	return &Client{
		cfg: cfg,
		m:   m,
		hc: &http.Client{
			Transport: tr,
			// Redirects are followed by hand so that every hop is robots-checked
			// and waits for its own host's turn.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		log:   cfg.Logger,
		hosts: map[string]*host{},
	}
}

// Close drops idle connections.
func (c *Client) Close() { c.hc.CloseIdleConnections() }

// Request is one URL to fetch.
type Request struct {
	URL          string
	Kind         string // "feed", "page", "sitemap", "robots": the metrics label; "" is "page"
	ETag         string // sent as If-None-Match
	LastModified string // sent as If-Modified-Since
}

// Response is a successful fetch.
type Response struct {
	URL          string // final URL after redirects
	Status       int    // a 2xx status or 304
	NotModified  bool
	Header       http.Header
	ContentType  string
	Body         []byte // decoded from gzip, not charset-converted (see ToUTF8)
	ETag         string
	LastModified string
	Redirects    []string      // URLs passed through, in order, without the final one
	Duration     time.Duration // the whole Get, including queue waits and retries
}

// QueueLen is the number of requests waiting for their host's turn.
func (c *Client) QueueLen() int { return int(c.waiting.Load()) }

// Get fetches r.URL: robots.txt permitting, in its host's turn, retrying
// 429/503/5xx and network errors, following redirects. Errors are *Error.
func (c *Client) Get(ctx context.Context, r Request) (*Response, error) {
	if r.Kind == "" {
		r.Kind = "page"
	}
	resp, err := c.get(ctx, r, true)
	if c.m != nil {
		result := resultOK
		switch {
		case err != nil:
			result = Reason(err)
		case resp.NotModified:
			result = resultNotModified
		}
		c.m.Fetches.WithLabelValues(r.Kind, result).Inc()
	}
	return resp, err
}

func (c *Client) get(ctx context.Context, r Request, checkRobots bool) (*Response, error) {
	start := time.Now()
	u, err := parseTarget(r.URL)
	if err != nil {
		return nil, &Error{URL: r.URL, Reason: ReasonBadURL, Err: err}
	}
	var chain []string
	seen := map[string]bool{u.String(): true}
	for {
		if checkRobots {
			ok, err := c.allowed(ctx, u)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, &Error{URL: u.String(), Reason: ReasonRobots, Err: errors.New("disallowed by robots.txt")}
			}
		}
		x, err := c.attempts(ctx, c.host(u), u.String(), r)
		if err != nil {
			return nil, err
		}
		if x.location != "" {
			next, err := u.Parse(x.location)
			if err == nil && next.Scheme != "http" && next.Scheme != "https" {
				err = errNotHTTP
			}
			if err != nil {
				return nil, &Error{URL: u.String(), Reason: ReasonBadRedirect, Status: x.status, Err: fmt.Errorf("location %q: %w", x.location, err)}
			}
			next.Fragment, next.RawFragment = "", ""
			chain = append(chain, u.String())
			if seen[next.String()] {
				return nil, &Error{URL: next.String(), Reason: ReasonRedirectLoop, Status: x.status,
					Err: fmt.Errorf("loop after %s", strings.Join(chain, " -> "))}
			}
			if len(chain) > c.cfg.MaxRedirects {
				return nil, &Error{URL: next.String(), Reason: ReasonTooManyRedirects, Status: x.status,
					Err: fmt.Errorf("more than %d redirects from %s", c.cfg.MaxRedirects, r.URL)}
			}
			seen[next.String()] = true
			u = next
			continue
		}
		resp := &Response{
			URL:          u.String(),
			Status:       x.status,
			NotModified:  x.status == http.StatusNotModified,
			Header:       x.header,
			ContentType:  x.header.Get("Content-Type"),
			Body:         x.body,
			ETag:         x.header.Get("ETag"),
			LastModified: x.header.Get("Last-Modified"),
			Redirects:    chain,
			Duration:     time.Since(start),
		}
		if resp.NotModified {
			// A 304 need not repeat the validators; the caller keeps its own.
			resp.ETag = firstNonEmpty(resp.ETag, r.ETag)
			resp.LastModified = firstNonEmpty(resp.LastModified, r.LastModified)
		}
		return resp, nil
	}
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// parseTarget accepts absolute http(s) URLs as given (no normalization: the
// server decides what its URLs mean), without the fragment.
func parseTarget(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Hostname() == "" {
		return nil, errNotHTTP
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

func hostKey(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	return u.Scheme + "://" + net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

func (c *Client) host(u *url.URL) *host {
	key := hostKey(u)
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hosts[key]
	if h == nil {
		h = &host{key: key, turn: make(chan struct{}, 1), robotsLock: make(chan struct{}, 1)}
		c.hosts[key] = h
	}
	return h
}

// acquire waits for the host's turn and then for its gap to pass.
func (c *Client) acquire(ctx context.Context, h *host) error {
	c.waiting.Add(1)
	defer c.waiting.Add(-1)
	select {
	case h.turn <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	if d := time.Until(h.next); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			<-h.turn
			return ctx.Err()
		}
	}
	return nil
}

// release ends the host's turn; the next request may start after the host's
// gap, or after wait (a Retry-After) if that is longer.
func (c *Client) release(h *host, wait time.Duration) {
	h.mu.Lock()
	gap := max(c.cfg.MinDelay, h.crawlDelay, wait)
	h.mu.Unlock()
	if next := time.Now().Add(gap); next.After(h.next) {
		h.next = next
	}
	<-h.turn
}

// exchange is the outcome of one HTTP round trip that the caller must act on.
type exchange struct {
	status   int
	header   http.Header
	body     []byte
	location string // set for a redirect
}

// attempts runs one hop: up to MaxAttempts round trips.
func (c *Client) attempts(ctx context.Context, h *host, target string, r Request) (*exchange, error) {
	var last *Error
	for attempt := 1; attempt <= c.cfg.MaxAttempts; attempt++ {
		x, wait, ferr := c.roundTrip(ctx, h, target, r, attempt)
		if ferr == nil {
			return x, nil
		}
		last = ferr
		if wait < 0 || attempt == c.cfg.MaxAttempts {
			break
		}
		// wait > 0 was already laid on the whole host (Retry-After), and the
		// next acquire waits it out; other failures back off this request only.
		if wait == 0 {
			if err := sleep(ctx, c.backoff(attempt)); err != nil {
				reason, _ := classify(ctx, err)
				return nil, &Error{URL: target, Reason: reason, Err: err}
			}
		}
	}
	return nil, last
}

func (c *Client) backoff(attempt int) time.Duration {
	d := c.cfg.BackoffMax
	if attempt < 31 {
		if e := c.cfg.BackoffBase << (attempt - 1); e > 0 { // e <= 0: overflowed
			d = min(d, e)
		}
	}
	if d <= 0 {
		return 0
	}
	return rand.N(d)
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// roundTrip makes one request in the host's turn. On failure, wait tells the
// caller what next: < 0 give up, 0 back off and retry, > 0 retry once the
// host's Retry-After (already applied to the host) has passed.
func (c *Client) roundTrip(ctx context.Context, h *host, target string, r Request, attempt int) (x *exchange, wait time.Duration, ferr *Error) {
	if err := c.acquire(ctx, h); err != nil {
		reason, _ := classify(ctx, err)
		return nil, -1, &Error{URL: target, Reason: reason, Err: err}
	}
	hostWait := time.Duration(0)
	defer func() { c.release(h, hostWait) }()

	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodGet, target, nil)
	if err != nil {
		return nil, -1, &Error{URL: target, Reason: ReasonBadURL, Err: err}
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept", accept(r.Kind))
	req.Header.Set("Accept-Language", "ar,en;q=0.8,*;q=0.5")
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}

	start := time.Now()
	defer func() {
		if c.m != nil {
			c.m.FetchSeconds.WithLabelValues(r.Kind).Observe(time.Since(start).Seconds())
		}
	}()
	resp, err := c.hc.Do(req)
	if err != nil {
		reason, retry := classify(ctx, err)
		c.log.Debug("fetch failed", "url", target, "status", 0, "attempt", attempt, "kind", r.Kind, "reason", reason, "err", err)
		return nil, retryWait(retry), &Error{URL: target, Reason: reason, Err: err}
	}
	defer resp.Body.Close()
	c.log.Debug("fetch", "url", target, "status", resp.StatusCode, "attempt", attempt, "kind", r.Kind)

	status := resp.StatusCode
	switch {
	case status >= 200 && status < 300:
		body, err := c.readBody(resp)
		if err != nil {
			if errors.Is(err, errTooLarge) {
				return nil, -1, &Error{URL: target, Reason: ReasonTooLarge, Status: status, Err: err}
			}
			reason, retry := classify(ctx, err)
			return nil, retryWait(retry), &Error{URL: target, Reason: reason, Status: status, Err: err}
		}
		return &exchange{status: status, header: resp.Header, body: body}, 0, nil
	case status == http.StatusNotModified:
		return &exchange{status: status, header: resp.Header}, 0, nil
	case status >= 300 && status < 400 && resp.Header.Get("Location") != "":
		drain(resp.Body)
		return &exchange{status: status, header: resp.Header, location: resp.Header.Get("Location")}, 0, nil
	case status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable:
		drain(resp.Body)
		ra, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		if !ok {
			ra = c.backoff(attempt)
		}
		if ra > c.cfg.MaxRetryAfter {
			// The host still gets the longest pause we are willing to give.
			hostWait = c.cfg.MaxRetryAfter
			return nil, -1, &Error{URL: target, Reason: ReasonRetryAfterTooLong, Status: status,
				Err: fmt.Errorf("Retry-After %s is longer than %s", ra, c.cfg.MaxRetryAfter)}
		}
		hostWait = ra
		return nil, max(ra, time.Nanosecond), &Error{URL: target, Reason: httpReason(status), Status: status}
	case status >= 500:
		drain(resp.Body)
		return nil, 0, &Error{URL: target, Reason: httpReason(status), Status: status}
	default:
		drain(resp.Body)
		return nil, -1, &Error{URL: target, Reason: httpReason(status), Status: status}
	}
}

func retryWait(retry bool) time.Duration {
	if retry {
		return 0
	}
	return -1
}

var errTooLarge = errors.New("body larger than the limit")

// readBody reads the decoded body, never more than MaxBody+1 bytes.
func (c *Client) readBody(resp *http.Response) ([]byte, error) {
	// ContentLength is the decoded length here: Go sets it to -1 when it
	// decompresses transparently.
	if resp.ContentLength > c.cfg.MaxBody {
		return nil, fmt.Errorf("%w: Content-Length %d > %d", errTooLarge, resp.ContentLength, c.cfg.MaxBody)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.cfg.MaxBody+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > c.cfg.MaxBody {
		return nil, fmt.Errorf("%w: more than %d bytes", errTooLarge, c.cfg.MaxBody)
	}
	return body, nil
}

// drain reads a little of an error body so the connection can be reused; a
// large one is cut off by Close instead.
func drain(r io.Reader) { _, _ = io.Copy(io.Discard, io.LimitReader(r, 64<<10)) }

// parseRetryAfter reads delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > int64(365*24*time.Hour/time.Second) {
			n = int64(365 * 24 * time.Hour / time.Second)
		}
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

func accept(kind string) string {
	switch kind {
	case "feed":
		return "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
	case "sitemap":
		return "application/xml, text/xml;q=0.9, */*;q=0.5"
	case "robots":
		return "text/plain, */*;q=0.5"
	default:
		return "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
	}
}
