package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestEventStatus(t *testing.T) {
	const summit = "event:summit:tarn"
	st := func(article, value, day string, opts ...opt) claim.Claim {
		base := []opt{subject("Tarn summit"), span(len(value), 2*len(value))}
		if day != "" {
			base = append(base, ref(day))
		}
		if value == "planned" {
			base = append(base, modality(claim.Planned))
		}
		return mk(claim.KindStatus, article, summit, value, append(base, opts...)...)
	}
	dt := func(article, value, day string, opts ...opt) claim.Claim {
		return mk(claim.KindDate, article, summit, value, append([]opt{subject("Tarn summit"), ref(day)}, opts...)...)
	}
	tests := []struct {
		name    string
		claims  []claim.Claim
		want    int
		summary string
	}{
		{"planned after its date", []claim.Claim{dt("a1", "2031-06-12", "2031-06-20"), st("a2", "planned", "2031-07-01")}, 1,
			"The Tarn summit is called planned in a2 (July 1, 2031), though it is dated June 12, 2031 in a1."},
		{"planned after a month that has ended", []claim.Claim{dt("a1", "2031-06", "2031-06-01"), st("a2", "planned", "2031-07-01")}, 1, ""},
		{"planned within the month of its date", []claim.Claim{dt("a1", "2031-06", "2031-06-01"), st("a2", "planned", "2031-06-20")}, 0, ""},
		{"planned on the day itself", []claim.Claim{dt("a1", "2031-06-12", "2031-06-01"), st("a2", "planned", "2031-06-12")}, 0, ""},
		{"planned before its date", []claim.Claim{dt("a1", "2031-06-12", "2031-06-01"), st("a2", "planned", "2031-06-05")}, 0, ""},
		{"a date with no year is not compared", []claim.Claim{dt("a1", "XXXX-06-12", "2031-06-01"), st("a2", "planned", "2031-07-05")}, 0, ""},
		{"a bound is not the event's date", []claim.Claim{dt("a1", "2031-06-12", "2031-06-01", func(c *claim.Claim) { c.Date = &claim.DateValue{Value: "2031-06-12", Mod: "BEFORE"} }), st("a2", "planned", "2031-07-05")}, 0, ""},
		{"planned with an unknown date of writing", []claim.Claim{dt("a1", "2031-06-12", "2031-06-20"), st("a2", "planned", "")}, 0, ""},
		{"planned after another article said it happened", []claim.Claim{st("a1", "happened", "2031-06-13"), st("a2", "planned", "2031-06-14")}, 1,
			"The Tarn summit is called planned in a2 (June 14, 2031), though described as having taken place in a1 (June 13, 2031)."},
		{"happened on the same day", []claim.Claim{st("a1", "happened", "2031-06-14"), st("a2", "planned", "2031-06-14")}, 1, ""},
		{"happened later", []claim.Claim{st("a1", "happened", "2031-06-15"), st("a2", "planned", "2031-06-14")}, 0, ""},
		{"both in one article", []claim.Claim{st("a1", "planned", ""), st("a1", "happened", "")}, 1,
			"The Tarn summit is called planned and also said to have taken place in a1."},
		{"hypothetical planning", []claim.Claim{st("a1", "planned", "", modality(claim.Hypothetical)), st("a1", "happened", "")}, 0, ""},
		{"a stale plan in an article that also says it happened", []claim.Claim{dt("a1", "2031-06-12", "2031-06-20"), st("a2", "planned", "2031-07-01"), st("a2", "happened", "2031-07-01")}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := runRule(t, "event-status", tt.claims, nil)
			require.Len(t, ds, tt.want, "%v", ds)
			for _, d := range ds {
				assert.Equal(t, claim.KindStatus, d.Kind)
				if tt.summary != "" {
					assert.Equal(t, tt.summary, d.Summary)
				}
			}
		})
	}
}
