package main

import (
	"bytes"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The exit status a run's reading problems call for: an internal error
// outranks a skipped file; kept articles with a note change nothing.
func TestReportProblemsStatus(t *testing.T) {
	internal := read.Problem{Path: "feed.jsonl", Line: 7, Reason: "internal error: boom", Err: read.ErrInternal}
	skipped := read.Problem{Path: "x.html", Reason: "binary file", Err: read.ErrFileBinary}
	date := read.Problem{Path: "y.md", Reason: "date", Err: read.ErrUnparsedDate}
	for _, c := range []struct {
		name string
		ps   []read.Problem
		want int
	}{
		{"none", nil, exitClean},
		{"kept with a note", []read.Problem{date}, exitClean},
		{"skipped", []read.Problem{date, skipped}, exitUsage},
		{"internal", []read.Problem{internal}, exitInternal},
		{"internal and skipped", []read.Problem{skipped, internal, skipped}, exitInternal},
	} {
		t.Run(c.name, func(t *testing.T) {
			var errb bytes.Buffer
			got := reportProblems(&env{stderr: &errb}, read.Stats{}, c.ps)
			assert.Equal(t, c.want, got)
			if c.want == exitInternal {
				assert.Contains(t, errb.String(), "feed.jsonl:7: internal error")
			}
		})
	}
	assert.Equal(t, exitInternal, fail(&env{stderr: &bytes.Buffer{}}, "check", internal))
}

// Reading nothing is said (an empty folder, a JSON file holding []);
// an ignore entry that matches nothing is said after the report.
func TestWarningsForNothingRead(t *testing.T) {
	for _, files := range []map[string]string{
		{"keep/.hidden": "x"},
		{"empty.json": "[]"},
	} {
		dir := writeFiles(t, files)
		code, _, stderr := runCLI(t, "index", "--index", t.TempDir()+"/idx", dir)
		assert.Equal(t, exitClean, code)
		assert.Contains(t, stderr, "warning: 0 articles read")
	}
	dir := writeFiles(t, map[string]string{"a.txt": invented["a.txt"], "ig.yaml": "- id: no-such-thing\n  reason: typo\n"})
	code, out, stderr := runCLI(t, "check", "--index", t.TempDir()+"/idx", "--ignore", dir+"/ig.yaml", dir+"/a.txt")
	assert.Contains(t, []int{exitClean, exitFound}, code, stderr)
	assert.NotEmpty(t, out)
	assert.Contains(t, stderr, `ig.yaml:1: ignore entry "no-such-thing" matches no discrepancy and no rule`)
}

// A draft check loads its rules on the side: an ignore entry naming a
// rule is still known to be a rule, never reported as matching nothing.
func TestAgainstIgnoreKnowsTheRules(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": invented["a.txt"], "ig.yaml": "- id: calendar\n  reason: datelines are set by the CMS\n- id: no-such-thing\n  reason: typo\n"})
	idx := t.TempDir() + "/idx"
	code, _, stderr := runCLI(t, "index", "--index", idx, dir+"/a.txt")
	require.Equal(t, exitClean, code, stderr)
	code, _, stderr = runCLI(t, "check", "--index", idx, "--against", "--ignore", dir+"/ig.yaml", dir+"/a.txt")
	assert.Contains(t, []int{exitClean, exitFound}, code, stderr)
	assert.NotContains(t, stderr, `ignore entry "calendar"`)
	assert.Contains(t, stderr, `ignore entry "no-such-thing" matches no discrepancy and no rule`)
}
