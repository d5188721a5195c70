package people

import (
	"os"
	"os/exec"
	"testing"
	"weak"

	"github.com/crosscheck/crosscheck/rules/kb"
)

// The vocabularies load at their first use, not at initialization, and
// Prepare loads them and the knowledge base's tables: in a fresh process
// (this test binary, run again with only this test), nothing is loaded
// before Prepare and everything after.
func TestPrepareLoadsLazily(t *testing.T) {
	if os.Getenv("CROSSCHECK_PREPARE_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPrepareLoadsLazily$", "-test.count=1")
		cmd.Env = append(os.Environ(), "CROSSCHECK_PREPARE_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return
	}
	loaded := map[string]func() bool{"roles": vocabData.Loaded, "ages": ageData.Loaded}
	for name, ok := range loaded {
		if ok() {
			t.Errorf("%s loaded at initialization", name)
		}
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	Prepare(k)
	for name, ok := range loaded {
		if !ok() {
			t.Errorf("%s not loaded by Prepare", name)
		}
	}
	if _, ok := tableCache.Load(weak.Make(k)); !ok {
		t.Error("the knowledge base's tables not built by Prepare")
	}
}
