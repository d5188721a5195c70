package yamlc

import (
	"reflect"
	"testing"

	"gopkg.in/yaml.v3"
)

var samples = map[string]string{
	"plain.yml": `# a head comment
words: [alpha, "beta", 'gamma']   # a line comment
nested:
  - name: Tovar Quell
    age: 54
    tags: {a: 1, b: two}
  - |
    a literal
    block
  - >
    a folded
    block
empty:
nulls: ~
# a foot comment
`,
	"anchors.yml": `base: &b
  x: 1
  y: [1, 2]
other:
  <<: *b
  z: 3
again: *b
`,
	"empty.yml":  ``,
	"scalar.yml": `just a string`,
	"multi.yml":  "a: 1\n---\nb: 2\n",
}

func files() map[string][]byte {
	m := map[string][]byte{}
	for k, v := range samples {
		m[k] = []byte(v)
	}
	return m
}

func compiled(t *testing.T) *Set {
	t.Helper()
	b, err := Compile(files())
	if err != nil {
		t.Fatal(err)
	}
	return New(string(b))
}

func TestTreeEqualsParse(t *testing.T) {
	s := compiled(t)
	if err := s.Current(files()); err != nil {
		t.Fatal(err)
	}
	for name, src := range samples {
		var want yaml.Node
		if err := yaml.Unmarshal([]byte(src), &want); err != nil {
			t.Fatal(err)
		}
		got, ok := s.Node(name, []byte(src))
		if !ok {
			t.Fatalf("%s: not compiled", name)
		}
		if want.Kind == 0 {
			if got != nil {
				t.Errorf("%s: empty document gave %+v", name, got)
			}
			continue
		}
		if !reflect.DeepEqual(got, &want) {
			t.Errorf("%s: tree differs from the parse", name)
		}
	}
}

func TestUnmarshalAsYAML(t *testing.T) {
	s := compiled(t)
	type doc struct {
		Words  []string `yaml:"words"`
		Nested []any    `yaml:"nested"`
		Base   map[string]any
		Other  map[string]any
		Again  map[string]any
		A      int
	}
	for name, src := range samples {
		var want, got doc
		werr := yaml.Unmarshal([]byte(src), &want)
		gerr := s.Unmarshal(name, []byte(src), &got)
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Errorf("%s: error %v, want %v", name, gerr, werr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %+v, want %+v", name, got, want)
		}
		var wn, gn yaml.Node
		if err := yaml.Unmarshal([]byte(src), &wn); err != nil {
			t.Fatal(err)
		}
		if err := s.Unmarshal(name, []byte(src), &gn); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(gn, wn) {
			t.Errorf("%s: node differs", name)
		}
	}
	// a type error is the one yaml.Unmarshal gives
	var bad struct {
		Words int `yaml:"words"`
	}
	werr := yaml.Unmarshal([]byte(samples["plain.yml"]), &bad)
	gerr := s.Unmarshal("plain.yml", []byte(samples["plain.yml"]), &bad)
	if werr == nil || gerr == nil || werr.Error() != gerr.Error() {
		t.Errorf("type error %v, want %v", gerr, werr)
	}
}

func TestChangedFileIsParsed(t *testing.T) {
	s := compiled(t)
	changed := []byte("words: [delta]\n")
	if _, ok := s.Node("plain.yml", changed); ok {
		t.Fatal("a changed file used the compiled tree")
	}
	var d struct{ Words []string }
	if err := s.Unmarshal("plain.yml", changed, &d); err != nil || len(d.Words) != 1 || d.Words[0] != "delta" {
		t.Fatalf("changed file decoded as %+v, %v", d, err)
	}
	if _, ok := s.Node("unknown.yml", []byte(samples["plain.yml"])); ok {
		t.Fatal("a file the set does not hold used a tree")
	}
	fs := files()
	fs["plain.yml"] = changed
	if s.Current(fs) == nil {
		t.Error("Current accepted a changed file")
	}
	fs = files()
	delete(fs, "scalar.yml")
	if s.Current(fs) == nil {
		t.Error("Current accepted a compiled file that is gone")
	}
	fs = files()
	fs["new.yml"] = []byte("a: 1\n")
	if s.Current(fs) == nil {
		t.Error("Current accepted a file that is not compiled")
	}
	var nilSet *Set
	if err := nilSet.Unmarshal("plain.yml", changed, &d); err != nil {
		t.Fatal(err)
	}
}

func TestBrokenSetIsNeverUsed(t *testing.T) {
	b, err := Compile(files())
	if err != nil {
		t.Fatal(err)
	}
	src := []byte(samples["plain.yml"])
	for cut := 0; cut < len(b); cut += 7 {
		s := New(string(b[:cut]))
		var d struct{ Words []string }
		if err := s.Unmarshal("plain.yml", src, &d); err != nil || len(d.Words) != 3 {
			t.Fatalf("cut at %d: %+v, %v", cut, d, err)
		}
	}
	if _, err := Compile(map[string][]byte{"bad.yml": []byte("a: [1, 2\n")}); err == nil {
		t.Error("a file that does not parse compiled")
	}
}

func BenchmarkParse(b *testing.B) {
	src := []byte(samples["plain.yml"])
	for b.Loop() {
		var n yaml.Node
		if err := yaml.Unmarshal(src, &n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompiled(b *testing.B) {
	c, err := Compile(files())
	if err != nil {
		b.Fatal(err)
	}
	s := New(string(c))
	src := []byte(samples["plain.yml"])
	for b.Loop() {
		if _, ok := s.Node("plain.yml", src); !ok {
			b.Fatal("not compiled")
		}
	}
}

// Unasked names the compiled files no loader found under their name with
// their contents; Current asks nothing.
func TestUnasked(t *testing.T) {
	fs := files()
	b, err := Compile(fs)
	if err != nil {
		t.Fatal(err)
	}
	set := New(string(b))
	if err := set.Current(fs); err != nil {
		t.Fatal(err)
	}
	if got := len(set.Unasked()); got != len(fs) {
		t.Fatalf("after Current only, %d unasked, want all %d", got, len(fs))
	}
	var v any
	for name, data := range fs {
		if name == "plain.yml" {
			continue
		}
		if err := set.Unmarshal(name, data, &v); err != nil {
			t.Fatal(err)
		}
	}
	// a loader that asks under another name; other contents under a name
	// found once (a test's variant of the file) change nothing
	_ = set.Unmarshal("data/plain.yml", fs["plain.yml"], &v)
	_ = set.Unmarshal("anchors.yml", []byte("changed: 1\n"), &v)
	want := []string{"plain.yml"}
	if got := set.Unasked(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Unasked() = %q, want %q", got, want)
	}
}
