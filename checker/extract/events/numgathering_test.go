package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGatheringVocabularyLoads(t *testing.T) {
	require.NoError(t, dataErr())
	assert.True(t, gvoc().classes[gvoc().crowdClass], "the crowd class is a gathering class")
	for c := range gvoc().classes {
		_, ok := voc().classNoun[c]
		assert.True(t, ok, "gathering class %q is an event class", c)
	}
}

// Every figure here is invented; each case is one decision of
// gatheringKey.
func TestFiguresOfAGathering(t *testing.T) {
	const protest = "event:protest:orvane"
	lead := "Thousands of dock workers in Orvane staged a general strike on Tuesday against the new port levy.\n\n"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"a crowd whose sentence names only an unkeyed strike is the gathering's",
			lead + "Police put the march, held to mark a nationwide strike, at roughly 12,000 people.",
			[]measured{{protest, "12000", "crowd", "about", "police", 0, false}}},
		{"a crowd whose sentence names no event is the gathering's",
			lead + "Organisers said as many as 15,000 people took to the streets.",
			[]measured{{protest, "15000", "crowd", "up to", "organisers", 0, false}}},
		{"injuries in the unrest are the gathering's",
			lead + "Police said 14 people had been injured in the clashes.",
			[]measured{{protest, "14", "people injured", "", "", 0, false}}},
		{"one incident's injuries are not the gathering's toll",
			lead + "Youths also attacked a delivery van, injuring at least three people.", nil},
		{"arrests with no unrest named are not the gathering's",
			lead + "Nine people were arrested for carrying weapons.", nil},
		{"another town's march is that town's",
			lead + "In Kessary, about 4,000 people marched through the centre.",
			[]measured{{protest, "4000", "crowd", "about", "kessary", 0, false}}},
		{"another town's unrest is not the story's",
			lead + "In Kessary, 14 people had been injured in the clashes.", nil},
		{"a march in another town where clashes broke out is that town's",
			lead + "Meanwhile, clashes broke out in Kessary, where about 50,000 people marched to the harbour.",
			[]measured{{protest, "50000", "crowd", "about", "kessary", 0, false}}},
		{"the injured of the clashes in another town are not the story's",
			lead + "Meanwhile, clashes broke out in Kessary, where 14 people were injured.", nil},
		{"a background crowd is not the gathering's",
			lead + "Two years ago, 30,000 people took to the streets over a similar levy.", nil},
		{"a crowd at another kind of event is not the gathering's",
			lead + "Some 800 people attended the ceremony at the union hall.",
			[]measured{{"event:ceremony:orvane", "800", "crowd", "about", "", 0, false}}},
		{"a crowd at an unnamed event of another kind is nobody's",
			lead + "Some 800 people attended a ceremony held by a charity.", nil},
		{"a crowd before any word of a gathering is not its",
			"About 6,000 people took to the streets on Tuesday.\n\n" + lead, nil},
		{"no gathering in the article: a crowd is nobody's",
			"The mayor of Orvane spoke to reporters on Tuesday.\n\nAbout 6,000 people took to the streets.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []measured
			for _, m := range measures(run(t, tc.doc)) {
				if m.Counts != "age" {
					got = append(got, m)
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCrowdOfGathering(t *testing.T) {
	tests := []struct{ key, subject, wantKey, wantSubject string }{
		{"event:strike:orvane", "the strike in Orvane", "event:protest:orvane", "the protest in Orvane"},
		{"event:protest:orvane", "the protest in Orvane", "event:protest:orvane", "the protest in Orvane"},
		{"event:election:orvane", "the election in Orvane", "event:election:orvane", "the election in Orvane"},
	}
	for _, tc := range tests {
		k, s := crowdOfGathering(tc.key, tc.subject)
		assert.Equal(t, tc.wantKey, k)
		assert.Equal(t, tc.wantSubject, s)
	}
}
