package temporal

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestParse(t *testing.T) {
	tests := []struct {
		in          string
		ok          bool
		gran        string
		start, end  time.Time
		yearUnknown bool
	}{
		{"2025", true, GranYear, day(2025, 1, 1), day(2026, 1, 1), false},
		{"2025-08", true, GranMonth, day(2025, 8, 1), day(2025, 9, 1), false},
		{"2025-12", true, GranMonth, day(2025, 12, 1), day(2026, 1, 1), false},
		{"2025-08-15", true, GranDay, day(2025, 8, 15), day(2025, 8, 16), false},
		{"2024-02-29", true, GranDay, day(2024, 2, 29), day(2024, 3, 1), false},
		{"2025-W38", true, GranWeek, day(2025, 9, 15), day(2025, 9, 22), false},
		{"2026-W01", true, GranWeek, day(2025, 12, 29), day(2026, 1, 5), false},
		{"2025-W38-WE", true, GranWeek, day(2025, 9, 20), day(2025, 9, 22), false},
		{"XXXX-SU", true, GranSeason, time.Time{}, time.Time{}, true},
		{"2025-SU", true, GranSeason, day(2025, 6, 1), day(2025, 9, 23), false},
		{"2025-Q3", true, GranMonth, day(2025, 7, 1), day(2025, 10, 1), false},
		{"2025-H1", true, GranMonth, day(2025, 1, 1), day(2025, 7, 1), false},
		{"199", true, GranDecade, day(1990, 1, 1), day(2000, 1, 1), false},
		{"200", true, GranDecade, day(2000, 1, 1), day(2010, 1, 1), false},
		{"19", true, GranCentury, day(1900, 1, 1), day(2000, 1, 1), false},
		{"2025-09-27TMO", true, GranTime, day(2025, 9, 27), day(2025, 9, 27).Add(13 * time.Hour), false},
		{"2025-09-28T10:30", true, GranTime, day(2025, 9, 28).Add(10*time.Hour + 30*time.Minute), day(2025, 9, 28).Add(10*time.Hour + 31*time.Minute), false},
		{"XXXX-08-15", true, GranDay, time.Time{}, time.Time{}, true},
		{"XXXX-08", true, GranMonth, time.Time{}, time.Time{}, true},
		{"XXXX-XX-15", true, GranDay, time.Time{}, time.Time{}, true},
		{"XXXX-02-29", true, GranDay, time.Time{}, time.Time{}, true},
		// Not dates, or malformed.
		{"XXXX", false, "", time.Time{}, time.Time{}, false},
		{"2025-02-29", false, "", time.Time{}, time.Time{}, false},
		{"2025-13", false, "", time.Time{}, time.Time{}, false},
		{"2025-00", false, "", time.Time{}, time.Time{}, false},
		{"2025-W54", false, "", time.Time{}, time.Time{}, false},
		{"2025-Q5", false, "", time.Time{}, time.Time{}, false},
		{"2025-XY", false, "", time.Time{}, time.Time{}, false},
		{"2025-08-32", false, "", time.Time{}, time.Time{}, false},
		{"2025-8-5", false, "", time.Time{}, time.Time{}, false},
		{"2025-08T10:00", false, "", time.Time{}, time.Time{}, false},
		{"2025-08-15T25:00", false, "", time.Time{}, time.Time{}, false},
		{"2025-08-15TXX", false, "", time.Time{}, time.Time{}, false},
		{"T10:00", false, "", time.Time{}, time.Time{}, false},
		{"PAST_REF", false, "", time.Time{}, time.Time{}, false},
		{"PRESENT_REF", false, "", time.Time{}, time.Time{}, false},
		{"UNRESOLVED", false, "", time.Time{}, time.Time{}, false},
		{"P2D", false, "", time.Time{}, time.Time{}, false},
		{"", false, "", time.Time{}, time.Time{}, false},
		{"0000", false, "", time.Time{}, time.Time{}, false},
		{"2a25", false, "", time.Time{}, time.Time{}, false},
		{"1", false, "", time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, ok := Parse(tt.in)
			require.Equal(t, tt.ok, ok)
			if !ok {
				return
			}
			assert.Equal(t, tt.in, v.Raw)
			assert.Equal(t, tt.gran, v.Granularity)
			assert.Equal(t, tt.yearUnknown, v.YearUnknown)
			assert.Equal(t, tt.start, v.Start)
			assert.Equal(t, tt.end, v.End)
			assert.Equal(t, !tt.start.IsZero(), v.Bounded())
		})
	}
}

