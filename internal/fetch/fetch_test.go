package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/khabar-news/khabar/internal/metrics"
)

func TestGetOKHeadersAndMetrics(t *testing.T) {
	var ua, acc string
	srv, _ := serve(t, "", func(w http.ResponseWriter, r *http.Request) {
		ua, acc = r.Header.Get("User-Agent"), r.Header.Get("Accept")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 10 Aug 2015 10:00:00 GMT")
		okHandler("<p>خبر</p>")(w, r)
	})
	m := metrics.New()
	cfg := DefaultConfig()
	cfg.MinDelay = 0
	c := New(cfg, m)
	resp, err := c.Get(ctxT(t), Request{URL: srv.URL + "/a#frag", Kind: "feed"})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "<p>خبر</p>" || resp.Status != 200 || resp.URL != srv.URL+"/a" {
		t.Fatalf("resp = %+v", resp)
	}
	if resp.ETag != `"v1"` || resp.LastModified == "" || !strings.HasPrefix(resp.ContentType, "text/html") {
		t.Fatalf("validators/content type: %+v", resp)
	}
	if ua != DefaultUserAgent || !strings.Contains(acc, "application/rss+xml") {
		t.Fatalf("User-Agent %q Accept %q", ua, acc)
	}
	if got := counterValue(t, m.Fetches.WithLabelValues("feed", "ok")); got != 1 {
		t.Fatalf("fetches{feed,ok} = %v", got)
	}
	// robots.txt is 404 here: counted under its own kind and reason.
	if got := counterValue(t, m.Fetches.WithLabelValues("robots", "http_404")); got != 1 {
		t.Fatalf("fetches{robots,http_404} = %v", got)
	}
	for _, kind := range []string{"feed", "robots"} {
		var h dto.Metric
		if err := m.FetchSeconds.WithLabelValues(kind).(prometheus.Histogram).Write(&h); err != nil || h.GetHistogram().GetSampleCount() != 1 {
			t.Fatalf("FetchSeconds{%s} samples = %d, %v; want 1", kind, h.GetHistogram().GetSampleCount(), err)
		}
	}
}

func counterValue(t testing.TB, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func TestRobots(t *testing.T) {
	robots := "User-agent: *\nDisallow: /\n\nUser-agent: Khabar\nDisallow: /private/\nDisallow: /*?print=\n\nSitemap: http://example.invalid/sitemap.xml\n"
	srv, cnt := serve(t, robots, okHandler("ok"))
	c := testClient(t, nil)
	ctx := ctxT(t)
	for _, tc := range []struct {
		path string
		ok   bool
	}{
		{"/private/1", false}, {"/private/", false}, {"/news/1?print=1", false},
		{"/news/1", true}, {"/", true}, {"/privately", true},
	} {
		allowed, err := c.Allowed(ctx, srv.URL+tc.path)
		if err != nil || allowed != tc.ok {
			t.Errorf("Allowed(%s) = %v, %v; want %v", tc.path, allowed, err, tc.ok)
		}
		_, err = c.Get(ctx, Request{URL: srv.URL + tc.path})
		if tc.ok && err != nil {
			t.Errorf("Get(%s): %v", tc.path, err)
		}
		if !tc.ok {
			wantReason(t, err, "robots")
		}
	}
	if n := cnt.n("/private/1") + cnt.n("/private/"); n != 0 {
		t.Fatalf("disallowed URLs were fetched %d times", n)
	}
	if n := cnt.n("/robots.txt"); n != 1 {
		t.Fatalf("robots.txt fetched %d times, want 1 (cached)", n)
	}
	sm, err := c.Sitemaps(ctx, srv.URL+"/anything")
	if err != nil || len(sm) != 1 || sm[0] != "http://example.invalid/sitemap.xml" {
		t.Fatalf("Sitemaps = %v, %v", sm, err)
	}
}

func TestRobotsStarGroupAndTTL(t *testing.T) {
	t.Parallel()
	srv, cnt := serve(t, "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\n", okHandler("ok"))
	c := testClient(t, func(c *Config) { c.RobotsTTL = 150 * time.Millisecond })
	ctx := ctxT(t)
	if ok, _ := c.Allowed(ctx, srv.URL+"/search?q=x"); ok {
		t.Fatal("/search allowed; the * group disallows it")
	}
	if ok, _ := c.Allowed(ctx, srv.URL+"/news"); !ok {
		t.Fatal("/news disallowed; only otherbot is shut out")
	}
	time.Sleep(200 * time.Millisecond)
	c.Allowed(ctx, srv.URL+"/news")
	if n := cnt.n("/robots.txt"); n != 2 {
		t.Fatalf("robots.txt fetched %d times, want 2 (TTL expired once)", n)
	}
}

func TestRobotsUnavailable(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		status  int
		refetch bool // a temporary failure is retried after RobotsRetry
	}{
		{"404 allows all", 404, false},
		{"403 allows all", 403, false},
		{"500 allows for now", 500, true},
		{"503 allows for now", 503, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, cnt := serveAll(t, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					w.WriteHeader(tc.status)
					return
				}
				io.WriteString(w, "page")
			})
			c := testClient(t, func(c *Config) { c.RobotsRetry = 100 * time.Millisecond; c.MaxAttempts = 1 })
			ctx := ctxT(t)
			if _, err := c.Get(ctx, Request{URL: srv.URL + "/x"}); err != nil {
				t.Fatalf("Get: %v", err)
			}
			time.Sleep(150 * time.Millisecond)
			if _, err := c.Get(ctx, Request{URL: srv.URL + "/y"}); err != nil {
				t.Fatalf("Get: %v", err)
			}
			want := 1
			if tc.refetch {
				want = 2
			}
			if got := cnt.n("/robots.txt"); got != want {
				t.Fatalf("robots.txt fetched %d times, want %d", got, want)
			}
		})
	}
}

