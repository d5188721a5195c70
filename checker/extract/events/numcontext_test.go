package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

const crash = "event:crash:varrow junction"

func TestNumbersInContext(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []num
	}{
		{"speed away from its crash goes to the article's disaster",
			"A goods train derailed near Varrow Junction, killing two people.\n\n" +
				"Records showed the train was travelling at 88 kilometres an hour, two people familiar with the investigation said.",
			[]num{{crash, "2", "two", "", "", "people killed"}, {crash, "88", "88 kilometres an hour", "km/h", "", "speed"}}},
		{"a speed limit is no speed reached",
			"A goods train derailed near Varrow Junction, killing two people.\n\n" +
				"It entered a bend where the limit is 40 kilometres an hour.",
			[]num{{crash, "2", "two", "", "", "people killed"}}},
		{"a town's population is no count of the event",
			"A goods train derailed near Varrow Junction, killing two people.\n\n" +
				"The derailment forced 300 people from their homes in Varrow Junction, a market town of 6,000 people.",
			// the town's population is the town's; 300 people forced from
			// their homes say nothing the lexicon knows of what befell them
			[]num{{crash, "2", "two", "", "", "people killed"}, {"place:varrow junction", "6000", "6,000", "", "", "population"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, nums(run(t, tt.doc)))
		})
	}
}
