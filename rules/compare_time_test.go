package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestTimeAgree(t *testing.T) {
	ctx := &Context{Articles: map[string]ArticleMeta{
		"a1": {Reference: day(t, "2031-04-08")}, "a2": {Reference: day(t, "2031-04-09")},
		"far": {Reference: day(t, "2031-09-01")}, "nodate": {},
	}}
	side := func(art, value, mod string) *sideValue {
		c := &claim.Claim{Kind: claim.KindTime, Value: value, Date: &claim.DateValue{Value: value, Mod: mod}, Evidence: claim.Evidence{Article: art}}
		v, ok := timeCompare{}.value(c, ctx)
		require.True(t, ok, value)
		return &v
	}
	tests := []struct {
		name string
		a, b *sideValue
		want bool
	}{
		{"about 10 and around 10:30", side("a1", "2031-04-07T10:00", "APPROX"), side("a2", "2031-04-07T10:30", "APPROX"), false},
		{"about 10 and about 10:20", side("a1", "2031-04-07T10:00", "APPROX"), side("a2", "2031-04-07T10:20", "APPROX"), true},
		{"around 11:30 and just before it", side("a1", "T23:30", "APPROX"), side("a2", "T23:30", "JUST_BEFORE"), true},
		{"shortly after 8:30 and 8:45", side("a1", "T20:30", "JUST_AFTER"), side("a2", "T20:45", ""), true},
		{"shortly after 8:30 and 9:15", side("a1", "T20:30", "JUST_AFTER"), side("a2", "T21:15", ""), false},
		{"one clock read three minutes apart", side("a1", "T03:30", ""), side("a2", "T03:33", ""), true},
		{"two exact times a quarter apart", side("a1", "T14:00", ""), side("a2", "T14:15", ""), false},
		{"across midnight, day unknown", side("a1", "T23:55", "APPROX"), side("a2", "T00:05", ""), true},
		{"a night and the next early morning", side("a1", "2031-04-07T23:50", ""), side("a2", "2031-04-08T00:05", "APPROX"), true},
		{"days far apart are the date rule's", side("a1", "2031-04-07T08:00", ""), side("a2", "2031-04-09T20:00", ""), true},
		{"morning and evening of one day", side("a1", "2031-04-07T08:00", ""), side("a2", "2031-04-07T20:00", ""), false},
		{"day unknown in an undated article", side("nodate", "T08:00", ""), side("a2", "T20:00", ""), true},
		{"day unknown, articles months apart", side("a1", "T08:00", ""), side("far", "T20:00", ""), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, timeCompare{}.agree(tt.a, tt.b))
			assert.Equal(t, tt.want, timeCompare{}.agree(tt.b, tt.a), "agreement is symmetric")
		})
	}
}

func TestTimeKeyRefusesBounds(t *testing.T) {
	for _, tt := range []struct {
		value, mod string
		ok         bool
	}{
		{"T10:00", "", true}, {"T10:00", "APPROX", true}, {"T10:00", "AFTER", false},
		{"TNI", "", false}, {"2031-04-07", "", false}, {"T25:00", "", false},
	} {
		_, ok := timeCompare{}.key(&claim.Claim{Value: tt.value, Date: &claim.DateValue{Mod: tt.mod}})
		assert.Equal(t, tt.ok, ok, tt.value+" "+tt.mod)
	}
}

func TestClockText(t *testing.T) {
	for in, want := range map[string]string{
		"T20:30": "8:30 p.m.", "T00:05": "12:05 a.m.", "T12:00": "12 p.m.",
		"2031-04-07T10:00": "10 a.m. on April 7, 2031",
	} {
		assert.Equal(t, want, clockText(in), in)
	}
}

func TestDateNightIntoMorning(t *testing.T) {
	dc := newDateCompare(nil)
	side := func(value, mod string) *sideValue {
		c := &claim.Claim{Kind: claim.KindDate, Value: value, Date: &claim.DateValue{Value: value, Mod: mod}}
		v, ok := dc.value(c, &Context{})
		require.True(t, ok, value)
		return &v
	}
	tests := []struct {
		name string
		a, b *sideValue
		want bool
	}{
		{"a night and the early hours of the next day", side("2031-04-07TNI", ""), side("2031-04-08", "START"), true},
		{"late evening and 1 a.m. the next day", side("2031-04-07T22:30", ""), side("2031-04-08T01:00", ""), true},
		{"a night and the next day", side("2031-04-07TNI", ""), side("2031-04-08", ""), false},
		{"a morning and the next early morning", side("2031-04-07T09:00", ""), side("2031-04-08", "START"), false},
		{"two clock times of one day are one date", side("2031-04-07T09:00", ""), side("2031-04-07T21:00", ""), true},
		{"a night and the early hours two days on", side("2031-04-07TNI", ""), side("2031-04-09", "START"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dc.agree(tt.a, tt.b))
			assert.Equal(t, tt.want, dc.agree(tt.b, tt.a), "agreement is symmetric")
		})
	}
}
