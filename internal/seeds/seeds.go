// Package seeds finds the seed articles (../shared/seeds beside the
// repository) for tests. With CI set, a missing folder fails the test
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
	root, err := moduleRoot()
	if err == nil {
		dir := filepath.Join(filepath.Dir(root), "shared", "seeds")
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	if os.Getenv("CI") != "" {
		tb.Fatalf("seed articles not found beside the repository (../shared/seeds) and CI is set")
	}
	tb.Skip("seed articles not found beside the repository (../shared/seeds)")
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
