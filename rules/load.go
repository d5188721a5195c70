package rules

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/internal/yamlc"
)

//go:embed data/*.yml
var defaultFiles embed.FS

// compiledYAML is data/*.yml already parsed (internal/yamlc); a test
// proves it current. After editing the YAML, run:
//
//go:generate go test -run TestCompiledYAML -update-yamlc .
//go:embed data.yamlc
var compiledYAML string

var yamlSet = yamlc.New(compiledYAML)

// ruleFile is the shape of one rule file.
type ruleFile struct {
	Rules []ruleDoc `yaml:"rules"`
}

// ruleDoc is one rule instance before its kind is known: the options stay
// a node and are decoded, strictly, into the kind's own struct.
type ruleDoc struct {
	ID        string     `yaml:"id"`
	Kind      string     `yaml:"kind"`
	Severity  string     `yaml:"severity"`
	Doc       string     `yaml:"doc"`
	Disabled  bool       `yaml:"disabled"` // a user file turns a default rule off
	AppliesTo appliesDoc `yaml:"applies_to"`
	Options   yaml.Node  `yaml:"options"`
	Tests     yaml.Node  `yaml:"tests"` // []caseDoc, decoded by testCases
}

type appliesDoc struct {
	Kinds    []string `yaml:"kinds"`    // claim kinds
	Prefixes []string `yaml:"prefixes"` // subject key prefixes
}

// Default returns the built-in rules.
func Default() (*Set, error) { return Load() }

// Load reads the built-in rule files, then every *.yml and *.yaml file in
// dirs (a dir may also be a single file). A rule with the ID of an
// earlier one replaces it; `disabled: true` removes it. Every problem in
// every file is returned, joined, as *LoadError values.
func Load(dirs ...string) (*Set, error) {
	var errs []error
	byID := map[string]Rule{}
	add := func(name string, data []byte, builtin bool) {
		rules, disabled, ferrs := parseRuleFile(name, data, builtin)
		errs = append(errs, ferrs...)
		for _, id := range disabled {
			delete(byID, id)
		}
		for _, r := range rules {
			byID[r.ID()] = r
		}
	}
	ents, err := fs.ReadDir(defaultFiles, "data")
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		b, err := defaultFiles.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			return nil, err
		}
		add("rules/data/"+e.Name(), b, true)
	}
	for _, d := range dirs {
		files, err := ruleFilesIn(d)
		if err != nil {
			errs = append(errs, &LoadError{File: d, Msg: err.Error()})
			continue
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				errs = append(errs, &LoadError{File: f, Msg: err.Error()})
				continue
			}
			add(f, b, false)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	s := &Set{}
	for _, id := range sortedKeys(byID) {
		s.Rules = append(s.Rules, byID[id])
	}
	return s, nil
}

func ruleFilesIn(dir string) ([]string, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{dir}, nil
	}
	var out []string
	for _, pat := range []string{"*.yml", "*.yaml"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			return nil, err
		}
		out = append(out, m...)
	}
	slices.Sort(out)
	return out, nil
}

// parseRuleFile decodes one file in two steps: the common fields strictly
// (yaml.v3 KnownFields), then each rule's options strictly into its kind's
// struct. It returns the rules it could build, the IDs the file disables
// and every problem found.
func parseRuleFile(name string, data []byte, builtin bool) ([]Rule, []string, []error) {
	var root yaml.Node
	if err := yamlSet.Unmarshal(name, data, &root); err != nil {
		return nil, nil, yamlErrors(name, err)
	}
	// Strict in two steps on the one parse (parsing is most of the cost
	// of loading, paid on every run): unknown keys, then types.
	var f ruleFile
	errs := checkKnownKeys(name, &root, reflect.TypeFor[ruleFile](), 0)
	if err := root.Decode(&f); err != nil {
		errs = append(errs, yamlErrors(name, err)...)
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			return nil, nil, errs
		}
	}
	rulesNode := child(&root, "rules")
	var out []Rule
	var disabled []string
	seen := map[string]int{}
	for i := range f.Rules {
		doc := &f.Rules[i]
		node := item(rulesNode, i)
		line := lineOf(node, 1)
		if doc.ID == "" {
			errs = append(errs, &LoadError{File: name, Line: line, Msg: "rule needs an id"})
			continue
		}
		if first, dup := seen[doc.ID]; dup {
			errs = append(errs, &LoadError{File: name, Line: line, Msg: "rule " + doc.ID + " is defined twice in this file (first at line " + itoa(first) + ")"})
			continue
		}
		seen[doc.ID] = line
		if doc.Disabled {
			disabled = append(disabled, doc.ID)
			continue
		}
		r, rerrs := buildRule(name, doc, node, builtin)
		errs = append(errs, rerrs...)
		if r != nil && len(rerrs) == 0 {
			out = append(out, r)
		}
	}
	return out, disabled, errs
}

// buildRule checks the common fields and builds the rule of doc's kind.
// The test cases of a built-in rule are decoded when they are run: they
// are most of the built-in files, a check never runs them, and a test of
// the package runs them all.
func buildRule(file string, doc *ruleDoc, node *yaml.Node, builtin bool) (Rule, []error) {
	line := lineOf(node, 1)
	var errs []error
	kd, ok := kinds[doc.Kind]
	if !ok {
		at := child(node, "kind")
		if doc.Kind == "" {
			errs = append(errs, &LoadError{File: file, Line: line, Msg: "rule " + doc.ID + " needs a kind (" + kindNames() + ")"})
		} else {
			errs = append(errs, errAt(file, at, "unknown kind %q (known kinds: %s)", doc.Kind, kindNames()))
		}
	}
	b := ruleBase{id: doc.ID, kind: doc.Kind, doc: strings.TrimSpace(doc.Doc), severity: Error, file: file, line: line}
	if doc.Severity != "" {
		sev, err := ParseSeverity(doc.Severity)
		if err != nil {
			errs = append(errs, errAt(file, child(node, "severity"), "%v", err))
		}
		b.severity = sev
	}
	applies := child(node, "applies_to")
	for i, k := range doc.AppliesTo.Kinds {
		if !slices.Contains(claim.Kinds, claim.Kind(k)) {
			errs = append(errs, errAt(file, item(child(applies, "kinds"), i), "unknown claim kind %q", k))
			continue
		}
		b.kinds = append(b.kinds, claim.Kind(k))
	}
	b.prefixes = doc.AppliesTo.Prefixes
	if builtin {
		b.tests = sync.OnceValues(func() ([]testCase, []error) { return testCases(file, &doc.Tests) })
	} else {
		tests, terrs := testCases(file, &doc.Tests)
		errs = append(errs, terrs...)
		b.tests = func() ([]testCase, []error) { return tests, nil }
	}
	if !ok {
		return nil, errs
	}
	opts := kd.options()
	optNode := child(node, "options")
	if oerrs := decodeStrict(file, &doc.Options, opts); len(oerrs) > 0 {
		return nil, append(errs, oerrs...)
	}
	r, err := kd.build(b, opts)
	if err != nil {
		errs = append(errs, &LoadError{File: file, Line: lineOf(optNode, line), Msg: "rule " + doc.ID + ": " + err.Error()})
		return nil, errs
	}
	return r, errs
}
