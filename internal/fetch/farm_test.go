package fetch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type farmManifest struct {
	Sites []struct {
		ID, BaseURL, Fault, Encoding string
	} `json:"sites"`
	Articles []struct {
		Site, URL, CanonicalURL, Title, Unreachable string
	} `json:"articles"`
}

func (m *farmManifest) UnmarshalJSON(b []byte) error {
	// The manifest uses snake_case; map it without exporting tags everywhere.
	var raw struct {
		Sites []struct {
			ID       string `json:"id"`
			BaseURL  string `json:"base_url"`
			Fault    string `json:"fault"`
			Encoding string `json:"encoding"`
		} `json:"sites"`
		Articles []struct {
			Site         string `json:"site"`
			URL          string `json:"url"`
			CanonicalURL string `json:"canonical_url"`
			Title        string `json:"title"`
			Unreachable  string `json:"unreachable"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	for _, s := range raw.Sites {
		m.Sites = append(m.Sites, struct{ ID, BaseURL, Fault, Encoding string }{s.ID, s.BaseURL, s.Fault, s.Encoding})
	}
	for _, a := range raw.Articles {
		m.Articles = append(m.Articles, struct{ Site, URL, CanonicalURL, Title, Unreachable string }{a.Site, a.URL, a.CanonicalURL, a.Title, a.Unreachable})
	}
	return nil
}

// freePortRange finds P such that P..P+n-1 can all be listened on.
func freePortRange(t *testing.T, n int) int {
	for range 50 {
		p := 20000 + rand.IntN(30000)
		ok := true
		var ls []net.Listener
		for i := range n {
			l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p+i))
			if err != nil {
				ok = false
				break
			}
			ls = append(ls, l)
		}
		for _, l := range ls {
			l.Close()
		}
		if ok {
			return p
		}
	}
	t.Fatal("no free range of ports")
	return 0
}

// startNewsfarm starts newsfarm with faults on and returns its control URL
// and a wait function that blocks until the farm answers.
func startNewsfarm(t *testing.T) (string, func()) {
	t.Helper()
	if testing.Short() {
		t.Skip("newsfarm integration test skipped in -short mode")
	}
	script, _ := filepath.Abs(filepath.Join("..", "..", "..", "shared", "newsfarm", "newsfarm.py"))
	if _, err := os.Stat(script); err != nil {
		t.Skipf("newsfarm not found (%v): /work/shared is absent, skipping the integration test", err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: skipping the newsfarm integration test")
	}
	port := freePortRange(t, 15)
	cmd := exec.Command(py, script, "serve", "--port", fmt.Sprint(port), "--days", "2015-08-10:2015-08-10", "--faults")
	// newsfarm prints a traceback whenever a client hangs up mid-body, which
	// is what a size limit does; show its output only when the test fails.
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("newsfarm output:\n%s", out.String())
		}
	})
	ctl := fmt.Sprintf("http://127.0.0.1:%d", port)
	return ctl, func() {
		deadline := time.Now().Add(60 * time.Second)
		for {
			resp, err := http.Get(ctl + "/stats")
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == 200 {
					return
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("newsfarm did not answer on %s: %v", ctl, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

func TestNewsfarm(t *testing.T) {
	ctl, ready := startNewsfarm(t)
	// newsfarm needs seconds to load its corpus: let it do so while the
	// package's other tests run (this file sorts before fetch_test.go, and a
	// parallel test resumes once the sequential ones are done).
	t.Parallel()
	ready()
	var man farmManifest
	resp, err := http.Get(ctl + "/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewDecoder(resp.Body).Decode(&man)
	resp.Body.Close()
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

	resp, err = http.Get(ctl + "/stats")
	if err != nil {
		t.Fatal(err)
	}
	var stats map[string]int
	json.NewDecoder(resp.Body).Decode(&stats)
	resp.Body.Close()
	t.Logf("newsfarm stats: %v", stats)
	if stats["alweeam:robots_violations"] != 0 {
		t.Errorf("robots violations: %d", stats["alweeam:robots_violations"])
	}
	if stats["alriyadh:fault_429"] == 0 {
		t.Errorf("no 429 was served: the rate-limit path went untested")
	}
}