func TestCrawlDelaySpacing(t *testing.T) {
	t.Parallel()
	srv, cnt := serve(t, "User-agent: *\nCrawl-delay: 1\n", okHandler("ok"))
	c := testClient(t, func(c *Config) { c.MinDelay = 10 * time.Millisecond })
	ctx := ctxT(t)
	for _, p := range []string{"/a", "/b"} {
		if _, err := c.Get(ctx, Request{URL: srv.URL + p}); err != nil {
			t.Fatal(err)
		}
	}
	a, b := cnt.times("/a"), cnt.times("/b")
	if gap := b[0].Sub(a[0]); gap < 950*time.Millisecond {
		t.Fatalf("gap between requests %v, want >= 1s (Crawl-delay)", gap)
	}
}

func TestMinDelaySpacing(t *testing.T) {
	t.Parallel()
	srv, cnt := serve(t, "", okHandler("ok"))
	c := testClient(t, func(c *Config) { c.MinDelay = 100 * time.Millisecond })
	ctx := ctxT(t)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			if _, err := c.Get(ctx, Request{URL: fmt.Sprintf("%s/p%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	ts := cnt.times("") // robots.txt and the 4 pages
	for i := 1; i < len(ts); i++ {
		if gap := ts[i].Sub(ts[i-1]); gap < 95*time.Millisecond {
			t.Fatalf("request %d started %v after the previous, want >= 100ms", i, gap)
		}
	}
}

func TestOneInFlightPerHost(t *testing.T) {
	var inFlight, peak atomic.Int32
	h := func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(15 * time.Millisecond)
		io.WriteString(w, "ok")
	}
	srv, _ := serve(t, "", h)
	c := testClient(t, nil)
	ctx := ctxT(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if _, err := c.Get(ctx, Request{URL: fmt.Sprintf("%s/p%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p != 1 {
		t.Fatalf("peak in-flight requests to one host = %d, want 1", p)
	}
}

func TestTwoHostsInParallel(t *testing.T) {
	// Each host's handler waits for the other's: only concurrent fetching of
	// the two hosts lets both finish quickly.
	aIn, bIn := make(chan struct{}), make(chan struct{})
	meet := func(mine, other chan struct{}) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			close(mine)
			select {
			case <-other:
				io.WriteString(w, "met")
			case <-time.After(3 * time.Second):
				http.Error(w, "alone", http.StatusTeapot)
			}
		}
	}
	a, _ := serve(t, "User-agent: *\nDisallow:\n", meet(aIn, bIn))
	b, _ := serve(t, "User-agent: *\nDisallow:\n", meet(bIn, aIn))
	c := testClient(t, nil)
	ctx := ctxT(t)
	var wg sync.WaitGroup
	for _, u := range []string{a.URL, b.URL} {
		wg.Go(func() {
			if _, err := c.Get(ctx, Request{URL: u + "/x"}); err != nil {
				t.Errorf("%s: %v", u, err)
			}
		})
	}
	wg.Wait()
}

func TestRetryAfterHonouredForWholeHost(t *testing.T) {
	t.Parallel()
	var first atomic.Bool
	var at429 atomic.Int64
	srv, cnt := serve(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/a" && first.CompareAndSwap(false, true) {
			at429.Store(time.Now().UnixNano())
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		io.WriteString(w, "ok")
	})
	c := testClient(t, nil)
	ctx := ctxT(t)
	start := time.Now()
	var wg sync.WaitGroup
	wg.Go(func() {
		if _, err := c.Get(ctx, Request{URL: srv.URL + "/a"}); err != nil {
			t.Error(err)
		}
	})
	time.Sleep(50 * time.Millisecond) // /a has had its 429 by now
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/b"}); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if el := time.Since(start); el < time.Second {
		t.Fatalf("elapsed %v, want >= Retry-After 1s", el)
	}
	t429 := time.Unix(0, at429.Load())
	for _, p := range []string{"/b"} {
		if got := cnt.times(p)[0].Sub(t429); got < 990*time.Millisecond {
			t.Fatalf("%s was fetched %v after the 429, want >= 1s: the whole host waits", p, got)
		}
	}
	if n := cnt.n("/a"); n != 2 {
		t.Fatalf("/a fetched %d times, want 2", n)
	}
}

func TestRetries(t *testing.T) {
	for _, tc := range []struct {
		name     string
		statuses []int // answers in order; the last repeats
		header   string
		reason   string
		hits     int
	}{
		{"503 then success", []int{503, 200}, "", "", 2},
		{"503 with Retry-After 0 then success", []int{503, 200}, "0", "", 2},
		{"500 500 then success", []int{500, 500, 200}, "", "", 3},
		{"500 forever gives up", []int{500}, "", "http_500", 3},
		{"502 forever gives up", []int{502}, "", "http_502", 3},
		{"429 forever gives up", []int{429}, "0", "http_429", 3},
		{"404 fails at once", []int{404}, "", "http_404", 1},
		{"410 fails at once", []int{410}, "", "http_410", 1},
		{"Retry-After too long", []int{429}, "3600", "retry_after_too_long", 1},
		{"Retry-After date too long", []int{503}, time.Now().Add(time.Hour).UTC().Format(http.TimeFormat), "retry_after_too_long", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var n atomic.Int32
			srv, cnt := serve(t, "", func(w http.ResponseWriter, r *http.Request) {
				i := int(n.Add(1)) - 1
				st := tc.statuses[min(i, len(tc.statuses)-1)]
				if tc.header != "" {
					w.Header().Set("Retry-After", tc.header)
				}
				w.WriteHeader(st)
				io.WriteString(w, "body")
			})
			c := testClient(t, nil)
			resp, err := c.Get(ctxT(t), Request{URL: srv.URL + "/x"})
			wantReason(t, err, tc.reason)
			if err == nil && string(resp.Body) != "body" {
				t.Fatalf("body %q", resp.Body)
			}
			var fe *Error
			if err != nil && (!errors.As(err, &fe) || fe.Status == 0 || fe.URL != srv.URL+"/x") {
				t.Fatalf("error %#v lacks status or URL", err)
			}
			if got := cnt.n("/x"); got != tc.hits {
				t.Fatalf("hits = %d, want %d", got, tc.hits)
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2015, 8, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"2", 2 * time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{"0", 0, true},
		{"-1", 0, false},
		{"", 0, false},
		{"soon", 0, false},
		{"Mon, 10 Aug 2015 12:00:30 GMT", 30 * time.Second, true},
		{"Mon, 10 Aug 2015 11:00:00 GMT", 0, true},
	} {
		got, ok := parseRetryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestConditionalGet(t *testing.T) {
	const etag, lm = `"abc"`, "Mon, 10 Aug 2015 10:00:00 GMT"
	srv, _ := serve(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lm)
		io.WriteString(w, "<rss/>")
	})
	m := metrics.New()
	cfg := DefaultConfig()
	cfg.MinDelay = 0
	c := New(cfg, m)
	ctx := ctxT(t)
	first, err := c.Get(ctx, Request{URL: srv.URL + "/feed", Kind: "feed"})
	if err != nil || first.NotModified || first.ETag != etag || first.LastModified != lm {
		t.Fatalf("first = %+v, %v", first, err)
	}
	for _, r := range []Request{
		{URL: srv.URL + "/feed", Kind: "feed", ETag: first.ETag},
		{URL: srv.URL + "/feed", Kind: "feed", LastModified: first.LastModified},
	} {
		resp, err := c.Get(ctx, r)
		if err != nil || !resp.NotModified || resp.Status != 304 || len(resp.Body) != 0 {
			t.Fatalf("conditional %+v = %+v, %v", r, resp, err)
		}
		if resp.ETag != r.ETag || resp.LastModified != r.LastModified {
			t.Fatalf("validators not kept: %+v", resp)
		}
	}
	if got := counterValue(t, m.Fetches.WithLabelValues("feed", "not_modified")); got != 2 {
		t.Fatalf("fetches{feed,not_modified} = %v", got)
	}
}

func TestRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	// newsfarm's loop: ?id=3 -> ?id=3&r=1 -> ?id=3&r=2 -> ?id=3&r=1
	mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		base := "/news?id=" + r.URL.Query().Get("id")
		hop := "&r=1"
		if r.URL.Query().Get("r") == "1" {
			hop = "&r=2"
		}
		http.Redirect(w, r, base+hop, http.StatusFound)
	})
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		limit, _ := strconv.Atoi(r.URL.Query().Get("to"))
		if n >= limit {
			io.WriteString(w, "arrived")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d?to=%d", n+1, limit), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/nolocation", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusFound) })
	mux.HandleFunc("/toftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://127.0.0.1/x", http.StatusFound)
	})
	mux.HandleFunc("/toprivate", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/private/x", http.StatusFound)
	})
	mux.HandleFunc("/", okHandler("ok"))
	srv, cnt := serve(t, "User-agent: *\nDisallow: /private/\n", mux.ServeHTTP)
	c := testClient(t, nil)
	ctx := ctxT(t)

	for _, tc := range []struct {
		path, reason string
		redirects    int
	}{
		{"/loop/a", "redirect_loop", 0},
		{"/news?id=1003", "redirect_loop", 0},
		{"/hop/0?to=6", "too_many_redirects", 0},
		{"/hop/0?to=5", "", 5},
		{"/hop/0?to=2", "", 2},
		{"/nolocation", "http_302", 0},
		{"/toftp", "bad_redirect", 0},
		{"/toprivate", "robots", 0},
	} {
		resp, err := c.Get(ctx, Request{URL: srv.URL + tc.path})
		if Reason(err) != tc.reason {
			t.Errorf("%s: reason %q, want %q (%v)", tc.path, Reason(err), tc.reason, err)
			continue
		}
		if err != nil {
			continue
		}
		if len(resp.Redirects) != tc.redirects || string(resp.Body) != "arrived" {
			t.Errorf("%s: %d redirects %v, body %q", tc.path, len(resp.Redirects), resp.Redirects, resp.Body)
		}
		to := strings.TrimPrefix(tc.path, "/hop/0")
		if want := fmt.Sprintf("%s/hop/%d%s", srv.URL, tc.redirects, to); resp.URL != want {
			t.Errorf("%s: final URL %s, want %s", tc.path, resp.URL, want)
		}
		if tc.redirects > 0 && resp.Redirects[0] != srv.URL+tc.path {
			t.Errorf("%s: chain starts %s", tc.path, resp.Redirects[0])
		}
	}
	if n := cnt.n("/private/x"); n != 0 {
		t.Fatalf("redirect target disallowed by robots was fetched %d times", n)
	}
}

