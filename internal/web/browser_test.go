package web

import (
	"context"
	"fmt"
	"net"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns the path of an installed Chromium or Chrome, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// pageFacts is what the browser reports about a rendered page.
type pageFacts struct {
	Dir       string  `json:"dir"`
	Direction string  `json:"direction"`
	Width     float64 `json:"width"`
	Height    float64 `json:"height"`
	Text      string  `json:"text"`
	Found     bool    `json:"found"`
}

// TestBrowserRTL renders the home and an article page in headless Chromium
// and checks what a reader gets: a right-to-left document whose Arabic
// title is laid out and visible.
func TestBrowserRTL(t *testing.T) {
	chrome := findChromium()
	if chrome == "" {
		if os.Getenv("KHABAR_REQUIRE_BROWSER") != "" {
			// CI installs Chromium: there a missing browser is a failure, not a skip.
			t.Fatal("KHABAR_REQUIRE_BROWSER is set but no chromium, chromium-browser or google-chrome is in PATH")
		}
		t.Skip("no chromium, chromium-browser or google-chrome in PATH: skipping the real-browser test (apt-get install chromium)")
	}
	f := newFixture(t)
	s := New(Config{Store: f.store})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(s.Handler())
	ts.Listener.Close()
	ts.Listener = ln
	ts.Start()
	defer ts.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.NoFirstRun,
		chromedp.NoSandbox,
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profileDir(t)),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	pages := []struct {
		path, selector, title string
	}{
		{"/", fmt.Sprintf(`a[href="/articles/%d"]`, f.book.ID), bookTitle},
		{fmt.Sprintf("/articles/%d", f.book.ID), "h1.title", bookTitle},
	}
	for _, p := range pages {
		js := fmt.Sprintf(`(() => {
			const el = document.querySelector(%q);
			return {
				dir: document.documentElement.dir,
				direction: getComputedStyle(document.body).direction,
				found: !!el,
				width: el ? el.offsetWidth : 0,
				height: el ? el.offsetHeight : 0,
				text: el ? el.innerText : "",
			};
		})()`, p.selector)
		if err := chromedp.Do(bctx, chromedp.Navigate(ts.URL+p.path), chromedp.WaitReady("body")); err != nil {
			t.Fatalf("%s: browser: %v", p.path, err)
		}
		got, err := chromedp.Run(bctx, chromedp.Evaluate[pageFacts](js))
		if err != nil {
			t.Fatalf("%s: evaluate: %v", p.path, err)
		}
		if got.Dir != "rtl" {
			t.Errorf("%s: document.documentElement.dir = %q, want rtl", p.path, got.Dir)
		}
		if got.Direction != "rtl" {
			t.Errorf("%s: body direction = %q, want rtl", p.path, got.Direction)
		}
		if !got.Found || got.Width <= 0 || got.Height <= 0 {
			t.Errorf("%s: title element %s not visible: %+v", p.path, p.selector, got)
		}
		if !strings.Contains(got.Text, p.title) {
			t.Errorf("%s: title element reads %q, want %q", p.path, got.Text, p.title)
		}
	}
}

// profileDir is a fresh browser profile. Not t.TempDir: Chromium's helper
// processes may still write there for a moment after the browser exits, and
// t.TempDir's cleanup fails the test on "directory not empty".
func profileDir(t *testing.T) string {
	dir, err := os.MkdirTemp("", "khabar-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for range 50 {
			if err := os.RemoveAll(dir); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("could not remove browser profile %s", dir)
	})
	return dir
}
