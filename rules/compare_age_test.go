package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAgeAgree(t *testing.T) {
	side := func(years int, ref string, atDeath bool) *sideValue {
		s := ageSide{years: years, article: "a" + ref, atDeath: atDeath}
		if ref != "" {
			s.ref = day(t, ref)
		}
		return &sideValue{data: s}
	}
	tests := []struct {
		name string
		a, b *sideValue
		want bool
	}{
		{"same day, same age", side(54, "2031-05-01", false), side(54, "2031-05-01", false), true},
		{"same day, a year apart", side(54, "2031-05-01", false), side(55, "2031-05-01", false), false},
		{"a year later, a year older", side(54, "2031-05-01", false), side(55, "2032-05-01", false), true},
		{"a year later, younger", side(54, "2031-05-01", false), side(53, "2032-05-01", false), false},
		{"a day later, a birthday", side(54, "2031-05-01", false), side(55, "2031-05-02", false), true},
		{"two years later, the same age", side(43, "2030-09-10", false), side(43, "2032-09-10", false), false},
		{"a leap day and the day before a year on", side(53, "2032-02-29", false), side(54, "2033-02-28", false), true},
		{"54 on a leap day is 55 a year later on February 28", side(54, "2032-02-29", false), side(54, "2033-02-28", false), false},
		{"death later, grown by one", side(31, "2031-01-01", false), side(32, "2032-06-01", true), true},
		{"death later, shrunk", side(31, "2031-01-01", false), side(30, "2032-06-01", true), false},
		{"death earlier: the later living age is the age at death", side(36, "2033-01-01", false), side(35, "2031-01-01", true), false},
		{"two ages at death", side(32, "2031-01-01", true), side(32, "2034-01-01", true), true},
		{"undated, other articles", side(32, "", false), side(36, "2031-01-01", false), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ageCompare{}.agree(tt.a, tt.b))
			assert.Equal(t, tt.want, ageCompare{}.agree(tt.b, tt.a), "agreement is symmetric")
		})
	}
}

func TestWholeYears(t *testing.T) {
	assert.Equal(t, 0, wholeYears(day(t, "2031-05-02"), day(t, "2032-05-01")))
	assert.Equal(t, 1, wholeYears(day(t, "2031-05-01"), day(t, "2032-05-01")))
	assert.Equal(t, 2, wholeYears(day(t, "2033-05-01"), day(t, "2031-04-30")))
}
