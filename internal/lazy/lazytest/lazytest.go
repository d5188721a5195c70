// Package lazytest holds the checks every package with lazily loaded data
// runs: that nothing loads at initialization and that Prepare loads it
// all, seen from a fresh process.
package lazytest

import (
	"os"
	"os/exec"
	"testing"
)

// childEnv marks the fresh process a test runs itself in.
const childEnv = "CROSSCHECK_FRESH_PROCESS"

// InFreshProcess reports whether the calling test runs in a fresh process
// of its own. Called from test name in the go test process, it runs this
// test binary again with only that test and fails t if the run fails; the
// caller then returns and the rerun, where it reports true, does the work.
func InFreshProcess(t *testing.T, name string) bool {
	t.Helper()
	if os.Getenv(childEnv) == name {
		return true
	}
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+name)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return false
}

// CheckPrepare fails t when one of loaded (a name and whether it is
// loaded) is loaded before prepare runs, or not loaded after. Run it in a
// fresh process (InFreshProcess).
func CheckPrepare(t *testing.T, loaded map[string]func() bool, prepare func()) {
	t.Helper()
	for name, ok := range loaded {
		if ok() {
			t.Errorf("%s loaded at initialization", name)
		}
	}
	prepare()
	for name, ok := range loaded {
		if !ok() {
			t.Errorf("%s not loaded by Prepare", name)
		}
	}
}
