package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/story"
)

func TestEvalExtract(t *testing.T) {
	dir := "../eval/testdata/scrapinghub"
	var out, errb bytes.Buffer
	code := Run(context.Background(), []string{"eval", "extract", "--set", "scrapinghub", "--dir", dir, "--json"}, nil, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rep struct {
		Set     string `json:"set"`
		Overall struct {
			Pages int     `json:"pages"`
			F1    float64 `json:"f1"`
		} `json:"overall"`
		Groups []struct{ Name string } `json:"groups"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if rep.Set != "scrapinghub" || rep.Overall.Pages != 2 || rep.Overall.F1 < 0.9 || len(rep.Groups) != 1 {
		t.Errorf("report %+v", rep)
	}

	out.Reset()
	if code := Run(context.Background(), []string{"eval", "extract", "--set", "scrapinghub", "--dir", dir, "--baseline"}, nil, &out, &errb); code != 0 {
		t.Fatalf("baseline exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "overall") || !strings.Contains(out.String(), "pages/s") {
		t.Errorf("table:\n%s", out.String())
	}

	for _, bad := range [][]string{
		{"eval"},
		{"eval", "nope"},
		{"eval", "extract"},
		{"eval", "extract", "--set", "nope", "--dir", dir},
		{"eval", "extract", "--set", "newsfarm", "--dir", t.TempDir()},
	} {
		errb.Reset()
		if code := Run(context.Background(), bad, nil, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2 (%s)", bad, code, errb.String())
		}
	}
}

// TestEvalStories scores an imported store on labelled pairs through the
// command, and names what is wrong in bad input.
func TestEvalStories(t *testing.T) {
	const text = "افتتحت أمانة المنطقة صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم عشرة آلاف كتاب وقاعة للأطفال وأخرى للباحثين، وتفتح أبوابها يوميا من الثامنة صباحا حتى العاشرة مساء."
	lines := []map[string]string{
		{"url": "http://127.0.0.1/news/1", "title": "افتتاح مكتبة عامة في المدينة", "text": text, "source": "أ", "published": "2015-08-10T09:30:00+03:00"},
		{"url": "http://127.0.0.1/news/1c", "title": "الأمانة تفتتح مكتبة جديدة", "text": text, "source": "ب", "published": "2015-08-10T10:30:00+03:00"},
		{"url": "http://127.0.0.1/news/2", "title": "أمطار غزيرة على المرتفعات", "text": "هطلت أمطار غزيرة على المرتفعات الجنوبية مساء أمس وجرت السيول في الأودية وحذر الدفاع المدني من الاقتراب منها.", "source": "أ", "published": "2015-08-10T11:00:00+03:00"},
	}
	var dump strings.Builder
	for _, l := range lines {
		b, _ := json.Marshal(l)
		dump.Write(b)
		dump.WriteByte('\n')
	}
	dir := t.TempDir()
	data, file := filepath.Join(dir, "data"), filepath.Join(dir, "dump.jsonl")
	if err := os.WriteFile(file, []byte(dump.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "import", "--data", data, file); code != 0 {
		t.Fatal(errs)
	}
	pairs := filepath.Join(dir, "pairs.jsonl")
	if err := os.WriteFile(pairs, []byte(`{"pair":1,"a_url":"http://127.0.0.1/news/1","b_url":"http://127.0.0.1/news/1c","relation":"copy","confidence":"high"}
{"pair":2,"a_url":"http://127.0.0.1/news/1","b_url":"http://127.0.0.1/news/2","relation":"unrelated","confidence":"high"}
{"pair":3,"a_url":"http://127.0.0.1/news/1","b_url":"http://127.0.0.1/news/404","relation":"same_story","confidence":"low"}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "eval", "stories", "--data", data, "--pairs", pairs)
	if code != 0 {
		t.Fatalf("eval stories: exit %d: %s", code, errs)
	}
	for _, want := range []string{"pairs: 3 (1 with an article not found)",
		"same story, all:  P 1.000 R 1.000 F1 1.000 (tp 1 fp 0 fn 0 tn 1)",
		"copy, all:        P 1.000 R 1.000 F1 1.000 (tp 1 fp 0 fn 0 tn 1)",
		"95% bootstrap intervals"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval stories output lacks %q:\n%s", want, out)
		}
	}

	// A set kept by key (as in internal/story/testdata/pairs) scores the
	// same; a key of no stored URL names its pair.
	keyed := filepath.Join(dir, "keyed.jsonl")
	key := func(u string) string { return story.URLKey(u) }
	if err := os.WriteFile(keyed, []byte(`{"pair":1,"a_key":"`+key("http://127.0.0.1/news/1")+`","b_key":"`+key("http://127.0.0.1/news/1c")+`","relation":"copy","confidence":"high"}
{"pair":2,"a_key":"`+key("http://127.0.0.1/news/1")+`","b_key":"`+key("http://127.0.0.1/news/2")+`","relation":"unrelated","confidence":"high"}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = run(t, "eval", "stories", "--data", data, "--pairs", keyed)
	if code != 0 {
		t.Fatalf("eval stories by key: exit %d: %s", code, errs)
	}
	for _, want := range []string{"pairs: 2 (0 with an article not found)",
		"same story, all:  P 1.000 R 1.000 F1 1.000 (tp 1 fp 0 fn 0 tn 1)",
		"copy, all:        P 1.000 R 1.000 F1 1.000 (tp 1 fp 0 fn 0 tn 1)"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval stories by key: output lacks %q:\n%s", want, out)
		}
	}
	stray := filepath.Join(dir, "stray.jsonl")
	if err := os.WriteFile(stray, []byte(`{"pair":9,"a_key":"00","b_key":"11","relation":"copy","confidence":"high"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "eval", "stories", "--data", data, "--pairs", stray); code != 1 || !strings.Contains(errs, "stray.jsonl: story: pair 9") {
		t.Errorf("a key of no stored URL: exit %d, %q; want 1 naming the file and pair 9", code, errs)
	}

	// export names each article's story, original and tags; recluster
	// rebuilds the same from scratch.
	exported := func() map[string][3]any {
		t.Helper()
		code, out, errs := run(t, "export", "--data", data)
		if code != 0 {
			t.Fatalf("export: %s", errs)
		}
		got := map[string][3]any{}
		ids := map[float64]string{}
		var rows []map[string]any
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var r map[string]any
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatalf("export line %q: %v", l, err)
			}
			ids[r["id"].(float64)] = r["url"].(string)
			rows = append(rows, r)
		}
		for _, r := range rows {
			story := ids[r["story"].(float64)] // a story's id is its first article's
			got[r["url"].(string)] = [3]any{story, ids[r["copy_of"].(float64)], len(r["tags"].([]any)) > 0}
		}
		return got
	}
	before := exported()
	one, cp, rain := "http://127.0.0.1/news/1", "http://127.0.0.1/news/1c", "http://127.0.0.1/news/2"
	// The first article of a fresh store is tagged too, though no word is
	// rarer than another yet.
	if before[cp] != [3]any{one, one, true} || before[one] != [3]any{one, "", true} || before[rain] != [3]any{rain, "", true} {
		t.Errorf("export: %v, want the copy in the first article's story as its copy, the rain report apart, all tagged", before)
	}
	code, out, errs = run(t, "recluster", "--data", data)
	if code != 0 || !strings.Contains(out, "3 articles assigned") {
		t.Fatalf("recluster: exit %d\n%s\n%s", code, out, errs)
	}
	if after := exported(); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("recluster gave %v, the import %v", after, before)
	}

	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"pair":1,"a_url":"x","b_url":"y","relation":"copy","confidence":"high"}
{"pair":2,"a_url":"x","b_url":"y","relation":"cousin","confidence":"high"}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval", "stories", "--data", data}, 2, "--pairs"},
		{[]string{"eval", "stories", "--data", data, "--pairs", bad}, 1, `bad.jsonl: story: read pairs: line 2: unknown relation "cousin"`},
		{[]string{"eval", "stories", "--data", data, "--pairs", filepath.Join(dir, "none.jsonl")}, 1, "none.jsonl"},
	} {
		code, _, errs := run(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%q: exit %d (%s), want %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
}