func TestRedirectAcrossHostsChecksTheirRobots(t *testing.T) {
	b, bcnt := serve(t, "User-agent: *\nDisallow: /\n", okHandler("secret"))
	a, _ := serve(t, "", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, b.URL+"/page", http.StatusMovedPermanently)
	})
	c := testClient(t, nil)
	_, err := c.Get(ctxT(t), Request{URL: a.URL + "/x"})
	wantReason(t, err, "robots")
	if bcnt.n("/page") != 0 || bcnt.n("/robots.txt") != 1 {
		t.Fatalf("other host: page hits %d, robots hits %d", bcnt.n("/page"), bcnt.n("/robots.txt"))
	}
}

func gzipped(t testing.TB, data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGzipAndSizeLimits(t *testing.T) {
	t.Parallel()
	page := bytes.Repeat([]byte("<p>خبر عاجل من الرياض</p>\n"), 1000) // ~30 KB
	big := bytes.Repeat([]byte("حشو "), 300_000)                      // ~2 MB decoded, a few KB on the wire
	var sawGzip atomic.Bool
	mux := http.NewServeMux()
	sendGzip := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				w.Write(body)
				return
			}
			sawGzip.Store(true)
			z := gzipped(t, body)
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Length", strconv.Itoa(len(z)))
			w.Write(z)
		}
	}
	mux.HandleFunc("/page", sendGzip(page))
	mux.HandleFunc("/bomb", sendGzip(big))
	mux.HandleFunc("/plainbig", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(big)))
		w.Write(big)
	})
	mux.HandleFunc("/chunkedbig", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < len(big); i += 4096 {
			w.Write(big[i:min(i+4096, len(big))])
			w.(http.Flusher).Flush()
		}
	})
	var endlessBytes atomic.Int64
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("x"), 32<<10)
		for r.Context().Err() == nil {
			n, err := w.Write(chunk)
			endlessBytes.Add(int64(n))
			if err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	srv, _ := serve(t, "", mux.ServeHTTP)
	c := testClient(t, func(c *Config) { c.MaxBody = 1 << 20 })
	ctx := ctxT(t)

	resp, err := c.Get(ctx, Request{URL: srv.URL + "/page"})
	if err != nil || !bytes.Equal(resp.Body, page) || !sawGzip.Load() {
		t.Fatalf("gzip page: err %v, body ok %v, gzip sent %v", err, err == nil && bytes.Equal(resp.Body, page), sawGzip.Load())
	}
	for _, p := range []string{"/bomb", "/plainbig", "/chunkedbig", "/endless"} {
		start := time.Now()
		_, err := c.Get(ctx, Request{URL: srv.URL + p})
		wantReason(t, err, "too_large")
		if el := time.Since(start); el > 3*time.Second {
			t.Fatalf("%s took %v", p, el)
		}
	}
	if n := endlessBytes.Load(); n > 64<<20 {
		t.Fatalf("endless server managed to write %d bytes", n)
	}
}

