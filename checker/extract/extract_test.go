package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestArticleClaimsAreSortedAndInsideText(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	text := "Wednesday, May 14, 2025\n" +
		"Deputy Energy Minister Ilse Brandt opened the Korvala dam on 12 May 2025. " +
		"\"The valley is safe now,\" Brandt told reporters. At least 40 homes were flooded in the Korvala flood last week."
	a := &article.Article{ID: "t1", Text: text, Paragraphs: article.SplitParagraphs(text),
		Published: day(2025, 5, 14), PublishedFrom: article.DateFromDateline}
	r := Article(a, k, Options{})
	require.NotEmpty(t, r.Claims)
	require.NotEmpty(t, r.Expressions)
	assert.Equal(t, day(2025, 5, 14), r.Reference)
	kinds := map[claim.Kind]bool{}
	for i, c := range r.Claims {
		kinds[c.Kind] = true
		assert.Equal(t, "t1", c.Evidence.Article)
		assert.True(t, 0 <= c.Evidence.Start && c.Evidence.Start <= c.Evidence.End && c.Evidence.End <= len(text), "span of %+v", c)
		if i > 0 {
			assert.LessOrEqual(t, r.Claims[i-1].Evidence.Start, c.Evidence.Start, "sorted by evidence start")
		}
	}
	assert.True(t, kinds[claim.KindTitle], "a title claim for Ilse Brandt")
	assert.True(t, kinds[claim.KindQuote], "a quote claim")
}

// corpusArticle builds an article from bare text for fuzzing.
type corpusArticle struct{ ID, Text string }

func (c corpusArticle) article() *article.Article {
	return &article.Article{ID: c.ID, Text: c.Text, Paragraphs: article.SplitParagraphs(c.Text), PublishedFrom: article.DateUnknown}
}

func TestDayFirstPerSource(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	text := "The hearing was moved to 3/4/2025, the court said."
	mk := func(src string) *article.Article {
		return &article.Article{ID: "d", Source: src, Text: text, Paragraphs: article.SplitParagraphs(text), PublishedFrom: article.DateUnknown}
	}
	opt := Options{DayFirstSources: map[string]bool{"valley post": true}}
	valueOf := func(r Result) string {
		for _, x := range r.Expressions {
			if x.Text == "3/4/2025" {
				return x.Value
			}
		}
		return ""
	}
	dayFirst := Article(mk(" Valley Post "), k, opt)
	assert.True(t, dayFirst.DayFirst)
	assert.Equal(t, "2025-04-03", valueOf(dayFirst))
	monthFirst := Article(mk("Mill Gazette"), k, opt)
	assert.False(t, monthFirst.DayFirst)
	assert.Equal(t, "2025-03-04", valueOf(monthFirst))
}
