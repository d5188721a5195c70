package extract

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
)

// InternalError describes a panic v raised while processing article a as
// a problem naming the article (path and line, else its id) and the code
// that failed, so that the report points at the input to send with a bug
// report.
func InternalError(a *article.Article, v any) error {
	p := read.Problem{Err: read.ErrInternal}
	what := ""
	if a != nil {
		p.Path, p.Line = a.Path, a.Line
		what = a.ID
		if p.Path == "" {
			p.Path = a.ID
			what = ""
		}
	}
	p.Reason = "internal error: extraction failed"
	if what != "" {
		p.Reason += " on article " + what
	}
	p.Reason += fmt.Sprintf(": %v%s; the article was left out, the run went on (please report this with the article)", v, panicSite())
	return p
}

// panicSite names the first crosscheck function below the panic: the
// place a bug report needs, without a whole stack trace.
func panicSite() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if strings.Contains(f.Function, "crosscheck/") && !strings.Contains(f.Function, "/extract.") && !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf(" at %s:%d", trimPath(f.File), f.Line)
		}
		if !more {
			return ""
		}
	}
}

func trimPath(file string) string {
	if i := strings.LastIndex(file, "/crosscheck/"); i >= 0 {
		return file[i+len("/crosscheck/"):]
	}
	return file
}
