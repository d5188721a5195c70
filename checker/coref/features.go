package coref

import (
	"cmp"
	"slices"
)

// Feature is one of a summary's story features: what it is (Kind: 'n' a
// name, 'p' a place's knowledge-base key, 'y' a year, 'c' a seminal
// event class, '#' a number, 'w' a content word's stem), its value, and
// its weight (its count, words of the lead counted leadWeight times).
type Feature struct {
	Kind   byte
	Value  string
	Weight float64
}

// Features returns the features that place the summary's article in a
// story, strongest first (ties by kind, then value): what a query for the
// article's story in a full-text index is built from.
func (s *Summary) Features() []Feature {
	out := make([]Feature, 0, len(s.features))
	for _, f := range s.features {
		if k := f.key; len(k) > 2 && k[1] == ':' {
			out = append(out, Feature{Kind: k[0], Value: k[2:], Weight: f.tf})
		}
	}
	slices.SortFunc(out, func(a, b Feature) int {
		return cmp.Or(cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Value, b.Value))
	})
	return out
}
