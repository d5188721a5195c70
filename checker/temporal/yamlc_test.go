package temporal

import (
	"flag"
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/internal/yamlc"
)

var updateYAMLC = flag.Bool("update-yamlc", false, "rewrite data.yamlc from data/*.yml")

// The compiled data is the YAML as it is now: edited YAML is parsed (and
// slower) until data.yamlc is made again with go generate.
func TestCompiledYAML(t *testing.T) {
	files, err := yamlc.Files(os.DirFS("."), "data/*.yml")
	if err != nil {
		t.Fatal(err)
	}
	if *updateYAMLC {
		b, err := yamlc.Compile(files)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("data.yamlc", b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err := yamlSet.Current(files); err != nil {
		t.Fatalf("%v: run go generate ./checker/temporal", err)
	}
}