func TestTimeout(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	srv, cnt := serve(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slowbody" {
			w.WriteHeader(200)
			io.WriteString(w, "start")
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	c := testClient(t, func(c *Config) { c.Timeout = 150 * time.Millisecond; c.MaxAttempts = 2 })
	for _, p := range []string{"/slowheaders", "/slowbody"} {
		start := time.Now()
		_, err := c.Get(ctxT(t), Request{URL: srv.URL + p})
		wantReason(t, err, "timeout")
		if el := time.Since(start); el > 2*time.Second {
			t.Fatalf("%s: took %v", p, el)
		}
		if n := cnt.n(p); n != 2 {
			t.Fatalf("%s: %d attempts, want 2", p, n)
		}
	}
}

func TestNetworkErrorAndBadURL(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	c := testClient(t, nil)
	ctx := ctxT(t)
	_, err = c.Get(ctx, Request{URL: "http://" + addr + "/x"})
	wantReason(t, err, "network")
	for _, u := range []string{"ftp://127.0.0.1/x", "/relative", "http://", "http://%zz/", "mailto:a@b.c"} {
		_, err := c.Get(ctx, Request{URL: u})
		wantReason(t, err, "bad_url")
		if _, err := c.Allowed(ctx, u); Reason(err) != "bad_url" {
			t.Errorf("Allowed(%q) reason %q", u, Reason(err))
		}
	}
}

func TestCancelWhileWaiting(t *testing.T) {
	// robots.txt answers 429 with a long Retry-After: the host must then wait,
	// and a Get queued behind it must give up as soon as its context ends.
	srv, cnt := serveAll(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Header().Set("Retry-After", "10")
			w.WriteHeader(http.StatusTooManyRequests)
		}
	})
	c := testClient(t, func(c *Config) { c.MaxAttempts = 1 })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		_, err := c.Get(ctx, Request{URL: srv.URL + "/b"})
		done <- err
	}()
	deadline := time.Now().Add(2 * time.Second)
	for c.QueueLen() != 1 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if q := c.QueueLen(); q != 1 {
		t.Fatalf("QueueLen = %d while waiting, want 1", q)
	}
	cancel()
	err := <-done
	wantReason(t, err, "canceled")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v does not wrap context.Canceled", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Fatalf("cancel took %v", el)
	}
	if q := c.QueueLen(); q != 0 {
		t.Fatalf("QueueLen = %d after cancel", q)
	}
	// The host is still usable: a deadline while waiting is a timeout.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	_, err = c.Get(ctx2, Request{URL: srv.URL + "/c"})
	wantReason(t, err, "timeout")
	if n := cnt.n("/b") + cnt.n("/c"); n != 0 {
		t.Fatalf("pages fetched %d times during the host's Retry-After", n)
	}
}

