package web

import (
	"errors"
	"fmt"
	"net/http"
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

// humanBytes writes a byte count the way --max-body takes it.
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// errInternal stands for any server fault in an answer.
var errInternal = errors.New("internal server error")
