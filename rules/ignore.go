package rules

import (
	"bytes"
	"errors"
	"io"
	"os"

	"gopkg.in/yaml.v3"
)

// IgnoreEntry accepts one discrepancy (by its ID) or every discrepancy of
// a rule (by the rule's ID), with the reason a person gave.
type IgnoreEntry struct {
	ID     string `yaml:"id"`
	Reason string `yaml:"reason"`
	Line   int    `yaml:"-"`
}

// Ignore is a user's list of accepted discrepancies.
type Ignore struct {
	Entries []IgnoreEntry
	ids     map[string]bool
}

// LoadIgnore reads an ignore file: a YAML list of {id, reason}. Unknown
// keys, wrong types and entries without id or reason are *LoadError values.
func LoadIgnore(path string) (*Ignore, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &LoadError{File: path, Msg: err.Error()}
	}
	return ParseIgnore(path, data)
}

// ParseIgnore decodes ignore-file data; name is used in errors.
func ParseIgnore(name string, data []byte) (*Ignore, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, errors.Join(yamlErrors(name, err)...)
	}
	var entries []IgnoreEntry
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&entries); err != nil && !errors.Is(err, io.EOF) {
		return nil, errors.Join(yamlErrors(name, err)...)
	}
	var seq *yaml.Node
	if len(root.Content) > 0 {
		seq = root.Content[0]
	}
	ig := &Ignore{ids: map[string]bool{}}
	var errs []error
	for i := range entries {
		e := &entries[i]
		n := item(seq, i)
		e.Line = lineOf(n, 0)
		if e.ID == "" {
			errs = append(errs, errAt(name, n, "entry needs an id (a discrepancy ID or a rule ID)"))
		}
		if e.Reason == "" {
			errs = append(errs, errAt(name, n, "entry %s needs a reason", e.ID))
		}
		ig.ids[e.ID] = true
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	ig.Entries = entries
	return ig, nil
}

// Filter splits ds into the discrepancies to keep and those the list
// accepts, by discrepancy ID or rule ID. A nil Ignore keeps everything.
func (ig *Ignore) Filter(ds []Discrepancy) (kept, ignored []Discrepancy) {
	for _, d := range ds {
		if ig != nil && (ig.ids[d.ID] || ig.ids[d.Rule]) {
			ignored = append(ignored, d)
		} else {
			kept = append(kept, d)
		}
	}
	return kept, ignored
}

// Unused returns the entries that accept nothing: no discrepancy in ds
// has their ID and no rule of set (nil: none) is named by it. They are a
// typo or a discrepancy that has gone, and a user should hear of them.
func (ig *Ignore) Unused(ds []Discrepancy, set *Set) []IgnoreEntry {
	if ig == nil {
		return nil
	}
	found := map[string]bool{}
	for _, d := range ds {
		found[d.ID], found[d.Rule] = true, true
	}
	if set != nil {
		for _, r := range set.Rules {
			found[r.ID()] = true
		}
	}
	var out []IgnoreEntry
	for _, e := range ig.Entries {
		if !found[e.ID] {
			out = append(out, e)
		}
	}
	return out
}
