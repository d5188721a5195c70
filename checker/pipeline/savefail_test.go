package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
)

// blockStateFile makes saving the check state fail: a directory stands
// where the state file goes, so the rename into place fails (as a full
// disk or a read-only folder would make it fail).
func blockStateFile(t *testing.T, dir string) {
	t.Helper()
	p := filepath.Join(dir, "crosscheck.state")
	require.NoError(t, os.RemoveAll(p))
	require.NoError(t, os.MkdirAll(filepath.Join(p, "x"), 0o755))
}

// A check whose state cannot be saved still returns its whole report,
// with a warning; the same report as when the save works.
func TestCheckReportSurvivesFailedSave(t *testing.T) {
	opt := testOptions(t)
	good := openIndex(t, "good")
	want, _ := check(t, generated(3, 0, 40), good, opt)
	require.NotEmpty(t, want.Discrepancies)
	assert.Empty(t, want.Warnings)

	bad := openIndex(t, "bad")
	blockStateFile(t, bad.Path())
	got, _, err := pipeline.Check(generated(3, 0, 40), bad, opt)
	require.NoError(t, err)
	require.Len(t, got.Warnings, 1)
	assert.Contains(t, got.Warnings[0], "the report is complete")
	assert.Equal(t, len(want.Discrepancies), len(got.Discrepancies))

	// Nothing new: the incremental path, still unable to save.
	again, err := pipeline.CheckIndex(bad, opt)
	require.NoError(t, err)
	assert.Equal(t, len(want.Discrepancies), len(again.Discrepancies))
	assert.NotEmpty(t, again.Warnings)
}
