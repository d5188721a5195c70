package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestCalendarWeekdays(t *testing.T) {
	w := func(article, date, weekday string, opts ...opt) claim.Claim {
		return mk(claim.KindWeekday, article, "date:"+date, weekday, opts...)
	}
	tests := []struct {
		name     string
		claims   []claim.Claim
		want     int
		severity Severity
		summary  string
	}{
		{"the right weekday", []claim.Claim{w("a1", "2031-05-02", "Friday")}, 0, 0, ""},
		{"the right weekday, abbreviated", []claim.Claim{w("a1", "2031-05-02", "fri.")}, 0, 0, ""},
		{"a wrong weekday", []claim.Claim{w("a1", "2031-05-02", "Monday"), w("a2", "2031-05-02", "Friday")}, 1, Error,
			"May 2, 2031 was a Friday, but a1 calls it Monday."},
		{"two wrong weekdays make one finding", []claim.Claim{w("a1", "2031-05-02", "Monday"), w("a2", "2031-05-02", "Tuesday")}, 1, Error,
			"May 2, 2031 was a Friday, but a1 calls it Monday and a2 calls it Tuesday."},
		{"an inferred year softens it", []claim.Claim{w("a1", "2031-05-02", "Monday", dateOf("2031-05-02", "", "year-from-reference"))}, 1, Warning, ""},
		{"a date that is not a day", []claim.Claim{w("a1", "2031-05", "Monday")}, 0, 0, ""},
		{"not a weekday", []claim.Claim{w("a1", "2031-05-02", "someday")}, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := runRule(t, "calendar", tt.claims, nil)
			require.Len(t, ds, tt.want)
			for _, d := range ds {
				assert.Equal(t, claim.KindWeekday, d.Kind)
				assert.Equal(t, tt.severity, d.Severity)
				if tt.summary != "" {
					assert.Equal(t, tt.summary, d.Summary)
				}
			}
		})
	}
}

func TestCalendarArticleDates(t *testing.T) {
	const key = "article:n7"
	sentence := "The council announced Monday that the bridge reopens."
	dateline := mk(claim.KindDate, "n7", key, "2031-05-04", subject("dateline"), span(0, 19), dateOf("2031-05-04", "Sunday", ""))
	dateline.ValueText = "Sunday, May 4, 2031"
	inText := mk(claim.KindDate, "n7", key, "2031-05-05", span(40, 48))
	inText.ValueText = "5/5/2031"
	monday := mk(claim.KindWeekday, "n7", key, "Monday", dateOf("2031-05-05", "", ""))
	monday.Evidence = claim.Evidence{Article: "n7", Start: 70, End: 76, SentenceStart: 48, SentenceEnd: 48 + len(sentence), Sentence: sentence}
	saturday := mk(claim.KindWeekday, "n7", key, "Saturday", span(90, 98))

	t.Run("dateline, text and a weekday", func(t *testing.T) {
		ds := runRule(t, "calendar", []claim.Claim{dateline, inText, monday, saturday}, nil)
		require.Len(t, ds, 1)
		d := ds[0]
		assert.Equal(t, claim.KindDate, d.Kind)
		assert.Equal(t, `n7 is dated Sunday, May 4, 2031 in its dateline but May 5, 2031 in the text ("5/5/2031"); it also says "announced Monday".`, d.Summary)
		roles := map[string]string{}
		for _, c := range d.Claims {
			roles[c.Value] = c.Role
		}
		assert.Equal(t, map[string]string{"2031-05-04": "dateline", "2031-05-05": "text", "Monday": "weekday"}, roles, "Saturday fits neither date")
	})
	t.Run("the role comes from the article's metadata", func(t *testing.T) {
		plain := dateline
		plain.Subject = ""
		ctx := &Context{Articles: map[string]ArticleMeta{"n7": {ID: "n7", Reference: day(t, "2031-05-04"), ReferenceFrom: "metadata"}}}
		ds := runRule(t, "calendar", []claim.Claim{plain, inText}, ctx)
		require.Len(t, ds, 1)
		assert.Contains(t, ds[0].Summary, "in its metadata but May 5, 2031 in the text")
	})
	t.Run("dateline and address", func(t *testing.T) {
		url := mk(claim.KindDate, "n7", key, "2031-04-20", subject("url"))
		url.ValueText = "2031/04/20"
		url.Evidence = claim.Evidence{Article: "n7", Sentence: "(url)"}
		ds := runRule(t, "calendar", []claim.Claim{url, dateline}, nil)
		require.Len(t, ds, 1)
		assert.Equal(t, `n7 is dated Sunday, May 4, 2031 in its dateline but April 20, 2031 in its URL ("2031/04/20").`, ds[0].Summary)
	})
	t.Run("agreeing dates", func(t *testing.T) {
		month := mk(claim.KindDate, "n7", key, "2031-05", span(40, 48))
		assert.Empty(t, runRule(t, "calendar", []claim.Claim{dateline, month, monday}, nil))
	})
}
