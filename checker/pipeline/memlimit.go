package pipeline

import (
	"math"
	"os"
	"runtime/debug"
	"sync"
)

// A full check holds the claims of the whole corpus while Bleve churns
// through batches, and the heap peaks near three times what is live: the
// garbage collector lets it double, then Bleve allocates on during each
// collection. A soft memory limit caps that overshoot. It starts at
// heapLimitFloor, which a small corpus never reaches (no collection is
// added), and follows what the check holds, so that a large corpus is
// never squeezed below what it needs. Measured at 100k articles: peak RSS
// 1.9 → 1.6 GB, no time lost; GOGC=50 instead cost 20% more CPU at 10k.
const (
	heapLimitFloor = 1 << 30
	// heapLimitHalves halves (two and a half times) what the check holds,
	// plus heapLimitSlack for Bleve's batches in flight: the collector's
	// own target, doubling, with room.
	heapLimitHalves = 5
	heapLimitSlack  = 256 << 20
)

// heapPerTextByte is what one article in flight counts as held, per
// byte of its text: its tokens, mentions and claims while it is
// extracted, then Bleve's analysis of it with term vectors (plain Bleve
// on one 50 MB text peaks near 3 GB). A limit below that made the
// collector run without pause on a 50 MB article (38% of CPU). Ordinary
// articles stay far below the floor.
const heapPerTextByte = 24

var heapLimit struct {
	sync.Mutex
	users int
	old   int64
	cur   int64
}

// limitHeap sets the soft limit unless the user chose one (GOMEMLIMIT),
// and returns the functions that raise it as the check holds more, and
// that restore the setting once the last check is done.
func limitHeap() (grow func(held int64), restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func(int64) {}, func() {}
	}
	heapLimit.Lock()
	defer heapLimit.Unlock()
	if heapLimit.users == 0 {
		heapLimit.old = debug.SetMemoryLimit(heapLimitFloor)
		heapLimit.cur = heapLimitFloor
	}
	heapLimit.users++
	grow = func(held int64) {
		want := int64(math.MaxInt64)
		if held < (math.MaxInt64-heapLimitSlack)/heapLimitHalves {
			want = heapLimitSlack + held/2*heapLimitHalves
		}
		heapLimit.Lock()
		defer heapLimit.Unlock()
		if heapLimit.users > 0 && want > heapLimit.cur {
			heapLimit.cur = want
			debug.SetMemoryLimit(want)
		}
	}
	restore = func() {
		heapLimit.Lock()
		defer heapLimit.Unlock()
		heapLimit.users--
		if heapLimit.users == 0 {
			debug.SetMemoryLimit(heapLimit.old)
		}
	}
	return grow, restore
}
