package rules

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// mixedClaims has conflicts on several subjects and kinds.
func mixedClaims() []claim.Claim {
	return []claim.Claim{
		mk(claim.KindDate, "a1", fair, "2031-03"),
		mk(claim.KindDate, "a2", fair, "2031-08-15"),
		mk(claim.KindDate, "a3", fair, "2031-08"),
		mk(claim.KindTitle, "a1", "person:tamsin oakhurst", "aide"),
		mk(claim.KindTitle, "a2", "person:tamsin oakhurst", "director"),
		mk(claim.KindWeekday, "a2", "date:2031-05-02", "Monday"),
		mk(claim.KindQuote, "a1", "quote:we will rebuild", "person:odile ferrant"),
		mk(claim.KindQuote, "a3", "quote:we will rebuild", "person:bram tolliver"),
		mk(claim.KindDate, "a1", "event:race:holm", "2031-01"),
		mk(claim.KindDate, "a2", "event:race:holm", "2031-01-20"),
	}
}

func TestCheckIsDeterministic(t *testing.T) {
	s := defaults(t)
	want := s.Check(mixedClaims(), nil)
	require.Len(t, want, 4)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		cs := mixedClaims()
		rng.Shuffle(len(cs), func(a, b int) { cs[a], cs[b] = cs[b], cs[a] })
		assert.Equal(t, want, s.Check(cs, nil))
	}
	// Severity first (errors before the title warning), then kind.
	var order []string
	for _, d := range want {
		order = append(order, d.Severity.String()+" "+string(d.Kind))
	}
	assert.Equal(t, []string{"error date", "error quote", "error weekday", "warning title"}, order)
}

func TestCheckMatchesCheckSubject(t *testing.T) {
	s := defaults(t)
	groups := map[string][]claim.Claim{}
	for _, c := range mixedClaims() {
		groups[c.SubjectKey.String()] = append(groups[c.SubjectKey.String()], c)
	}
	var viaSubjects []Discrepancy
	for _, k := range sortedKeys(groups) {
		viaSubjects = append(viaSubjects, s.CheckSubject(claim.Key(k), groups[k], nil)...)
	}
	Sort(viaSubjects)
	assert.Equal(t, s.Check(mixedClaims(), nil), viaSubjects)
}

func TestDiscrepancyIDs(t *testing.T) {
	s := defaults(t)
	hex12 := regexp.MustCompile(`^[0-9a-f]{12}$`)
	ds := s.Check(mixedClaims(), nil)
	seen := map[string]bool{}
	for _, d := range ds {
		assert.Regexp(t, hex12, d.ID)
		assert.False(t, seen[d.ID], "IDs are distinct")
		seen[d.ID] = true
	}
	// Moving one side's evidence changes the ID; nothing else does.
	cs := mixedClaims()
	cs[0].Evidence.Start++
	moved := s.Check(cs, nil)
	assert.NotEqual(t, ds[0].ID, moved[0].ID)
	assert.Equal(t, ds[1].ID, moved[1].ID)
	cs = mixedClaims()
	cs[0].Evidence.Sentence = "Another sentence."
	for i, d := range s.Check(cs, nil) {
		assert.Equal(t, ds[i].ID, d.ID, "the sentence is not part of the ID")
	}
}

// customRule is a rule written in Go, as a caller may add to a Set.
type customRule struct{ ruleBase }

func (r *customRule) Run(p *Pass) {
	p.Report(Discrepancy{Kind: claim.KindDate, Severity: Info, Summary: "seen", Claims: []ClaimRef{
		{Article: "b", Start: 5, End: 6}, {Article: "a", Start: 9, End: 10},
	}})
}

func TestGoRulesAndApplies(t *testing.T) {
	r := &customRule{ruleBase{id: "custom", kinds: []claim.Kind{claim.KindDate}, prefixes: []string{"event:race:"}}}
	s := &Set{Rules: []Rule{r}}
	ds := s.Check(mixedClaims(), nil)
	require.Len(t, ds, 1, "only event:race: subjects")
	d := ds[0]
	assert.Equal(t, "custom", d.Rule)
	assert.Equal(t, "event:race:holm", d.SubjectKey)
	assert.Equal(t, []string{"a", "b"}, []string{d.Claims[0].Article, d.Claims[1].Article}, "sides sorted")
	assert.Equal(t, discrepancyID("custom", "event:race:holm", d.Claims), d.ID)

	assert.True(t, r.Applies("event:race:x", claim.KindDate))
	assert.False(t, r.Applies("event:race:x", claim.KindTitle))
	assert.False(t, r.Applies("event:fair:x", claim.KindDate))
	assert.Empty(t, s.Check(nil, nil))
}

func TestSort(t *testing.T) {
	ds := []Discrepancy{
		{ID: "2", Severity: Info, Kind: "date", Subject: "a"},
		{ID: "3", Severity: Error, Kind: "title", Subject: "a"},
		{ID: "1", Severity: Error, Kind: "date", Subject: "b"},
		{ID: "0", Severity: Error, Kind: "date", Subject: "b"},
		{ID: "4", Severity: Error, Kind: "date", Subject: "a"},
	}
	Sort(ds)
	var ids []string
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	assert.Equal(t, []string{"4", "0", "1", "3", "2"}, ids)
}

func TestRulesNeverPanicOnOddClaims(t *testing.T) {
	s := defaults(t)
	ctx := &Context{KB: testKB(t), Articles: map[string]ArticleMeta{"a": {ID: "a"}}}
	var odd []claim.Claim
	// A reference date cannot be garbage (claim.ParseDay refuses it): the
	// last day there is will do.
	farDay, _ := claim.ParseDay("9999-12-31")
	for _, k := range claim.Kinds {
		for _, key := range []claim.Key{"", "event:", "office:", "article:", "date:", "date:2031-02-30", "person:", "quote:"} {
			for _, v := range []string{"", "x", "person:", "2031-13-01", "-1", "NaN", "Inf"} {
				odd = append(odd, claim.Claim{Kind: k, SubjectKey: key, Value: v, Reference: farDay, Modality: "odd",
					Evidence: claim.Evidence{Article: "a", Start: 9, End: 3, SentenceStart: 50}},
					claim.Claim{Kind: k, SubjectKey: key, Value: v, Office: &claim.OfficeValue{Present: true, Former: true, Holder: v},
						Number: &claim.NumberValue{}, Title: &claim.TitleValue{}, Date: &claim.DateValue{Value: v}, Quote: &claim.QuoteValue{},
						Place: &claim.PlaceValue{}, Evidence: claim.Evidence{Article: "b", Start: -4, End: 1 << 30}})
			}
		}
	}
	assert.NotPanics(t, func() { s.Check(odd, ctx) })
	assert.NotPanics(t, func() { s.Check(slices.Clone(odd), nil) })
}
