package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
)

const lead = "The ministry announced Monday that the harbour in the old town will close for repairs during the winter."

func TestWeekdayClaims(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		exprs func(doc string) []temporal.Expression
		want  []brief
	}{
		{"weekday with full date", "Talks resumed on Sunday, September 28, 2025, in the capital.",
			func(doc string) []temporal.Expression {
				return []temporal.Expression{ex(t, doc, "Sunday, September 28, 2025", "2025-09-28", "day", weekday("Sunday"))}
			},
			[]brief{{"date:2025-09-28", "sunday", "Sunday"}}},
		{"year from the reference", "Ballots are counted on Wednesday, 2 April, officials said.",
			func(doc string) []temporal.Expression {
				return []temporal.Expression{ex(t, doc, "Wednesday, 2 April", "2025-04-02", "day", weekday("Wednesday"), yearFromRef)}
			},
			[]brief{{"date:2025-04-02", "wednesday", "Wednesday"}}},
		{"abbreviation named in full", "Voting closes Thu., 3 April 2025 at noon.",
			func(doc string) []temporal.Expression {
				return []temporal.Expression{ex(t, doc, "Thu., 3 April 2025", "2025-04-03", "day", weekday("Thursday"))}
			},
			[]brief{{"date:2025-04-03", "thursday", "Thu"}}},
		{"weekday tagged apart from its date", "Talks resumed on Sunday, 28 September 2025, in the capital.",
			func(doc string) []temporal.Expression {
				return []temporal.Expression{
					ex(t, doc, "Sunday", "2025-09-28", "day", weekday("Sunday"), relative),
					ex(t, doc, "28 September 2025", "2025-09-28", "day"),
				}
			},
			[]brief{{"date:2025-09-28", "sunday", "Sunday"}}},
		{"bare weekday outside the lead is no claim", "Harbour To Close\n" + lead + "\n" + lead + "\nA third paragraph is long enough to count as body text but it sits too low, on Friday.",
			func(doc string) []temporal.Expression {
				return []temporal.Expression{ex(t, doc, "Friday", "2025-09-26", "day", weekday("Friday"), relative)}
			}, nil},
		{"bare weekday in the lead names the news day", "Harbour To Close\n" + lead,
			func(doc string) []temporal.Expression {
				return []temporal.Expression{ex(t, doc, "Monday", "2025-09-29", "day", weekday("Monday"), relative)}
			},
			[]brief{{"article:t", "monday", "Monday"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := only(run(t, tc.doc, tc.exprs(tc.doc)...), claim.KindWeekday)
			assert.Equal(t, tc.want, briefs(got))
			for _, c := range got {
				require.NotNil(t, c.Date)
			}
		})
	}
}

func TestLeadWeekdayCarriesResolvedDate(t *testing.T) {
	doc := "Harbour To Close\n" + lead
	cs := only(run(t, doc, ex(t, doc, "Monday", "2025-09-29", "day", weekday("Monday"), relative)), claim.KindWeekday)
	require.Len(t, cs, 1)
	assert.Equal(t, "2025-09-29", cs[0].Date.Value)
}

func extractWith(t *testing.T, doc string, info ArticleInfo, exprs ...temporal.Expression) []claim.Claim {
	t.Helper()
	d := text.NewDoc("t", doc, info.Published)
	cs := Extract(d, exprs, info, testKB(t))
	assertInvariants(t, d, cs)
	return find(cs, claim.KindDate, "article:t", "")
}

func TestArticleDateClaims(t *testing.T) {
	day := time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)
	t.Run("dateline", func(t *testing.T) {
		doc := "Sunday, September 28, 2025\n\nHarbour To Close\n" + lead
		info := ArticleInfo{Published: day, PublishedFrom: FromDateline, PublishedText: "Sunday, September 28, 2025", DatelineStart: 0, DatelineEnd: 26}
		cs := extractWith(t, doc, info)
		assert.Equal(t, []brief{{"article:t", "2025-09-28", "Sunday, September 28, 2025"}}, briefs(cs))
	})
	t.Run("metadata", func(t *testing.T) {
		info := ArticleInfo{Published: day, PublishedFrom: FromMetadata, PublishedText: "2025-09-28T10:00:00Z", DatelineStart: -1, DatelineEnd: -1}
		cs := extractWith(t, lead, info)
		require.Len(t, cs, 1)
		assert.Equal(t, "2025-09-28", cs[0].Value)
		assert.Equal(t, metadataSentence, cs[0].Evidence.Sentence)
		assert.Zero(t, cs[0].Evidence.Start)
		assert.Zero(t, cs[0].Evidence.End)
	})
	t.Run("unknown date gives no claim", func(t *testing.T) {
		assert.Empty(t, extractWith(t, lead, noInfo))
	})
	t.Run("byline in parentheses, numeric", func(t *testing.T) {
		doc := "Harbour To Close\nHarbourWatch (29/9/2025): " + lead
		assert.Equal(t, []brief{{"article:t", "2025-09-29", "29/9/2025"}}, briefs(extractWith(t, doc, noInfo)))
	})
	t.Run("byline after a comma, agency and dash", func(t *testing.T) {
		doc := "QUELLPORT, Sept. 29 (Wirepost) - " + lead
		e := ex(t, doc, "Sept. 29", "2025-09-29", "day", yearFromRef)
		assert.Equal(t, []brief{{"article:t", "2025-09-29", "Sept. 29"}}, briefs(extractWith(t, doc, noInfo, e)))
	})
	t.Run("ambiguous numeric byline is left alone", func(t *testing.T) {
		doc := "HarbourWatch (3/4/2025): " + lead
		assert.Empty(t, extractWith(t, doc, noInfo))
	})
	t.Run("a place dateline without a date is no byline", func(t *testing.T) {
		doc := "Quellport — " + lead
		assert.Empty(t, extractWith(t, doc, noInfo))
	})
	t.Run("dateline, byline and lead weekday together", func(t *testing.T) {
		doc := "Sunday, September 28, 2025\n\nHarbour To Close\nHarbourWatch (29/9/2025): " + lead
		info := ArticleInfo{Published: day, PublishedFrom: FromDateline, PublishedText: "Sunday, September 28, 2025", DatelineStart: 0, DatelineEnd: 26}
		d := text.NewDoc("t", doc, day)
		cs := Extract(d, []temporal.Expression{ex(t, doc, "Monday", "2025-09-29", "day", weekday("Monday"), relative)}, info, testKB(t))
		assertInvariants(t, d, cs)
		assert.Equal(t, []brief{{"article:t", "2025-09-28", "Sunday, September 28, 2025"}, {"article:t", "2025-09-29", "29/9/2025"}},
			briefs(find(cs, claim.KindDate, "article:t", "")))
		assert.Equal(t, []brief{{"article:t", "monday", "Monday"}}, briefs(find(cs, claim.KindWeekday, "article:t", "")))
	})
}

func TestNumericDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"29/9/2025", "2025-09-29", true},
		{"9/29/2025", "2025-09-29", true},
		{"29.9.2025", "2025-09-29", true},
		{"3/4/2025", "", false},
		{"31/2/2025", "", false},
		{"29/9/25", "", false},
		{"x/9/2025", "", false},
	}
	for _, tc := range tests {
		got, ok := numericDate(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}
