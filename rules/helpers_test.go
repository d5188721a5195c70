package rules

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// opt adjusts a hand-built claim.
type opt func(*claim.Claim)

// mk builds a claim; its evidence span is derived from the value so that
// claims of one article get distinct spans.
func mk(kind claim.Kind, article, key, value string, opts ...opt) claim.Claim {
	c := claim.Claim{Kind: kind, SubjectKey: claim.Key(key), Value: value, ValueText: value, Modality: claim.Asserted,
		Evidence: claim.Evidence{Article: article, Start: len(value), End: 2 * len(value), Sentence: "A sentence about " + value + "."}}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func ref(day string) opt {
	d, ok := claim.ParseDay(day)
	if !ok {
		panic("ref: not YYYY-MM-DD: " + day)
	}
	return func(c *claim.Claim) { c.Reference = d }
}
func modality(m claim.Modality) opt { return func(c *claim.Claim) { c.Modality = m } }
func subject(s string) opt          { return func(c *claim.Claim) { c.Subject = s } }
func span(start, end int) opt {
	return func(c *claim.Claim) { c.Evidence.Start, c.Evidence.End = start, end }
}

func number(v float64, approx, counts, unit string) opt {
	return func(c *claim.Claim) {
		c.Number = &claim.NumberValue{Value: v, Approx: approx, Counts: counts, Unit: unit}
	}
}

func title(head string, former bool, ranks ...string) opt {
	return func(c *claim.Claim) { c.Title = &claim.TitleValue{Head: head, Former: former, Ranks: ranks} }
}

func office(holder string, present, former bool) opt {
	return func(c *claim.Claim) {
		c.Office = &claim.OfficeValue{Office: "zq:governor", Holder: holder, Present: present, Former: former}
	}
}

func place(key, country string) opt {
	return func(c *claim.Claim) { c.Place = &claim.PlaceValue{Key: key, Country: country} }
}

func dateOf(value, weekday, resolution string) opt {
	return func(c *claim.Claim) {
		c.Date = &claim.DateValue{Value: value, Weekday: weekday, Resolution: resolution}
	}
}

// defaults loads the built-in rules once per test.
func defaults(t testing.TB) *Set {
	t.Helper()
	s, err := Default()
	require.NoError(t, err)
	return s
}

// testKB is the built-in knowledge base plus the invented offices and
// places of testdata/kb.
func testKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Load("testdata/kb")
	require.NoError(t, err)
	return k
}

// runRule checks claims with one built-in rule.
func runRule(t testing.TB, id string, claims []claim.Claim, ctx *Context) []Discrepancy {
	t.Helper()
	r, ok := defaults(t).byID(id)
	require.True(t, ok, "rule %s", id)
	return (&Set{Rules: []Rule{r}}).Check(claims, ctx)
}

// values lists the values of a discrepancy's sides.
func values(d Discrepancy) []string {
	var out []string
	for _, c := range d.Claims {
		out = append(out, c.Value)
	}
	return out
}

func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	require.NoError(t, err)
	return d
}
