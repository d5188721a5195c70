package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Extractor turns a test case's articles into claims and article
// metadata; the real one runs crosscheck's extractors.
type Extractor func(articles []TestArticle) ([]claim.Claim, map[string]ArticleMeta, error)

// TestArticle is a short article written in a rule file's test case.
type TestArticle struct {
	ID, Title, Date, Source, Text string
}

// TestResult is the outcome of one test case.
type TestResult struct {
	File, Rule, Case string
	Line             int
	Pass             bool
	// Skipped is set (with Pass) when a case needs an extractor and none
	// was given.
	Skipped bool
	Msg     string
}

// RunTests runs every test case of every rule in the set, each case on
// its own rule only. Cases that give claims directly need no extractor;
// with ex nil, cases that give articles are skipped.
func (s *Set) RunTests(ex Extractor, k *kb.KB) []TestResult {
	var out []TestResult
	for _, r := range s.Rules {
		bd, ok := r.(based)
		if !ok {
			continue
		}
		b := bd.base()
		if b.tests == nil {
			continue
		}
		cases, errs := b.tests()
		for _, err := range errs {
			out = append(out, TestResult{File: b.file, Rule: b.id, Case: "test cases", Line: b.line, Msg: err.Error()})
		}
		for _, tc := range cases {
			res := TestResult{File: b.file, Rule: b.id, Case: tc.name, Line: tc.line}
			res.Pass, res.Skipped, res.Msg = runCase(r, tc, ex, k)
			out = append(out, res)
		}
	}
	return out
}

func runCase(r Rule, tc testCase, ex Extractor, k *kb.KB) (pass, skipped bool, msg string) {
	metas := map[string]ArticleMeta{}
	for _, a := range tc.articles {
		m := ArticleMeta{ID: a.ID, Title: a.Title, Source: a.Source}
		if t, err := time.Parse("2006-01-02", a.Date); err == nil {
			m.Reference, m.ReferenceFrom = t, "metadata"
		}
		metas[a.ID] = m
	}
	claims := tc.claims
	if !tc.direct {
		if ex == nil {
			return true, true, "skipped: the case gives articles and no extractor was given"
		}
		cs, ms, err := ex(tc.articles)
		if err != nil {
			return false, false, "extractor: " + err.Error()
		}
		claims = cs
		for id, m := range ms {
			metas[id] = m
		}
	}
	one := &Set{Rules: []Rule{r}}
	ds := one.Check(claims, &Context{KB: k, Articles: metas})
	if tc.expectNone {
		if len(ds) == 0 {
			return true, false, ""
		}
		return false, false, "expected no discrepancy, got " + describeAll(ds)
	}
	used := make([]bool, len(ds))
	var missing []string
	for _, e := range tc.expect {
		found := false
		for i, d := range ds {
			if !used[i] && expectationMatches(e, r.ID(), d) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			missing = append(missing, describeExpectation(e, r.ID()))
		}
	}
	var extra []Discrepancy
	for i, d := range ds {
		if !used[i] {
			extra = append(extra, d)
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return true, false, ""
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, "missing "+strings.Join(missing, "; "))
	}
	if len(extra) > 0 {
		parts = append(parts, "unexpected "+describeAll(extra))
	}
	if len(missing) > 0 && len(extra) == 0 && len(ds) > 0 {
		parts = append(parts, "got "+describeAll(ds))
	}
	return false, false, strings.Join(parts, "; ")
}

func expectationMatches(e expectDoc, ruleID string, d Discrepancy) bool {
	want := e.Rule
	if want == "" {
		want = ruleID
	}
	if d.Rule != want || (e.Kind != "" && string(d.Kind) != e.Kind) {
		return false
	}
	if e.Severity != "" {
		if sev, err := ParseSeverity(e.Severity); err != nil || sev != d.Severity {
			return false
		}
	}
	if e.SubjectKey != "" && d.SubjectKey != e.SubjectKey {
		return false
	}
	if e.Summary != "" && !strings.Contains(d.Summary, e.Summary) {
		return false
	}
	if e.KBHolder != "" && (d.KB == nil || d.KB.Holder != e.KBHolder) {
		return false
	}
	for _, v := range e.Values {
		if !slices.ContainsFunc(d.Claims, func(c ClaimRef) bool { return c.Value == v }) {
			return false
		}
	}
	for _, a := range e.Articles {
		if !slices.ContainsFunc(d.Claims, func(c ClaimRef) bool { return c.Article == a }) {
			return false
		}
	}
	return true
}

func describeExpectation(e expectDoc, ruleID string) string {
	rule := e.Rule
	if rule == "" {
		rule = ruleID
	}
	s := rule
	if e.Kind != "" {
		s += " " + e.Kind
	}
	if e.Severity != "" {
		s += " " + e.Severity
	}
	if len(e.Values) > 0 {
		s += " values " + strings.Join(e.Values, ",")
	}
	if len(e.Articles) > 0 {
		s += " articles " + strings.Join(e.Articles, ",")
	}
	if e.Summary != "" {
		s += fmt.Sprintf(" summary containing %q", e.Summary)
	}
	return s
}

func describeAll(ds []Discrepancy) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = fmt.Sprintf("[%s %s %s: %s]", d.Rule, d.Kind, d.Severity, d.Summary)
	}
	return strings.Join(parts, " ")
}
