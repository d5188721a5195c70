package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Offers and bids belong to the party that makes them.
func TestOfferScopedByParty(t *testing.T) {
	lead := "Pitcher Ilse Varga is the prize of the winter meetings in Brindle.\n\n"
	tests := []struct {
		name  string
		sent  string
		scope string
	}{
		{"the name before the verb", "At the winter meetings in Brindle, the Harbor Cats made Varga an eight-year, $40 million offer.", "harbor cats"},
		{"over an auxiliary", "At the winter meetings in Brindle the Tarnow Lions have made an eight-year offer to Varga in excess of $40 million.", "tarnow lions"},
		{"no party named", "At the winter meetings in Brindle, an offer of $40 million was on the table, agents said.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range run(t, lead+tc.sent) {
				if c.Number != nil && c.Number.Counts == "offer" {
					got = append(got, c.Number.Scope)
				}
			}
			assert.Equal(t, []string{tc.scope}, got)
		})
	}
}
