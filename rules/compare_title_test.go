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

// TestPersonTitleHeadsOfBodies covers which different heads name one post
// and which two: a head with the body it leads, professions, functions
// and the newer heads. Every pair runs both ways.
func TestPersonTitleHeadsOfBodies(t *testing.T) {
	const who = "person:odile ferrant"
	tests := []struct {
		a, b     string
		conflict bool
	}{
		// A head of a named body is that body's leading post.
		{"head of the harbour safety agency", "interior minister", true},
		{"agency head", "interior minister", true},
		{"head of the city election board", "deputy mayor", true},
		{"head of the harbour safety agency", "spokesperson for the agency", true},
		{"head of the harbour safety agency", "director of the harbour safety agency", false},
		{"head of the harbour safety agency", "agency chief", false},
		{"head of tollan dairies", "chief executive", false},
		{"head of tollan dairies", "chief financial officer", true},
		{"deputy head of the agency", "director of the agency", true},
		{"acting head of the agency", "deputy director", false},
		{"head of the interior ministry", "interior minister", false},
		{"head of the interior ministry", "foreign minister", true},
		{"head of the city", "mayor", false},
		{"head of the central bank", "governor", false},
		{"chief of the army", "general", false},
		{"the agency's head", "director", false},
		// A bare head, or one of a body led alongside a post, says nothing.
		{"head", "interior minister", false},
		{"the new head", "interior minister", false},
		{"head of the delegation", "foreign minister", false},
		{"head of the negotiating team", "foreign minister", false},
		{"head of state", "president", false},
		// A head or leader of a function holds that function's post.
		{"head of communications", "spokesperson", false},
		{"head of the ministry's press office", "spokeswoman", false},
		{"communications director", "spokesman", false},
		{"director of communications", "head of communications", false},
		{"head of finance", "chief financial officer", false},
		{"head of communications", "chief executive", true},
		{"head of communications", "head of the harbour safety agency", false},
		// Company posts.
		{"chief financial officer", "chief executive of tollan dairies", true},
		{"finance director", "chief executive", true},
		{"chief operating officer", "chief technology officer", true},
		{"treasurer", "chief financial officer", false},
		{"chief executive", "president", false},
		{"board chair", "chairwoman", false},
		{"co-chair", "chair", false},
		{"general counsel", "lawyer", false},
		{"general counsel", "chief financial officer", false},
		// Professions go with any post, not with another profession.
		{"lawyer", "senator", false},
		{"economist", "chief executive", false},
		{"nurse", "professor", true},
		{"engineer", "accountant", true},
		// Other new heads.
		{"undersecretary for trade", "secretary for trade", true},
		{"magistrate", "prosecutor", true},
		{"magistrate", "judge", false},
		{"coach", "captain", true},
		{"superintendent", "commissioner", true},
		{"project manager", "chief financial officer", true},
		{"editor", "mayor", true},
	}
	for _, tt := range tests {
		for _, pair := range [][2]string{{tt.a, tt.b}, {tt.b, tt.a}} {
			t.Run(pair[0]+" vs "+pair[1], func(t *testing.T) {
				cs := []claim.Claim{
					mk(claim.KindTitle, "a1", who, pair[0], subject("Odile Ferrant")),
					mk(claim.KindTitle, "a2", who, pair[1], subject("Odile Ferrant")),
				}
				ds := runRule(t, "person-title", cs, nil)
				if !tt.conflict {
					require.Empty(t, ds)
					return
				}
				require.Len(t, ds, 1)
				assert.Equal(t, Warning, ds[0].Severity)
				assert.Len(t, ds[0].Claims, 2)
			})
		}
	}
}

// TestPersonTitleHeadFromExtractor: the extractor's parts decide as the
// text does ("then-" titles are former; a head of a body is that post).
func TestPersonTitleHeadFromExtractor(t *testing.T) {
	const who = "person:odile ferrant"
	parts := func(head, org string, former bool, ranks ...string) opt {
		return func(c *claim.Claim) {
			c.Title = &claim.TitleValue{Head: head, Org: org, Ranks: ranks, Former: former}
			if former {
				c.Modality = claim.Former
			}
		}
	}
	tests := []struct {
		name   string
		claims []claim.Claim
		want   int
	}{
		{"a then- title never conflicts", []claim.Claim{
			mk(claim.KindTitle, "a1", who, "then-prime minister", parts("prime minister", "", true, "then")),
			mk(claim.KindTitle, "a2", who, "prime minister", parts("prime minister", "", false)),
			mk(claim.KindTitle, "a3", who, "then-minister", parts("minister", "", true, "then")),
		}, 0},
		{"a head of a body against a minister", []claim.Claim{
			mk(claim.KindTitle, "a1", who, "head of the harbour safety agency", parts("head", "agency", false)),
			mk(claim.KindTitle, "a2", who, "interior minister", parts("minister", "", false)),
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Len(t, runRule(t, "person-title", tt.claims, nil), tt.want)
		})
	}
}

func TestTitleSenseRoundTrip(t *testing.T) {
	for _, s := range []titleSense{
		{},
		{head: "mayor", known: true, rank: "deputy", domain: "energy"},
		{head: "harbour commissioner", standIn: true},
		{head: "head", generic: true, rank: "deputy vice"},
		{head: "head", known: true, lead: true, allows: ",minister,secretary,@communications,"},
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
	_, err = newTitleCompare(&titleOptions{Leads: &leadOptions{Functions: map[string]functionOptions{
		"press": {Words: []string{"media"}}, "news": {Words: []string{"media"}},
	}}})
	require.Error(t, err, "a word in two functions")
}

func TestInList(t *testing.T) {
	assert.True(t, inList(",minister,secretary,", "secretary"))
	assert.True(t, inList(",minister,", "minister"))
	assert.False(t, inList(",prime minister,", "minister"))
	assert.False(t, inList(",ministers,", "minister"))
	assert.False(t, inList("", "minister"))
	assert.True(t, sharesFunction(",spokesperson,@communications,", ",@finance,@communications,"))
	assert.False(t, sharesFunction(",spokesperson,@communications,", ",spokesperson,@finance,"))
	assert.False(t, sharesFunction(",spokesperson,", ",spokesperson,"))
}
