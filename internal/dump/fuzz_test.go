package dump_test

import (
	"context"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/dump"
)

// FuzzImport: whatever a dump holds, Import stores the good lines, names
// each bad one by a line number within the file, and never panics.
func FuzzImport(f *testing.F) {
	for _, l := range strings.Split(mixed, "\n") {
		f.Add(l)
	}
	f.Add(`{"url":"http://127.0.0.1/x","title":"خبر","text":"نص","published":"2015-13-45"}`)
	f.Add(`{"source":"okaz","url":"http://www.okaz.com.sa/a","title":"t","content":"c","date_extracted":"2015-08-10 12:00:00"}`)
	st := openStore(f)
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + 1
		var bad []dump.LineError
		sum, err := (&dump.Importer{Store: st, OnError: func(le dump.LineError) { bad = append(bad, le) }}).Import(context.Background(), strings.NewReader(in))
		if err != nil {
			return // a store error or unreadable gzip: reported, not a panic
		}
		if sum.Stored+sum.Known+sum.Bad > sum.Lines || sum.Lines > lines {
			t.Fatalf("summary %+v for %d lines", sum, lines)
		}
		for _, le := range bad {
			if le.Line < 1 || le.Line > lines || le.Error() == "" {
				t.Fatalf("bad line %d of %d: %q", le.Line, lines, le.Error())
			}
		}
	})
}
