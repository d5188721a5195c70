package temporal

import (
	"os"
	"os/exec"
	"testing"
)

// The lexicon loads at its first use, not at initialization, and Prepare
// loads all of it: in a fresh process (this test binary, run again with
// only this test), nothing is loaded before Prepare and everything after.
func TestPrepareLoadsLazily(t *testing.T) {
	if os.Getenv("CROSSCHECK_PREPARE_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPrepareLoadsLazily$", "-test.count=1")
		cmd.Env = append(os.Environ(), "CROSSCHECK_PREPARE_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return
	}
	loaded := map[string]func() bool{"lexicon.yml": lexFileData.Loaded, "word lists": listData.Loaded,
		"lexicon table": lexiconTable.Loaded, "holidays": holidaysByFirst.Loaded}
	for name, ok := range loaded {
		if ok() {
			t.Errorf("%s loaded at initialization", name)
		}
	}
	Prepare()
	for name, ok := range loaded {
		if !ok() {
			t.Errorf("%s not loaded by Prepare", name)
		}
	}
}
