package events

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/lazy/lazytest"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// The vocabularies load at their first use, not at initialization, and
// Prepare loads all of them: in a fresh process (this test binary, run
// again with only this test), nothing is loaded before Prepare and
// everything after.
func TestPrepareLoadsLazily(t *testing.T) {
	if !lazytest.InFreshProcess(t, "TestPrepareLoadsLazily") {
		return
	}
	loaded := map[string]func() bool{"words": vocData.Loaded, "measures": mvocData.Loaded, "times": tvocData.Loaded,
		"gatherings": gvocData.Loaded, "weapons": wvocData.Loaded, "causes": cvocData.Loaded, "month numbers": monthNumbers.Loaded}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	lazytest.CheckPrepare(t, loaded, func() { Prepare(k) })
	if _, ok := kbIndexes.Load(k); !ok {
		t.Error("what is read of the knowledge base not built by Prepare")
	}
}
