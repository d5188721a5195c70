package eval

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

// Expected is one story's answer key.
type Expected struct {
	Story string `yaml:"story"`
	// Published maps every article ID the readers must produce to its
	// publication date (YYYY-MM-DD).
	Published map[string]string `yaml:"published"`
	// TextExcludes lists, per article, strings of page furniture (scripts,
	// menus, footers) that must never reach the article's text.
	TextExcludes map[string][]string `yaml:"text_excludes"`
	Must         []Finding           `yaml:"must"`
	MustNot      []Finding           `yaml:"must_not"`
}

// Finding describes a discrepancy that must (or must not) be reported.
// Every field that is set must hold for a discrepancy to match.
type Finding struct {
	ID   string     `yaml:"id"`
	Kind claim.Kind `yaml:"kind"`
	// Articles must all appear among the discrepancy's sides.
	Articles []string `yaml:"articles"`
	// Values are written as in the articles; each must match one side.
	Values []string `yaml:"values"`
	// Subject is words the discrepancy's subject, subject key or summary
	// contains.
	Subject string `yaml:"subject"`
	// Sentence is words one side's sentence contains.
	Sentence string `yaml:"sentence"`
	// Severity, when set, is the exact severity a must finding has
	// ("info" for an update).
	Severity string `yaml:"severity"`
	// MinSeverity is the lowest severity that counts: by default warning
	// for a must finding, info (anything) for a must-not finding.
	MinSeverity string `yaml:"min_severity"`
	Why         string `yaml:"why"`
	// KnownGap says why crosscheck currently fails this finding. The
	// evaluation logs known gaps instead of failing, and fails when one
	// starts passing so that the file gets updated.
	KnownGap string `yaml:"known_gap"`

	severity    rules.Severity
	hasSeverity bool
	minSeverity rules.Severity
}

// ExpectedError is a problem in an EXPECTED.yml file.
type ExpectedError struct {
	File    string
	Finding string // the finding's ID, or ""
	Msg     string
}

func (e *ExpectedError) Error() string {
	if e.Finding == "" {
		return e.File + ": " + e.Msg
	}
	return e.File + ": " + e.Finding + ": " + e.Msg
}

// LoadExpected reads and checks an answer key. Unknown keys, unknown kinds
// or severities, duplicate IDs and findings that say nothing are errors.
func LoadExpected(path string) (*Expected, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &ExpectedError{File: path, Msg: err.Error()}
	}
	return ParseExpected(path, data)
}

// ParseExpected decodes answer-key data; name is used in errors.
func ParseExpected(name string, data []byte) (*Expected, error) {
	var exp Expected
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&exp); err != nil && !errors.Is(err, io.EOF) {
		return nil, &ExpectedError{File: name, Msg: err.Error()}
	}
	var errs []error
	if exp.Story == "" {
		errs = append(errs, &ExpectedError{File: name, Msg: "no story name"})
	}
	if len(exp.Published) == 0 {
		errs = append(errs, &ExpectedError{File: name, Msg: "no published articles"})
	}
	seen := map[string]bool{}
	for i := range exp.Must {
		errs = append(errs, exp.Must[i].prepare(name, true, seen)...)
	}
	for i := range exp.MustNot {
		errs = append(errs, exp.MustNot[i].prepare(name, false, seen)...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &exp, nil
}

// prepare checks a finding and parses its severities.
func (f *Finding) prepare(file string, must bool, seen map[string]bool) []error {
	bad := func(format string, a ...any) error {
		return &ExpectedError{File: file, Finding: f.ID, Msg: fmt.Sprintf(format, a...)}
	}
	var errs []error
	if f.ID == "" {
		errs = append(errs, bad("finding without an id"))
	} else if seen[f.ID] {
		errs = append(errs, bad("duplicate id"))
	}
	seen[f.ID] = true
	if !validKind(f.Kind) {
		errs = append(errs, bad("unknown kind %q", f.Kind))
	}
	if f.Why == "" {
		errs = append(errs, bad("no why: say what the finding is about"))
	}
	if len(f.Articles) == 0 && len(f.Values) == 0 && f.Subject == "" && f.Sentence == "" {
		errs = append(errs, bad("matches every %s discrepancy: give articles, values, subject or sentence", f.Kind))
	}
	f.minSeverity = rules.Info
	if must {
		f.minSeverity = rules.Warning
	}
	if f.MinSeverity != "" {
		s, err := rules.ParseSeverity(f.MinSeverity)
		if err != nil {
			errs = append(errs, bad("min_severity: %v", err))
		}
		f.minSeverity = s
	}
	if f.Severity != "" {
		if !must {
			errs = append(errs, bad("severity is for must findings; use min_severity"))
		}
		s, err := rules.ParseSeverity(f.Severity)
		if err != nil {
			errs = append(errs, bad("severity: %v", err))
		}
		f.severity, f.hasSeverity = s, true
	}
	return errs
}

func validKind(k claim.Kind) bool {
	for _, known := range claim.Kinds {
		if k == known {
			return true
		}
	}
	return false
}
