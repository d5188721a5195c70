package layers

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestArchitectureAgrees keeps ARCHITECTURE.md's layers block and the code
// in agreement: every package placed once, every entry used, imports only
// downwards.
func TestArchitectureAgrees(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	root, err := Root(wd)
	require.NoError(t, err)
	module, err := ModulePath(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	doc, err := os.ReadFile(filepath.Join(root, "ARCHITECTURE.md"))
	require.NoError(t, err)
	order, err := Parse(string(doc))
	require.NoError(t, err)
	imports, err := Imports(root, module)
	require.NoError(t, err)
	require.NotEmpty(t, imports)
	assert.Empty(t, order.Check(imports), "ARCHITECTURE.md's layers block and the code disagree")
}

func TestCheck(t *testing.T) {
	order := Order{Layers: [][]string{{"a", "b"}, {"c"}, {"cmd/..."}}}
	tests := []struct {
		name    string
		imports map[string][]string
		want    []string
	}{
		{"downwards only", map[string][]string{"a": nil, "b": nil, "c": {"a", "b"}, "cmd/x": {"c"}}, nil},
		{"upwards", map[string][]string{"a": {"c"}, "b": nil, "c": nil, "cmd/x": nil},
			[]string{"a (layer 1) imports c (layer 2): a package may import only lower layers"}},
		{"same layer", map[string][]string{"a": {"b"}, "b": nil, "c": nil, "cmd/x": nil},
			[]string{"a (layer 1) imports b (layer 1): a package may import only lower layers"}},
		{"unplaced package", map[string][]string{"a": nil, "b": nil, "c": nil, "cmd/x": nil, "d": nil},
			[]string{"package d is in no layer"}},
		{"stale entry", map[string][]string{"a": nil, "b": nil, "cmd/x": nil},
			[]string{"layer entry c names no package"}},
		{"pattern matches the folder itself and below", map[string][]string{"a": nil, "b": nil, "c": nil, "cmd": nil, "cmd/x/y": {"cmd"}},
			[]string{"cmd/x/y (layer 3) imports cmd (layer 3): a package may import only lower layers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, order.Check(tt.imports))
		})
	}
}

func TestCheckPlacedTwice(t *testing.T) {
	order := Order{Layers: [][]string{{"x/..."}, {"x/y"}}}
	assert.Equal(t, []string{"package x/y is placed more than once (x/..., x/y)"}, order.Check(map[string][]string{"x/y": nil}))
}

func TestParse(t *testing.T) {
	o, err := Parse("# T\n\n```layers\na b\n\nc\n```\n\n```layers\nz\n```\n")
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"a", "b"}, {"c"}}, o.Layers)

	for _, bad := range []string{"no block", "```layers\na\n", "```layers\n```\n"} {
		_, err := Parse(bad)
		assert.Error(t, err, bad)
	}
}
