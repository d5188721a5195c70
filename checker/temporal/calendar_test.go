package temporal

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestCalendarNames(t *testing.T) {
	m := MonthNames()
	for w, want := range map[string]time.Month{"january": time.January, "sept": time.September, "sep": time.September, "may": time.May, "dec": time.December} {
		assert.Equal(t, want, m[w], w)
	}
	assert.Len(t, m, 12+11+1, "twelve names, three-letter forms of the eleven longer than three letters, and sept")
	d := WeekdayNames()
	for w, want := range map[string]time.Weekday{"sunday": time.Sunday, "thurs": time.Thursday, "tue": time.Tuesday, "sat": time.Saturday} {
		assert.Equal(t, want, d[w], w)
	}
	assert.NotContains(t, d, "mondays", "plurals are sets, not a day")
}
