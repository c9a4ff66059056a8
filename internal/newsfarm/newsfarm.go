// Package newsfarm starts the simulated Arabic news web of ../shared/newsfarm
// for tests and benchmarks, on free loopback ports, and reads its gold
// manifest. Tests that use it skip when python3 or ../shared is missing.
package newsfarm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// Sites is how many sites newsfarm runs, one port each after the control port.
const Sites = 14

// Farm is a running newsfarm.
type Farm struct {
	Port int
	Base string // http://127.0.0.1:PORT
	cmd  *exec.Cmd
}

// Article is one entry of the gold manifest.
type Article struct {
	ID           string `json:"id"`
	Site         string `json:"site"`
	URL          string `json:"url"`
	CanonicalURL string `json:"canonical_url"`
	Title        string `json:"title"`
	Text         string `json:"text"`
	Author       string `json:"author"`
	Published    string `json:"published"`
	Unreachable  string `json:"unreachable"`
}

// Site is one site of the manifest.
type Site struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	BaseURL  string `json:"base_url"`
	FeedURL  string `json:"feed_url"`
	FeedKind string `json:"feed_kind"`
	Layout   string `json:"layout"`
	Encoding string `json:"encoding"`
	Fault    string `json:"fault"`
	Articles int    `json:"articles"`
}

// Manifest is newsfarm's gold truth.
type Manifest struct {
	Sites    []Site    `json:"sites"`
	Articles []Article `json:"articles"`
}

// Dir finds ../shared/newsfarm from the repository root, walking up from the
// working directory of the test.
func Dir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			p := filepath.Join(d, "..", "shared", "newsfarm", "newsfarm.py")
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("newsfarm: %s not found (the shared test world is absent)", p)
			}
			return filepath.Dir(p), nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("newsfarm: no go.mod above %s", wd)
		}
	}
}

// Start runs `newsfarm.py serve` with the given extra arguments (e.g. --days,
// --faults) on free ports, waits until it answers, and stops it when the test
// ends. It skips the test when python3 or the shared folder is missing.
func Start(tb testing.TB, args ...string) *Farm {
	tb.Helper()
	dir, err := Dir()
	if err != nil {
		tb.Skip(err.Error())
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("newsfarm: python3 not installed")
	}
	port := freeRange(tb, Sites+1)
	cmd := exec.Command(py, append([]string{filepath.Join(dir, "newsfarm.py"), "serve", "--port", strconv.Itoa(port)}, args...)...)
	// newsfarm prints a traceback whenever a client hangs up mid-body, which
	// is what a size limit does: keep its output, show it only on failure.
	out := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		tb.Fatalf("newsfarm: start: %v", err)
	}
	f := &Farm{Port: port, Base: "http://127.0.0.1:" + strconv.Itoa(port), cmd: cmd}
	tb.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if tb.Failed() {
			tb.Logf("newsfarm output:\n%s", out.String())
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(f.Base + "/stats")
		if err == nil {
			resp.Body.Close()
			return f
		}
		if time.Now().After(deadline) {
			tb.Fatalf("newsfarm: not answering on %s after 60 s: %v", f.Base, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// OPML is the URL of the farm's OPML.
func (f *Farm) OPML() string { return f.Base + "/opml" }

// Manifest fetches the gold manifest.
func (f *Farm) Manifest(ctx context.Context) (*Manifest, error) {
	var m Manifest
	if err := f.getJSON(ctx, "/manifest.json", &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// Stats fetches the farm's request counters ("site:what" -> n).
func (f *Farm) Stats(ctx context.Context) (map[string]int, error) {
	m := map[string]int{}
	return m, f.getJSON(ctx, "/stats", &m)
}

func (f *Farm) getJSON(ctx context.Context, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.Base+path, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("newsfarm: %s: %w", path, err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("newsfarm: %s: %w", path, err)
	}
	return nil
}

// freeRange finds n consecutive free loopback ports. Packages' tests run in
// parallel, so the start is random and every port is checked.
func freeRange(tb testing.TB, n int) int {
	for try := 0; try < 200; try++ {
		base := 20000 + rand.IntN(40000)
		ok := true
		var ls []net.Listener
		for p := base; p < base+n; p++ {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
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
			return base
		}
	}
	tb.Fatalf("newsfarm: no %d free ports in a row (%s)", n, runtime.GOOS)
	return 0
}

// Page is one page written by `newsfarm.py pages`, with its gold truth.
type Page struct {
	ID        string
	HTML      []byte
	URL       string `json:"url"`
	Site      string `json:"site"`
	Layout    string `json:"layout"`
	Encoding  string `json:"encoding"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Author    string `json:"author"`
}

// Pages runs `newsfarm.py pages` with args (e.g. --days, --n) into a
// temporary folder and returns the pages in a stable order. It skips the test
// when python3 or the shared folder is missing.
func Pages(tb testing.TB, args ...string) []Page {
	tb.Helper()
	dir, err := Dir()
	if err != nil {
		tb.Skip(err.Error())
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("newsfarm: python3 not installed")
	}
	out := tb.TempDir()
	cmd := exec.Command(py, append([]string{filepath.Join(dir, "newsfarm.py"), "pages", "--out", out}, args...)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("newsfarm pages: %v: %s", err, b)
	}
	raw, err := os.ReadFile(filepath.Join(out, "gold.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var gold map[string]Page
	if err := json.Unmarshal(raw, &gold); err != nil {
		tb.Fatalf("newsfarm pages: gold.json: %v", err)
	}
	pages := make([]Page, 0, len(gold))
	for id, p := range gold {
		p.ID = id
		if p.HTML, err = os.ReadFile(filepath.Join(out, id+".html")); err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// As1256 is what text becomes on a windows-1256 site of the farm: Python's
// encode("cp1256", "replace") writes "?" for what that charset cannot hold
// (Eastern Arabic digits among them), so gold text is compared in this form.
func As1256(s string) string {
	enc := charmap.Windows1256.NewEncoder()
	var b strings.Builder
	for _, r := range s {
		if _, err := enc.String(string(r)); err != nil {
			b.WriteByte('?')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
