package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/crosscheck/crosscheck/boot"
)

// startupHeapCap bounds the heap while collection is paused: a command
// that allocates more before it resumes collection is collected as usual
// from there on.
const startupHeapCap = 256 << 20

// shortDraftBytes: drafts longer than this, together, are checked with
// collection on (extraction holds many times the text).
const shortDraftBytes = 1 << 20

// pauseGC turns garbage collection off while a command loads what it
// needs (knowledge base, rules: tens of MB, nearly all of it kept), where
// collecting frees little and costs about a third of a draft check's
// CPU. Until it is called, package boot keeps collection from starting
// while the packages initialize. resumeGC restores the settings; a
// user's GOGC or GOMEMLIMIT is left alone.
func pauseGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		boot.Release()
		return
	}
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(startupHeapCap)
	ballast := boot.Release()
	gcResume = sync.OnceFunc(func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
		if ballast {
			// The goal the last collection set counts boot's ballast:
			// without a collection now, the heap would grow by its size
			// (128 MB) before the first one.
			runtime.GC()
		}
	})
}

// gcResume undoes pauseGC; calling it again does nothing.
var gcResume = func() {}

func resumeGC() { gcResume() }
