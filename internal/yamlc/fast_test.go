package yamlc

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// rep holds the kinds of field the packages' vocabularies have, and a
// few they do not, for the fast path to be held to yaml.v3 on.
type rep struct {
	S      string              `yaml:"s"`
	Named  label               `yaml:"named"`
	B      bool                `yaml:"b"`
	I      int                 `yaml:"i"`
	I8     int8                `yaml:"i8"`
	U8     uint8               `yaml:"u8"`
	U64    uint64              `yaml:"u64"`
	I64    int64               `yaml:"i64"`
	F      float64             `yaml:"f"`
	F32    float32             `yaml:"f32"`
	P      *string             `yaml:"p"`
	PP     **int               `yaml:"pp"`
	L      []string            `yaml:"l"`
	LP     []*string           `yaml:"lp"`
	LL     [][]string          `yaml:"ll"`
	M      map[string]string   `yaml:"m"`
	MI     map[string]int      `yaml:"mi"`
	MB     map[int]bool        `yaml:"mb"`
	ML     map[string][]string `yaml:"ml"`
	MS     map[string]inner    `yaml:"ms"`
	N      inner               `yaml:"n"`
	NP     *inner              `yaml:"np"`
	LS     []inner             `yaml:"ls"`
	Omit   string              `yaml:"omit,omitempty"`
	Flow   []int               `yaml:",flow"`
	Untagd string
	Skip   string `yaml:"-"`
	hidden string
}

type label string

type inner struct {
	A    string    `yaml:"a"`
	Ok   bool      `yaml:"ok"`
	Nums []int     `yaml:"nums"`
	Self *inner    `yaml:"self"`
	Fs   []float64 `yaml:"fs"`
}

// decodeBoth decodes doc into a new T through a compiled set and through
// yaml.Unmarshal, and reports whether the fast path took it.
func decodeBoth[T any](t testing.TB, doc string) (fast, want *T, ferr, werr error, took bool) {
	t.Helper()
	c, err := Compile(map[string][]byte{"f.yml": []byte(doc)})
	if err != nil {
		t.Skip("not YAML") // Compile parses what yaml.Unmarshal parses
	}
	s := New(string(c))
	fast, want = new(T), new(T)
	ferr = s.Unmarshal("f.yml", []byte(doc), fast)
	werr = yaml.Unmarshal([]byte(doc), want)
	e, _ := s.entry("f.yml", []byte(doc))
	took = e.fast != "" && decodeFast(e.fast, new(T))
	return fast, want, ferr, werr, took
}

