package temporal

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/lazy/lazytest"
)

// The lexicon loads at its first use, not at initialization, and Prepare
// loads all of it: in a fresh process (this test binary, run again with
// only this test), nothing is loaded before Prepare and everything after.
func TestPrepareLoadsLazily(t *testing.T) {
	if !lazytest.InFreshProcess(t, "TestPrepareLoadsLazily") {
		return
	}
	loaded := map[string]func() bool{"lexicon.yml": lexFileData.Loaded, "word lists": listData.Loaded,
		"lexicon table": lexiconTable.Loaded, "holidays": holidaysByFirst.Loaded}
	lazytest.CheckPrepare(t, loaded, Prepare)
}
