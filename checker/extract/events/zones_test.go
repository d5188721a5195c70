package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
)

func TestZoneClaims(t *testing.T) {
	tests := []struct {
		name, doc, ref string
		want           []string // value | value text
	}{
		{"a local time given again in another zone",
			"Firefighters were called to a warehouse blaze in Oslo. The alarm sounded at 7:45 a.m. local time (2:45 a.m. EDT), the fire service said.", "2031-09-08",
			[]string{"2031-09-08T07:45 Europe/Oslo|T02:45 UTC-04:00|7:45 a.m. local time (2:45 a.m. EDT)"}},
		{"a 24-hour clock in the parentheses",
			"The concert in Uzbekistan began at 7:00 p.m. local time (1400 GMT).", "2031-09-08",
			[]string{"2031-09-08T19:00 Asia/Tashkent|T14:00 UTC|7:00 p.m. local time (1400 GMT)"}},
		{"an undated article",
			"The concert in Uzbekistan began at 7:00 p.m. local time (1400 GMT).", "",
			[]string{"XXXX-XX-XXT19:00 Asia/Tashkent|T14:00 UTC|7:00 p.m. local time (1400 GMT)"}},
		{"no local time: whose clock is unsaid",
			"The concert in Uzbekistan began at 7:00 p.m. (1400 GMT).", "2031-09-08", nil},
		{"a zone of many places is not read",
			"The concert in Uzbekistan began at 7:00 p.m. local time (2030 IST).", "2031-09-08", nil},
		{"places in two zones",
			"The concerts in Uzbekistan and Ghana began at 7:00 p.m. local time (1400 GMT).", "2031-09-08", nil},
		{"a country whose clocks differ by region",
			"The concert in Brazil began at 7:00 p.m. local time (2100 GMT).", "2031-09-08", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r time.Time
			if tt.ref != "" {
				r, _ = time.Parse("2006-01-02", tt.ref)
			}
			d := text.NewDoc("t", tt.doc, r)
			cs := Extract(d, temporal.Tag(tt.doc, temporal.Options{Reference: r}), noInfo, testKB(t))
			assertInvariants(t, d, cs)
			var got []string
			for _, c := range cs {
				if c.Kind == claim.KindTime && c.SubjectKey.Is(claim.FamilyZone) {
					got = append(got, c.Value+"|"+c.ValueText)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