func TestFastEqualsYAML(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		fast bool // the fast path takes it (else yaml.v3 does)
	}{
		{"strings", "s: plain\nnamed: \"quoted\"\nuntagd: x\nomit: o\nskip: no\nhidden: h\n", true},
		{"null forms", "s: ~\np: null\nl: ~\nm: Null\nn: ~\nnp: ~\npp: NULL\ni:\n", true},
		{"empty values", "s: ''\nl: []\nm: {}\nn: {}\nnp: {}\nls: [{}]\n", true},
		{"quoted numbers", "s: \"01\"\nm: {a: '1e3', b: \"true\"}\nl: ['007', \"0x1F\"]\n", true},
		{"plain numbers into strings", "s: 01\nm: {a: 1e3, b: true, c: 0x1F, d: .inf, e: -.5}\nl: [007, 1_000, 2001-12-14]\n", true},
		{"numbers", "i: 0x1F\ni8: -128\nu8: 255\nu64: 18446744073709551615\ni64: -9223372036854775808\nf: 1e3\nf32: .5\n", true},
		{"floats into ints", "i: 1e3\nu8: 2.9\ni64: -1.5\n", true},
		{"ints into floats", "f: 12\nf32: 18446744073709551615\n", true},
		{"infinities", "f: -.inf\nf32: .Inf\n", true},
		{"octal", "i: 0o17\nmi: {a: 017, b: 08}\n", true},
		{"yes and no", "b: yes\nn: {ok: off}\nls: [{ok: Y}, {ok: NO}, {ok: \"on\"}, {ok: 'n'}]\n", true},
		{"booleans", "b: true\nmb: {1: false, 2: True, 3: FALSE}\nm: {x: yes, y: false}\n", true},
		{"multi-line strings", "s: |\n  one\n  two\n\nnamed: >-\n  folded\n  text\n\n  para\nl:\n  - |+\n    kept\n\n  - plain\n    continued\n", true},
		{"nested", "n: {a: x, nums: [1, 2], self: {a: y, self: {ok: true}}}\nls:\n  - a: one\n    fs: [1, 2.5, -3e-2]\n  - ~\n  - a: two\nms: {k: {a: v}, empty: ~}\n", true},
		{"nulls in lists and maps", "l: [a, ~, b, null]\nlp: [a, ~, b]\nll: [[a], ~, []]\nm: {a: ~, b: x}\nmi: {a: ~}\nml: {a: ~, b: [x, ~]}\n", true},
		{"null keys", "~: x\nm: {~: a, b: c}\nmb: {null: true, 1: false}\n", true},
		{"odd keys", "1: x\ntrue: y\nm: {1: a, true: b, 1.5: c}\n", true},
		{"unknown keys", "what: [1, {deep: [x]}]\ns: kept\nother: {a: b}\nn: {zzz: 3, a: in}\n", true},
		{"flow and block", "l: [a, b]\nflow: [1, 2]\nll:\n- - a\n  - b\n- [c]\n", true},
		{"tags", "s: !!str 12\ni: !!int \"12\"\nf: !!float 3\nl: [!!str true, !!null '']\n", true},
		{"timestamps into strings", "s: 2001-12-14t21:59:43.10-05:00\nl: [2002-12-14]\n", true},
		{"empty document", "", false},
		{"comment only", "# nothing\n", false},
		{"scalar document", "just words\n", true},
		{"anchors", "l: &x [a, b]\nll: [*x, *x]\n", false},
		{"merge keys", "n: &base {a: x, ok: true}\nnp:\n  <<: *base\n  a: y\n", false},
		{"binary", "s: !!binary aGVsbG8=\n", false},
		// yaml.v3's errors, from yaml.v3 itself
		{"duplicate keys", "s: a\ns: b\n", false},
		{"duplicate nested keys", "m: {a: x, a: y}\n", false},
		{"string into int", "i: twelve\ns: kept\n", true},
		{"overflow", "i8: 128\nu8: -1\nu64: -1\n", true},
		{"big int into int64", "i64: 9223372036854775808\n", true},
		{"map into string", "s: {a: b}\n", true},
		{"list into map", "m: [a]\n", true},
		{"scalar into list", "l: word\n", true},
		{"scalar into struct", "n: word\n", true},
		{"time into int", "i: 2001-12-14\n", true},
		{"quoted bool", "b: \"true\"\n", true},
		{"map key that is a map", "m: {? {a: b} : c}\n", true},
		{"nan", "f: .nan\nf32: .NaN\nls: [{fs: [.nan]}]\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fast, want, ferr, werr, took := decodeBoth[rep](t, tt.doc)
			if werr != nil {
				require.Error(t, ferr)
				assert.Equal(t, werr.Error(), ferr.Error())
				assert.False(t, took, "the fast path decoded what yaml.v3 fails on")
			} else {
				require.NoError(t, ferr)
				assert.Equal(t, tt.fast, took, "fast path")
			}
			assert.True(t, equalNaN(reflect.ValueOf(fast), reflect.ValueOf(want)), "fast %+v\nwant %+v", fast, want)
		})
	}
}

