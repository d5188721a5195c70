// Package yamlctest is the one test every package with compiled YAML
// runs: its data.yamlc is its YAML files as they are now, and
// `go test -run TestCompiledYAML -update-yamlc .` (what go generate runs)
// writes it again.
package yamlctest

import (
	"flag"
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/internal/yamlc"
)

var update = flag.Bool("update-yamlc", false, "rewrite data.yamlc from data/*.yml")

// CheckLoaded runs load, which should make the package read every file
// of its compiled set, and fails t when a loader did not find one compiled
// under the name it asked for (yamlc.Set.Unasked).
func CheckLoaded(t *testing.T, set *yamlc.Set, load func()) {
	t.Helper()
	load()
	for _, p := range set.Unasked() {
		t.Errorf("%s is compiled but no loader found it (one that asks under another name than the file's parses its YAML at every run)", p)
	}
	// every file decoded into a plain Go type takes the fast path, and
	// comes out as yaml.Unmarshal makes it
	if err := set.Equivalent(); err != nil {
		t.Error(err)
	}
}

// Check fails t when set, the package's compiled data, is not files
// compiled, naming pkg (as go generate takes it) in the message; with
// -update-yamlc it rewrites data.yamlc in the test's directory instead.
func Check(t *testing.T, set *yamlc.Set, files map[string][]byte, pkg string) {
	t.Helper()
	if *update {
		b, err := yamlc.Compile(files)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("data.yamlc", b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err := set.Current(files); err != nil {
		t.Fatalf("%v: run go generate %s", err, pkg)
	}
}
