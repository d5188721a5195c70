package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

func stderrIsTerminal() bool { return term.IsTerminal(int(os.Stderr.Fd())) }

// stdoutWidth is the terminal's width when stdout is one wide enough for
// a table, else 0.
func stdoutWidth() int {
	w, _, err := term.GetSize(int(os.Stdout.Fd()))
	if err != nil || w < minWidth {
		return 0
	}
	return w
}

// progress draws a one-line progress indicator on a terminal; elsewhere
// it is silent, so logs and CI output stay clean.
type progress struct {
	w     io.Writer
	on    bool
	label string
	start time.Time
	last  time.Time
}

func newProgress(e *env, label string) *progress {
	return &progress{w: e.stderr, on: e.isTerminal, label: label, start: time.Now()}
}

// update redraws at most ten times a second.
func (p *progress) update(done int) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	rate := float64(done) / now.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%s %s %d articles (%.0f/s)", p.label, spinner(done), done, rate)
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func spinner(n int) string { return string(`|/-\`[n/50%4]) }
