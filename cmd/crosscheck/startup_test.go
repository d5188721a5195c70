package main

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Collection is paused while a check loads, and resumes with the settings
// it had; a user's GOGC is left alone.
func TestPauseAndResumeGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	pauseGC()
	assert.Equal(t, -1, debug.SetGCPercent(-1), "paused")
	resumeGC()
	assert.Equal(t, 100, debug.SetGCPercent(100), "restored")
	resumeGC() // again: nothing
	assert.Equal(t, 100, debug.SetGCPercent(100))

	t.Setenv("GOGC", "200")
	pauseGC()
	assert.Equal(t, 100, debug.SetGCPercent(100), "a user's setting wins")
	resumeGC()
}
