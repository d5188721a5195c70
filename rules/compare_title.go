package rules

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

type titleOptions struct {
	// Equivalent lists classes of heads that name one role; the first of
	// each class names it. Heads in no class never conflict.
	Equivalent [][]string `yaml:"equivalent"`
	// Generic heads agree with every title (official, source, member).
	Generic []string `yaml:"generic"`
	// Compatible lists pairs of heads one person can hold together.
	Compatible [][]string `yaml:"compatible"`
	// Ranks are words in front of a head that never decide a conflict.
	Ranks []string `yaml:"ranks"`
	// Former marks titles no longer held ("former", "then", "ex").
	Former []string `yaml:"former"`
	// Connectors end a head: "director of X" → "director".
	Connectors []string `yaml:"connectors"`
}

type titleCompare struct {
	class      map[string]string // head → class
	generic    map[string]bool
	compatible map[[2]string]bool
	ranks      map[string]bool
	former     map[string]bool
	connectors []string // " of ", " for "
}

func newTitleCompare(o *titleOptions) (*titleCompare, error) {
	if o == nil {
		return nil, fmt.Errorf("options.titles is required for compare: title")
	}
	t := &titleCompare{class: map[string]string{}, generic: map[string]bool{}, compatible: map[[2]string]bool{},
		ranks: map[string]bool{}, former: map[string]bool{}}
	for _, cls := range o.Equivalent {
		if len(cls) == 0 {
			continue
		}
		name := normTitle(cls[0])
		for _, h := range cls {
			h = normTitle(h)
			if prev, dup := t.class[h]; dup && prev != name {
				return nil, fmt.Errorf("options.titles.equivalent: %q is in two classes (%s, %s)", h, prev, name)
			}
			t.class[h] = name
		}
	}
	for _, g := range o.Generic {
		t.generic[normTitle(g)] = true
	}
	for _, pair := range o.Compatible {
		if len(pair) != 2 {
			return nil, fmt.Errorf("options.titles.compatible: want pairs of two heads, got %v", pair)
		}
		a, b := t.classOf(normTitle(pair[0])), t.classOf(normTitle(pair[1]))
		t.compatible[[2]string{a, b}] = true
		t.compatible[[2]string{b, a}] = true
	}
	for _, r := range o.Ranks {
		t.ranks[normTitle(r)] = true
	}
	for _, f := range o.Former {
		t.former[normTitle(f)] = true
	}
	for _, c := range o.Connectors {
		t.connectors = append(t.connectors, " "+normTitle(c)+" ")
	}
	return t, nil
}

func (t *titleCompare) classOf(h string) string {
	if c, ok := t.class[h]; ok {
		return c
	}
	return h
}

// normTitle lower-cases and drops punctuation that does not change a title.
func normTitle(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '.', ',', '"', '\'', '’', '(', ')':
			return -1
		case '-', '–':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// key drops titles no longer held and keys the rest by their text.
func (t *titleCompare) key(c *claim.Claim) (string, bool) {
	if c.Modality == claim.Former {
		return "", false
	}
	if c.Title != nil {
		if c.Title.Former {
			return "", false
		}
		for _, r := range c.Title.Ranks {
			if t.former[normTitle(r)] {
				return "", false
			}
		}
	}
	if c.Value != "" {
		return c.Value, true
	}
	return c.ValueText, c.ValueText != ""
}

func (t *titleCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	text, ok := t.key(c)
	if !ok {
		return sideValue{}, false
	}
	head := text
	if c.Title != nil && c.Title.Head != "" {
		head = c.Title.Head
	}
	norm := normTitle(text)
	if norm == "" {
		return sideValue{}, false
	}
	cls, generic, former := t.resolve(normTitle(head))
	if former {
		return sideValue{}, false
	}
	v := sideValue{key: text, human: norm, class: cls, generic: generic, spec: 1}
	switch {
	case generic:
		v.spec = 0
	case cls != "":
		v.spec = 2
	}
	return v, true
}

// resolve finds the class of a head: as written, without leading ranks;
// a longer head that needs its connector ("chief of staff" in "the
// ministry's chief of staff"); then the words before a connector
// ("spokesman for the ministry" → "spokesman"), dropping leading words
// until a head is known ("foreign policy aide" → "aide").
func (t *titleCompare) resolve(h string) (class string, generic, former bool) {
	if c, g, ok := t.lookup(h); ok {
		return c, g, false
	}
	words := strings.Fields(h)
	for len(words) > 0 && (t.ranks[words[0]] || t.former[words[0]]) {
		if t.former[words[0]] {
			return "", false, true
		}
		words = words[1:]
	}
	h = strings.Join(words, " ")
	if c, g, ok := t.lookup(h); ok {
		return c, g, false
	}
	cut := h
	for _, conn := range t.connectors {
		if i := strings.Index(cut, conn); i > 0 {
			cut = cut[:i]
		}
	}
	if cut != h {
		for s := h; s != ""; s = dropWord(s) {
			if !t.hasConnector(s) {
				break
			}
			if c, g, ok := t.lookup(s); ok {
				return c, g, false
			}
		}
	}
	for s := cut; s != ""; s = dropWord(s) {
		if c, g, ok := t.lookup(s); ok {
			return c, g, false
		}
	}
	return "", false, false
}

func dropWord(s string) string {
	_, rest, _ := strings.Cut(s, " ")
	return rest
}

func (t *titleCompare) hasConnector(s string) bool {
	padded := " " + s + " "
	for _, c := range t.connectors {
		if strings.Contains(padded, c) {
			return true
		}
	}
	return false
}

func (t *titleCompare) lookup(h string) (class string, generic, ok bool) {
	if t.generic[h] {
		return "", true, true
	}
	if c, found := t.class[h]; found {
		return c, false, true
	}
	return "", false, false
}

func (t *titleCompare) agree(a, b *sideValue) bool {
	switch {
	case a.generic || b.generic || a.class == "" || b.class == "":
		return true
	case a.class == b.class:
		return true
	}
	return t.compatible[[2]string{a.class, b.class}]
}
