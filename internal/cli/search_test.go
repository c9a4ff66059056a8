package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/api"
)

func TestImportSearchReindex(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(file, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	// The index catches up from the store once the dump is stored.
	if code, out, errs := run(t, "import", "--data", data, file); code != 0 || !strings.Contains(out, "search: 2 articles indexed") {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	// Imported articles are searchable at once, folded: مكتبه finds مكتبة.
	code, out, errs := run(t, "search", "--data", data, "--json", "مكتبه")
	if code != 0 {
		t.Fatalf("search: %d %s", code, errs)
	}
	var res api.SearchResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if res.Total != 1 || res.Hits[0].Title != "افتتاح مكتبة عامة في المدينة" || !strings.Contains(res.Hits[0].Snippet, "<mark>مكتبة</mark>") {
		t.Errorf("search: %+v", res)
	}
	code, out, _ = run(t, "search", "--data", data, "امطار", "source:\"صحيفة المدينة\"")
	if code != 0 || !strings.Contains(out, "1 results") || !strings.Contains(out, "«أمطار»") {
		t.Errorf("text search: %d %s", code, out)
	}
	if code, _, errs := run(t, "search", "--data", data, `"open`); code != 2 || !strings.Contains(errs, "unbalanced quote") {
		t.Errorf("bad query: exit %d, %s", code, errs)
	}
	if code, out, errs := run(t, "reindex", "--data", data); code != 0 || !strings.Contains(out, "rebuilt: 2 articles") {
		t.Errorf("reindex: %d %s %s", code, out, errs)
	}
	if code, out, _ := run(t, "search", "--data", data, "--json", "مكتبه"); code != 0 || !strings.Contains(out, `"total": 1`) {
		t.Errorf("after reindex: %d %s", code, out)
	}
}

func TestImportMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	restore := limitMemory()
	if got := debug.SetMemoryLimit(-1); got != importMemory {
		t.Errorf("limit during import = %d, want %d", got, importMemory)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after import = %d, want %d back", got, before)
	}
	// An operator's GOMEMLIMIT wins.
	t.Setenv("GOMEMLIMIT", "2GiB")
	restore = limitMemory()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit with GOMEMLIMIT set = %d, want %d untouched", got, before)
	}
	restore()
}
