package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
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
