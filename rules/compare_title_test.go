package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// TestPersonTitleRanksAndDomains covers what makes two titles of one head
// two posts: distinct ranks and portfolios, read from the text or from
// the extractor's parts.
func TestPersonTitleRanksAndDomains(t *testing.T) {
	const who = "person:odile ferrant"
	ti := func(article, value string, opts ...opt) claim.Claim {
		return mk(claim.KindTitle, article, who, value, append([]opt{subject("Odile Ferrant")}, opts...)...)
	}
	parts := func(head, domain string, ranks ...string) opt {
		return func(c *claim.Claim) { c.Title = &claim.TitleValue{Head: head, Domain: domain, Ranks: ranks} }
	}
	tests := []struct {
		name   string
		claims []claim.Claim
		want   int
	}{
		{"deputy mayor and mayor", []claim.Claim{ti("a1", "deputy mayor"), ti("a2", "mayor")}, 1},
		{"deputy from the extractor's ranks", []claim.Claim{ti("a1", "mayor of lowhaven", parts("mayor", "", "deputy")), ti("a2", "mayor of lowhaven x")}, 1},
		{"vice chairman and chairman", []claim.Claim{ti("a1", "vice-chairman"), ti("a2", "chairwoman")}, 1},
		{"assistant secretary of state and secretary of state", []claim.Claim{ti("a1", "assistant secretary of state"), ti("a2", "secretary of state")}, 1},
		{"under-secretary and secretary", []claim.Claim{ti("a1", "under-secretary for trade"), ti("a2", "secretary for trade")}, 1},
		{"lieutenant governor and governor", []claim.Claim{ti("a1", "lieutenant governor of brask province"), ti("a2", "governor of brask province")}, 1},
		{"deputy head and head", []claim.Claim{ti("a1", "deputy head of the dock union"), ti("a2", "head of the dock union")}, 1},
		{"deputy of an unknown head", []claim.Claim{ti("a1", "deputy harbour commissioner"), ti("a2", "harbour commissioner")}, 1},
		{"deputy special envoy and special envoy", []claim.Claim{ti("a1", "deputy special envoy"), ti("a2", "special envoy")}, 1},
		{"two deputies agree", []claim.Claim{ti("a1", "deputy mayor"), ti("a2", "deputy mayor of lowhaven")}, 0},
		{"senior keeps the post", []claim.Claim{ti("a1", "senior adviser"), ti("a2", "aide")}, 0},
		{"principal keeps the post", []claim.Claim{ti("a1", "principal deputy spokesman"), ti("a2", "deputy spokeswoman")}, 0},
		{"interim keeps the post", []claim.Claim{ti("a1", "interim director"), ti("a2", "director")}, 0},
		{"an acting mayor may be the deputy", []claim.Claim{ti("a1", "acting mayor"), ti("a2", "deputy mayor")}, 0},
		{"chief executive is a head", []claim.Claim{ti("a1", "chief executive"), ti("a2", "executive director")}, 0},
		{"vice president is its own head", []claim.Claim{ti("a1", "vice president"), ti("a2", "vice-president of the council")}, 0},
		{"a deputy is not a generic word", []claim.Claim{ti("a1", "deputy minister"), ti("a2", "official")}, 0},
		{"a former deputy never conflicts", []claim.Claim{ti("a1", "former deputy mayor"), ti("a2", "mayor")}, 0},
		{"foreign and energy minister", []claim.Claim{ti("a1", "foreign minister"), ti("a2", "energy minister")}, 1},
		{"domains from the extractor", []claim.Claim{ti("a1", "minister", parts("minister", "foreign")), ti("a2", "the minister", parts("minister", "trade"))}, 1},
		{"a domain the options do not list", []claim.Claim{ti("a1", "minister", parts("minister", "political")), ti("a2", "the minister", parts("minister", "trade"))}, 0},
		{"defense and defence are one domain", []claim.Claim{ti("a1", "defense minister"), ti("a2", "minister of defence")}, 0},
		{"one domain and none", []claim.Claim{ti("a1", "foreign minister"), ti("a2", "minister")}, 0},
		{"domains of different heads do not decide", []claim.Claim{ti("a1", "energy minister"), ti("a2", "minister"), ti("a3", "member of parliament for health")}, 0},
		{"generic heads ignore domains", []claim.Claim{ti("a1", "energy official"), ti("a2", "trade official")}, 0},
		{"a spokesman for two ministries", []claim.Claim{ti("a1", "spokesman for the foreign ministry"), ti("a2", "spokeswoman for the energy ministry")}, 1},
		{"a vague minister joins the foreign one", []claim.Claim{ti("a1", "minister"), ti("a2", "foreign minister"), ti("a3", "foreign minister"), ti("a4", "energy minister")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := runRule(t, "person-title", tt.claims, nil)
			require.Len(t, ds, tt.want)
			for _, x := range ds {
				assert.Equal(t, Warning, x.Severity)
				assert.Contains(t, x.Summary, "Odile Ferrant is called ")
			}
		})
	}
}

func TestTitleSenseRoundTrip(t *testing.T) {
	for _, s := range []titleSense{
		{},
		{head: "mayor", known: true, rank: "deputy", domain: "energy"},
		{head: "harbour commissioner", standIn: true},
		{head: "head", generic: true, rank: "deputy vice"},
	} {
		got := decodeSense(s.encode())
		s.generic = false // generic rides in sideValue.generic, not in the encoding
		assert.Equal(t, s, got)
	}
}

func TestTitleOptionsErrors(t *testing.T) {
	_, err := newTitleCompare(&titleOptions{Ranks: []string{"deputy"}, DistinctRanks: []string{"deputy"}})
	require.Error(t, err)
	_, err = newTitleCompare(&titleOptions{Domains: map[string][]string{"foreign": {"external"}, "trade": {"external"}}})
	require.Error(t, err)
}
