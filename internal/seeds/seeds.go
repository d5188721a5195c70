// Package seeds finds the seed articles (../shared/seeds beside the
// repository) and the other shared evaluation data for tests. With CI set, a missing folder fails the test
// instead of skipping it, so CI can never pass by not looking.
package seeds

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the absolute path of the seed articles, or ends the test:
// t.Fatal when the environment variable CI is set, t.Skip otherwise.
func Dir(tb testing.TB) string {
	tb.Helper()
	return Shared(tb, "seeds")
}

// Shared returns the absolute path of rel inside ../shared beside the
// repository (evaluation data such as "data/ecbplus/dev.jsonl"), or ends
// the test the same way as Dir: fatal under CI, skipped elsewhere.
func Shared(tb testing.TB, rel string) string {
	tb.Helper()
	root, err := moduleRoot()
	if err == nil {
		p := filepath.Join(filepath.Dir(root), "shared", filepath.FromSlash(rel))
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		tb.Fatalf("%s not found beside the repository (../shared/%s) and CI is set", rel, rel)
	}
	tb.Skipf("%s not found beside the repository (../shared/%s)", rel, rel)
	return ""
}

// File returns the path of one seed file by name.
func File(tb testing.TB, name string) string {
	tb.Helper()
	return filepath.Join(Dir(tb), name)
}

// moduleRoot walks up from the working directory to the folder with go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
