package article

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestReference(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	pub := &Article{Published: time.Date(2025, 5, 14, 18, 30, 0, 0, time.UTC), PublishedFrom: DateFromMetadata}
	evening := &Article{Published: time.Date(2025, 5, 14, 23, 30, 0, 0, time.FixedZone("", -5*3600)), PublishedFrom: DateFromDateline}
	none := &Article{PublishedFrom: DateUnknown}
	cases := []struct {
		name string
		a    *Article
		p    RefPolicy
		want time.Time
		from string
	}{
		{"publication date, time dropped", pub, RefPolicy{}, day(2025, 5, 14), "metadata"},
		{"the day as written, not as in UTC", evening, RefPolicy{}, day(2025, 5, 14), "dateline"},
		{"--ref overrides", pub, RefPolicy{Ref: day(2024, 1, 2)}, day(2024, 1, 2), "user"},
		{"fallback only without a date", pub, RefPolicy{Fallback: day(2024, 1, 2)}, day(2025, 5, 14), "metadata"},
		{"fallback", none, RefPolicy{Fallback: day(2024, 1, 2)}, day(2024, 1, 2), "user"},
		{"--ref before the fallback", none, RefPolicy{Ref: day(2023, 3, 4), Fallback: day(2024, 1, 2)}, day(2023, 3, 4), "user"},
		{"unknown", none, RefPolicy{}, time.Time{}, "unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, from := c.a.Reference(c.p)
			assert.Equal(t, c.want, got)
			assert.Equal(t, c.from, from)
		})
	}
}
