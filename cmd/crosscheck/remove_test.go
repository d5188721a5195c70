package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/sample"
)

// copySample writes the built-in sample corpus into a fresh folder.
func copySample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(sample.FS(), sample.Root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sample.FS(), p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, d.Name()), b, 0o644)
	})
	require.NoError(t, err)
	return dir
}

// runCheckJSON runs check with --format json and decodes the report.
func runCheckJSON(t *testing.T, args ...string) (pipeline.Report, string) {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"check", "--format", "json", "--fail-on", "none"}, args...)...)
	require.Equal(t, exitClean, code, stderr)
	var rep pipeline.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	return rep, stderr
}

// citing counts the discrepancies with a side in article id.
func citing(rep pipeline.Report, id string) int {
	n := 0
	for _, d := range rep.Discrepancies {
		for _, c := range d.Claims {
			if c.Article == id {
				n++
				break
			}
		}
	}
	return n
}

// Checking a folder checks what is in it now: a deleted file's article
// leaves the index and its findings leave the report, whether the check
// after is incremental (a saved state) or full.
func TestCheckForgetsDeletedFile(t *testing.T) {
	for _, fresh := range []bool{false, true} {
		name := map[bool]string{false: "incremental", true: "full"}[fresh]
		t.Run(name, func(t *testing.T) {
			dir := copySample(t)
			idx := filepath.Join(t.TempDir(), "idx")
			rep, _ := runCheckJSON(t, "--index", idx, dir)
			const gone = "skerran-04-ledger"
			require.Positive(t, citing(rep, gone), "the sample has findings citing %s", gone)
			before := rep.Articles

			require.NoError(t, os.Remove(filepath.Join(dir, gone+".json")))
			if fresh {
				require.NoError(t, os.Remove(filepath.Join(idx, "crosscheck.state")))
			}
			rep, stderr := runCheckJSON(t, "--index", idx, dir)
			assert.Zero(t, citing(rep, gone))
			assert.Equal(t, before-1, rep.Articles)
			assert.Equal(t, []string{gone}, rep.Removed)
			assert.Contains(t, stderr, "removed 1 article no longer in "+dir+": "+gone)

			// The index no longer holds it either.
			rep, _ = runCheckJSON(t, "--index", idx)
			assert.Zero(t, citing(rep, gone))
			assert.Equal(t, before-1, rep.Articles)
		})
	}
}

// Articles read from elsewhere are not removed by checking one folder.
func TestCheckKeepsArticlesFromOtherPaths(t *testing.T) {
	dir := copySample(t)
	other := writeFiles(t, map[string]string{"a.txt": invented["a.txt"]})
	idx := filepath.Join(t.TempDir(), "idx")
	runCheckJSON(t, "--index", idx, other)
	rep, stderr := runCheckJSON(t, "--index", idx, dir)
	assert.Empty(t, rep.Removed)
	assert.NotContains(t, stderr, "removed")
	code, out, _ := runCLI(t, "list", "--index", idx)
	require.Equal(t, exitClean, code)
	assert.Contains(t, out, "| a ")
	assert.Contains(t, out, "8 articles")
}

// `crosscheck remove ID…` takes articles out of an index built from
// several sources; the next check forgets their findings.
func TestRemoveByID(t *testing.T) {
	dir := copySample(t)
	idx := filepath.Join(t.TempDir(), "idx")
	rep, _ := runCheckJSON(t, "--index", idx, dir)
	const gone = "skerran-01-gazette"
	require.Positive(t, citing(rep, gone))

	code, out, stderr := runCLI(t, "remove", "--index", idx, gone)
	require.Equal(t, exitClean, code, stderr)
	assert.Equal(t, "removed 1 article\n", out)

	rep, _ = runCheckJSON(t, "--index", idx)
	assert.Zero(t, citing(rep, gone))

	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"unknown id", []string{"remove", "--index", idx, "no-such-article"}, exitUsage, "not in the index: no-such-article"},
		{"no id", []string{"remove", "--index", idx}, exitUsage, "no ID given"},
		{"no index", []string{"remove", "--index", filepath.Join(t.TempDir(), "none"), "a"}, exitUsage, "no index at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, stderr, tt.stderr)
		})
	}
}

// `index PATH` reads what is in PATH now too.
func TestIndexForgetsDeletedFile(t *testing.T) {
	dir := copySample(t)
	idx := filepath.Join(t.TempDir(), "idx")
	code, _, stderr := runCLI(t, "index", "--index", idx, dir)
	require.Equal(t, exitClean, code, stderr)
	require.NoError(t, os.Remove(filepath.Join(dir, "skerran-05-coastline.txt")))
	code, _, stderr = runCLI(t, "index", "--index", idx, dir)
	require.Equal(t, exitClean, code, stderr)
	assert.Contains(t, stderr, "removed 1 article no longer in "+dir+": skerran-05-coastline")
	_, out, _ := runCLI(t, "list", "--index", idx)
	assert.NotContains(t, out, "skerran-05-coastline")
	assert.Contains(t, out, "6 articles", "seven sample articles, one gone")
}
