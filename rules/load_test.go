package rules

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultRules(t *testing.T) {
	s := defaults(t)
	var ids []string
	for _, r := range s.Rules {
		ids = append(ids, r.ID())
		assert.NotEmpty(t, r.Doc(), r.ID())
		assert.NotEmpty(t, r.Kind(), r.ID())
	}
	assert.Equal(t, []string{"calendar", "event-cause", "event-date", "event-location", "event-number", "event-status", "event-time", "event-weapon", "event-weekday", "office-holder", "person-age", "person-title", "quote-attribution", "time-zone"}, ids)
}

func TestLoadReportsEveryBadFile(t *testing.T) {
	_, err := Load("testdata/bad")
	require.Error(t, err)
	var les []*LoadError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var le *LoadError
		require.True(t, errors.As(e, &le), "%v is a *LoadError", e)
		les = append(les, le)
	}
	want := []struct {
		file, contains string
		line           int
	}{
		{"a-unknown-key.yml", `unknown key "colour"`, 4},
		{"b-option-key.yml", `unknown key "synonyms"`, 8},
		{"c-wrong-type.yml", "cannot unmarshal !!str `a week` into int", 5},
		{"d-unknown-kind.yml", `unknown kind "spelling"`, 3},
		{"e-severity.yml", `unknown severity "fatal"`, 4},
		{"f-no-id.yml", "rule needs an id", 2},
		{"g-bad-compare.yml", "options.compare must be one of", 5},
		{"h-syntax.yml", "did not find expected", 0},
		{"i-test-case.yml", "needs expect or expect_none", 5},
		{"i-test-case.yml", `unknown claim kind "mood"`, 10},
		{"j-test-claim.yml", `unknown key "subjct_key"`, 7},
		{"j-test-claim.yml", `2031-02-30`, 11},
		{"j-test-claim.yml", `unknown key "count"`, 15},
	}
	for _, w := range want {
		found := false
		for _, le := range les {
			if filepath.Base(le.File) == w.file && strings.Contains(le.Msg, w.contains) && (w.line == 0 || le.Line == w.line) {
				found = true
			}
		}
		assert.True(t, found, "want %s:%d: …%s… in\n%v", w.file, w.line, w.contains, err)
	}
	assert.Contains(t, err.Error(), "testdata/bad/a-unknown-key.yml:4: unknown key \"colour\"")
}

func TestLoadTwoBadFilesBothReported(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "one.yml"), []byte("rules:\n  - id: x\n    kind: nope\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "two.yaml"), []byte("rules:\n  - id: y\n    kind: calendar\n    options:\n      colour: red\n"), 0o644))
	_, err := Load(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), filepath.Join(dir, "one.yml")+":3: unknown kind \"nope\"")
	assert.Contains(t, err.Error(), filepath.Join(dir, "two.yaml")+":5: unknown key \"colour\"")
}

func TestLoadMissingDir(t *testing.T) {
	_, err := Load("testdata/no-such-dir")
	var le *LoadError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "testdata/no-such-dir", le.File)
}

func TestUserRulesOverrideByID(t *testing.T) {
	s, err := Load("testdata/override")
	require.NoError(t, err)
	r, ok := s.byID("event-date")
	require.True(t, ok)
	assert.Equal(t, Warning, r.Severity())
	assert.Equal(t, "Dates, as warnings.", r.Doc())
	_, ok = s.byID("quote-attribution")
	assert.False(t, ok, "disabled")
	_, ok = s.byID("venue-any")
	assert.True(t, ok, "added")
	_, ok = s.byID("person-title")
	assert.True(t, ok, "untouched defaults stay")
}

func TestLoadRejectsDuplicateIDsInOneFile(t *testing.T) {
	dir := t.TempDir()
	data := "rules:\n  - id: x\n    kind: calendar\n  - id: x\n    kind: calendar\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "dup.yml"), []byte(data), 0o644))
	_, err := Load(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "dup.yml:4: rule x is defined twice in this file (first at line 2)")
}

func TestLoadOptionSectionMustMatchCompare(t *testing.T) {
	dir := t.TempDir()
	data := "rules:\n  - id: x\n    kind: single-value\n    options:\n      compare: date\n      numbers: {approx: {about: 0.1}}\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x.yml"), []byte(data), 0o644))
	_, err := Load(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x.yml:5: rule x: options.numbers do not apply to compare: date")
}

func TestLoadIsQuietOnGoodInput(t *testing.T) {
	for _, data := range []string{"", "# only a comment\n", "rules: []\n"} {
		rules, disabled, errs := parseRuleFile("x.yml", []byte(data), false)
		assert.Empty(t, rules)
		assert.Empty(t, disabled)
		assert.Empty(t, errs, "%q", data)
	}
}

func TestLoadNeverPanics(t *testing.T) {
	inputs := []string{
		"rules: 3", "rules: [1, 2]", "rules:\n  - null", "- a\n- b", "rules:\n  - id: x\n    kind: single-value\n    options: [1]",
		"rules:\n  - id: x\n    kind: single-value\n    options: &a {compare: *a}", "\t", "rules:\n  - id: x\n    tests: 7",
	}
	for _, in := range inputs {
		for _, builtin := range []bool{false, true} {
			assert.NotPanics(t, func() {
				rules, _, _ := parseRuleFile("x.yml", []byte(in), builtin)
				(&Set{Rules: rules}).RunTests(nil, nil)
			}, in)
		}
	}
}

func TestLoadErrorsSpeakYAML(t *testing.T) {
	_, _, errs := parseRuleFile("x.yml", []byte("- id: a\n"), false)
	require.Len(t, errs, 1)
	assert.Equal(t, "x.yml:1: cannot unmarshal !!seq into a rule file (a mapping with a rules list)", errs[0].Error())
	_, _, errs = parseRuleFile("x.yml", []byte("rules:\n  - id: a\n    kind: calendar\n    tests: {name: x}\n"), false)
	require.NotEmpty(t, errs)
	assert.Equal(t, "x.yml:4: cannot unmarshal !!map into a list of test cases", errs[0].Error())
}

// A user's rule file is strict about its test cases when it loads; a
// built-in file's cases are decoded when they run, and a broken case is
// then a failing result with its line.
func TestTestCasesCheckedWhenLoadedOrRun(t *testing.T) {
	data := "rules:\n  - id: x\n    kind: single-value\n    options: {compare: date}\n    tests:\n      - name: odd\n        expect_none: true\n        clams: []\n"
	_, _, errs := parseRuleFile("user.yml", []byte(data), false)
	require.NotEmpty(t, errs)
	assert.Contains(t, errs[0].Error(), `user.yml:8: unknown key "clams"`)

	rules, _, errs := parseRuleFile("rules/data/x.yml", []byte(data), true)
	require.Empty(t, errs)
	require.Len(t, rules, 1)
	results := (&Set{Rules: rules}).RunTests(nil, nil)
	require.NotEmpty(t, results)
	assert.False(t, results[0].Pass)
	assert.Contains(t, results[0].Msg, `rules/data/x.yml:8: unknown key "clams"`)
}
