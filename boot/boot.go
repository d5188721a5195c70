// Package boot prepares the crosscheck process before the other packages
// of the module initialize: on Linux it asks for the first part of the
// heap to be backed by transparent huge pages, and it keeps collection
// from running until the command pauses it (Release). Only the command
// imports it.
//
// Package initialization follows import paths in lexical order among the
// packages whose imports are initialized (the Go specification, since Go
// 1.21); boot imports nothing of the module and nothing that the
// module's packages do not import before it (not runtime/debug, which
// sorts after them and would be initialized after them), and its path
// sorts before theirs (a test of the command checks that it initializes
// first).
//
// Why: a short run (a draft check, `crosscheck version`) allocates some
// 20 MB that it nearly all keeps, and on a virtual machine a page fault
// on fresh memory costs 10-20 µs, so that faulting the heap in 4 KB at a
// time was more of the process's time than its work; collecting before
// the command pauses collection frees little at the cost of marking what
// was built. Every command gains, even `version`, which allocates little:
// with the packages' vocabularies loaded at their first use
// (internal/lazy), one interleaved run of each variant on a 2-core
// virtual machine (load 7) gave `version` 43 ms at the median with both,
// 51-54 ms without the huge pages; a draft check against a 10k index 82
// ms with both, 85 ms without the ballast (a collection while the
// libraries initialize: 300 more page faults) and 132 ms without either
// (5300 page faults instead of 1400).
package boot

import (
	"os"
	"sync"
)

// ballastBytes is a never-touched allocation that keeps collection from
// starting (the heap's goal is twice what is live) while the packages
// initialize, without runtime/debug; Release drops it. It costs address
// space, not memory.
const ballastBytes = 128 << 20

var (
	mu      sync.Mutex
	ballast []byte
)

func init() {
	// a user's GOGC or GOMEMLIMIT is left alone
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		// first, on fresh memory that is never touched (an allocation
		// on memory freed before would be cleared)
		ballast = make([]byte, ballastBytes)
	}
	hugeHeap()
}

// Release drops the ballast: the command decides from here on when to
// collect. It reports whether there was one to drop: the heap's goal
// still counts it until the next collection, which the command should
// then start when it resumes collecting (else the heap grows by the
// ballast's size before its first collection). Calling it again does
// nothing and reports false.
func Release() bool {
	mu.Lock()
	defer mu.Unlock()
	held := ballast != nil
	ballast = nil
	return held
}
