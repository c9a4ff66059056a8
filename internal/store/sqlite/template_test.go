package sqlite

import (
	"context"
	"testing"

	"github.com/khabar-news/khabar/internal/news"
)

func TestTemplateMemory(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	counts, pages, err := s.TemplateCounts(ctx, "a.example", []uint64{1, 2})
	if err != nil || pages != 0 || len(counts) != 0 {
		t.Fatalf("empty host: %v %d %v", counts, pages, err)
	}
	// Fingerprint 1 on every page, 2 on two, a page's own paragraphs once;
	// 1<<63 checks the sign bit survives SQLite's int64.
	big := uint64(1) << 63
	for i := 0; i < 5; i++ {
		fps := []uint64{1, uint64(100 + i), big, 1} // duplicate counted once
		if i < 2 {
			fps = append(fps, 2)
		}
		if err := s.AddTemplatePage(ctx, "a.example", fps); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddTemplatePage(ctx, "b.example", []uint64{1}); err != nil {
		t.Fatal(err)
	}
	counts, pages, err = s.TemplateCounts(ctx, "a.example", []uint64{1, 2, 100, 999, big})
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64]int{1: 5, 2: 2, 100: 1, big: 5}
	if pages != 5 || len(counts) != len(want) {
		t.Fatalf("pages %d counts %v, want 5 %v", pages, counts, want)
	}
	for k, v := range want {
		if counts[k] != v {
			t.Errorf("fp %d: %d, want %d", k, counts[k], v)
		}
	}
	if c, p, _ := s.TemplateCounts(ctx, "b.example", []uint64{1}); p != 1 || c[1] != 1 {
		t.Errorf("hosts mix: b.example %v %d", c, p)
	}
	if err := s.AddTemplatePage(ctx, "", nil); news.ErrorCode(err) != news.EINVALID {
		t.Errorf("empty host: %v, want EINVALID", err)
	}
}

// TestTemplatePrune: one-page fingerprints of old pages go, repeated ones stay.
func TestTemplatePrune(t *testing.T) {
	if testing.Short() {
		t.Skip("writes pruneAge+pruneEvery pages")
	}
	ctx := context.Background()
	s := newStore(t)
	for i := 0; i < pruneAge+pruneEvery; i++ {
		if err := s.AddTemplatePage(ctx, "h", []uint64{7, uint64(1000 + i)}); err != nil {
			t.Fatal(err)
		}
	}
	counts, pages, err := s.TemplateCounts(ctx, "h", []uint64{7, 1000, uint64(1000 + pruneAge + pruneEvery - 1)})
	if err != nil {
		t.Fatal(err)
	}
	if pages != pruneAge+pruneEvery || counts[7] != pages {
		t.Errorf("pages %d, fp 7 %d", pages, counts[7])
	}
	if _, ok := counts[1000]; ok {
		t.Error("old one-page fingerprint was not pruned")
	}
	if counts[uint64(1000+pruneAge+pruneEvery-1)] != 1 {
		t.Error("recent fingerprint was pruned")
	}
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM template_blocks WHERE host = 'h'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n > pruneAge+2 {
		t.Errorf("%d rows kept for the host, want at most %d", n, pruneAge+2)
	}
}
