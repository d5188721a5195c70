package main

import (
	"os"
	"os/exec"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/boot"
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

// Package boot initializes before every other package of the module
// (what they allocate then, and at their first use, is to be backed by
// huge pages and not collected), as the runtime's
// trace of package initialization shows for this very binary.
func TestBootInitializesFirst(t *testing.T) {
	if os.Getenv("CROSSCHECK_INITTRACE_CHILD") != "" {
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestBootInitializesFirst$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1", "CROSSCHECK_INITTRACE_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	const module = "github.com/crosscheck/crosscheck/"
	var first []string
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) > 1 && f[0] == "init" && strings.HasPrefix(f[1], module) {
			first = append(first, strings.TrimPrefix(f[1], module))
		}
	}
	if len(first) < 2 || first[0] != "boot" {
		t.Errorf("packages of the module in the order they initialized: %v; want boot first", first)
	}
}

// The module's packages but boot do little at initialization: what they
// decode or build from their data (vocabularies, lexicons, tables,
// templates) waits for its first use (internal/lazy), so that a command
// that does not need it (version, help, a check that generates no
// articles) never pays for it. The runtime's trace of package
// initialization, for this very binary (all the command's packages), says
// how much each package allocated: a package that decodes its data at
// init again allocates hundreds of KB. boot's allocations are address
// space it never touches (see package boot).
func TestInitAllocatesLittle(t *testing.T) {
	const limit = 32 << 10 // bytes a package may allocate at init
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	const module = "github.com/crosscheck/crosscheck/"
	seen := 0
	for _, line := range strings.Split(string(out), "\n") {
		// init PATH @T ms, C ms clock, B bytes, A allocs
		f := strings.Fields(line)
		if len(f) < 9 || f[0] != "init" || !strings.HasPrefix(f[1], module) || f[8] != "bytes," {
			continue
		}
		seen++
		pkg := strings.TrimPrefix(f[1], module)
		if pkg == "boot" {
			continue
		}
		b, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if b > limit {
			t.Errorf("%s allocates %d bytes at initialization (at most %d): build what it needs at its first use (internal/lazy)", pkg, b, limit)
		}
	}
	if seen < 10 {
		t.Fatalf("only %d packages of the module in the trace:\n%s", seen, out)
	}
}

// Once a command resumes collection, the heap's goal no longer counts
// boot's ballast: a run that pauses and resumes collection (every command
// but a short check, at once or after loading) collects as the heap grows
// from what it holds, not after 128 MB more. A fresh process (this test
// binary, boot's ballast held, GOGC unset) shows it.
func TestResumeForgetsBallast(t *testing.T) {
	if os.Getenv("CROSSCHECK_BALLAST_CHILD") != "" {
		pauseGC()
		resumeGC()
		s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
		metrics.Read(s)
		if goal := s[0].Value.Uint64(); goal >= 64<<20 {
			t.Fatalf("heap goal after resuming collection: %d MB", goal>>20)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestResumeForgetsBallast$")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "CROSSCHECK_BALLAST_CHILD=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
}

// The tests run with collection as any program has it (boot's ballast
// dropped), and pause it where they test pausing; the child of
// TestResumeForgetsBallast keeps the ballast for pauseGC to drop.
func TestMain(m *testing.M) {
	if os.Getenv("CROSSCHECK_BALLAST_CHILD") == "" {
		boot.Release()
	}
	os.Exit(m.Run())
}
