package coref

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/yamlc"
	"github.com/crosscheck/crosscheck/internal/yamlc/yamlctest"
)

// The compiled data is the YAML as it is now: edited YAML is parsed (and
// slower) until data.yamlc is made again with go generate.
func TestCompiledYAML(t *testing.T) {
	files, err := yamlc.Files(dataFS, "data/*.yml")
	if err != nil {
		t.Fatal(err)
	}
	yamlctest.Check(t, yamlSet, files, "./checker/coref")
}

// Every loader finds its file compiled: one that asks under another name
// would parse the YAML at every run.
func TestLoadersFindCompiledYAML(t *testing.T) {
	yamlctest.CheckLoaded(t, yamlSet, func() {
		Prepare()
	})
}
