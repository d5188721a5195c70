package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An article that places none of its events still tells of one: its
// figures of what the disaster did are that disaster's at the place the
// article names most, kept apart from events other articles place.
func TestUnplacedStoryFigures(t *testing.T) {
	const key = "event:attack:nl/rotterdam" + unplacedSuffix
	// the lead places nothing; the article names Rotterdam most
	const unplaced = "The coast guard on Friday stopped a gang and detained its crew.\n\n" +
		"A patrol boat deployed in Rotterdam answered the call of the barge.\n\n" +
		"The attack on the barge failed when guards fired flares.\n\n"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"a seizure in an article that places no event",
			unplaced +
				"The guards recovered five rifles and ammunition.",
			[]measured{{key, "5", "rifles seized", "", "", 0, false}}},
		{"a figure of a sentence naming another place is another event's",
			unplaced +
				"A gang killed four people at a depot in Marseille.",
			// the existing rules keep it as a background event of its own place
			[]measured{{"event:event:fr/marseille", "4", "people killed", "", "", 0, true}}},
		{"two kinds of disaster: no guess",
			"The coast guard on Friday stopped a gang and detained its crew.\n\n" +
				"A patrol boat deployed in Rotterdam answered the call of the barge.\n\n" +
				"The attack on the barge came after the flood had closed the port.\n\n" +
				"The guards recovered five rifles.",
			nil},
		{"an article that places its event keeps its own key",
			"The attack in Rotterdam on Friday was foiled by guards.\n" +
				"The guards recovered five rifles.",
			[]measured{{"event:attack:nl/rotterdam", "5", "rifles seized", "", "", 0, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
}

// What a seizure yielded is listed after "including", and a model written
// in two tokens ("AK 47") counts as the model.
func TestSeizedLists(t *testing.T) {
	const lead = "The attack in Rotterdam on Friday was foiled by guards. "
	const key = "event:attack:nl/rotterdam"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"a cache seized, including rifles",
			lead + "Guards seized \"a large cache of arms,\" including nine AK-47 assault rifles, the company said.",
			[]measured{{key, "9", "ak-47s seized", "", "", 0, false}}},
		{"the confiscated arms included",
			lead + "The confiscated arms included five AK-47s and two other rifles.",
			[]measured{{key, "5", "ak-47s seized", "", "", 0, false}, {key, "2", "other rifles seized", "", "", 0, false}}},
		{"a model in two tokens",
			lead + "Guards also recovered 9 AK 47 guns and four rifles.",
			[]measured{{key, "9", "ak-47s seized", "", "", 0, false}, {key, "4", "rifles seized", "", "", 0, false}}},
		{"an inclusion with no seizure is no seizure",
			lead + "Guards counted the weapons at the depot, including nine rifles.",
			nil},
		{"a running total thus far is its own scope",
			lead + "The guards have thus far confiscated a total of 20 AK-47 rifles.",
			[]measured{{key, "20", "ak-47s seized", "exactly", "thus far", 0, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
}
