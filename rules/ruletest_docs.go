package rules

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// caseDoc is one test case of a rule, as written in its rule file.
type caseDoc struct {
	Name     string       `yaml:"name"`
	Articles []articleDoc `yaml:"articles"`
	// Claims are given directly, no extractor needed: claim.Claim as in
	// the claims JSON, but with the evidence's fields at the top level;
	// see caseClaim for what may be left out.
	Claims     []claim.Claim `yaml:"claims"`
	Expect     []expectDoc   `yaml:"expect"`
	ExpectNone bool          `yaml:"expect_none"`
}

type articleDoc struct {
	ID     string `yaml:"id"`
	Title  string `yaml:"title"`
	Date   string `yaml:"date"` // YYYY-MM-DD, the reference date
	Source string `yaml:"source"`
	Text   string `yaml:"text"`
}

// expectDoc describes one expected discrepancy; empty fields match anything.
type expectDoc struct {
	Rule       string   `yaml:"rule"` // default: the rule the case belongs to
	Kind       string   `yaml:"kind"`
	Severity   string   `yaml:"severity"`
	SubjectKey string   `yaml:"subject_key"`
	Values     []string `yaml:"values"`   // each must be the value of some side
	Articles   []string `yaml:"articles"` // each must be the article of some side
	Summary    string   `yaml:"summary"`  // must occur in the summary
	KBHolder   string   `yaml:"kb_holder"`
}

// testCase is a checked, ready-to-run case.
type testCase struct {
	name       string
	line       int
	articles   []TestArticle
	claims     []claim.Claim
	direct     bool // claims given in the file: no extractor
	expect     []expectDoc
	expectNone bool
}

var modalities = []claim.Modality{claim.Asserted, claim.Negated, claim.Planned, claim.Hypothetical, claim.Reported, claim.Former}

// buildCases checks the cases of one rule.
// testCases decodes a rule's test cases from its tests node, strictly.
func testCases(file string, node *yaml.Node) ([]testCase, []error) {
	if node.Kind == 0 {
		return nil, nil // no tests
	}
	errs := checkKnownKeys(file, node, reflect.TypeFor[[]caseDoc](), 0)
	var docs []caseDoc
	if err := node.Decode(&docs); err != nil {
		errs = append(errs, yamlErrors(file, err)...)
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			return nil, errs
		}
	}
	cases, cerrs := buildCases(file, docs, node)
	return cases, append(errs, cerrs...)
}

func buildCases(file string, docs []caseDoc, node *yaml.Node) ([]testCase, []error) {
	var out []testCase
	var errs []error
	for i, d := range docs {
		cn := item(node, i)
		tc := testCase{name: d.Name, line: lineOf(cn, 0), expect: d.Expect, expectNone: d.ExpectNone}
		if tc.name == "" {
			tc.name = fmt.Sprintf("case %d", i+1)
		}
		bad := func(format string, args ...any) {
			errs = append(errs, errAt(file, cn, "test %q: "+format, append([]any{tc.name}, args...)...))
		}
		switch {
		case len(d.Expect) == 0 && !d.ExpectNone:
			bad("needs expect or expect_none")
		case len(d.Expect) > 0 && d.ExpectNone:
			bad("has both expect and expect_none")
		}
		if len(d.Articles) == 0 && len(d.Claims) == 0 {
			bad("needs articles or claims")
		}
		for j, e := range d.Expect {
			if e.Severity != "" {
				if _, err := ParseSeverity(e.Severity); err != nil {
					errs = append(errs, errAt(file, item(child(cn, "expect"), j), "test %q: %v", tc.name, err))
				}
			}
		}
		for j, a := range d.Articles {
			if a.ID == "" {
				errs = append(errs, errAt(file, item(child(cn, "articles"), j), "test %q: article needs an id", tc.name))
			}
			if a.Date != "" {
				if _, err := time.Parse("2006-01-02", a.Date); err != nil {
					errs = append(errs, errAt(file, child(item(child(cn, "articles"), j), "date"), "test %q: date %q is not YYYY-MM-DD", tc.name, a.Date))
				}
			}
			tc.articles = append(tc.articles, TestArticle{ID: a.ID, Title: a.Title, Date: a.Date, Source: a.Source, Text: a.Text})
		}
		if len(d.Claims) > 0 {
			tc.direct = true
			for j, c := range d.Claims {
				at := item(child(cn, "claims"), j)
				if !slices.Contains(claim.Kinds, claim.Kind(c.Kind)) {
					errs = append(errs, errAt(file, at, "test %q: unknown claim kind %q", tc.name, c.Kind))
				}
				if c.Modality != "" && !slices.Contains(modalities, claim.Modality(c.Modality)) {
					errs = append(errs, errAt(file, at, "test %q: unknown modality %q", tc.name, c.Modality))
				}
				if c.Evidence.Article == "" || c.SubjectKey == "" {
					errs = append(errs, errAt(file, at, "test %q: claim needs article and subject_key", tc.name))
				}
				tc.claims = append(tc.claims, caseClaim(c))
			}
		}
		out = append(out, tc)
	}
	return out, errs
}

// caseClaim completes a claim written in a test case: the value as
// written defaults to the value, the modality to asserted, the sentence's
// end to its start plus its length.
func caseClaim(c claim.Claim) claim.Claim {
	if c.ValueText == "" {
		c.ValueText = c.Value
	}
	if c.Modality == "" {
		c.Modality = claim.Asserted
	}
	if e := &c.Evidence; e.SentenceEnd == 0 {
		e.SentenceEnd = e.SentenceStart + len(e.Sentence)
	}
	return c
}
