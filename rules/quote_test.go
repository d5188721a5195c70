package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestQuoteAttribution(t *testing.T) {
	const words = "the bridge will open in spring"
	q := func(article, speaker string, opts ...opt) claim.Claim {
		return mk(claim.KindQuote, article, "quote:"+words, speaker, append([]opt{subject(words)}, opts...)...)
	}
	named := func(name string) opt {
		return func(c *claim.Claim) {
			c.Quote = &claim.QuoteValue{Words: words, Speaker: name, SpeakerKey: claim.Key(c.Value)}
		}
	}
	tests := []struct {
		name    string
		claims  []claim.Claim
		want    int
		summary string
	}{
		{"one speaker", []claim.Claim{q("a1", "person:odile ferrant"), q("a2", "person:odile ferrant")}, 0, ""},
		{"two named speakers", []claim.Claim{q("a1", "person:odile ferrant", named("Odile Ferrant")), q("a2", "person:bram tolliver"), q("a3", "person:odile ferrant")}, 1,
			`The quote "the bridge will open in spring" is attributed to Bram Tolliver in a2 but to Odile Ferrant in a1 and a3.`},
		{"a description never conflicts", []claim.Claim{q("a1", "person:odile ferrant"), q("a2", "desc:a council official")}, 0, ""},
		{"unresolved speakers never conflict", []claim.Claim{q("a1", "Odile"), q("a2", "Bram")}, 0, ""},
		{"a surname is the one full name that has it", []claim.Claim{q("a1", "person:odile ferrant"), q("a2", "person:?ferrant")}, 0, ""},
		{"a surname of a family name written first", []claim.Claim{q("a1", "person:ferrant odile"), q("a2", "person:?ferrant")}, 0, ""},
		{"a surname against another full name", []claim.Claim{q("a1", "person:bram tolliver", named("Bram Tolliver")), q("a2", "person:?ferrant", named("Ferrant"))}, 1,
			`The quote "the bridge will open in spring" is attributed to Ferrant in a2 but to Bram Tolliver in a1.`},
		{"a surname joins its full name against another", []claim.Claim{
			q("a1", "person:odile ferrant", named("Odile Ferrant")), q("a2", "person:?ferrant", named("Ferrant")), q("a3", "person:bram tolliver", named("Bram Tolliver")),
		}, 1, `The quote "the bridge will open in spring" is attributed to Bram Tolliver in a3 but to Odile Ferrant in a1 and a2.`},
		{"a surname two full names share draws no conflict", []claim.Claim{q("a1", "person:odile ferrant"), q("a2", "person:?ferrant"), q("a3", "person:lucien ferrant")}, 1,
			`The quote "the bridge will open in spring" is attributed to Lucien Ferrant in a3 but to Odile Ferrant in a1.`},
		{"a surname two full names share alone", []claim.Claim{q("a1", "person:?ferrant"), q("a2", "person:?ferrant")}, 0, ""},
		{"two different surnames", []claim.Claim{q("a1", "person:?ferrant"), q("a2", "person:?tolliver")}, 1, ""},
		{"a name written shorter is the same person", []claim.Claim{q("a1", "person:odile ferrant"), q("a2", "person:odile marie ferrant"), q("a3", "person:marie ferrant")}, 0, ""},
		{"a name sharing only the surname is someone else", []claim.Claim{q("a1", "person:odile ferrant"), q("a2", "person:lucien ferrant")}, 1, ""},
		{"a joint statement belongs to both speakers", []claim.Claim{
			q("a1", "person:odile ferrant", span(10, 40)), q("a1", "person:bram tolliver", span(10, 40)),
			q("a2", "person:odile ferrant"), q("a3", "person:?tolliver"),
		}, 0, ""},
		{"a joint statement against a third speaker", []claim.Claim{
			q("a1", "person:odile ferrant", named("Odile Ferrant"), span(10, 40)), q("a1", "person:bram tolliver", named("Bram Tolliver"), span(10, 40)),
			q("a2", "person:ines kovar", named("Ines Kovar")),
		}, 1, `The quote "the bridge will open in spring" is attributed to Ines Kovar in a2 but to Bram Tolliver and Odile Ferrant in a1.`},
		{"two speakers of one article in different places conflict", []claim.Claim{
			q("a1", "person:odile ferrant", span(10, 40)), q("a1", "person:bram tolliver", span(100, 130)),
		}, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := runRule(t, "quote-attribution", tt.claims, nil)
			require.Len(t, ds, tt.want)
			for _, d := range ds {
				assert.Equal(t, claim.KindQuote, d.Kind)
				if tt.summary != "" {
					assert.Equal(t, tt.summary, d.Summary)
				}
			}
		})
	}
}