// Types with a decoding of their own, or shapes the fast path leaves
// alone, are yaml.v3's.
func TestFastLeavesTypesToYAML(t *testing.T) {
	type withNode struct {
		N yaml.Node `yaml:"n"`
	}
	type withAny struct {
		A any `yaml:"a"`
	}
	type inline struct {
		inner `yaml:",inline"`
		S     string `yaml:"s"`
	}
	type withDay struct {
		D yaml.Kind `yaml:"d"` // an int, no decoding of its own: fast
		U *textual  `yaml:"u"`
	}
	for name, v := range map[string]any{
		"node": &withNode{}, "any": &withAny{}, "inline": &inline{}, "text": &withDay{},
		"array": &struct{ A [2]int }{},
	} {
		assert.Nil(t, planOf(reflect.TypeOf(v).Elem()), name)
	}
	assert.NotNil(t, planOf(reflect.TypeFor[rep]()))

	// a value already set is decoded into by yaml.v3, which keeps what
	// the document leaves alone
	c, err := Compile(map[string][]byte{"f.yml": []byte("s: x\n")})
	require.NoError(t, err)
	s := New(string(c))
	got := rep{I: 7}
	require.NoError(t, s.Unmarshal("f.yml", []byte("s: x\n"), &got))
	assert.Equal(t, rep{I: 7, S: "x"}, got)
}

type textual struct{ s string }

func (x *textual) UnmarshalText(b []byte) error { x.s = string(b); return nil }

// FuzzFastEqualsYAML holds the fast path to yaml.Unmarshal on any document.
func FuzzFastEqualsYAML(f *testing.F) {
	for _, s := range []string{
		"s: a\nl: [a, ~, b]\nm: {a: 1}\n", "n: {a: x, nums: [1, 2]}\nls: [{ok: yes}]\n",
		"i: 1e3\nf: .nan\nu8: 300\n", "mb: {1: true, ~: false}\nml: {a: [b]}\n",
		"s: |\n  x\n  y\n", "l: &a [x]\nll: [*a]\n", "s: a\ns: b\n", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		fast, want, ferr, werr, took := decodeBoth[rep](t, doc)
		if werr != nil {
			if ferr == nil || ferr.Error() != werr.Error() {
				t.Fatalf("error %v, yaml.v3 %v", ferr, werr)
			}
			if took {
				t.Fatalf("the fast path decoded what yaml.v3 fails on (%v)", werr)
			}
		} else if ferr != nil {
			t.Fatalf("error %v, yaml.v3 none", ferr)
		}
		if !equalNaN(reflect.ValueOf(fast), reflect.ValueOf(want)) {
			t.Fatalf("fast %+v\nwant %+v", fast, want)
		}
	})
}

// equalNaN is reflect.DeepEqual for these trees, where NaN equals NaN.
func equalNaN(a, b reflect.Value) bool {
	if a.IsValid() != b.IsValid() {
		return false
	}
	if !a.IsValid() {
		return true
	}
	if a.Type() != b.Type() {
		return false
	}
	switch a.Kind() {
	case reflect.Float32, reflect.Float64:
		x, y := a.Float(), b.Float()
		return x == y && math.Signbit(x) == math.Signbit(y) || math.IsNaN(x) && math.IsNaN(y)
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equalNaN(a.Elem(), b.Elem())
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !equalNaN(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			if !equalNaN(a.MapIndex(k), b.MapIndex(k)) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := range a.NumField() {
			if !equalNaN(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.String:
		return a.String() == b.String()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return a.Uint() == b.Uint()
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// Current holds the whole set to the files compiled, beyond what the
// checksums of the sources see: here a fast form edited in place.
func TestCurrentComparesTheWholeSet(t *testing.T) {
	b, err := Compile(files())
	require.NoError(t, err)
	i := strings.LastIndex(string(b), "Tovar Quell")
	require.Greater(t, i, strings.Index(string(b), "Tovar Quell"), "the name is in the tree and in the fast form")
	edited := []byte(string(b))
	edited[i] = 'X'
	s := New(string(edited))
	_, ok := s.Node("plain.yml", []byte(samples["plain.yml"]))
	require.True(t, ok, "the edited set still reads")
	assert.Error(t, s.Current(files()))
	assert.NoError(t, New(string(b)).Current(files()))
}
