package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A count of zero is a figure of what an event did to people: "no one was
// hurt" says 0 injured, set against "three people were injured"
// elsewhere. Each case is one decision of noneAt; every sentence is
// invented.
func TestNoneCounts(t *testing.T) {
	const fire = "event:fire:velmar"
	const attack = "event:attack:velmar"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"no one was hurt", "The fire in Velmar gutted the depot. No one was hurt.",
			[]measured{{fire, "0", "people injured", "", "", 0, false}}},
		{"nobody died", "Nobody died in the fire in Velmar.",
			[]measured{{fire, "0", "people killed", "", "", 0, false}}},
		{"a hyphenated no-one", "No-one was injured in the fire in Velmar.",
			[]measured{{fire, "0", "people injured", "", "", 0, false}}},
		{"an active verb before no one", "The attack in Velmar injured no one.",
			[]measured{{attack, "0", "people injured", "", "", 0, false}}},
		{"no injuries were reported", "The fire in Velmar burned for hours, and no injuries were reported.",
			[]measured{{fire, "0", "people injured", "", "", 0, false}}},
		{"no deaths", "There were no deaths in the fire in Velmar.",
			[]measured{{fire, "0", "people killed", "", "", 0, false}}},
		{"a zero beside a figure", "The attack in Velmar injured four people but no one was killed.",
			[]measured{{attack, "4", "people injured", "", "", 0, false}, {attack, "0", "people killed", "", "", 0, false}}},
		{"a group the zero is narrowed to is its scope", "The attack in Velmar ended with no injuries to guards or visitors.",
			[]measured{{attack, "0", "people injured", "", "to guards or visitors", 0, false}}},
		{"a zero so far is a running total", "No deaths have been reported so far in the fire in Velmar.",
			[]measured{{fire, "0", "people killed", "", "so far", 0, false}}},
		{"killed or injured is two zeros", "No one was killed or injured in the fire in Velmar.",
			[]measured{{fire, "0", "people killed", "", "", 0, false}, {fire, "0", "people injured", "", "", 0, false}}},
		{"no deaths or injuries is two zeros", "The fire in Velmar caused no deaths or injuries.",
			[]measured{{fire, "0", "people killed", "", "", 0, false}, {fire, "0", "people injured", "", "", 0, false}}},
		{"a second measure not read for a zero", "No one was hurt or evacuated in the fire in Velmar.",
			[]measured{{fire, "0", "people injured", "", "", 0, false}}},
		{"and a figure is no second zero", "No one was killed and two were injured in the fire in Velmar.",
			[]measured{{fire, "0", "people killed", "", "", 0, false}, {fire, "2", "people injured", "", "", 0, false}}},
		{"no one else leaves the victim out", "A guard was shot in the attack in Velmar and no one else was injured.",
			nil},
		{"no deaths besides the gunman", "The attack in Velmar left no deaths besides the gunman.",
			nil},
		{"no injuries other than cuts", "The attack in Velmar caused no injuries other than cuts.",
			nil},
		{"a word between no and the noun says less", "The fire in Velmar caused no serious injuries.",
			nil},
		{"no reported deaths", "The fire in Velmar left no reported deaths.",
			nil},
		{"a condition", "Crews searched the ruins after the fire in Velmar to make sure no one was hurt.",
			nil},
		{"a question of whether", "It was unclear whether no one was hurt in the fire in Velmar.",
			nil},
		{"an arrest is where an inquiry stands", "No one has been arrested over the fire in Velmar.",
			nil},
		{"no one who did something else", "No one was inside when the fire in Velmar began.",
			nil},
		{"a belief, not a count", "No one is believed to be hurt in the fire in Velmar.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
}
