package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/khabar-news/khabar/internal/api"
)

func TestAnalyzeCommand(t *testing.T) {
	code, out, errs := run(t, "analyze", "أحمد", "في", "المدرسة", "قاتـ.ل", "٢٠٢٤")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "أحمد\tاحمد\tاحمد\t0-8\tword\n" +
		"في\tفي\t(stop word)\t9-13\tword\n" +
		"المدرسة\tالمدرسه\tمدرس\t14-28\tword\n" +
		"قاتـ.ل\tقاتل\tقاتل\t29-40\tword\n" +
		"٢٠٢٤\t2024\t2024\t41-49\tnumber\n"
	if out != want {
		t.Errorf("analyze printed\n%s\nwant\n%s", out, want)
	}

	var res api.AnalyzeResult
	var stdout, stderr bytes.Buffer
	if code := Run(context.Background(), []string{"analyze", "--json"}, strings.NewReader("إحمد #خبر\n"), &stdout, &stderr); code != 0 {
		t.Fatalf("--json from stdin: exit %d: %s", code, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("--json output: %v\n%s", err, stdout.String())
	}
	if len(res.Tokens) != 2 || res.Tokens[0].Term != "احمد" || res.Tokens[1].Term != "#خبر" || res.Tokens[1].Kind.String() != "hashtag" {
		t.Errorf("--json tokens = %+v", res.Tokens)
	}

	if code, _, errs := run(t, "analyze"); code != 2 || !strings.Contains(errs, "give a text") {
		t.Errorf("no text: exit %d, stderr %q; want 2 and a message", code, errs)
	}
}
