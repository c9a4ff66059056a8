package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/news"
)

// crashEnv makes the test binary, re-run as a child, write articles until it
// is killed; its value is "path round".
const crashEnv = "KHABAR_SQLITE_CRASH_CHILD"

const crashTextSize = 6000 // several pages per article, so a torn write would show

// TestKillDuringWrites kills a writing process with SIGKILL, several times, and
// checks that the file is sound, that every article it reported committed is
// there and whole, and that no alias dangles.
func TestKillDuringWrites(t *testing.T) {
	if v := os.Getenv(crashEnv); v != "" {
		crashChild(t, v)
		return
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	committed := 0
	for round := 1; round <= 3; round++ {
		n := runAndKill(t, path, round)
		t.Logf("round %d: child reported %d articles committed before kill", round, n)
		committed += n

		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("round %d: reopen after kill: %v", round, err)
		}
		checkIntact(t, s, committed)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// runAndKill starts a child writing to path and kills it once it has
// committed a few batches; it returns how many articles the child reported
// committed.
func runAndKill(t *testing.T, path string, round int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringWrites$", "-test.count=1")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s %d", crashEnv, path, round))
	var stderr, stdout strings.Builder // what the child said besides its counts
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill at a point that differs per round, mid-stream.
	killAfter := 20 + 17*round
	reported := 0
	sc := bufio.NewScanner(out)
	deadline := time.Now().Add(60 * time.Second)
	// A child that hangs without printing must not hang the test.
	hung := time.AfterFunc(90*time.Second, func() { cmd.Process.Kill() })
	defer hung.Stop()
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "committed "); !ok {
			stdout.WriteString(line + "\n")
		} else {
			if reported, err = strconv.Atoi(v); err != nil {
				t.Fatalf("child said %q", line)
			}
		}
		if reported >= killAfter || time.Now().After(deadline) {
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	// Lines the child printed before dying are commits too.
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "committed "); ok {
			if n, err := strconv.Atoi(v); err == nil {
				reported = n
			}
		}
	}
	// The child must have died by our hand, not ended by itself (a t.Fatal
	// in it would otherwise go unseen).
	if err := cmd.Wait(); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("child ended by itself (%v) before it was killed:\n%s%s", err, stdout.String(), stderr.String())
	}
	if reported == 0 {
		t.Fatal("child committed nothing before it was killed")
	}
	return reported
}

// crashChild writes articles of round in a loop, single and in batches, with
// aliases and failures, printing the running count after each commit. It
// stops by itself after a while in case the parent is gone.
func crashChild(t *testing.T, arg string) {
	path, r, _ := strings.Cut(arg, " ")
	round, _ := strconv.Atoi(r)
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	src := &news.Source{FeedURL: "https://crash.test/rss", Name: "اختبار"}
	if err := s.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	mk := func(i int) *news.Article {
		n := round*1_000_000 + i
		a := article(src.ID, n)
		a.Text = arabicText(uint64(n), crashTextSize)
		return a
	}
	stop := time.Now().Add(2 * time.Minute)
	count := 0
	for i := 0; time.Now().Before(stop); {
		if i%3 == 0 {
			batch := make([]*news.Article, 10)
			for k := range batch {
				batch[k] = mk(i + k)
			}
			if _, err := s.PutArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
			i += len(batch)
			count += len(batch)
		} else {
			a := mk(i)
			if err := s.RecordFailure(ctx, news.Failure{URL: a.URL, SourceID: src.ID, Reason: "timeout"}); err != nil {
				t.Fatal(err)
			}
			if _, err := s.PutArticle(ctx, a); err != nil {
				t.Fatal(err)
			}
			if err := s.AddAlias(ctx, a.CanonicalURL+"/amp", a.ID); err != nil {
				t.Fatal(err)
			}
			i++
			count++
		}
		fmt.Printf("committed %d\n", count)
	}
	s.Close()
}

func checkIntact(t *testing.T, s *Store, committed int) {
	t.Helper()
	ctx := context.Background()
	var res string
	if err := s.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		t.Fatal(err)
	}
	if res != "ok" {
		t.Fatalf("integrity_check: %s", res)
	}
	rows, err := s.r.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign_key_check found violations")
	}
	rows.Close()
	var dangling int
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM article_urls u
		LEFT JOIN articles a ON a.id = u.article_id WHERE a.id IS NULL`).Scan(&dangling); err != nil {
		t.Fatal(err)
	}
	if dangling != 0 {
		t.Fatalf("%d aliases point to no article", dangling)
	}

	// A put clears the failure of its URLs in the same transaction.
	var stale int
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM failures f JOIN article_urls u ON u.url = f.url`).Scan(&stale); err != nil {
		t.Fatal(err)
	}
	if stale != 0 {
		t.Fatalf("%d failures left for URLs that were stored", stale)
	}

	stored := 0
	err = s.EachArticle(ctx, func(a *news.Article) error {
		stored++
		n, err := strconv.Atoi(strings.TrimPrefix(a.CanonicalURL, "https://example.test/a/"))
		if err != nil {
			return fmt.Errorf("article %d: odd canonical URL %q", a.ID, a.CanonicalURL)
		}
		if a.Title == "" || a.CanonicalURL == "" || a.Text != arabicText(uint64(n), crashTextSize) {
			return fmt.Errorf("article %d (%s) is not whole: title %q, text %d bytes", a.ID, a.CanonicalURL, a.Title, len(a.Text))
		}
		if id, err := s.ArticleIDByURL(ctx, a.CanonicalURL); err != nil || id != a.ID {
			return fmt.Errorf("article %d: canonical URL maps to %d (%v)", a.ID, id, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Every commit the child reported survived; one more may have landed
	// between its last report and the kill.
	if stored < committed {
		t.Fatalf("%d articles stored, but the children reported %d committed", stored, committed)
	}
}
