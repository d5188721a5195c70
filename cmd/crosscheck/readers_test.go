package main

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// While another process holds the index for writing (a running server
// once did, an indexer does), every read command works.
func TestReadCommandsBesideAWriter(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	dir := writeFiles(t, map[string]string{"a.txt": invented["a.txt"], "b.md": invented["b.md"]})
	code, _, stderr := runCLI(t, "index", "--index", idx, dir)
	require.Equal(t, exitClean, code, stderr)

	w, err := store.OpenIndex(idx)
	require.NoError(t, err)
	defer w.Close()
	draft := writeFiles(t, map[string]string{"draft.txt": "Monday, March 3, 2025\nThe Orvel bridge was closed on Monday.\n"})
	for _, args := range [][]string{
		{"list", "--index", idx},
		{"search", "--index", idx, "Orvel"},
		{"check", "--index", idx},
		{"check", "--index", idx, "--against", filepath.Join(draft, "draft.txt")},
	} {
		t.Run(args[0]+" "+args[len(args)-1], func(t *testing.T) {
			code, out, stderr := runCLI(t, args...)
			assert.Contains(t, []int{exitClean, exitFound}, code, stderr)
			assert.NotContains(t, stderr, "in use by another")
			assert.NotEmpty(t, out)
		})
	}
}
