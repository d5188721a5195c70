package people

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// The tests use the default KB plus invented countries and offices in
// testdata/kb, so that they do not depend on real-world data that changes.
var (
	testKBOnce sync.Once
	testKBVal  *kb.KB
	testKBErr  error
)

func testKB(t testing.TB) *kb.KB {
	t.Helper()
	testKBOnce.Do(func() { testKBVal, testKBErr = kb.Load("testdata/kb") })
	require.NoError(t, testKBErr)
	return testKBVal
}

// testRef is the reference date of the invented articles.
var testRef = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

func doc(s string) *text.Doc { return text.NewDoc("t", s, testRef) }

// extract runs Extract and checks every claim's evidence.
func extract(t *testing.T, s string) []claim.Claim {
	t.Helper()
	d := doc(s)
	cs := Extract(d, testKB(t))
	checkEvidence(t, d, cs)
	return cs
}

// checkEvidence asserts the invariants every claim must keep: the value's
// span is exact, inside its sentence, and the common fields are set.
func checkEvidence(t testing.TB, d *text.Doc, cs []claim.Claim) {
	t.Helper()
	for _, c := range cs {
		e := c.Evidence
		require.True(t, 0 <= e.Start && e.Start < e.End && e.End <= len(d.Text), "span %d-%d of %q", e.Start, e.End, c.ValueText)
		require.Equal(t, c.ValueText, d.Text[e.Start:e.End])
		require.True(t, onRuneBoundary(d.Text, e.Start), "start not on a rune boundary")
		require.True(t, onRuneBoundary(d.Text, e.End), "end not on a rune boundary")
		require.True(t, e.SentenceStart <= e.Start && e.End <= e.SentenceEnd, "value %q outside its sentence", c.ValueText)
		require.Equal(t, d.Text[e.SentenceStart:e.SentenceEnd], e.Sentence)
		require.Equal(t, d.ID, e.Article)
		require.Equal(t, claim.DayOf(d.Reference), c.Reference)
		require.NotEmpty(t, c.SubjectKey)
		require.NotEmpty(t, c.Value)
		switch c.Kind {
		case claim.KindTitle:
			require.NotNil(t, c.Title)
		case claim.KindOffice:
			require.NotNil(t, c.Office)
		case claim.KindQuote:
			require.NotNil(t, c.Quote)
		}
	}
}

// ofKind keeps the claims of one kind.
func ofKind(cs []claim.Claim, k claim.Kind) []claim.Claim {
	var out []claim.Claim
	for _, c := range cs {
		if c.Kind == k {
			out = append(out, c)
		}
	}
	return out
}

// brief is a one-line form of a claim for table tests:
// "subject key | value | value text | modality".
func brief(c claim.Claim) string {
	return fmt.Sprintf("%s | %s | %s | %s", c.SubjectKey, c.Value, c.ValueText, c.Modality)
}

func briefs(cs []claim.Claim) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, brief(c))
	}
	return out
}