func TestParseFields(t *testing.T) {
	v, ok := Parse("XXXX-08-15")
	require.True(t, ok)
	assert.Equal(t, Value{Raw: "XXXX-08-15", Granularity: GranDay, Month: 8, Day: 15, YearUnknown: true}, v)

	v, ok = Parse("2025-09-28T14:05")
	require.True(t, ok)
	assert.Equal(t, 2025, v.Year)
	assert.Equal(t, 14, v.Hour)
	assert.Equal(t, 5, v.Minute)
	assert.True(t, v.HasClock)

	v, ok = Parse("XXXX-XX-15")
	require.True(t, ok)
	assert.True(t, v.MonthUnknown)
	assert.Equal(t, 15, v.Day)
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2025-08", "2025-08-15", true},
		{"2025-08-15", "2025-08-15", true},
		{"2025-08-15", "2025-08-16", false},
		{"XXXX-08-15", "2025-08", true},
		{"XXXX-08-15", "2025-08-15", true},
		{"XXXX-08-15", "2025-08-16", false},
		{"XXXX-08-15", "2025", true},
		{"XXXX-08-15", "199", true},
		{"XXXX-08-15", "19", true},
		{"XXXX-08", "XXXX-08-15", true},
		{"XXXX-08", "XXXX-09-15", false},
		{"XXXX-08-15", "XXXX-08-16", false},
		{"XXXX-XX-15", "XXXX-08-15", true},
		{"XXXX-XX-15", "XXXX-08-16", false},
		{"XXXX-XX-15", "2025-08-15", true},
		{"XXXX-XX-15", "2025-08-14", false},
		{"XXXX-XX-31", "2025-09", false},
		{"XXXX-XX-31", "2025-10", true},
		{"XXXX-02-29", "2024-02", true},
		{"XXXX-02-29", "2025-02", false},
		{"XXXX-02-29", "2025", false},
		{"2025", "2025-03", true},
		{"2024", "2025-03", false},
		{"2025-03", "XXXX-08-15", false},
		{"2025-SU", "2025-08-15", true},
		{"2025-SU", "2025-06", true},
		{"2025-SU", "2025-12-01", false},
		{"2025-WI", "2025-01-10", true},
		{"2025-WI", "2025-12-10", true},
		{"2025-WI", "2025-07-10", false},
		{"2025-W38", "2025-09-15", true},
		{"2025-W38", "2025-09-22", false},
		{"2025-W40", "2025-10", true},
		{"2025-W38-WE", "2025-09-21", true},
		{"2025-W38-WE", "2025-09-19", false},
		{"2025-W40", "2025-09", true},
		{"2025-Q3", "2025-08-15", true},
		{"2025-Q3", "2025-10-01", false},
		{"199", "1995", true},
		{"199", "1995-05-05", true},
		{"199", "2000", false},
		{"200", "2005", true},
		{"199", "200", false},
		{"19", "1995", true},
		{"19", "2001", false},
		{"2025-09-27TMO", "2025-09-27", true},
		{"2025-09-27TMO", "2025-09-28", false},
		{"2025-09-27TMO", "2025-09-27T10:00", true},
		{"2025-09-27TMO", "2025-09-27T20:00", false},
		{"2025-09-27T10:00", "2025-09-27T11:00", false},
		// Incomparable values never conflict.
		{"PAST_REF", "2025-08-15", true},
		{"PRESENT_REF", "1990", true},
		{"UNRESOLVED", "2025-08-15", true},
		{"P2D", "2025", true},
		{"T10:00", "2025-08-15", true},
		{"garbage", "2025", true},
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"~"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, Compatible(tt.a, tt.b))
			assert.Equal(t, tt.want, Compatible(tt.b, tt.a), "Compatible must be symmetric")
		})
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		in   string
		want time.Weekday
		ok   bool
	}{
		{"2025-09-28", time.Sunday, true},
		{"2025-09-29", time.Monday, true},
		{"2024-02-29", time.Thursday, true},
		{"2025-09-27TMO", time.Saturday, true},
		{"2025-09-28T10:00", time.Sunday, true},
		{"XXXX-08-15", 0, false},
		{"XXXX-XX-15", 0, false},
		{"2025-09", 0, false},
		{"2025-W38", 0, false},
		{"2025", 0, false},
		{"UNRESOLVED", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Weekday(tt.in)
			require.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-08-15", "August 15, 2025"},
		{"2025-03", "March 2025"},
		{"XXXX-08-15", "August 15 (year unknown)"},
		{"XXXX-08", "August (year unknown)"},
		{"XXXX-XX-15", "the 15th (month unknown)"},
		{"XXXX-XX-01", "the 1st (month unknown)"},
		{"XXXX-XX-22", "the 22nd (month unknown)"},
		{"XXXX-XX-13", "the 13th (month unknown)"},
		{"2025", "2025"},
		{"199", "the 1990s"},
		{"200", "the 2000s"},
		{"19", "the 1900s"},
		{"2025-W38", "week 38 of 2025"},
		{"2025-W38-WE", "the weekend of week 38 of 2025"},
		{"2025-SU", "summer 2025"},
		{"2025-Q3", "Q3 2025"},
		{"2025-H2", "the second half of 2025"},
		{"2025-09-27TMO", "September 27, 2025 (morning)"},
		{"2025-09-28T14:30", "September 28, 2025 at 14:30"},
		{"T10:00", "10:00"},
		{"TEV", "evening"},
		{"PRESENT_REF", "the present"},
		{"PAST_REF", "the past"},
		{"FUTURE_REF", "the future"},
		{"UNRESOLVED", "an unresolved date"},
		{"P2D", "2 days"},
		{"P1Y", "1 year"},
		{"PT1H", "1 hour"},
		{"PT30M", "30 minutes"},
		{"P1Y6M", "1 year 6 months"},
		{"PXY", "years"},
		{"P1DE", "1 decade"},
		{"P3CE", "3 centuries"},
		{"PXDE", "decades"},
		{"XXXX-WXX-1", "every Monday"},
		{"XXXX-WXX-7", "every Sunday"},
		{"P", "P"},
		{"P2Q", "P2Q"},
		{"nonsense", "nonsense"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Format(tt.in))
		})
	}
}

func FuzzValue(f *testing.F) {
	for _, s := range []string{"2025", "2025-08-15", "XXXX-08-15", "XXXX-XX-31", "199", "19", "2025-W38-WE", "2025-SU", "2025-09-27TMO", "P1Y6M", "PT1H", "XXXX-WXX-1"} {
		f.Add(s, "2025-08")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if Compatible(a, b) != Compatible(b, a) {
			t.Fatalf("Compatible(%q, %q) is not symmetric", a, b)
		}
		if !Compatible(a, a) {
			if _, ok := Parse(a); ok {
				t.Fatalf("%q is not compatible with itself", a)
			}
		}
		_ = Format(a)
		if _, ok := Weekday(a); ok {
			if _, ok := Parse(a); !ok {
				t.Fatalf("Weekday accepted unparsable %q", a)
			}
		}
	})
}
