package read

import (
	"errors"
	"strconv"
)

// Kinds of reading problems, for callers that treat them differently
// (errors.Is(problem, ErrDuplicateArticleID)).
var (
	ErrPathMissing        = errors.New("no such file or directory")
	ErrFileUnreadable     = errors.New("cannot read file")
	ErrFileBinary         = errors.New("binary file")
	ErrFileEmpty          = errors.New("empty file")
	ErrFileTooLarge       = errors.New("file too large")
	ErrUnsupportedFormat  = errors.New("unsupported file extension")
	ErrRecordMalformed    = errors.New("malformed record")
	ErrRecordNoText       = errors.New("record has no text")
	ErrUnparsedDate       = errors.New("date not understood")
	ErrDuplicateArticleID = errors.New("duplicate article id")
	// ErrInvalidUTF8: bad bytes in UTF-8 text were replaced (a note).
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrHTMLUnstructured: a page too deeply nested to parse was read as
	// plain words, without structure or metadata (a warning).
	ErrHTMLUnstructured = errors.New("HTML read without structure")
	// ErrInternal is a failure of crosscheck itself on one article (a bug,
	// not bad input): the article is left out and the run goes on.
	ErrInternal = errors.New("internal error")
)

// Problem is something a reader could not use. Reading goes on after a
// problem; nothing is dropped without one.
type Problem struct {
	Path   string
	Line   int // 1-based line, 0 when the problem concerns the whole file
	Reason string
	// Err is the kind of problem, one of the Err* values above.
	Err error `json:"-"`
}

// Error formats the problem as "path:line: reason" (line omitted when 0).
func (p Problem) Error() string {
	s := p.Path
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
	}
	if s == "" {
		return p.Reason
	}
	return s + ": " + p.Reason
}

// Kept reports whether the article the problem is about was read all
// the same (a note, not a skipped input).
func (p Problem) Kept() bool {
	for _, k := range []error{ErrUnparsedDate, ErrDuplicateArticleID, ErrArticleIDChanged, ErrInvalidUTF8, ErrHTMLUnstructured} {
		if errors.Is(p.Err, k) {
			return true
		}
	}
	return false
}

// Unwrap exposes the kind of problem to errors.Is.
func (p Problem) Unwrap() error { return p.Err }

func newReadProblem(path string, line int, kind error, reason string) Problem {
	return Problem{Path: path, Line: line, Reason: reason, Err: kind}
}
