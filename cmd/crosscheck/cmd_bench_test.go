package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The bench command's JSON keeps its documented keys; the figures
// themselves are machine-dependent and not judged here. It measures check
// as it runs by default (per story), and without stories when asked; the
// stories key says which.
func TestBenchJSONShape(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		stories bool
	}{{nil, true}, {[]string{"--stories=false"}, false}} {
		code, out, stderr := runCLI(t, append([]string{"bench", "--articles", "24", "--added", "4", "--drafts", "2",
			"--draft-words", "200", "--format", "json", "--dir", t.TempDir()}, tc.args...)...)
		require.Equal(t, exitClean, code, stderr)
		var got map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &got))
		for _, key := range []string{"articles", "bytes", "bleve_seconds", "crosscheck_seconds", "ratio",
			"check_seconds", "peak_rss_mb", "rounds", "added_articles", "incremental_seconds", "drafts", "draft_p50_ms", "draft_p99_ms", "stories"} {
			assert.Contains(t, got, key)
		}
		assert.EqualValues(t, 24, got["articles"])
		assert.Equal(t, tc.stories, got["stories"], "%v", tc.args)
	}
}

func TestBenchRefusesBadFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no articles", []string{"--articles", "0"}},
		{"negative added", []string{"--added", "-1"}},
		{"no rounds", []string{"--rounds", "0"}},
		{"unknown format", []string{"--format", "xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, _ := runCLI(t, append([]string{"bench"}, tt.args...)...)
			assert.NotEqual(t, exitClean, code)
		})
	}
}

func TestBenchWritesProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "mem.out")
	code, _, stderr := runCLI(t, "bench", "--articles", "8", "--added", "0", "--drafts", "0",
		"--cpuprofile", cpu, "--memprofile", mem)
	require.Equal(t, exitClean, code, stderr)
	assert.FileExists(t, cpu)
	assert.FileExists(t, mem)
}
