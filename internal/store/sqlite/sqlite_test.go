package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestOpenCreatesFileAndFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nested", "deeper", "khabar.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file not created: %v", err)
	}
	if s.Path() != path {
		t.Fatalf("Path() = %q, want %q", s.Path(), path)
	}
}

func TestOpenOddPath(t *testing.T) {
	// '?', '#' and '%' are URI syntax to SQLite; the file must still be made
	// under exactly this name.
	path := filepath.Join(t.TempDir(), "a?b#c%20d.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file not created under its own name: %v", err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	notDB := filepath.Join(dir, "not-a-db.db")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("this is not sqlite ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path string
	}{
		{"parent is a file", filepath.Join(file, "khabar.db")},
		{"path is a folder", dir},
		{"not a database", notDB},
		{"empty", ""},
		{"memory", ":memory:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(context.Background(), tc.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) worked, want an error", tc.path)
			}
			if !strings.HasPrefix(err.Error(), "sqlite: open") || !strings.Contains(err.Error(), tc.path) {
				t.Fatalf("error %q should start with \"sqlite: open\" and name the path %q", err, tc.path)
			}
		})
	}
}

func TestOpenUnwritableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop root")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "khabar.db")
	s, err := Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatal("Open in a read-only folder worked")
	}
	if !strings.Contains(err.Error(), path) {
		t.Fatalf("error %q does not name %q", err, path)
	}
}

func TestPragmas(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	for name, db := range map[string]*sql.DB{"writer": s.w, "reader": s.r} {
		var journal string
		var fk, busy, sync int
		if err := db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&journal); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&sync); err != nil {
			t.Fatal(err)
		}
		if journal != "wal" || fk != 1 || busy != int(busyTimeout/time.Millisecond) {
			t.Errorf("%s: journal_mode=%s foreign_keys=%d busy_timeout=%d, want wal 1 %d",
				name, journal, fk, busy, busyTimeout/time.Millisecond)
		}
		if name == "writer" && sync != 1 {
			t.Errorf("writer: synchronous=%d, want 1 (NORMAL)", sync)
		}
	}
	// The read pool must not write, even by mistake.
	if _, err := s.r.ExecContext(ctx, `INSERT INTO sources (feed_url, added) VALUES ('x', 'y')`); err == nil {
		t.Fatal("insert through the read pool worked; want query_only to refuse it")
	}
}

func TestMigrationsIdempotentOnReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "khabar.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no embedded migrations")
	}
	want := ms[len(ms)-1].version

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	src := addSource(t, s, "https://example.test/feed", "مثال")
	if _, err := s.PutArticle(ctx, article(src.ID, 1)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	for range 2 {
		s, err = Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v != want {
			t.Fatalf("schema version %d, want %d", v, want)
		}
		var rows int
		if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_version`).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if rows != len(ms) {
			t.Fatalf("schema_version has %d rows, want %d (one per migration)", rows, len(ms))
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 1 || st.Sources != 1 {
			t.Fatalf("after reopen: %d sources %d articles, want 1 1", st.Sources, st.Articles)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMigrationsOrdered(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].version <= ms[i-1].version {
			t.Fatalf("migrations out of order: %s after %s", ms[i].name, ms[i-1].name)
		}
	}
}

func TestTimeRoundTrip(t *testing.T) {
	for _, tc := range []time.Time{
		time.Date(2024, 3, 1, 12, 30, 15, 123456789, riyadh),
		time.Date(2024, 3, 1, 12, 30, 15, 0, time.UTC),
		time.Date(1999, 12, 31, 23, 59, 59, 0, time.FixedZone("", -5*3600-30*60)),
	} {
		got, err := parseTime(fmtTime(tc))
		if err != nil {
			t.Fatal(err)
		}
		_, wantOff := tc.Zone()
		_, gotOff := got.Zone()
		if !got.Equal(tc) || gotOff != wantOff {
			t.Errorf("round trip %v -> %v", tc, got)
		}
	}
	if got, err := parseTime(""); err != nil || !got.IsZero() {
		t.Errorf(`parseTime("") = %v, %v; want zero`, got, err)
	}
	if _, err := parseTime("yesterday"); err == nil {
		t.Error("parseTime accepted garbage")
	}
}
