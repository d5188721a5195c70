package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

const shipFire = "event:fire:kestrel dawn"

func TestCountsOfTheOneDisaster(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []num
	}{
		{"a casualty count goes to the article's one disaster",
			"The Kestrel Dawn fire started in the engine room.\nThe opening of the Halvik stadium went ahead.\nAt least 21 people were injured, most of them crew.",
			[]num{{shipFire, "21", "21", "", "at least", "people injured"}}},
		{"bare type word in the same sentence",
			"The Kestrel Dawn fire started in the engine room.\nThe opening of the Halvik stadium went ahead.\nThe ferry was busy.\nDoctors in Penmark said 4 people were hurt in the fire.",
			[]num{{shipFire, "4", "4", "", "", "people injured"}}},
		{"people who died",
			"The Kestrel Dawn fire started in the engine room.\nThe opening of the Halvik stadium went ahead.\nThe minister met the families of the 6 people who died.",
			[]num{{shipFire, "6", "6", "", "", "people killed"}}},
		{"damage a disaster did",
			"A flash flood hit Morrow Cove overnight.\nThe opening of the Halvik stadium went ahead.\nMore than 300 homes were damaged.",
			[]num{{"event:flood:morrow cove", "300", "300", "", "more than", "homes damaged"}}},
		{"two disasters: no subject",
			"The Kestrel Dawn fire started in the engine room.\nA flash flood hit Morrow Cove overnight.\nAt least 21 people were injured.",
			nil},
		{"an unnamed second disaster: no subject",
			"The Kestrel Dawn fire started in the engine room.\nThe opening of the Halvik stadium went ahead.\nA similar explosion was reported last year.\nAt least 21 people were injured.",
			nil},
		{"not a casualty count: no subject",
			"The Kestrel Dawn fire started in the engine room.\nThe opening of the Halvik stadium went ahead.\nThe ship carried 58 passengers.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, nums(run(t, tc.doc)))
		})
	}
}

func TestCountsOfTheOnlyEvent(t *testing.T) {
	lead := "Dock workers in Harlby will stage a strike on Monday, their union said in a statement.\n\n"
	tests := []struct {
		name string
		doc  string
		want []num
	}{
		{"a figure of the only event", lead + "About 4,000 workers are expected to take part.",
			// a strike's crowd is counted by the protest at its place
			[]num{{"event:protest:harlby", "4000", "4,000", "", "about", "crowd"}}},
		{"another event introduced just before", lead + "A protest is planned for Friday. Organisers expect 5,000 people.", nil},
		{"a figure before the event is named", "About 4,000 workers are expected to take part in the action.\n\n" + lead, nil},
		{"a casualty count is no strike's", lead + "At least 30 people were injured.", nil},
		{"a thing-identified event's figures are the thing's",
			"The new bridge in Dunquay will open to traffic on 12 August, the ministry said on Monday.\n\nAbout 900 workers were employed on the project.",
			[]num{{"thing:dunquay bridge", "900", "900", "", "about", "workers employed"}}},
		{"a definite count names a known group", lead + "Relations between the two countries are strained.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, nums(run(t, tc.doc)))
		})
	}
}

func TestWhatNumbersMeasure(t *testing.T) {
	const bridge = "thing:halvik bridge"
	intro := "The opening of the Halvik bridge went ahead.\n"
	tests := []struct {
		name string
		doc  string
		want []num
	}{
		{"a length by its verb", intro + "The bridge spans 2.4 kilometres across the bay.",
			[]num{{bridge, "2.4", "2.4 kilometres", "km", "", "length"}}},
		{"a speed; killed two are people", "The crash near Oskarby killed two. The crash near Oskarby happened at about 90 kilometres an hour.",
			[]num{{"event:crash:oskarby", "2", "two", "", "", "people killed"}, {"event:crash:oskarby", "90", "90 kilometres an hour", "km/h", "about", "speed"}}},
		{"a pay rise is pay", "The strike in Harlby goes on, and the union wants a pay rise of 4 percent.",
			[]num{{"event:strike:harlby", "4", "4 percent", "percent", "", "pay"}}},
		{"raised wages are pay", "The strike in Harlby goes on, and workers want wages raised by 4 percent.",
			[]num{{"event:strike:harlby", "4", "4 percent", "percent", "", "pay"}}},
		{"a participle says what happened", "After the crash near Oskarby, hospitals treated 31 injured passengers.",
			[]num{{"event:crash:oskarby", "31", "31", "", "", "passengers injured"}}},
		{"a compound counts its last noun", "Ahead of the summit in Harlby, 1,500 police officers were deployed.",
			[]num{{"event:meeting:harlby", "1500", "1,500", "", "", "officers deployed"}}},
		{"burned hectares", "The wildfire near Sennaby burned more than 8,000 hectares.",
			[]num{{"event:fire:sennaby", "8000", "8,000", "", "more than", "hectares burned"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, nums(run(t, tc.doc)))
		})
	}
}

// Every class an event key can name has a noun for its summary, the
// generic class of a background event with no known noun included
// ("the  in Philadelphia" was once printed).
func TestEveryKeyedClassHasANoun(t *testing.T) {
	assert.Equal(t, "event", voc().classNoun[genericClass])
	for class, noun := range voc().classNoun {
		assert.NotEmpty(t, noun, class)
	}
}

// A figure of a person's death is the disaster's that caused it, keyed by
// the same person, when the article tells of one kind of disaster most.
// Every sentence is invented.
func TestDeathFiguresAreTheCausesOwn(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"the shooting the article tells of",
			"Anger after the death of Ilse Varga\nThe death of Ilse Varga was confirmed on Sunday. Officers shot her on a dark street, and the shooting drew crowds. The officers then fired 14 shots, the police said.",
			[]measured{{Key: "event:attack:ilse varga", Value: "14", Counts: "shots fired"}}},
		{"hits from one side are a part of the hits",
			"Anger after the death of Ilse Varga\nThe death of Ilse Varga was confirmed on Sunday. Officers shot her on a dark street, and the shooting drew crowds. Five bullets hit her. Three bullets struck from behind.",
			[]measured{{Key: "event:attack:ilse varga", Value: "5", Counts: "hits"}, {Key: "event:attack:ilse varga", Value: "3", Counts: "hits", Scope: "from behind"}}},
		{"bullets fired in an article of the shooting and the protests after it",
			"Unrest after a police shooting\nDays of protest followed the death of Ilse Varga, who was killed on May 2 when two constables opened fire in a car park. A coroner's report says that two of the nine bullets fired by the constables struck her. Protests have gone on every night since.",
			[]measured{{Key: "event:attack:ilse varga", Value: "9", Counts: "shots fired"}}},
		{"two deaths by shooting told of: the bullets are neither's",
			"Protests after two police shootings\nThe death of Ilse Varga was confirmed on Sunday. The death of Tomas Brede was confirmed on Monday. A coroner's report says that two of the nine bullets fired by the constables struck the back.",
			nil},
		{"no disaster told of most: no cause",
			"Anger after the death of Ilse Varga\nThe death of Ilse Varga was confirmed on Sunday. The officers then fired 14 shots, the police said.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []measured
			for _, m := range measures(run(t, tc.doc)) {
				got = append(got, measured{Key: m.Key, Value: m.Value, Counts: m.Counts, Scope: m.Scope})
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
