package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// TestOptionsMeasure compares go-trafilatura settings on newsfarm and
// arabic-real; it only logs (set EXTRACT_OPTIONS=1). The defaults in
// defaultOptions were chosen from this table.
func TestOptionsMeasure(t *testing.T) {
	if os.Getenv("EXTRACT_OPTIONS") == "" {
		t.Skip("set EXTRACT_OPTIONS=1 to measure trafilatura options")
	}
	pages := newsfarm(t)
	real := loadSnippetSet(t, filepath.Join(sharedDir, "data", "arabic-real"))
	variants := map[string]func(*trafilatura.Options){
		"default":       func(*trafilatura.Options) {},
		"fallback":      func(o *trafilatura.Options) { o.EnableFallback = true },
		"precision":     func(o *trafilatura.Options) { o.Focus = trafilatura.FavorPrecision },
		"recall":        func(o *trafilatura.Options) { o.Focus = trafilatura.FavorRecall },
		"no-tables":     func(o *trafilatura.Options) { o.ExcludeTables = true },
		"with-comments": func(o *trafilatura.Options) { o.ExcludeComments = false },
		"fallback+prec": func(o *trafilatura.Options) { o.EnableFallback = true; o.Focus = trafilatura.FavorPrecision },
		"minsize-1":     func(o *trafilatura.Options) { c := trafilatura.DefaultConfig(); c.MinExtractedSize = 1; o.Config = c },
		"minsize-100":   func(o *trafilatura.Options) { c := trafilatura.DefaultConfig(); c.MinExtractedSize = 100; o.Config = c },
		"minsize-250":   func(o *trafilatura.Options) { c := trafilatura.DefaultConfig(); c.MinExtractedSize = 250; o.Config = c },
	}
	only := os.Getenv("EXTRACT_OPTIONS")
	f1 := map[string]float64{}
	for name, mod := range variants {
		if only != "1" && !strings.Contains(name, only) {
			continue
		}
		o := defaultOptions()
		mod(&o)
		ex := &trafExtractor{opts: o}
		_, all := evalFarm(t, ex, pages, false)
		s := evalSnippetSet(t, ex, real, false)
		t.Logf("%-14s newsfarm: %s", name, all.row("overall"))
		t.Logf("%-14s arabic-real: %s", name, s)
		f1[name] = all.f / float64(max(all.n, 1))
	}
	// The chosen defaults must stay within 0.01 F1 of the best variant measured.
	if d, ok := f1["default"]; ok {
		for name, f := range f1 {
			if f > d+0.01 {
				t.Errorf("variant %s text F1 %.3f beats the defaults' %.3f: revisit defaultOptions", name, f, d)
			}
		}
	}
}
