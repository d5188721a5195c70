package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Summaries read "<subject> is dated …": an event's subject is a noun
// phrase, the same for all its claims, never the clause that named it.
func TestSubjects(t *testing.T) {
	tests := []struct {
		name string
		ref  string
		doc  string
		want string
	}{
		{"a disaster named by its verb", "2026-03-10", "Floodwaters swept through Morrow Cove on 3 March 2026, officials said.", "the flood in Morrow Cove"},
		{"a place after the noun", "2026-03-10", "The summit in Quillan will be held on 3 May 2026.", "the summit in Quillan"},
		{"a place before the noun", "2026-03-10", "The Quillan summit will be held on 3 May 2026.", "the Quillan summit"},
		{"a thing", "2026-03-10", "The Halvik bridge opened on 3 March 2026 with a parade.", "the Halvik bridge opening"},
		{"a thing after of", "2026-03-10", "The opening of the Halvik bridge on 3 March 2026 drew crowds.", "the Halvik bridge opening"},
		{"a ship", "2026-03-10", "The fire aboard the Kestrel Dawn on 3 March 2026 killed two sailors.", "the fire aboard the Kestrel Dawn"},
		{"a pair by hyphen", "2026-03-10", "The Brand-Farr talks will be held in Penmark on 2 June 2026.", "the Brand-Farr talks"},
		{"a pair that meets", "2026-03-10", "Ilka Brand and Odo Farr will meet in Penmark on 2 June 2026, officials said.", "the meeting between Brand and Farr"},
		{"a group's meeting", "2026-03-10", "Corlow shareholders will vote at an extraordinary general meeting on 18 June 2026, the company said.", "the meeting of Corlow shareholders"},
		{"a takeover", "2026-03-10", "Brenna completed its takeover of Corlow Foods on 2 March 2026, the company said.", "Brenna's takeover of Corlow Foods"},
		{"the story's event", "2024-11-11", "LINDOW — A day after the November 10 election that made her mayor, Ada Morrane was back at work.", "the election in Lindow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := runTagged(t, tc.doc, day(tc.ref))
			var subjects []string
			for _, c := range cs {
				if isEventKey(c.SubjectKey.String()) {
					subjects = append(subjects, c.Subject)
				}
			}
			require.NotEmpty(t, subjects)
			for _, s := range subjects {
				assert.Equal(t, tc.want, s)
			}
		})
	}
}
