package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOtherDateClaims(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		require.NoError(t, err)
		return d
	}
	doc := "Posted: September 28, 2025\nHarbour To Close\n" + lead
	dateline := ArticleInfo{Published: day("2025-09-28"), PublishedFrom: FromDateline, PublishedText: "September 28, 2025", DatelineStart: 0, DatelineEnd: 26}
	tests := []struct {
		name  string
		other DateSighting
		want  []brief
	}{
		{"an address a day away agrees", DateSighting{From: FromURL, Date: day("2025-09-27"), Text: "2025/09/27", Start: -1, End: -1}, nil},
		{"an address days away disagrees", DateSighting{From: FromURL, Date: day("2025-09-20"), Text: "2025/09/20", Start: -1, End: -1},
			[]brief{{"article:t", "2025-09-20", "2025/09/20"}}},
		{"a later revision stamp agrees", DateSighting{From: FromDateline, Date: day("2025-10-05"), Text: "October 5, 2025", Start: 0, End: 26, Updated: true}, nil},
		{"an earlier revision stamp disagrees", DateSighting{From: FromMetadata, Date: day("2025-09-01"), Text: "2025-09-01", Start: -1, End: -1, Updated: true},
			[]brief{{"article:t", "2025-09-01", "2025-09-01"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			info := dateline
			info.OtherDates = []DateSighting{tc.other}
			cs := extractWith(t, doc, info)
			want := append([]brief{{"article:t", "2025-09-28", "September 28, 2025"}}, tc.want...)
			assert.ElementsMatch(t, want, briefs(cs))
			for _, c := range cs {
				if c.Value != "2025-09-28" {
					assert.Equal(t, tc.other.From, c.Subject)
					if tc.other.From == FromURL {
						assert.Equal(t, urlSentence, c.Evidence.Sentence)
					}
				}
			}
		})
	}
	t.Run("a date from the address is claimed as such", func(t *testing.T) {
		info := ArticleInfo{Published: day("2025-09-28"), PublishedFrom: FromURL, PublishedText: "2025/09/28", DatelineStart: -1, DatelineEnd: -1}
		cs := extractWith(t, lead, info)
		require.Len(t, cs, 1)
		assert.Equal(t, FromURL, cs[0].Subject)
		assert.Equal(t, urlSentence, cs[0].Evidence.Sentence)
	})
}
