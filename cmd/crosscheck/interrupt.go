package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// exitInterrupted is the shell's status for a run ended by SIGINT.
const exitInterrupted = 130

// onInterrupt makes the first SIGINT or SIGTERM close the returned
// channel, so that a writer stops reading, indexes what it has read as
// whole batches and says so; a second signal exits at once (the index
// keeps every batch already written either way). stop releases the
// signals.
func onInterrupt(e *env) (<-chan struct{}, func()) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	ch := make(chan struct{})
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			fmt.Fprintf(e.stderr, "\ncrosscheck: %v: finishing the articles already read (again to quit at once)\n", s)
			close(ch)
		case <-done:
			return
		}
		select {
		case <-sigs:
			fmt.Fprintln(e.stderr, "crosscheck: stopped; the index keeps every batch written before")
			os.Exit(exitInterrupted)
		case <-done:
		}
	}()
	return ch, func() {
		signal.Stop(sigs)
		close(done)
	}
}

// interrupted reports a run that Ctrl-C ended and returns its status.
func interrupted(e *env, n int) int {
	fmt.Fprintf(e.stderr, "crosscheck: interrupted: %d articles indexed; run the same command again to read the rest\n", n)
	return exitInterrupted
}
