package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/api"
)

// TestSimilarFaults: each rule of the similar list is caught, and a clean
// list passes.
func TestSimilarFaults(t *testing.T) {
	all := map[int64]placed{
		1: {story: 10},             // the article
		2: {story: 10, copyOf: 1},  // a copy of it, in its story
		3: {story: 20},             // another story's original
		4: {story: 20, copyOf: 3},  // a copy of that
		5: {story: 30, copyOf: 1},  // a copy of the article the engine put elsewhere
		6: {story: 40},             // a third story
		7: {story: 50, copyOf: 99}, // a copy of an original outside the list
	}
	item := func(id int64) api.SimilarItem { return api.SimilarItem{ID: id, Story: all[id].story} }
	for _, c := range []struct {
		name  string
		of    int64
		items []api.SimilarItem
		want  string
	}{
		{"clean", 1, []api.SimilarItem{item(3), item(6), item(7)}, ""},
		{"own story", 1, []api.SimilarItem{item(3), item(2)}, "own story"},
		{"story twice", 1, []api.SimilarItem{item(3), item(4)}, "two items of story 20"},
		{"copy elsewhere", 1, []api.SimilarItem{item(5)}, "copy"},
		{"its own original", 5, []api.SimilarItem{item(1)}, "copy"},
		{"sibling copy", 2, []api.SimilarItem{item(5)}, "copy"},
		{"unknown", 1, []api.SimilarItem{{ID: 77, Story: 3}}, "no stored article"},
		{"wrong story", 1, []api.SimilarItem{{ID: 3, Story: 40}}, "stored in 20"},
	} {
		got := strings.Join(similarFaults(c.of, c.items, all), "; ")
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%s: faults %q, want %q", c.name, got, c.want)
		}
	}
}

// TestEvalSimilar runs the check over real HTTP on an imported store, and
// refuses bad flags and an empty store.
func TestEvalSimilar(t *testing.T) {
	data := t.TempDir()
	file := filepath.Join(t.TempDir(), "dump.jsonl")
	if err := os.WriteFile(file, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "import", "--data", data, file); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := run(t, "eval", "similar", "--data", data)
	if code != 0 || !strings.Contains(out, "articles: 2 ") || !strings.Contains(out, "lists with a fault (own story, a story twice, a copy): 0") {
		t.Fatalf("eval similar: exit %d\n%s\n%s", code, out, errs)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval", "similar", "--data", data, "--limit", "0"}, 2, "--limit 0"},
		{[]string{"eval", "similar", "--data", data, "--url", "ftp://x"}, 2, "--url"},
		{[]string{"eval", "similar", "--data", data, "extra"}, 2, "unexpected"},
		{[]string{"eval", "similar", "--data", t.TempDir()}, 1, "no articles"},
	} {
		code, _, errs := run(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%q: exit %d (%s), want %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
}
