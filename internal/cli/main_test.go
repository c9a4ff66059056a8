package cli

import (
	"os"
	"testing"
)

// TestMain lets a test run the real command in a child process (the test
// binary re-executed with KHABAR_TEST_MAIN=1), so it can be killed with
// SIGKILL like a real khabar.
func TestMain(m *testing.M) {
	if os.Getenv("KHABAR_TEST_MAIN") == "1" {
		os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
