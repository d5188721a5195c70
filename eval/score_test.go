package eval

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

func TestEvaluateClassifiesEveryDiscrepancy(t *testing.T) {
	exp, err := ParseExpected("x.yml", []byte(`story: s
published: {a-01: 2025-01-01, a-02: 2025-01-01}
must:
  - {id: homes, kind: number, values: ["300", "120"], why: w}
  - {id: missed, kind: date, values: ["3 May"], why: w}
must_not:
  - {id: no-title, kind: title, subject: Brindle, why: w}
`))
	require.NoError(t, err)
	title := rules.Discrepancy{ID: "d2", Kind: claim.KindTitle, Severity: rules.Warning, Subject: "Ola Brindle",
		Claims: []rules.ClaimRef{{Article: "a-01", ValueText: "mayor"}, {Article: "a-02", ValueText: "nurse"}}}
	other := rules.Discrepancy{ID: "d3", Kind: claim.KindQuote, Severity: rules.Error, Subject: "we will stay"}
	s := Evaluate(exp, []rules.Discrepancy{numberConflict(rules.Error), title, other})

	assert.Equal(t, 3, s.Reported)
	assert.Equal(t, 1, s.Found())
	assert.InDelta(t, 0.5, s.Recall(), 1e-9)
	assert.Equal(t, []string{"d1"}, sortedIDs(s.Correct))
	assert.Equal(t, []string{"d2"}, sortedIDs(s.FalseAlarms))
	assert.Equal(t, []string{"d3"}, sortedIDs(s.Unjudged))
	assert.InDelta(t, 1.0/3, s.Precision(), 1e-9)
	assert.InDelta(t, 0.5, s.JudgedPrecision(), 1e-9)
	assert.True(t, s.Must[0].Holds(true))
	assert.False(t, s.Must[1].Holds(true))
	assert.False(t, s.MustNot[0].Holds(false))
	assert.Equal(t, []KindCount{{Kind: claim.KindTitle, N: 1}}, FalseAlarmsByKind([]Score{s}))
}

func TestTotalAddsStories(t *testing.T) {
	a := Score{Story: "a", Reported: 2, Correct: make([]*rules.Discrepancy, 1), Unjudged: make([]*rules.Discrepancy, 1)}
	b := Score{Story: "b", Reported: 1, FalseAlarms: make([]*rules.Discrepancy, 1)}
	tot := Total([]Score{a, b})
	assert.Equal(t, 3, tot.Reported)
	assert.InDelta(t, 1.0/3, tot.Precision(), 1e-9)
	assert.InDelta(t, 0.5, tot.JudgedPrecision(), 1e-9)
	assert.InDelta(t, 1.0, Score{}.Recall(), 1e-9, "no must findings: nothing missed")
}

// sortedIDs lists discrepancy IDs in order.
func sortedIDs(ds []*rules.Discrepancy) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.ID
	}
	sort.Strings(out)
	return out
}
