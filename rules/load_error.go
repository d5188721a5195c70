package rules

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// LoadError is a problem in a rule or ignore file, located by line.
type LoadError struct {
	File string
	Line int // 0 when the problem concerns the whole file
	Msg  string
}

func (e *LoadError) Error() string {
	if e.Line > 0 {
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.File + ": " + e.Msg
}

// yamlErrors turns a yaml.v3 error (often several lines) into LoadErrors.
func yamlErrors(file string, err error) []error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		out := make([]error, 0, len(te.Errors))
		for _, m := range te.Errors {
			out = append(out, lineError(file, m))
		}
		return out
	}
	return []error{lineError(file, strings.TrimPrefix(err.Error(), "yaml: "))}
}

// lineError reads yaml.v3's "line N: msg" and rewords its messages about
// Go types into the words a rule author knows.
func lineError(file, msg string) error {
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.IndexByte(rest, ':'); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				line, msg = n, strings.TrimSpace(rest[i+1:])
			}
		}
	}
	if rest, ok := strings.CutPrefix(msg, "field "); ok {
		if name, _, found := strings.Cut(rest, " not found in type "); found {
			msg = fmt.Sprintf("unknown key %q", name)
		}
	}
	return &LoadError{File: file, Line: line, Msg: goTypeWords.Replace(msg)}
}

// goTypeWords names the Go types of yaml.v3's messages as a file's author
// knows them.
var goTypeWords = strings.NewReplacer(
	"[]rules.IgnoreEntry", "a list of {id, reason} entries",
	"rules.IgnoreEntry", "an ignore entry",
	"rules.ruleFile", "a rule file (a mapping with a rules list)",
	"[]rules.ruleDoc", "a list of rules",
	"rules.ruleDoc", "a rule",
	"rules.appliesDoc", "applies_to",
	"[]rules.caseDoc", "a list of test cases",
	"rules.caseDoc", "a test case",
	"[]claim.Claim", "a list of claims",
	"claim.Claim", "a claim",
	"rules.articleDoc", "an article",
	"rules.expectDoc", "an expectation",
)

func errAt(file string, n *yaml.Node, format string, args ...any) error {
	line := 0
	if n != nil {
		line = n.Line
	}
	return &LoadError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}
