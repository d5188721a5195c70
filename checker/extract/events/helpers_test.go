package events

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func testKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Default()
	require.NoError(t, err)
	return k
}

// ex makes an expression for the first occurrence of sub in doc, so tests
// of this package do not depend on the tagger's choices.
func ex(t testing.TB, doc, sub, value, gran string, opts ...func(*temporal.Expression)) temporal.Expression {
	t.Helper()
	i := strings.Index(doc, sub)
	require.GreaterOrEqual(t, i, 0, "%q not in text", sub)
	e := temporal.Expression{Start: i, End: i + len(sub), Text: sub, Type: temporal.Date, Value: value, Granularity: gran, Resolution: temporal.ResolvedAbsolute}
	for _, o := range opts {
		o(&e)
	}
	return e
}

func relative(e *temporal.Expression) { e.Resolution, e.Relative = temporal.ResolvedReference, true }
func unresolved(e *temporal.Expression) {
	e.Resolution, e.Relative, e.Value = temporal.ResolvedUnresolved, true, temporal.Unresolved
}
func yearFromRef(e *temporal.Expression) { e.Resolution = temporal.ResolvedYearFromRef }
func weekday(name string) func(*temporal.Expression) {
	return func(e *temporal.Expression) { e.Weekday = name }
}
func duration(e *temporal.Expression) { e.Type = temporal.Duration }

var noInfo = ArticleInfo{PublishedFrom: FromUnknown, DatelineStart: -1, DatelineEnd: -1}

// run extracts the claims of doc and checks the invariants every claim
// must meet.
func run(t *testing.T, doc string, exprs ...temporal.Expression) []claim.Claim {
	t.Helper()
	d := text.NewDoc("t", doc, time.Time{})
	cs := Extract(d, exprs, noInfo, testKB(t))
	assertInvariants(t, d, cs)
	return cs
}

// assertInvariants: value spans are exact, on rune boundaries, inside
// the sentence the evidence names; output is sorted.
func assertInvariants(t *testing.T, d *text.Doc, cs []claim.Claim) {
	t.Helper()
	for i, c := range cs {
		ev := c.Evidence
		assert.Equal(t, d.ID, ev.Article)
		if spanless(&cs[i]) {
			assert.Zero(t, ev.Start)
			assert.Zero(t, ev.End)
			continue
		}
		require.True(t, 0 <= ev.Start && ev.Start < ev.End && ev.End <= len(d.Text), "span %d-%d", ev.Start, ev.End)
		assert.Equal(t, d.Text[ev.Start:ev.End], c.ValueText, "%+v", c)
		assert.True(t, utf8.ValidString(c.ValueText))
		assert.True(t, ev.SentenceStart <= ev.Start && ev.End <= ev.SentenceEnd || ev.Sentence == "", "%+v", c)
		assert.NotEmpty(t, c.SubjectKey)
		assert.NotEmpty(t, c.Value)
		if i > 0 {
			assert.LessOrEqual(t, cs[i-1].Evidence.Start, ev.Start)
		}
		switch c.Kind {
		case claim.KindDate, claim.KindWeekday:
			assert.NotNil(t, c.Date)
		case claim.KindNumber:
			assert.NotNil(t, c.Number)
		case claim.KindLocation:
			assert.NotNil(t, c.Place)
		}
	}
}

// only returns the claims of one kind.
func only(cs []claim.Claim, kind claim.Kind) []claim.Claim { return find(cs, kind, "", "") }

func testKBErr() (*kb.KB, error) { return kb.Default() }

var refDay = time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)
