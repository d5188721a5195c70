package events

import (
	"os"
	"os/exec"
	"testing"

	"github.com/crosscheck/crosscheck/rules/kb"
)

// The vocabularies load at their first use, not at initialization, and
// Prepare loads all of them: in a fresh process (this test binary, run
// again with only this test), nothing is loaded before Prepare and
// everything after.
func TestPrepareLoadsLazily(t *testing.T) {
	if os.Getenv("CROSSCHECK_PREPARE_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPrepareLoadsLazily$", "-test.count=1")
		cmd.Env = append(os.Environ(), "CROSSCHECK_PREPARE_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return
	}
	loaded := map[string]func() bool{"words": vocData.Loaded, "measures": mvocData.Loaded, "times": tvocData.Loaded,
		"gatherings": gvocData.Loaded, "weapons": wvocData.Loaded, "causes": cvocData.Loaded, "month numbers": monthNumbers.Loaded}
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
	if _, ok := kbIndexes.Load(k); !ok {
		t.Error("what is read of the knowledge base not built by Prepare")
	}
}
