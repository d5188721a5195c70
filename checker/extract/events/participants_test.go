package events

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// Meetings of named people are keyed by who meets; where is a location
// claim, so that two articles naming two venues contradict each other.
func TestMeetingParticipants(t *testing.T) {
	const pair = "event:meeting:with:morrane+pell"
	tests := []struct {
		name string
		ref  string
		doc  string
		want []string
	}{
		{"a pair will meet", "2026-03-10",
			"Mayor Ada Morrane and Prime Minister Jonas Pell will meet in Quillan on 3 May 2026, their offices said.", []string{
				"status " + pair + " = planned [will meet]",
				"location " + pair + " = quillan [Quillan]",
				"date " + pair + " = 2026-05-03 [3 May 2026]"}},
		{"subject and object", "2026-03-10",
			"Morrane is due to meet Prime Minister Jonas Pell in Ferrant on 3 May 2026 to ask for money.", []string{
				"status " + pair + " = planned [due to meet]",
				"location " + pair + " = ferrant [Ferrant]",
				"date " + pair + " = 2026-05-03 [3 May 2026]"}},
		{"names in a when-clause", "2026-06-10",
			"Police have closed the road ahead of the summit on 14 June, when Ada Morrane and Jonas Pell are expected to sign the accord.", []string{
				"status " + pair + " = planned [ahead of]",
				"date " + pair + " = 2026-06-14 [14 June]"}},
		{"the choice of a venue", "2026-06-10",
			"Police have closed the road ahead of the summit on 14 June, when Ada Morrane and Jonas Pell are expected to sign the accord. " +
				"The choice of Ferrant, two hours from the capital, was made for security reasons.", []string{
				"status " + pair + " = planned [ahead of]",
				"date " + pair + " = 2026-06-14 [14 June]",
				"location " + pair + " = ferrant [Ferrant]"}},
		{"hosts of a summit", "2026-03-10",
			"Ada Morrane and Jonas Pell will hold a summit in Quillan on 3 May 2026, officials in both capitals said.", []string{
				"status " + pair + " = planned [will hold]",
				"location " + pair + " = quillan [Quillan]",
				"date " + pair + " = 2026-05-03 [3 May 2026]"}},
		{"a group's meeting", "2025-05-12",
			"Corlow shareholders will vote on the offer at an extraordinary general meeting in Quillan on 18 June, the company said.", []string{
				"location event:meeting:with:corlow shareholders = quillan [Quillan]",
				"date event:meeting:with:corlow shareholders = 2025-06-18 [18 June]"}},
		{"a relative clause before the predicate", "2025-06-02",
			"The extraordinary general meeting at which Corlow shareholders vote on the deal has been set for 25 June in Quillan, the company said.", []string{
				"status event:meeting:with:corlow shareholders = planned [has been set]",
				"date event:meeting:with:corlow shareholders = 2025-06-25 [25 June]",
				"location event:meeting:with:corlow shareholders = quillan [Quillan]"}},
		{"their meeting weeks before is keyed by its venue", "2026-03-10",
			"It goes back to January 2026, when Ada Morrane and Jonas Pell met privately in Quillan to settle the dispute.", []string{
				"date event:meeting:quillan = 2026-01 [January 2026]",
				"status event:meeting:quillan = happened [met]"}},
		{"descriptions before the names", "2025-04-10",
			"Dockers returned to work after union leader Ada Morrane and port authority chairman Jonas Pell met in Quillan on Wednesday.", []string{
				"status " + pair + " = happened [met]",
				"location " + pair + " = quillan [Quillan]",
				"date " + pair + " = 2025-04-09 [Wednesday]"}},
		{"unnamed people: no claim", "2025-07-09",
			"Dairy farmers in the south of Ferrant met in Quillan on Tuesday night to discuss the planned merger.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventBriefs(runTagged(t, tc.doc, day(tc.ref)), claim.KindDate, claim.KindStatus, claim.KindLocation)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestLocationClaimsCarryTheirDate(t *testing.T) {
	cs := runTagged(t, "Mayor Ada Morrane and Prime Minister Jonas Pell will meet in Quillan on 3 May 2026, their offices said.", day("2026-03-10"))
	locs := only(cs, claim.KindLocation)
	if assert.Len(t, locs, 1) && assert.NotNil(t, locs[0].Date) {
		assert.Equal(t, "2026-05-03", locs[0].Date.Value)
		assert.Equal(t, claim.Planned, locs[0].Modality)
	}
}
