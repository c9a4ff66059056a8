package fetch

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// counter counts requests by path, and keeps their start times.
type counter struct {
	mu     sync.Mutex
	hits   map[string]int
	starts []time.Time
	paths  []string
}

func (c *counter) n(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[path]
}

func (c *counter) times(path string) []time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []time.Time
	for i, p := range c.paths {
		if path == "" || p == path {
			out = append(out, c.starts[i])
		}
	}
	return out
}

// serve starts a 127.0.0.1 server that answers /robots.txt with robots (404
// when empty), counts every request, and hands the rest to h.
func serve(t testing.TB, robots string, h http.HandlerFunc) (*httptest.Server, *counter) {
	t.Helper()
	return serveAll(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if robots == "" {
				http.NotFound(w, r)
				return
			}
			io.WriteString(w, robots)
			return
		}
		h(w, r)
	})
}

// serveAll starts a 127.0.0.1 server that counts every request and hands all
// of them, robots.txt included, to h.
func serveAll(t testing.TB, h http.HandlerFunc) (*httptest.Server, *counter) {
	t.Helper()
	cnt := &counter{hits: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cnt.mu.Lock()
		cnt.hits[r.URL.Path]++
		cnt.starts = append(cnt.starts, time.Now())
		cnt.paths = append(cnt.paths, r.URL.Path)
		cnt.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, cnt
}

func okHandler(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, body)
	}
}

// testClient is a client with short waits, so tests stay fast.
func testClient(t testing.TB, mod func(*Config)) *Client {
	t.Helper()
	cfg := DefaultConfig()
	cfg.MinDelay = 0
	cfg.Timeout = 5 * time.Second
	cfg.BackoffBase = 5 * time.Millisecond
	cfg.BackoffMax = 50 * time.Millisecond
	cfg.MaxAttempts = 3
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	if mod != nil {
		mod(&cfg)
	}
	c := New(cfg, nil)
	t.Cleanup(c.Close)
	return c
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func wantReason(t testing.TB, err error, want string) {
	t.Helper()
	if got := Reason(err); got != want {
		t.Fatalf("reason = %q, want %q (err: %v)", got, want, err)
	}
}
