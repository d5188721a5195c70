package store

import (
	"errors"
	"fmt"
)

// Errors callers of the index tell apart with errors.Is.
var (
	// ErrIndexLocked: another process (or another open in this one) holds
	// the index for writing.
	ErrIndexLocked = errors.New("index is locked")
	// ErrNotIndex: the path exists but does not hold a crosscheck index.
	ErrNotIndex = errors.New("not a crosscheck index")
	// ErrIndexDamaged: the path holds a crosscheck index that cannot be
	// used as it is (a missing segment, an empty root.bolt).
	ErrIndexDamaged = errors.New("index is damaged")
	// ErrNoIndex: a read-only open found no index at the path.
	ErrNoIndex = errors.New("no index")
	// ErrNotFound: no article with the ID asked for.
	ErrNotFound = errors.New("article not found")
	// ErrReadOnly: a write on an index opened read-only.
	ErrReadOnly = errors.New("index is open read-only")
	// ErrBadDoc: a Doc without an article or without an ID.
	ErrBadDoc = errors.New("document has no article or no ID")
)

// IndexError is an index failure tied to a path. Err is one of the
// sentinel errors above; Cause is the underlying error, if any.
type IndexError struct {
	Path  string
	Err   error
	Cause error
}

func (e *IndexError) Error() string {
	var msg string
	switch e.Err {
	case ErrIndexLocked:
		msg = fmt.Sprintf("another crosscheck process holds the index at %s", e.Path)
	case ErrNotIndex:
		msg = fmt.Sprintf("%s exists but is not a crosscheck index", e.Path)
	case ErrNoIndex:
		msg = fmt.Sprintf("no index at %s", e.Path)
	case ErrIndexDamaged:
		msg = fmt.Sprintf("the index at %s is damaged", e.Path)
	default:
		msg = fmt.Sprintf("index %s: %v", e.Path, e.Err)
	}
	if e.Cause != nil {
		msg += " (" + e.Cause.Error() + ")"
	}
	if e.Err == ErrIndexDamaged || errors.Is(e.Cause, errUnfinished) {
		msg += fmt.Sprintf("; remove the folder (rm -r %s) and index the articles again", e.Path)
	}
	return msg
}

// Unwrap lets errors.Is match both the sentinel and the cause.
func (e *IndexError) Unwrap() []error {
	if e.Cause == nil {
		return []error{e.Err}
	}
	return []error{e.Err, e.Cause}
}
