package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Values that parse but mean nothing are refused with exit 2 and a word
// on the flag, before any work is done, never replaced by a default.
func TestBadFlagValuesRefused(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	runCLI(t, "index", "--index", idx, writeFiles(t, map[string]string{"a.txt": invented["a.txt"]}))
	bad := filepath.Join(t.TempDir(), "no", "such", "dir", "mem.out")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"search no hits", []string{"search", "--index", idx, "-n", "0", "bridge"}, "--n 0: must be at least 1"},
		{"search negative hits", []string{"search", "--index", idx, "-n", "-3", "bridge"}, "--n -3"},
		{"search too many hits", []string{"search", "--index", idx, "-n", "10001", "bridge"}, "--n 10001: must be at most 10000"},
		{"search negative from", []string{"search", "--index", idx, "--from", "-1", "bridge"}, "--from -1"},
		{"search open group", []string{"search", "--index", idx, "foo AND ("}, "syntax error"},
		{"search lone plus", []string{"search", "--index", idx, "+"}, "syntax error"},
		{"check negative width", []string{"check", "--width", "-5"}, "--width -5"},
		{"check tiny width", []string{"check", "--width", "3"}, "--width 3"},
		{"check zero max size", []string{"check", "--max-size", "0"}, "--max-size 0"},
		{"check negative max size", []string{"check", "--max-size", "-1"}, "--max-size -1"},
		{"check NaN max size", []string{"check", "--max-size", "nan"}, "--max-size NaN"},
		{"index infinite max size", []string{"index", "--index", idx, "--max-size", "inf", "."}, "--max-size +Inf"},
		{"claims zero max size", []string{"claims", "--max-size", "0"}, "--max-size 0"},
		{"bench negative draft words", []string{"bench", "--draft-words", "-1"}, "--draft-words -1"},
		{"bench profile to a missing folder", []string{"bench", "--articles", "30", "--added", "0", "--drafts", "0", "--memprofile", bad}, "no such file"},
		{"bench cpu profile to a missing folder", []string{"bench", "--articles", "30", "--added", "0", "--drafts", "0", "--cpuprofile", bad}, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, tt.args...)
			assert.Equal(t, exitUsage, code, stderr)
			assert.Contains(t, stderr, tt.want)
			assert.NotContains(t, out, "hits", "no search ran")
		})
	}
	_, err := os.Stat(bad)
	assert.ErrorIs(t, err, os.ErrNotExist)
}
