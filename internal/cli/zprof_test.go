package cli

import (
	"os"
	"testing"
)

func TestZProf(t *testing.T) {
	if os.Getenv("KHABAR_PROF") == "" {
		t.Skip()
	}
	d := t.TempDir()
	if rc := Main([]string{"import", "--data", d, "/work/shared/data/saudinewsnet/saudinewsnet.jsonl.gz"}, os.Stdin, os.Stdout, os.Stderr); rc != 0 {
		t.Fatal(rc)
	}
}
