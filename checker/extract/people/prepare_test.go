package people

import (
	"testing"
	"weak"

	"github.com/crosscheck/crosscheck/internal/lazy/lazytest"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// The vocabularies load at their first use, not at initialization, and
// Prepare loads them and the knowledge base's tables: in a fresh process
// (this test binary, run again with only this test), nothing is loaded
// before Prepare and everything after.
func TestPrepareLoadsLazily(t *testing.T) {
	if !lazytest.InFreshProcess(t, "TestPrepareLoadsLazily") {
		return
	}
	loaded := map[string]func() bool{"roles": vocabData.Loaded, "ages": ageData.Loaded}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	lazytest.CheckPrepare(t, loaded, func() { Prepare(k) })
	if _, ok := tableCache.Load(weak.Make(k)); !ok {
		t.Error("the knowledge base's tables not built by Prepare")
	}
}
