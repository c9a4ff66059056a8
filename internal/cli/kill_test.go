package cli

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/newsfarm"
	"github.com/khabar-news/khabar/internal/store/sqlite"
)

// TestCrawlSurvivesKill9 kills a crawl with SIGKILL while it stores
// articles, checks the database is whole, then crawls again: the second run
// stores the rest, refetches nothing stored, and the result matches the
// gold manifest as a crawl that was never interrupted does.
func TestCrawlSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("kill -9 crawl: skipped with -short")
	}
	farm := newsfarm.Start(t, "--days", "2015-08-10:2015-08-10")
	data := t.TempDir()
	args := []string{"crawl", "--data", data, "--opml", farm.OPML(), "--backfill", "--min-delay", "0", "--log-level", "error"}

	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "KHABAR_TEST_MAIN=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once a few hundred articles are in: mid-stream, with writes going on.
	ctx := context.Background()
	deadline := time.Now().Add(90 * time.Second)
	stored := 0
	for stored < 300 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("crawl stored only %d articles in 90 s: %s", stored, tail(out.String(), 2000))
		}
		time.Sleep(200 * time.Millisecond)
		stored = countArticles(t, ctx, data)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if cmd.ProcessState.Success() {
		t.Fatal("the crawl ended by itself before it was killed")
	}

	db, err := sql.Open("sqlite", filepath.Join(data, "khabar.db"))
	if err != nil {
		t.Fatal(err)
	}
	var check string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check after kill -9: %q %v", check, err)
	}
	var half int
	if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles WHERE title = '' OR text = '' OR canonical_url = ''").Scan(&half); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := countArticles(t, ctx, data)
	if half != 0 {
		t.Fatalf("%d half-written articles after kill -9", half)
	}

	var out2, errb bytes.Buffer
	if code := Run(ctx, args, nil, &out2, &errb); code != 0 {
		t.Fatalf("crawl after kill: exit %d: %s", code, tail(errb.String(), 2000))
	}
	t.Logf("killed at %d stored; second run:\n%s", before, out2.String())
	m := regexp.MustCompile(`(\d+) stored, (\d+) already known`).FindStringSubmatch(out2.String())
	if m == nil {
		t.Fatalf("no summary: %s", out2.String())
	}
	if n, _ := strconv.Atoi(m[1]); n+before < 1600 {
		t.Errorf("second run stored %d after %d: fewer than the day's articles", n, before)
	}
	recs := exportRecords(t, data)
	man, err := farm.Manifest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	compare(t, recs, man)
}

func countArticles(t *testing.T, ctx context.Context, data string) int {
	t.Helper()
	path := filepath.Join(data, "khabar.db")
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return 0
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return 0
	}
	return s.Articles
}
