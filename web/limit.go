package web

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// Defaults of the draft-check limits (Config fields of the same names).
const (
	DefaultDraftTimeout   = 20 * time.Second
	DefaultDraftQueueWait = 5 * time.Second
	// draftRetryAfter is the Retry-After, in seconds, of a busy answer.
	draftRetryAfter = 5
)

// draftGate bounds draft checks: at most cap(slots) run at once, and at
// most cap(tickets) are admitted at all (running or waiting, each
// holding its body in memory). A request past either bound is told to
// come back later instead of queueing without end.
type draftGate struct {
	tickets chan struct{}
	slots   chan struct{}
	wait    time.Duration
	timeout time.Duration
	busy    error
	what    string // "draft check", "search": what a timeout message names
}

func newDraftGate(running, waiting int, wait, timeout time.Duration, what string) *draftGate {
	return &draftGate{
		tickets: make(chan struct{}, running+waiting),
		slots:   make(chan struct{}, running),
		wait:    wait,
		timeout: timeout,
		what:    what,
		busy: &requestError{Status: http.StatusServiceUnavailable, RetryAfter: draftRetryAfter,
			Msg: "the server is busy with other requests (" + what + "es at the limit); try again in a few seconds"},
	}
}

// admit takes a ticket before the body is read, or fails at once with
// errBusy; leave gives it back.
func (g *draftGate) admit() (leave func(), err error) {
	select {
	case g.tickets <- struct{}{}:
		return func() { <-g.tickets }, nil
	default:
		return nil, g.busy
	}
}

// run waits (up to g.wait) for a slot, then calls check with a context
// that ends when the request's does or after g.timeout. A check cut
// short by its deadline is a 503 that says the limit; one whose client
// went away needs no answer anyone reads.
func (g *draftGate) run(ctx context.Context, check func(context.Context) error) error {
	timer := time.NewTimer(g.wait)
	defer timer.Stop()
	select {
	case g.slots <- struct{}{}:
	case <-timer.C:
		return g.busy
	case <-ctx.Done():
		return errGone
	}
	defer func() { <-g.slots }()
	cctx, cancel := context.WithTimeout(ctx, g.timeout)
	defer cancel()
	err := check(cctx)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		return &requestError{Status: http.StatusServiceUnavailable,
			Msg: "the " + g.what + " took longer than the server's limit of " + fmtSeconds(g.timeout) + "; " + shorter[g.what]}
	case ctx.Err() != nil:
		return errGone
	}
	return err
}

// errGone stands for a request whose client left: nobody reads the
// answer, but it must not count as a server fault.
var errGone = &requestError{Status: statusClientClosed, Msg: "the client closed the request"}

// statusClientClosed is the (nginx) status for a request abandoned by its
// client; it only reaches logs.
const statusClientClosed = 499

// shorter says what to do about a request that took too long.
var shorter = map[string]string{
	"draft check": "check a shorter draft (or split it)",
	"search":      "try a simpler query (fewer patterns)",
}

// search gate defaults: searches are short, so more run at once.
const (
	searchesPerCPU = 4
	searchTimeout  = 30 * time.Second
)
