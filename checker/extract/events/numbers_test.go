package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// num is a number claim reduced to what the tables compare.
type num struct {
	Key, Value, ValueText, Unit, Approx, Counts string
}

func nums(cs []claim.Claim) []num {
	var out []num
	for _, c := range only(cs, claim.KindNumber) {
		out = append(out, num{c.SubjectKey.String(), c.Value, c.ValueText, c.Number.Unit, c.Number.Approx, c.Number.Counts})
	}
	return out
}

const flood = "event:flood:quellport"

func TestNumberClaims(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []num
	}{
		{"killed with qualifier", "At least 30 people were killed in the flood in Quellport.",
			[]num{{flood, "30", "30", "", "at least", "people killed"}}},
		{"destroyed", "The flood in Quellport was severe, and more than 120 homes were destroyed.",
			[]num{{flood, "120", "120", "", "more than", "homes destroyed"}}},
		{"dead", "The flood in Quellport left 58 dead.",
			[]num{{flood, "58", "58", "", "", "people killed"}}},
		{"about 60 is not 58", "The flood in Quellport killed about 60 people.",
			[]num{{flood, "60", "60", "", "about", "people killed"}}},
		{"death toll", "After the flood in Quellport the death toll rose to 34.",
			[]num{{flood, "34", "34", "", "", "people killed"}}},
		{"active verb before", "The flood in Quellport swept through, killing 12 people.",
			[]num{{flood, "12", "12", "", "", "people killed"}}},
		{"number words", "The flood in Quellport injured five people.",
			[]num{{flood, "5", "five", "", "", "people injured"}}},
		{"vague amounts", "The flood in Quellport displaced dozens of residents.",
			[]num{{flood, "24", "dozens", "", "dozens", "residents displaced"}}},
		{"troops", "Officials sent 1,200 troops to the flood in Quellport.",
			[]num{{flood, "1200", "1,200", "", "", "troops deployed"}}},
		{"dollars in words", "Repairs after the flood in Quellport will cost 3.7 billion dollars.",
			[]num{{flood, "3700000000", "3.7 billion dollars", "USD", "", "cost"}}},
		{"dollar symbol and suffix", "The flood in Quellport caused damage of $3.7bn.",
			[]num{{flood, "3700000000", "$3.7bn", "USD", "", "damage"}}},
		{"euro suffix", "The flood in Quellport prompted an aid package of €450m.",
			[]num{{flood, "450000000", "€450m", "EUR", "", "aid"}}},
		{"percent", "After the flood in Quellport, 12 percent of voters moved away.",
			[]num{{flood, "12", "12 percent", "percent", "", "voters"}}},
		{"percent sign", "After the flood in Quellport, turnout fell to 12%.",
			[]num{{flood, "12", "12%", "percent", "", "turnout"}}},
		{"thing subject", "The opening of the Ridgeway bridge was delayed.\nIts builders said the bridge cost $40m in all.",
			[]num{{"thing:ridgeway bridge", "40000000", "$40m", "USD", "", "cost"}}},
		{"dominant event", "The flood in Quellport was the worst in years. Rescuers said the flood in Quellport moved fast.\nOfficials said 14 people were missing.",
			[]num{{flood, "14", "14", "", "", "people missing"}}},
		{"no subject, no claim", "Officials said 14 people were missing.", nil},
		{"no counted noun, no claim", "The flood in Quellport reached 60 in places.", nil},
		{"years are not numbers", "The flood in Quellport in 2019 was milder.", nil},
		{"list numbers", "The flood in Quellport:\n1. Roads closed.\n2. Schools shut.", nil},
		{"labels and codes", "The flood in Quellport hit page 3, the G20 agenda, COVID-19 wards and F-16 hangars.", nil},
		{"ordinals", "The flood in Quellport was the 15th this century.", nil},
		{"reading time", "Flood in Quellport\n5 min read", nil},
		{"age of a person", "The flood in Quellport worried Mara Quint, 54, a farmer.",
			[]num{{"person:mara quint", "54", "54", "", "", "age"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, nums(run(t, tc.doc)))
		})
	}
}

func TestNumbersSkipTemporalExpressions(t *testing.T) {
	doc := "The flood in Quellport lasted three days and 40 people were evacuated."
	cs := run(t, doc, ex(t, doc, "three days", "P3D", "day", duration))
	assert.Equal(t, []num{{flood, "40", "40", "", "", "people evacuated"}}, nums(cs))
}

func TestDifferentStoriesDoNotShareNumbers(t *testing.T) {
	// Two articles with no event in common: neither has a subject to
	// hang a bare count on, so nothing can be compared.
	a := run(t, "Officials said 30 people were hurt.")
	b := run(t, "A spokesman said 31 people were hurt.")
	assert.Empty(t, nums(a))
	assert.Empty(t, nums(b))
}

func TestNumberValueDetail(t *testing.T) {
	cs := only(run(t, "At least 30 people were killed in the flood in Quellport.", temporal.Expression{}), claim.KindNumber)
	require.Len(t, cs, 1)
	assert.InDelta(t, 30.0, cs[0].Number.Value, 0)
	assert.Equal(t, claim.Asserted, cs[0].Modality)
}
