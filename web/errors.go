package web

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Errors New returns for a server it cannot build.
var (
	ErrNoIndex = errors.New("web: no index given")
	ErrNoRules = errors.New("web: no rule set in the pipeline options")
)

// requestError is a client's mistake: it carries the HTTP status to answer
// with and a message meant for the person who made the request.
type requestError struct {
	Status int
	Msg    string
	// RetryAfter, in seconds, is sent as Retry-After when positive: the
	// server is busy, not the request wrong.
	RetryAfter int
}

func (e *requestError) Error() string { return e.Msg }

func badRequest(format string, args ...any) error {
	return &requestError{Status: http.StatusBadRequest, Msg: fmt.Sprintf(format, args...)}
}

// statusOf is the status to answer an error with: the request error's own,
// 413 for a body over the cap, else 500.
func statusOf(err error) int {
	var re *requestError
	if errors.As(err, &re) {
		return re.Status
	}
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}

// publicMessage is what a client may read about err: request errors are
// shown as they are, server faults only by their status text, since they
// may name files on the server.
func publicMessage(err error, maxBody int64) string {
	switch status := statusOf(err); status {
	case http.StatusRequestEntityTooLarge:
		return fmt.Sprintf("the request body is larger than the server's limit of %s", humanBytes(maxBody))
	case http.StatusInternalServerError:
		return "internal server error"
	default:
		return err.Error()
	}
}

// humanBytes writes a byte count the way --max-body takes it; a count
// that is no whole number of KB or MB is given to one decimal.
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKB", n>>10)
	case n >= 1<<20:
		return fmt.Sprintf("%.1fMB", float64(n)/(1<<20))
	case n >= 10<<10:
		return fmt.Sprintf("%.1fKB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// errInternal stands for any server fault in an answer.
var errInternal = errors.New("internal server error")

// retryAfter is the Retry-After an error asks for, 0 for none.
func retryAfter(err error) int {
	var re *requestError
	if errors.As(err, &re) {
		return re.RetryAfter
	}
	return 0
}

// bodyTimeout is the answer to a body that stopped arriving before the
// server's read deadline: the client's (or its network's) fault, 408.
func bodyTimeout(err error) error {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return &requestError{Status: http.StatusRequestTimeout,
			Msg: fmt.Sprintf("the request body did not arrive within the server's %s read timeout; send it again", ReadTimeout)}
	}
	return nil
}

// fmtSeconds writes a duration for a message: "20s", "1m30s".
func fmtSeconds(d time.Duration) string { return d.Round(time.Second).String() }
