package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Events that name no place or participants of their own are the story's:
// keyed by its dateline, lead or headline place; an event dated a year or
// more before the article is history, another event.
func TestStoryKeys(t *testing.T) {
	tests := []struct {
		name  string
		ref   string
		doc   string
		kinds []claim.Kind
		want  []string
	}{
		{"the dateline names an unnamed election", "2024-11-11",
			"LINDOW — A day after the November 10 election that made her mayor, Ada Morrane was back at her desk before dawn.",
			[]claim.Kind{claim.KindDate}, []string{
				"date event:election:lindow = 2024-11-10 [November 10]"}},
		{"the lead names a gathering's story; its venue is a location", "2025-03-22",
			"Donors pledged 300 million euros for the rebuilding of Ferrant at a conference held in Quillan on Thursday, the finance ministry said.",
			[]claim.Kind{claim.KindDate, claim.KindLocation}, []string{
				"location event:conference:ferrant = quillan [Quillan]",
				"date event:conference:ferrant = 2025-03-20 [Thursday]"}},
		{"a place of the sentence names a possessed event", "2024-12-04",
			"Ada Morrane has never run a city. Ahead of her upcoming inauguration, the question in Lindow is whether she can learn fast enough.",
			[]claim.Kind{claim.KindStatus}, []string{
				"status event:inauguration:lindow = planned [upcoming]"}},
		{"history is another event", "2025-03-05",
			"FERRANT — The earthquake on 4 March 2025 brought down much of the old quarter of the town, officials said.\n\n" +
				"It was the deadliest since the 1987 earthquake in Quillan, which killed 60 people.",
			[]claim.Kind{claim.KindDate, claim.KindNumber}, []string{
				"date event:earthquake:ferrant = 2025-03-04 [4 March 2025]",
				"date event:earthquake:quillan = 1987 [1987]",
				"number event:earthquake:quillan = 60 [60]"}},
		{"a bare event does not take a date years away", "2025-03-05",
			"FERRANT — In 2019, the flood destroyed the old bridge and cut the town in two for a month.",
			[]claim.Kind{claim.KindDate}, nil},
		{"the lead's disaster has the bare counts, not an older named one", "2025-03-05",
			"FERRANT — Rescuers searched the ruins on Wednesday, a day after the earthquake on 4 March 2025 brought down much of the town.\n\n" +
				"The old quarter was built before the code was tightened after the Quillan earthquake.\n\n" +
				"The agency said 41 people were killed.",
			[]claim.Kind{claim.KindNumber}, []string{
				"number event:earthquake:ferrant = 41 [41]"}},
		{"a deal is never the story place's", "2025-07-03",
			"QUILLAN — The takeover was approved by regulators on Monday, the company said in a statement to the exchange.",
			[]claim.Kind{claim.KindDate, claim.KindStatus}, nil},
		{"a gathering is not the dateline's", "2026-03-10",
			"LINDOW — The summit will open on 3 May, officials said in a long statement on Monday evening.",
			[]claim.Kind{claim.KindDate, claim.KindStatus}, nil},
		{"a bare fire deep in an article is the article's fire", "2025-05-14",
			"TOLVER — Twelve people were killed when fire swept through the ferry Kestrel Dawn on Monday night, the coast guard said.\n\n" +
				"The ship was crossing the strait.\n\nThe harbour was closed.\n\nThe company said 30 people were injured in the fire.",
			[]claim.Kind{claim.KindNumber}, []string{
				"number event:fire:kestrel dawn = 12 [Twelve]",
				"number event:fire:kestrel dawn = 30 [30]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventBriefs(runTagged(t, tc.doc, day(tc.ref)), tc.kinds...)
			assert.Equal(t, tc.want, got)
		})
	}
}
