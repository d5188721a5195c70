package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/corpus"
)

// The exit status a run's reading problems call for: an internal error
// outranks a skipped file; kept articles with a note change nothing.
func TestReportProblemsStatus(t *testing.T) {
	internal := corpus.Problem{Path: "feed.jsonl", Line: 7, Reason: "internal error: boom", Err: corpus.ErrInternal}
	skipped := corpus.Problem{Path: "x.html", Reason: "binary file", Err: corpus.ErrFileBinary}
	date := corpus.Problem{Path: "y.md", Reason: "date", Err: corpus.ErrUnparsedDate}
	for _, c := range []struct {
		name string
		ps   []corpus.Problem
		want int
	}{
		{"none", nil, exitClean},
		{"kept with a note", []corpus.Problem{date}, exitClean},
		{"skipped", []corpus.Problem{date, skipped}, exitUsage},
		{"internal", []corpus.Problem{internal}, exitInternal},
		{"internal and skipped", []corpus.Problem{skipped, internal, skipped}, exitInternal},
	} {
		t.Run(c.name, func(t *testing.T) {
			var errb bytes.Buffer
			got := reportProblems(&env{stderr: &errb}, corpus.ReadStats{}, c.ps)
			assert.Equal(t, c.want, got)
			if c.want == exitInternal {
				assert.Contains(t, errb.String(), "feed.jsonl:7: internal error")
			}
		})
	}
	assert.Equal(t, exitInternal, fail(&env{stderr: &bytes.Buffer{}}, "check", internal))
}
