package events

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// brief is one claim reduced to what the tables compare.
type brief struct {
	Key, Value, ValueText string
}

func briefs(cs []claim.Claim) []brief {
	var out []brief
	for _, c := range cs {
		out = append(out, brief{c.SubjectKey.String(), c.Value, c.ValueText})
	}
	return out
}

func TestDateClaims(t *testing.T) {
	type exprSpec struct {
		sub, value, gran string
		opts             []func(*temporal.Expression)
	}
	tests := []struct {
		name  string
		doc   string
		exprs []exprSpec
		want  []brief
	}{
		{"date right after the event", "The Quellport summit in March 2025 laid the groundwork.",
			[]exprSpec{{"March 2025", "2025-03", "month", nil}},
			[]brief{{"event:meeting:quellport", "2025-03", "March 2025"}}},
		{"date inside the noun phrase, year unknown", "He praised the choice of Oslo for the initial August 15th summit.",
			[]exprSpec{{"August 15th", "XXXX-08-15", "day", nil}},
			[]brief{{"event:meeting:no/oslo", "XXXX-08-15", "August 15th"}}},
		{"held on", "The summit in Varnholt, held on 3 May, ended early.",
			[]exprSpec{{"3 May", "2025-05-03", "day", []func(*temporal.Expression){yearFromRef}}},
			[]brief{{"event:meeting:varnholt", "2025-05-03", "3 May"}}},
		{"DATE, when they met", "It goes back to June 2024, when Varga and Okoro met privately in Varnholt.",
			[]exprSpec{{"June 2024", "2024-06", "month", nil}},
			[]brief{{"event:meeting:with:okoro+varga", "2024-06", "June 2024"}}},
		{"In DATE, leading the sentence", "In June, Varga and Okoro met in Varnholt to settle the dispute.",
			[]exprSpec{{"June", "2025-06", "month", []func(*temporal.Expression){yearFromRef}}},
			[]brief{{"event:meeting:with:okoro+varga", "2025-06", "June"}}},
		{"On DATE after an opener, leading the sentence", "Then, on 3 May, the flood in Quellport forced 300 people from their homes.",
			[]exprSpec{{"3 May", "2025-05-03", "day", []func(*temporal.Expression){yearFromRef}}},
			[]brief{{"event:flood:quellport", "2025-05-03", "3 May"}}},
		{"an opener before a date that leads no clause", "Then the flood in Quellport on 3 May forced people out, and then, on 4 May, the river fell.",
			[]exprSpec{{"3 May", "2025-05-03", "day", []func(*temporal.Expression){yearFromRef}}, {"4 May", "2025-05-04", "day", []func(*temporal.Expression){yearFromRef}}},
			[]brief{{"event:flood:quellport", "2025-05-03", "3 May"}}},
		{"resolved relative date", "The flood in Quellport last month ruined the harvest.",
			[]exprSpec{{"last month", "2025-08", "month", []func(*temporal.Expression){relative}}},
			[]brief{{"event:flood:quellport", "2025-08", "last month"}}},
		{"unresolved relative date is no date", "The flood in Quellport last month ruined the harvest.",
			[]exprSpec{{"last month", "", "month", []func(*temporal.Expression){unresolved}}}, nil},
		{"a duration is no date", "The summit in Quellport lasted three days.",
			[]exprSpec{{"three days", "P3D", "day", []func(*temporal.Expression){duration}}}, nil},
		{"a date of the sentence, not of the event", "On Friday the minister praised the Quellport summit.",
			[]exprSpec{{"Friday", "2025-09-26", "day", []func(*temporal.Expression){relative, weekday("Friday")}}}, nil},
		{"two summits keep their own dates", "The Quellport summit in March 2025 failed, but the Varnholt summit in May 2025 succeeded.",
			[]exprSpec{{"March 2025", "2025-03", "month", nil}, {"May 2025", "2025-05", "month", nil}},
			[]brief{{"event:meeting:quellport", "2025-03", "March 2025"}, {"event:meeting:varnholt", "2025-05", "May 2025"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var exprs []temporal.Expression
			for _, e := range tc.exprs {
				exprs = append(exprs, ex(t, tc.doc, e.sub, e.value, e.gran, e.opts...))
			}
			got := only(run(t, tc.doc, exprs...), claim.KindDate)
			assert.Equal(t, tc.want, briefs(got))
			for _, c := range got {
				require.NotNil(t, c.Date)
				assert.Equal(t, c.Value, c.Date.Value)
			}
		})
	}
}

func TestStatusClaims(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		exprs []temporal.Expression
		want  []brief
	}{
		{"planned adjective", "Delegates discussed the planned meeting in Quellport.", nil,
			[]brief{{"event:meeting:quellport", "planned", "planned"}}},
		{"proposed", "The proposed summit in Varnholt faces hurdles.", nil,
			[]brief{{"event:meeting:varnholt", "planned", "proposed"}}},
		{"upcoming", "Everyone waits for the upcoming talks in Varnholt.", nil,
			[]brief{{"event:meeting:varnholt", "planned", "upcoming"}}},
		{"will be held", "The summit in Quellport will be held in the old palace.", nil,
			[]brief{{"event:meeting:quellport", "planned", "will"}}},
		{"is due to", "The Korvala bridge opening is due to take place soon.", nil,
			[]brief{{"event:opening:korvala bridge", "planned", "is due"}}},
		{"is scheduled for", "The Varnholt referendum is scheduled for spring.", nil,
			[]brief{{"event:referendum:varnholt", "planned", "is scheduled"}}},
		{"would host", "Varga said she would host a summit in Quellport.", nil,
			[]brief{{"event:meeting:quellport", "planned", "would host"}}},
		{"ahead of next week's summit", "Prices rose ahead of next week's summit in Quellport.",
			[]temporal.Expression{ex(t, "Prices rose ahead of next week's summit in Quellport.", "next week", "2025-W40", "week", relative)},
			[]brief{{"event:meeting:quellport", "planned", "next week"}}},
		{"ahead of", "Prices rose ahead of the summit in Quellport.", nil,
			[]brief{{"event:meeting:quellport", "planned", "ahead of"}}},
		{"following ... earlier this year", "Following the summit in Quellport earlier this year, trade grew.", nil,
			[]brief{{"event:meeting:quellport", "happened", "Following"}}},
		{"met in", "Ilse Varga and Tomas Okoro met in Varnholt to talk about the border.", nil,
			[]brief{{"event:meeting:with:okoro+varga", "happened", "met"}}},
		{"unnamed people meeting: too vague to claim", "The two ministers met in Varnholt.", nil, nil},
		{"after the summit", "Markets calmed after the Varnholt summit.", nil,
			[]brief{{"event:meeting:varnholt", "happened", "after"}}},
		{"past verb with a parenthesis", "The Varnholt summit in March 2025, while tense, laid the groundwork.", nil,
			[]brief{{"event:meeting:varnholt", "happened", "laid"}}},
		{"was", "The flood in Quellport was the worst in decades.", nil,
			[]brief{{"event:flood:quellport", "happened", "was"}}},
		{"past summits in two places", "Leaders used to meet at neutral venues, as at past summits, such as those in Varnholt and Quellport.", nil,
			[]brief{{"event:meeting:quellport", "happened", "past"}, {"event:meeting:varnholt", "happened", "past"}}},
		{"could is hypothetical", "A summit in Quellport could serve as a platform.", nil, nil},
		{"if is hypothetical", "If the summit in Quellport goes ahead, prices will fall.", nil, nil},
		{"should both agree", "Should both leaders agree to meet in Quellport, the outcome may matter.", nil, nil},
		{"possibility", "He called the possibility of a Quellport meeting remote.", nil, nil},
		{"cancelled", "The summit in Quellport was cancelled.", nil, nil},
		{"present tense says nothing", "The summit in Quellport matters to farmers.", nil, nil},
		{"title case planned", "Talks Continue Following The Planned Meeting In Oslo", nil,
			[]brief{{"event:meeting:no/oslo", "planned", "Planned"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := only(run(t, tc.doc, tc.exprs...), claim.KindStatus)
			assert.Equal(t, tc.want, briefs(got))
			for _, c := range got {
				want := claim.Asserted
				if c.Value == "planned" {
					want = claim.Planned
				}
				assert.Equal(t, want, c.Modality)
			}
		})
	}
}

func TestStatusCarriesItsDate(t *testing.T) {
	doc := "Trade grew after the summit in Quellport earlier this year."
	e := ex(t, doc, "earlier this year", "", "year", unresolved)
	cs := run(t, doc, e)
	st := only(cs, claim.KindStatus)
	require.Len(t, st, 1)
	assert.Equal(t, "happened", st[0].Value)
	require.NotNil(t, st[0].Date)
	assert.Equal(t, temporal.Unresolved, st[0].Date.Value)
	assert.Empty(t, only(cs, claim.KindDate), "an unresolved date is no date claim")
}

func TestRelativeDateGivesStatus(t *testing.T) {
	doc := "The summit in Quellport last month ruined the harvest."
	e := ex(t, doc, "last month", "", "month", unresolved)
	st := only(run(t, doc, e), claim.KindStatus)
	require.Len(t, st, 1)
	assert.Equal(t, "happened", st[0].Value)
	assert.Equal(t, "last month", st[0].ValueText)
}

func TestLocationClaims(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []brief
	}{
		{"thing in a place", "The opening of the Ridgeway bridge in Quellport drew crowds.",
			[]brief{{"event:opening:ridgeway bridge", "quellport", "Quellport"}}},
		{"participants held in a place", "The meeting between Ilse Varga and Tomas Okoro will be held in Oslo.",
			[]brief{{"event:meeting:with:okoro+varga", "no/oslo", "Oslo"}}},
		{"place identity is no location", "The summit in Quellport will be held at noon.", nil},
		{"participants meet in a place", "Varga and Okoro will meet in Oslo on Friday.",
			[]brief{{"event:meeting:with:okoro+varga", "no/oslo", "Oslo"}}},
		{"an unnamed gathering held in a place is the story's, held there",
			"TARNOW — Donors pledged aid for the rebuilding of Velmarra at a conference held in Quellport on Thursday.",
			[]brief{{"event:conference:velmarra", "quellport", "Quellport"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := only(run(t, tc.doc), claim.KindLocation)
			assert.Equal(t, tc.want, briefs(got))
			for _, c := range got {
				require.NotNil(t, c.Place)
				assert.Equal(t, c.Value, c.Place.Key)
			}
		})
	}
}

// A plan seen from the past is no plan now: "Ahead of the planned signing,
// officials had insisted …" says nothing about whether it happened since.
func TestPlansSeenFromThePast(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"past perfect looks back", "Ahead of the planned signing of the Corlow accord, officials on both sides had insisted the text was final.", nil},
		{"present tense plan", "The councils cannot wait for the upcoming signing of the Corlow accord by the two leaders.", []string{
			"status event:signing:corlow accord = planned [upcoming]"}},
		{"signed a named accord; a modifier is not part of its name", "The two leaders signed the Corlow water accord on 14 June 2025 in the old parliament.", []string{
			"status event:signing:corlow accord = happened [signed]",
			"date event:signing:corlow accord = 2025-06-14 [14 June 2025]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventBriefs(runTagged(t, tc.doc, patternRef), claim.KindDate, claim.KindStatus)
			var signing []string
			for _, g := range got {
				if strings.Contains(g, "event:signing:") {
					signing = append(signing, g)
				}
			}
			assert.Equal(t, tc.want, signing)
		})
	}
}
