package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every figure here is invented; each case is one decision of
// magnitudeKey or of how a source is named.
func TestMagnitudeAwayFromItsEvent(t *testing.T) {
	const quake = "event:earthquake:velmar"
	lead := "A strong earthquake struck Velmar on Sunday, killing 10 people.\n\n"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"the magnitude a source puts on it",
			lead + "The Dorran Survey puts the magnitude at 6.3.",
			[]measured{{quake, "6.3", "magnitude", "", "dorran survey", 0, false}}},
		{"it had a magnitude",
			lead + "The Corvin Institute said it had a magnitude of 5.8.",
			[]measured{{quake, "5.8", "magnitude", "", "corvin institute", 0, false}}},
		{"a country before a source's name is not part of it",
			lead + "The United States Dorran Survey puts the magnitude at 6.3.",
			[]measured{{quake, "6.3", "magnitude", "", "dorran survey", 0, false}}},
		{"an aftershock's magnitude is not the quake's",
			lead + "The Dorran Survey said the strongest aftershock had a magnitude of 4.9.", nil},
		{"a magnitude that refers back to nothing",
			lead + "A magnitude of 4.2 was recorded on Tuesday.", nil},
		{"a magnitude in another place",
			lead + "In Kessary the survey put the magnitude at 3.1.", nil},
		{"a magnitude in another time",
			lead + "Two years ago the survey put the magnitude at 6.9.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []measured
			for _, m := range measures(run(t, tc.doc)) {
				if m.Counts == "magnitude" {
					got = append(got, m)
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
