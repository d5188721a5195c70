package rules

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

var (
	nodeType        = reflect.TypeFor[yaml.Node]()
	unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()
)

// checkKnownKeys reports every mapping key in n that the Go type t has no
// field for. yaml.v3's Node.Decode has no strict mode, so the second step
// of rule decoding (a kind's options, kept as a node) checks keys here;
// value types are then checked by Node.Decode, which keeps line numbers.
func checkKnownKeys(file string, n *yaml.Node, t reflect.Type, depth int) []error {
	if n == nil || depth > 64 {
		return nil
	}
	for n.Kind == yaml.AliasNode && n.Alias != nil && depth < 64 {
		n, depth = n.Alias, depth+1
	}
	if n.Kind == yaml.DocumentNode {
		var errs []error
		for _, c := range n.Content {
			errs = append(errs, checkKnownKeys(file, c, t, depth+1)...)
		}
		return errs
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if decodesItself(t) {
		return nil
	}
	var errs []error
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return nil // Decode reports the wrong type
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value == "<<" {
				continue
			}
			ft, ok := fields[k.Value]
			if !ok {
				errs = append(errs, errAt(file, k, "unknown key %q (known keys: %s)", k.Value, strings.Join(sortedKeys(fields), ", ")))
				continue
			}
			errs = append(errs, checkKnownKeys(file, v, ft, depth+1)...)
		}
	case reflect.Slice, reflect.Array:
		if n.Kind == yaml.SequenceNode {
			for _, c := range n.Content {
				errs = append(errs, checkKnownKeys(file, c, t.Elem(), depth+1)...)
			}
		}
	case reflect.Map:
		if n.Kind == yaml.MappingNode {
			for i := 1; i < len(n.Content); i += 2 {
				errs = append(errs, checkKnownKeys(file, n.Content[i], t.Elem(), depth+1)...)
			}
		}
	}
	return errs
}

// decodesItself reports whether values of t are a node or decode
// themselves (yaml.Unmarshaler): their keys are theirs to check.
func decodesItself(t reflect.Type) bool {
	if v, ok := selfDecoding.Load(t); ok {
		return v.(bool)
	}
	b := t == nodeType || reflect.PointerTo(t).Implements(unmarshalerType)
	selfDecoding.Store(t, b)
	return b
}

// Every node of every rule file is checked: what the types say is
// worked out once per type.
var selfDecoding, fieldsOf sync.Map // reflect.Type -> bool, map[string]reflect.Type

// yamlFields maps the YAML key of each exported field to its type,
// following yaml.v3's naming (the tag, else the lower-cased field name).
// The map is shared: callers only read it.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldsOf.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := structFields(t)
	fieldsOf.Store(t, m)
	return m
}

func structFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" && opts == "inline" && f.Type.Kind() == reflect.Struct {
			maps.Copy(out, yamlFields(f.Type))
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// decodeStrict decodes an options node into v: unknown keys and wrong
// types are errors with the node's line numbers.
func decodeStrict(file string, n *yaml.Node, v any) []error {
	if n == nil || n.Kind == 0 {
		return nil
	}
	errs := checkKnownKeys(file, n, reflect.TypeOf(v), 0)
	if err := n.Decode(v); err != nil {
		errs = append(errs, yamlErrors(file, err)...)
	}
	return errs
}

// child returns the value node of key in mapping n, or nil.
func child(n *yaml.Node, key string) *yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// item returns element i of sequence n, or nil.
func item(n *yaml.Node, i int) *yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode || i < 0 || i >= len(n.Content) {
		return nil
	}
	return n.Content[i]
}

// lineOf is a node's line, or fallback when the node is missing.
func lineOf(n *yaml.Node, fallback int) int {
	if n == nil || n.Line == 0 {
		return fallback
	}
	return n.Line
}
