package kb

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite compiled.gob from data/*.yml")

// The compiled form is exactly what compiling the YAML gives now: a YAML
// edit without `go generate ./rules/kb` fails here.
func TestCompiledMatchesYAML(t *testing.T) {
	files, err := embeddedFiles()
	require.NoError(t, err)
	require.NotEmpty(t, files)
	want, err := compile(files)
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("compiled.gob", want, 0o644))
		return
	}
	require.Equal(t, want, compiledData, "compiled.gob is stale: run go generate ./rules/kb")
}

// Loading from the compiled form builds the same knowledge base as
// parsing the YAML, field by field and line by line.
func TestCompiledLoadsLikeYAML(t *testing.T) {
	files, err := embeddedFiles()
	require.NoError(t, err)
	fromYAML, err := build(parseAll(files))
	require.NoError(t, err)
	fromGob, err := Load()
	require.NoError(t, err)

	assert.Equal(t, dumpKB(t, fromYAML), dumpKB(t, fromGob))
	assert.Equal(t, fromYAML.Validate(), fromGob.Validate())
	// The lookups agree too (they are built from the same data).
	for _, p := range fromYAML.Places {
		for _, w := range append([]string{p.Name}, p.Aliases...) {
			assert.Equal(t, keysOf(fromYAML.placesByWord[normWord(w)]), keysOf(fromGob.placesByWord[normWord(w)]), w)
		}
	}
}

// dumpKB lists every entry with its exported fields (as JSON, where an
// empty list and a missing one read alike), its file and line.
func dumpKB(t *testing.T, k *KB) []string {
	t.Helper()
	var out []string
	add := func(v any, file string, line int) {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		out = append(out, fmt.Sprintf("%s:%d %s", file, line, b))
	}
	for _, p := range k.Places {
		add(p, p.file, p.line)
	}
	for _, in := range k.Institutions {
		add(in, in.file, in.line)
	}
	for _, o := range k.Offices {
		add(o, o.file, o.line)
		for i := range o.Terms {
			tm := &o.Terms[i]
			add(tm, o.Key, tm.line)
			out = append(out, fmt.Sprintf("%s %s %s", o.Key, tm.start, tm.end))
		}
	}
	return out
}

func keysOf(ps []*Place) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Key)
	}
	return out
}

// A compiled form that does not decode, or of another version, is an
// error that says how to rebuild it, never a silently empty base.
func TestDecodeCompiledRejectsBadData(t *testing.T) {
	_, err := decodeCompiled([]byte("not gob"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "go generate")
}

func BenchmarkLoadCompiled(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadYAML(b *testing.B) {
	files, err := embeddedFiles()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := build(parseAll(files)); err != nil {
			b.Fatal(err)
		}
	}
}
