package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The killing of the person an attack is identified by dates the attack
// when the killer is the verb's subject or the dead its passive subject;
// a death, a killing of another kind of event and another person's
// killing do not. Every sentence is invented.
func TestKillDateClaims(t *testing.T) {
	const lead = "Officer charged over student's death\nA police officer was charged over the killing of Teodor Brask in Velmar, a court source said.\nThe shooting sparked riots.\n"
	tests := []struct {
		name string
		doc  string
		ref  time.Time
		want []string // "kind key=value"
	}{
		{"undated: the killer killed the person on a weekday",
			lead + "According to the charge sheet, Mr Varno killed Brask on Sunday during a clash.",
			time.Time{}, []string{"weekday event:attack:teodor brask=sunday"}},
		{"undated: a pronoun killer",
			lead + "Prosecutors say he killed Brask on Friday night.",
			time.Time{}, []string{"weekday event:attack:teodor brask=friday"}},
		{"undated: the dead shot dead, passive",
			lead + "Brask was shot dead on Saturday near a bar.",
			time.Time{}, []string{"weekday event:attack:teodor brask=saturday"}},
		{"dated: the weekday is a date",
			lead + "Mr Varno killed Brask on Sunday during a clash.",
			time.Date(2031, 5, 14, 0, 0, 0, 0, time.UTC), []string{"date event:attack:teodor brask=2031-05-11"}},
		{"a death after the attack does not date it",
			lead + "Brask was shot on Saturday and died on Sunday in hospital.",
			time.Time{}, nil},
		{"a killing in a crash is no attack",
			"Crash on the coast road\nA crash on the coast road killed a cyclist in Velmar, police said.\nBrask was killed in a crash on Sunday.",
			time.Time{}, nil},
		{"a killing in a crash in an attack's article",
			lead + "Brask was killed in a crash on Sunday.",
			time.Time{}, nil},
		{"a crash that killed is no killer",
			lead + "The storm killed Brask on Sunday.",
			time.Time{}, nil},
		{"a death the article tells of no attack for",
			"Storm toll rises\nThe death of Teodor Brask in Velmar shocked the town.\nStorm Zeta killed Brask on Sunday.",
			time.Time{}, nil},
		{"another person's killing is another attack's",
			lead + "An officer killed Lena Ostrova on Monday in 1985.",
			time.Time{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, eventDays(t, tt.doc, tt.ref))
		})
	}
}
