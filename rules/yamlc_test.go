package rules

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/yamlc"
	"github.com/crosscheck/crosscheck/internal/yamlc/yamlctest"
)

// The compiled data is the YAML as it is now: edited YAML is parsed (and
// slower) until data.yamlc is made again with go generate.
func TestCompiledYAML(t *testing.T) {
	data, err := yamlc.Files(defaultFiles, "data/*.yml")
	if err != nil {
		t.Fatal(err)
	}
	// by the names Load gives the built-in files
	files := map[string][]byte{}
	for name, b := range data {
		files["rules/"+name] = b
	}
	yamlctest.Check(t, yamlSet, files, "./rules")
}

// Every loader finds its file compiled: one that asks under another name
// would parse the YAML at every run.
func TestLoadersFindCompiledYAML(t *testing.T) {
	yamlctest.CheckLoaded(t, yamlSet, func() {
		if _, err := Default(); err != nil {
			t.Fatal(err)
		}
	})
}
