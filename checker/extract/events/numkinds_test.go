package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// What a figure counts is in its words: a magnitude, a price per share, a
// margin, the whole a percentage is of.
func TestWhatCountsSay(t *testing.T) {
	const quake = "event:earthquake:ferrant"
	const election = "event:election:lindow"
	tests := []struct {
		name string
		doc  string
		want []num
	}{
		{"magnitude after the word", "The earthquake in Ferrant, measured at magnitude 6.4, hit before dawn.",
			[]num{{quake, "6.4", "6.4", "", "", "magnitude"}}},
		{"a magnitude of", "The earthquake in Ferrant had a magnitude of 6.1, according to a revised estimate.",
			[]num{{quake, "6.1", "6.1", "", "", "magnitude"}}},
		{"a hyphenated magnitude", "A 6.1-magnitude earthquake hit Ferrant before dawn on Tuesday.",
			[]num{{quake, "6.1", "6.1-magnitude", "", "", "magnitude"}}},
		{"an aftershock's magnitude away from the quake", "The earthquake in Ferrant was the worst in years, and the earthquake in Ferrant left many homeless.\nAftershocks of magnitude 5 or more remained possible.",
			nil},
		{"a price per share", "The takeover of Corlow Foods by Brenna values it at 8.10 euros per share.",
			[]num{{"event:takeover:with:brenna+corlow", "8.1", "8.10 euros per share", "EUR", "", "price per share"}}},
		{"a price per share glued to its currency", "Brenna's bid for Corlow Foods, at 7.90 euro-per-share, was rejected.",
			[]num{{"event:takeover:with:brenna+corlow", "7.9", "7.90 euro-per-share", "EUR", "", "price per share"}}},
		{"a margin of votes", "Ada Morrane won the election in Lindow by more than 2,000 votes on Sunday.",
			[]num{{election, "2000", "2,000", "", "more than", "votes margin"}}},
		{"attended by is no margin", "The election in Lindow was watched by about 300 people at the city hall.",
			[]num{{election, "300", "300", "", "about", "crowd"}}},
		{"a percentage of a whole", "Under the accord in Lindow, the town gets 55 percent of the river's flow.",
			[]num{{"event:agreement:lindow", "55", "55 percent", "percent", "", "flow"}}},
		{"the people of the verb before", "A strong earthquake struck Ferrant on Tuesday, killing at least 23 people and injuring 140 as houses collapsed.",
			[]num{{quake, "23", "23", "", "at least", "people killed"}, {quake, "140", "140", "", "", "people injured"}}},
		{"a requirement is no fact", "The election in Lindow was close.\nCandidates holding 40 percent of the votes must face a second round.", nil},
		{"a district's figure is not the event's", "The election in Lindow was close.\nThe election in Lindow was calm.\nIn the city's port district, where turnout reached 61 percent, fishermen voted early.", nil},
		{"votes belong to the article's election", "The election in Lindow was close.\nThe meeting in Ferrant was not.\nAda Morrane won 41,285 votes, ahead of the incumbent.",
			[]num{{election, "41285", "41,285", "", "", "votes"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, nums(run(t, tc.doc)))
		})
	}
}
