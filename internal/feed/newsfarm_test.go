package feed

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

const newsfarmDir = "../../../shared/newsfarm"

type farmManifest struct {
	Sites []struct {
		ID, Name, BaseURL, FeedURL, FeedKind, Encoding, Fault string
		Articles                                              int
	} `json:"sites"`
	Articles []struct {
		ID, Site, URL, CanonicalURL, Title, Author, Published string
	} `json:"articles"`
}

// The manifest uses snake_case; map it without tags on every field.
func (m *farmManifest) UnmarshalJSON(b []byte) error {
	var raw struct {
		Sites []struct {
			ID       string `json:"id"`
			Name     string `json:"name"`
			BaseURL  string `json:"base_url"`
			FeedURL  string `json:"feed_url"`
			FeedKind string `json:"feed_kind"`
			Encoding string `json:"encoding"`
			Fault    string `json:"fault"`
			Articles int    `json:"articles"`
		} `json:"sites"`
		Articles []struct {
			ID           string `json:"id"`
			Site         string `json:"site"`
			URL          string `json:"url"`
			CanonicalURL string `json:"canonical_url"`
			Title        string `json:"title"`
			Author       string `json:"author"`
			Published    string `json:"published"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	for _, s := range raw.Sites {
		m.Sites = append(m.Sites, struct {
			ID, Name, BaseURL, FeedURL, FeedKind, Encoding, Fault string
			Articles                                              int
		}{s.ID, s.Name, s.BaseURL, s.FeedURL, s.FeedKind, s.Encoding, s.Fault, s.Articles})
	}
	for _, a := range raw.Articles {
		m.Articles = append(m.Articles, struct {
			ID, Site, URL, CanonicalURL, Title, Author, Published string
		}{a.ID, a.Site, a.URL, a.CanonicalURL, a.Title, a.Author, a.Published})
	}
	return nil
}

// freePortRange finds P such that P..P+n-1 are all free on 127.0.0.1.
func freePortRange(t *testing.T, n int) int {
	t.Helper()
	for try := 0; try < 50; try++ {
		p := 20000 + rand.IntN(40000)
		ok := true
		for i := 0; i < n && ok; i++ {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p+i))
			if err != nil {
				ok = false
				break
			}
			l.Close()
		}
		if ok {
			return p
		}
	}
	t.Fatal("no free port range")
	return 0
}

// startNewsfarm runs the simulated news web for one day of articles, with
// every site's fault switched on, and returns its control URL.
func startNewsfarm(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("newsfarm test skipped in -short mode")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: newsfarm test skipped")
	}
	script := filepath.Join(newsfarmDir, "newsfarm.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("newsfarm not found at %s (../shared is absent): %v", script, err)
	}
	if _, err := os.Stat(filepath.Join(newsfarmDir, "..", "data", "saudinewsnet")); err != nil {
		t.Skipf("SaudiNewsNet data absent: %v", err)
	}
	port := freePortRange(t, 15)
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, py, script, "serve", "--port", strconv.Itoa(port),
		"--days", "2015-08-10:2015-08-10", "--faults")
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel() // kills the process we started, by its pid
		_ = cmd.Wait()
	})
	control := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(120 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(control + "/")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return control
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("newsfarm did not come up within 120s")
	return ""
}

// fetch GETs a URL, waiting out the farm's 429s and 503s as a polite
// crawler would (Retry-After capped, so the test stays fast).
func fetch(t *testing.T, client *http.Client, u string) ([]byte, string) {
	t.Helper()
	for attempt := 0; attempt < 8; attempt++ {
		resp, err := client.Get(u)
		if err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
		switch resp.StatusCode {
		case http.StatusOK:
			return body, resp.Header.Get("Content-Type")
		case http.StatusTooManyRequests, http.StatusServiceUnavailable:
			wait := 200 * time.Millisecond
			if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil {
				wait = min(time.Duration(s)*time.Second, 2*time.Second)
			}
			time.Sleep(wait)
			continue
		default:
			t.Fatalf("GET %s: status %d", u, resp.StatusCode)
		}
	}
	t.Fatalf("GET %s: still failing after retries", u)
	return nil, ""
}

// stripUTM removes the tracking parameters the farm's RSS adds.
func stripUTM(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.RawQuery == "" {
		return s
	}
	var keep []string
	for _, kv := range strings.Split(u.RawQuery, "&") {
		if !strings.HasPrefix(kv, "utm_") {
			keep = append(keep, kv)
		}
	}
	u.RawQuery = strings.Join(keep, "&")
	return u.String()
}

// as1256 is what a title becomes after Python's encode("cp1256", "replace").
func as1256(s string) string {
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

func TestNewsfarm(t *testing.T) {
	control := startNewsfarm(t)
	client := &http.Client{Timeout: 30 * time.Second}
	raw, _ := fetch(t, client, control+"/manifest.json")
	var m farmManifest
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Sites) != 14 {
		t.Fatalf("manifest lists %d sites", len(m.Sites))
	}
	type gold struct {
		site, title, author string
		published           time.Time
	}
	byURL := map[string]gold{}
	byCanonical := map[string]gold{}
	for _, a := range m.Articles {
		p, err := time.Parse(time.RFC3339, a.Published)
		if err != nil {
			t.Fatalf("manifest date %q: %v", a.Published, err)
		}
		g := gold{a.Site, a.Title, a.Author, p}
		byURL[a.URL] = g
		byCanonical[a.CanonicalURL] = g
	}
	wantKind := map[string]string{"rss": KindRSS, "atom": KindAtom, "jsonfeed": KindJSON, "sitemap": KindNewsSitemap}

	var items, titlesOK, datesChecked, brokenTitles int
	for _, s := range m.Sites {
		t.Run(s.ID, func(t *testing.T) {
			body, ct := fetch(t, client, s.FeedURL)
			f, err := Parse(body, ct, s.FeedURL)
			if err != nil {
				t.Fatalf("Parse(%s): %v", s.FeedURL, err)
			}
			if f.Kind != wantKind[s.FeedKind] {
				t.Errorf("Kind = %q, want %q", f.Kind, wantKind[s.FeedKind])
			}
			want := min(s.Articles, 50)
			if f.Kind == KindNewsSitemap {
				want = min(s.Articles, 1000) // all of one day is within its two-day window
			}
			if len(f.Items) != want {
				t.Errorf("%d items, want %d", len(f.Items), want)
			}
			for _, it := range f.Items {
				items++
				g, ok := byURL[stripUTM(it.URL)]
				if !ok || g.site != s.ID {
					t.Errorf("item URL %q (%q) is not an article of %s", it.URL, it.Title, s.ID)
					continue
				}
				// The corpus holds some titles with HTML entities (&#39;);
				// Item.Title is plain text, so compare decoded.
				wantTitle := foldSpace(html.UnescapeString(g.title))
				if s.Encoding == "windows-1256" {
					wantTitle = as1256(wantTitle)
				}
				switch {
				case it.Title == wantTitle:
					titlesOK++
				case s.Fault == "broken_feed" && it.Title == wantTitle+" & تفاصيل":
					titlesOK++
					brokenTitles++
				default:
					t.Errorf("title of %s:\n got %q\nwant %q", it.URL, it.Title, wantTitle)
				}
				if g.author != "" && f.Kind != KindNewsSitemap {
					if wantA := foldSpace(html.UnescapeString(g.author)); it.Author != wantA && it.Author != as1256(wantA) {
						t.Errorf("author of %s = %q, want %q", it.URL, it.Author, wantA)
					}
				}
				if it.Published.IsZero() {
					// Only the farm's RSS leaves pubDate out (every 17th article).
					n, _ := strconv.Atoi(strings.TrimPrefix(it.GUID, s.ID+"-"))
					if f.Kind != KindRSS || n%17 != 0 {
						t.Errorf("no date for %s (guid %q)", it.URL, it.GUID)
					}
					continue
				}
				datesChecked++
				if !sameTime(it.Published, g.published) {
					t.Errorf("date of %s = %v, want %v", it.URL, it.Published, g.published)
				}
			}

			// Every site also has an ordinary sitemap of canonical URLs.
			body, ct = fetch(t, client, s.BaseURL+"/sitemap.xml")
			sm, err := Parse(body, ct, s.BaseURL+"/sitemap.xml")
			if err != nil {
				t.Fatalf("Parse sitemap: %v", err)
			}
			if sm.Kind != KindSitemap || len(sm.Items) != s.Articles {
				t.Errorf("sitemap: kind %q, %d URLs, want sitemap with %d", sm.Kind, len(sm.Items), s.Articles)
			}
			for _, it := range sm.Items {
				g, ok := byCanonical[it.URL]
				if !ok || g.site != s.ID {
					t.Errorf("sitemap URL %q is not a canonical URL of %s", it.URL, s.ID)
					continue
				}
				if !sameTime(it.Published, g.published) {
					t.Errorf("lastmod of %s = %v, want %v", it.URL, it.Published, g.published)
				}
			}
		})
	}
	t.Logf("newsfarm: %d feed items, %d titles matched (%d with the broken feed's \" & تفاصيل\"), %d dates checked",
		items, titlesOK, brokenTitles, datesChecked)
	if brokenTitles == 0 {
		t.Error("no item of the broken feed came through with its unescaped ampersand: the fault was not exercised")
	}

	// The control page's OPML lists every feed.
	body, _ := fetch(t, client, control+"/opml")
	outs, err := ParseOPML(strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != len(m.Sites) {
		t.Errorf("OPML lists %d feeds, want %d", len(outs), len(m.Sites))
	}
	for i, o := range outs {
		if i < len(m.Sites) && (o.XMLURL != m.Sites[i].FeedURL || o.Title != m.Sites[i].Name) {
			t.Errorf("OPML outline %d = %+v, want %s %s", i, o, m.Sites[i].Name, m.Sites[i].FeedURL)
		}
	}
}
