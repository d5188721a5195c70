package read_test

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
)

func TestParseDate(t *testing.T) {
	at := func(y int, m time.Month, d, h, min, s int) time.Time {
		return time.Date(y, m, d, h, min, s, 0, time.UTC)
	}
	tests := []struct {
		in   string
		want time.Time // zero: must not parse
	}{
		{"2025-09-28", readersDay(2025, time.September, 28)},
		{"2025/09/28", readersDay(2025, time.September, 28)},
		{"2025-09-28T10:00:00Z", at(2025, time.September, 28, 10, 0, 0)},
		{"2025-09-28T10:00:00.123Z", at(2025, time.September, 28, 10, 0, 0)},
		// The wall-clock date as published is kept, not the UTC date.
		{"2025-09-28T23:30:00-05:00", at(2025, time.September, 28, 23, 30, 0)},
		{"2025-09-28T01:15:00+0300", at(2025, time.September, 28, 1, 15, 0)},
		{"2025-09-28T10:00", at(2025, time.September, 28, 10, 0, 0)},
		{"2025-09-28 10:00:00", at(2025, time.September, 28, 10, 0, 0)},
		{"2025-09-28 10:00:00 +03:00", at(2025, time.September, 28, 10, 0, 0)},
		{"2025-09-28 UTC", readersDay(2025, time.September, 28)},
		{"Sun, 28 Sep 2025 10:00:00 GMT", at(2025, time.September, 28, 10, 0, 0)},
		{"September 28, 2025", readersDay(2025, time.September, 28)},
		{"Sunday, September 28, 2025", readersDay(2025, time.September, 28)},
		{"28 September 2025", readersDay(2025, time.September, 28)},
		{"Sunday 28 September 2025", readersDay(2025, time.September, 28)},
		{"Sept. 28, 2025", readersDay(2025, time.September, 28)},
		{"Sep 28 2025", readersDay(2025, time.September, 28)},
		{"SEPTEMBER 28, 2025", readersDay(2025, time.September, 28)},
		{"September 28th, 2025", readersDay(2025, time.September, 28)},
		{"September 28, 2025 10:30 AM", at(2025, time.September, 28, 10, 30, 0)},
		{"September 28, 2025 at 10:30 p.m. EDT", at(2025, time.September, 28, 22, 30, 0)},
		{"September 28, 2025, 12:05AM", at(2025, time.September, 28, 0, 5, 0)},
		{"Sep 28, 2025 - 9 PM ET", at(2025, time.September, 28, 21, 0, 0)},
		{"Sunday, September 28-2025 at 16:12", at(2025, time.September, 28, 16, 12, 0)},
		{"  2025-09-28  ", readersDay(2025, time.September, 28)},
		{"February 29, 2024", readersDay(2024, time.February, 29)},

		{"", time.Time{}},
		{"September 2025", time.Time{}},
		{"September 31, 2025", time.Time{}},
		{"February 29, 2025", time.Time{}},
		{"2025-13-01", time.Time{}},
		{"2025-09-28T25:00:00Z", time.Time{}},
		{"28/09/2025", time.Time{}}, // day and month order is ambiguous
		{"Sunday", time.Time{}},
		{"September 28, 2025 was a Sunday", time.Time{}},
		{"Smarch 28, 2025", time.Time{}},
		{"September 28, 25", time.Time{}},
		{"September 28-29, 2025", time.Time{}}, // a range is no one day
		{"September 28 - 2025", time.Time{}},
		{"13:00 PM September 28, 2025", time.Time{}},
		{"September 28, 2025 13:30 PM", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := read.ParseDate(tt.in)
			assert.Equal(t, !tt.want.IsZero(), ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseDateline(t *testing.T) {
	sep28 := readersDay(2025, time.September, 28)
	tests := []struct {
		line string
		ok   bool
	}{
		{"Sunday, September 28, 2025", true},
		{"2025-09-28", true},
		{"28 September 2025", true},
		{"Sept. 28, 2025", true},
		{"September 28, 2025 10:30 AM", true},
		{"Published: September 28, 2025", true},
		{"Posted on Sep 28, 2025", false}, // a label needs its colon
		{"Posted on: Sep 28, 2025", true},
		{"\tSunday, September 28, 2025 \r", true},
		{"Sunday, September 28-2025 at 16:12", true},

		{"Updated: September 28, 2025", false},
		{"The talks began on September 28, 2025", false},
		{"September 28, 2025 — Officials said the talks would resume.", false},
		{"World News", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, ok := read.ParseDateline(tt.line)
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				assert.Equal(t, sep28, got.Truncate(24*time.Hour))
			}
		})
	}
}
