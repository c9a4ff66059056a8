package config

import (
	"flag"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestPrecedence(t *testing.T) {
	c := Default()
	env := map[string]string{"KHABAR_DATA": "/env/data", "KHABAR_EVERY": "20m", "KHABAR_WORKERS": "3"}
	if err := c.FromEnv(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	c.Register(fs, FlagData|FlagServe|FlagFetch)
	if _, err := ParseArgs(fs, []string{"--every", "30m"}); err != nil {
		t.Fatal(err)
	}
	if c.DataDir != "/env/data" || c.Every != 30*time.Minute || c.Workers != 3 {
		t.Fatalf("got data=%q every=%s workers=%d", c.DataDir, c.Every, c.Workers)
	}
}

func TestEnvErrorsNameTheVariable(t *testing.T) {
	c := Default()
	err := c.FromEnv(func(k string) string {
		return map[string]string{"KHABAR_EVERY": "often", "KHABAR_WORKERS": "many"}[k]
	})
	if err == nil || !strings.Contains(err.Error(), "KHABAR_EVERY") || !strings.Contains(err.Error(), "KHABAR_WORKERS") {
		t.Fatalf("want both variables named, got %v", err)
	}
}

func TestValidate(t *testing.T) {
	cases := []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"ok", func(*Config) {}, ""},
		{"addr", func(c *Config) { c.Addr = "8080" }, "--addr"},
		{"every", func(c *Config) { c.Every = time.Second }, "--every"},
		{"zone", func(c *Config) { c.Zone = "Mars/Olympus" }, "--zone"},
		{"workers", func(c *Config) { c.Workers = 0 }, "--workers"},
		{"log", func(c *Config) { c.LogLevel = "loud" }, "--log-level"},
		{"body", func(c *Config) { c.MaxBody = 10 }, "--max-body"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Default()
			tc.mod(&c)
			err := c.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("want error naming %s, got %v", tc.want, err)
			}
		})
	}
}

func TestParseArgsInterspersed(t *testing.T) {
	c := Default()
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.Register(fs, FlagData|FlagCrawl)
	rest, err := ParseArgs(fs, []string{"http://a/feed", "--backfill", "http://b/feed", "--data", "d"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rest, []string{"http://a/feed", "http://b/feed"}) || !c.Backfill || c.DataDir != "d" {
		t.Fatalf("rest=%v backfill=%v data=%q", rest, c.Backfill, c.DataDir)
	}
	if _, err := ParseArgs(fs, []string{"--nonsense"}); err == nil {
		t.Fatal("unknown flag accepted")
	}
}

func TestEnsureDataDir(t *testing.T) {
	c := Default()
	c.DataDir = filepath.Join(t.TempDir(), "a", "b")
	if err := c.EnsureDataDir(); err != nil {
		t.Fatal(err)
	}
	c.DataDir = "/proc/khabar-cannot-be-here"
	if err := c.EnsureDataDir(); err == nil {
		t.Fatal("want an error for an unwritable folder")
	}
}
