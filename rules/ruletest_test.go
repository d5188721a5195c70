package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// fakeExtractor reads one claim per line of an article's text:
// "kind|subject key|value[|modality]".
func fakeExtractor(arts []TestArticle) ([]claim.Claim, map[string]ArticleMeta, error) {
	var out []claim.Claim
	metas := map[string]ArticleMeta{}
	for _, a := range arts {
		metas[a.ID] = ArticleMeta{ID: a.ID, Title: a.Title}
		off := 0
		for _, line := range strings.Split(a.Text, "\n") {
			f := strings.Split(line, "|")
			if len(f) < 3 {
				return nil, nil, fmt.Errorf("article %s: bad line %q", a.ID, line)
			}
			c := claim.Claim{Kind: claim.Kind(f[0]), SubjectKey: claim.Key(f[1]), Value: f[2], ValueText: f[2], Modality: claim.Asserted,
				Evidence: claim.Evidence{Article: a.ID, Start: off, End: off + len(line), SentenceStart: off, SentenceEnd: off + len(line), Sentence: line}}
			if len(f) > 3 {
				c.Modality = claim.Modality(f[3])
			}
			out = append(out, c)
			off += len(line) + 1
		}
	}
	return out, metas, nil
}

func TestRunTestsWithAnExtractor(t *testing.T) {
	s, err := Load("testdata/fake")
	require.NoError(t, err)
	results := map[string]TestResult{}
	for _, r := range s.RunTests(fakeExtractor, nil) {
		if r.Rule == "fake-dates" {
			results[r.Case] = r
		}
	}
	tests := []struct {
		name string
		pass bool
		line int
		msg  string
	}{
		{"extracted dates conflict", true, 9, ""},
		{"extracted dates agree", true, 15, ""},
		{"a wrong expectation fails", false, 20, "missing fake-dates date"},
		{"an unexpected finding fails", false, 26, "expected no discrepancy, got [fake-dates date error"},
		{"direct claims need no extractor", true, 31, ""},
	}
	require.Len(t, results, len(tests))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := results[tt.name]
			assert.Equal(t, tt.pass, r.Pass, r.Msg)
			assert.False(t, r.Skipped)
			assert.Equal(t, tt.line, r.Line)
			assert.Equal(t, "testdata/fake/rules.yml", r.File)
			assert.Contains(t, r.Msg, tt.msg)
		})
	}
}

func TestRunTestsWithoutAnExtractorSkipsArticleCases(t *testing.T) {
	s, err := Load("testdata/fake")
	require.NoError(t, err)
	skipped := 0
	for _, r := range s.RunTests(nil, nil) {
		if r.Rule != "fake-dates" {
			continue
		}
		if strings.HasPrefix(r.Case, "direct") {
			assert.True(t, r.Pass)
			assert.False(t, r.Skipped)
			continue
		}
		assert.True(t, r.Skipped, r.Case)
		skipped++
	}
	assert.Equal(t, 4, skipped)
}

func TestRunTestsReportsExtractorErrors(t *testing.T) {
	s, err := Load("testdata/fake")
	require.NoError(t, err)
	failing := func([]TestArticle) ([]claim.Claim, map[string]ArticleMeta, error) {
		return nil, nil, fmt.Errorf("boom")
	}
	for _, r := range s.RunTests(failing, nil) {
		if r.Rule == "fake-dates" && !strings.HasPrefix(r.Case, "direct") {
			assert.False(t, r.Pass)
			assert.Equal(t, "extractor: boom", r.Msg)
		}
	}
}

// The built-in rules' own cases that give claims directly must pass.
func TestBuiltInRuleCases(t *testing.T) {
	results := defaults(t).RunTests(nil, testKB(t))
	require.NotEmpty(t, results)
	for _, r := range results {
		assert.True(t, r.Pass, "%s:%d %s/%s: %s", r.File, r.Line, r.Rule, r.Case, r.Msg)
	}
}

// A claim written in a test case is a claim.Claim with its evidence's
// fields at the top level; what is left out is filled in.
func TestCaseClaimsReadAsClaims(t *testing.T) {
	rs, _, errs := parseRuleFile("x.yml", []byte(`rules:
  - id: t-number
    kind: single-value
    applies_to: {kinds: [number]}
    options: {compare: number}
    tests:
      - name: every field
        expect_none: true
        claims:
          - {article: a1, kind: number, subject_key: "event:flood:quillon", subject: Quillon flood, value: "12",
             reference: 2031-04-02, start: 4, end: 6, sentence_start: 10, sentence: "Twelve died.",
             number: {value: 12, approx: about, counts: people killed, max: 14, scope: police, background: true}}
          - {article: a2, kind: title, subject_key: "person:edda vorn", value: deputy mayor, value_text: Deputy Mayor,
             modality: former, sentence_end: 40, sentence: "x",
             title: {head: mayor, ranks: [deputy], former: true}, place: {key: k, name: Kell, within: [w]}}
`), false)
	require.Empty(t, errs)
	require.Len(t, rs, 1)
	cases, errs := rs[0].(based).base().tests()
	require.Empty(t, errs)
	cs := cases[0].claims
	day, _ := claim.ParseDay("2031-04-02")
	assert.Equal(t, []claim.Claim{
		{Kind: claim.KindNumber, SubjectKey: "event:flood:quillon", Subject: "Quillon flood", Value: "12", ValueText: "12",
			Modality: claim.Asserted, Reference: day,
			Evidence: claim.Evidence{Article: "a1", Start: 4, End: 6, SentenceStart: 10, SentenceEnd: 22, Sentence: "Twelve died."},
			Number:   &claim.NumberValue{Value: 12, Approx: "about", Counts: "people killed", Max: 14, Scope: "police", Background: true}},
		{Kind: claim.KindTitle, SubjectKey: "person:edda vorn", Value: "deputy mayor", ValueText: "Deputy Mayor", Modality: claim.Former,
			Evidence: claim.Evidence{Article: "a2", SentenceEnd: 40, Sentence: "x"},
			Title:    &claim.TitleValue{Head: "mayor", Ranks: []string{"deputy"}, Former: true},
			Place:    &claim.PlaceValue{Key: "k", Name: "Kell", Within: []string{"w"}}},
	}, cs)
}
