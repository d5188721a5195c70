package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestOccurrence(t *testing.T) {
	tests := []struct {
		name string
		c    claim.Claim
		want string
	}{
		{"a day is its month", mk(claim.KindLocation, "a1", "event:x", "p", dateOf("2031-06-14", "", "")), "m:6"},
		{"a year-unknown day is its month", mk(claim.KindLocation, "a1", "event:x", "p", dateOf("XXXX-06-14", "", "")), "m:6"},
		{"a month", mk(claim.KindLocation, "a1", "event:x", "p", dateOf("2031-06", "", "")), "m:6"},
		{"a year", mk(claim.KindLocation, "a1", "event:x", "p", dateOf("1987", "", "")), "y:1987"},
		{"undated and planned", mk(claim.KindLocation, "a1", "event:x", "p", modality(claim.Planned)), "u:planned"},
		{"undated and asserted", mk(claim.KindLocation, "a1", "event:x", "p"), "u:actual"},
		{"undated and reported", mk(claim.KindLocation, "a1", "event:x", "p", modality(claim.Reported)), "u:actual"},
		{"an unreadable date is no date", mk(claim.KindLocation, "a1", "event:x", "p", dateOf("PAST_REF", "", "")), "u:actual"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, occurrence(&tc.c))
		})
	}
}

// Two summits of one pair of leaders, months apart, are two events; the
// planned venue and the one an event was held in, on one date, conflict.
func TestVenuesOfOneOccurrence(t *testing.T) {
	const pair = "event:meeting:with:brand+farr"
	loc := func(article, key, country, date string, m claim.Modality) claim.Claim {
		opts := []opt{place(key, country), modality(m), subject("the meeting between Brand and Farr")}
		if date != "" {
			opts = append(opts, dateOf(date, "", ""))
		}
		return mk(claim.KindLocation, article, pair, key, opts...)
	}
	tests := []struct {
		name   string
		claims []claim.Claim
		want   int
	}{
		{"a past summit and a planned one", []claim.Claim{
			loc("a1", "zq/port-verena", "zq", "2030-10", claim.Asserted),
			loc("a2", "xv/lund-abbey", "xv", "2031-06-14", claim.Planned),
		}, 0},
		{"planned in one place, held in another, one date", []claim.Claim{
			loc("a1", "zq/port-verena", "zq", "2031-03-20", claim.Planned),
			loc("a2", "xv/lund-abbey", "xv", "2031-03-20", claim.Asserted),
		}, 1},
		{"two venues for one planned date", []claim.Claim{
			loc("a1", "zq/port-verena", "zq", "2031-06-14", claim.Planned),
			loc("a2", "xv/lund-abbey", "xv", "XXXX-06-14", claim.Planned),
			loc("a3", "zq/port-verena", "zq", "2030-10-02", claim.Asserted),
		}, 1},
		{"undated: a plan and the outcome are not compared", []claim.Claim{
			loc("a1", "zq/port-verena", "zq", "", claim.Planned),
			loc("a2", "xv/lund-abbey", "xv", "", claim.Asserted),
		}, 0},
		{"undated: two plans conflict", []claim.Claim{
			loc("a1", "zq/port-verena", "zq", "", claim.Planned),
			loc("a2", "xv/lund-abbey", "xv", "", claim.Planned),
		}, 1},
	}
	ctx := &Context{KB: testKB(t)}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := runRule(t, "event-location", tc.claims, ctx)
			require.Len(t, ds, tc.want)
			for _, d := range ds {
				assert.Contains(t, d.Summary, "is placed in")
				assert.NotContains(t, d.Summary, "Port Verena in a3")
			}
		})
	}
}