func TestReason(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{nil, ""},
		{&Error{Reason: "robots"}, "robots"},
		{fmt.Errorf("crawl: %w", &Error{Reason: "http_404", Status: 404}), "http_404"},
		{context.Canceled, "canceled"},
		{fmt.Errorf("x: %w", context.DeadlineExceeded), "timeout"},
		{io.EOF, "other"},
	} {
		if got := Reason(tc.err); got != tc.want {
			t.Errorf("Reason(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
	e := &Error{URL: "http://x/", Reason: "network", Err: io.ErrUnexpectedEOF}
	if !errors.Is(e, io.ErrUnexpectedEOF) || !strings.HasPrefix(e.Error(), "fetch: get http://x/: network") {
		t.Fatalf("Error() = %q, Unwrap broken?", e.Error())
	}
}

func BenchmarkGet(b *testing.B) {
	body := bytes.Repeat([]byte("<p>خبر</p>"), 2000)
	srv, _ := serve(b, "", func(w http.ResponseWriter, r *http.Request) { w.Write(body) })
	c := testClient(b, nil)
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := c.Get(ctx, Request{URL: srv.URL + "/page"}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestConfigDefaultsAndHostKey(t *testing.T) {
	c := New(Config{MinDelay: -time.Second}, nil).cfg
	d := DefaultConfig()
	if c.MinDelay != 0 || c.UserAgent != DefaultUserAgent || c.MaxBody != d.MaxBody || c.MaxAttempts != d.MaxAttempts ||
		c.MaxRedirects != d.MaxRedirects || c.Timeout != d.Timeout || c.RobotsTTL != d.RobotsTTL || c.Logger == nil {
		t.Fatalf("defaults not applied: %+v", c)
	}
	for _, tc := range []struct{ a, b string }{
		{"http://Example.com/a", "http://example.com:80/b"},
		{"https://example.com/a", "https://EXAMPLE.com:443/"},
		{"http://[::1]:8080/", "http://[::1]:8080/x"},
	} {
		ua, _ := parseTarget(tc.a)
		ub, _ := parseTarget(tc.b)
		if hostKey(ua) != hostKey(ub) {
			t.Errorf("hostKey(%s) = %s, hostKey(%s) = %s: want one queue", tc.a, hostKey(ua), tc.b, hostKey(ub))
		}
	}
	ua, _ := parseTarget("http://example.com/")
	ub, _ := parseTarget("https://example.com/")
	if hostKey(ua) == hostKey(ub) {
		t.Errorf("http and https share a queue key %s", hostKey(ua))
	}
}
