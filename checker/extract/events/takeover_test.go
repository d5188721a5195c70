package events

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// A takeover is its buyer's and its target's: a rival's bid for the same
// company is another event.
func TestTakeovers(t *testing.T) {
	const deal = "event:takeover:with:brenna+corlow"
	tests := []struct {
		name string
		ref  string
		doc  string
		want []string
	}{
		{"agreed to buy, with price and value", "2025-05-12",
			"Dutch food group Brenna has agreed to buy cheese maker Corlow Foods for 8.10 euros per share in cash, valuing the company at 1.2 billion euros, the companies said.", []string{
				"status " + deal + " = planned [to buy]",
				"number " + deal + " = 8.1 [8.10 euros per share] price per share EUR",
				"number " + deal + " = 1200000000 [1.2 billion euros] value EUR"}},
		{"the company bought is the one named before", "2025-05-13",
			"Shares in Corlow Foods rose 28 percent after Brenna agreed to buy the company for €8.40 a share.", []string{
				"status " + deal + " = planned [to buy]",
				"number " + deal + " = 8.4 [€8.40 a share] price per share EUR"}},
		{"completed its takeover", "2025-07-03",
			"Brenna completed its takeover of Corlow Foods on Wednesday, 2 July, after regulators cleared the deal.", []string{
				"status " + deal + " = happened [completed]",
				"date " + deal + " = 2025-07-02 [Wednesday, 2 July]"}},
		{"the planned takeover by", "2025-07-09",
			"Farmers met to discuss what the planned takeover of Corlow Foods by Brenna will mean for milk prices.", []string{
				"status " + deal + " = planned [planned]"}},
		{"a possessive buyer and the company it values", "2025-05-13",
			"Brenna's bid of 8.10 euros per share values Corlow Foods at 1.3 billion euros, making it the largest deal in years.", []string{
				"number " + deal + " = 8.1 [8.10 euros per share] price per share EUR",
				"number " + deal + " = 1300000000 [1.3 billion euros] value EUR"}},
		{"a rival's price is not claimed for the deal", "2025-06-02",
			"Ostrell Capital, which first approached Corlow in April at 7.50 euros per share, said it would not raise its bid.", nil},
		{"a price said alone is not claimed", "2025-07-03",
			"The deal was done. Brenna paid 9.10 euros per share, valuing Corlow at 1.4 billion euros.", nil},
		{"no plans to close", "2025-05-13",
			"Brenna said it had no plans to close the Corlow plant in Quillan, which employs 400 people.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range runTagged(t, tc.doc, day(tc.ref)) {
				if !isEventKey(c.SubjectKey.String()) || c.Kind == claim.KindLocation {
					continue
				}
				s := string(c.Kind) + " " + c.SubjectKey.String() + " = " + c.Value + " [" + c.ValueText + "]"
				if c.Number != nil {
					s += " " + c.Number.Counts + " " + c.Number.Unit
				}
				got = append(got, s)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func isEventKey(k string) bool { return len(k) > 6 && k[:6] == "event:" }
