package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// An undated article's bare weekday given for an event is a weekday
// claim of the event: "on Saturday" cannot be dated, but two weekdays for
// one event contradict each other. A dated article's weekday is a date.
// Every sentence is invented.
func TestEventWeekdayClaims(t *testing.T) {
	const title = "Riots spread in Brindle\n"
	tests := []struct {
		name string
		doc  string
		ref  time.Time
		want []string // "kind key=value"
	}{
		{"undated: the weekday of the shooting",
			title + "The fatal shooting of Piet Okoro on Saturday sparked riots in Brindle.",
			time.Time{}, []string{"weekday event:attack:piet okoro=saturday"}},
		{"undated: an age between commas does not part the weekday from the event",
			title + "The fatal shooting of Piet Okoro, 15, on Saturday sparked riots in Brindle.",
			time.Time{}, []string{"weekday event:attack:piet okoro=saturday"}},
		{"undated: a night",
			title + "A fire broke out in Brindle on Friday night.",
			time.Time{}, []string{"weekday event:fire:brindle=friday"}},
		{"undated: a place with \"of\" in its name",
			"Navy rescues ship\nA navy ship came to the rescue of a freighter under attack by pirates in the Gulf of Kelm on Saturday.",
			time.Time{}, []string{"weekday event:attack:gulf=saturday"}},
		{"dated: the weekday is a date",
			title + "The fatal shooting of Piet Okoro on Saturday sparked riots in Brindle.",
			time.Date(2031, 5, 14, 0, 0, 0, 0, time.UTC), []string{"date event:attack:piet okoro=2031-05-10"}},
		{"undated: a weekday of another noun is not the event's",
			title + "On Saturday, the first anniversary of the shooting in Brindle, the town was quiet.",
			time.Time{}, nil},
		{"undated: a date with no weekday makes no weekday claim",
			title + "The shooting in Brindle on May 3 sparked riots.",
			time.Time{}, []string{"date event:attack:brindle=XXXX-05-03"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, eventDays(t, tt.doc, tt.ref))
		})
	}
}

// eventDays lists the date and weekday claims of events that doc (dated
// ref, or undated when zero) makes, as "kind key=value".
func eventDays(t *testing.T, doc string, ref time.Time) []string {
	t.Helper()
	var got []string
	for _, c := range runTagged(t, doc, ref) {
		if (c.Kind == claim.KindDate || c.Kind == claim.KindWeekday) && c.SubjectKey.IsEvent() {
			got = append(got, string(c.Kind)+" "+c.SubjectKey.String()+"="+c.Value)
		}
	}
	return got
}
