package rules

import (
	"fmt"
	"maps"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// titleModel is what the title options say about titles that one person
// holds together without being one post: a rank beside a role, an
// umbrella word beside the posts it names. (Equivalent, generic and
// compatible heads are in titleCompare itself; titles held at once are
// learnt per subject in forPass.)
type titleModel struct {
	serviceRank map[string]bool            // by class
	rankRole    map[string]bool            // by class
	cover       map[string]map[string]bool // umbrella word → classes
}

func (m *titleModel) build(o *titleOptions, classOf func(string) string) error {
	m.serviceRank, m.rankRole, m.cover = map[string]bool{}, map[string]bool{}, map[string]map[string]bool{}
	for _, r := range o.ServiceRanks {
		m.serviceRank[classOf(normTitle(r))] = true
	}
	for _, r := range o.RankRoles {
		c := classOf(normTitle(r))
		if m.serviceRank[c] {
			return fmt.Errorf("options.titles: %q is in service_ranks and rank_roles", r)
		}
		m.rankRole[c] = true
	}
	for word, classes := range o.Covers {
		set := map[string]bool{}
		for _, c := range classes {
			set[classOf(normTitle(c))] = true
		}
		m.cover[normTitle(word)] = set
	}
	return nil
}

// rankAndRole: x is a service rank and y a role held at any rank.
func (m *titleModel) rankAndRole(x, y string) bool {
	return m.serviceRank[x] && m.rankRole[y]
}

// covers: x is an umbrella word written without a post-changing rank,
// and y a post of a class it names.
func (m *titleModel) covers(x, y titleSense) bool {
	if x.rank != "" {
		return false
	}
	set := m.cover[x.word]
	return set != nil && set[y.head]
}

// forPass returns the comparer for one subject's claims: two titles that
// one claim's evidence gives together ("president and general manager",
// written as two claims citing the same words) are held at once, so they
// agree for this person wherever they appear.
func (t *titleCompare) forPass(cs []claim.Claim) comparer {
	type at struct {
		article    string
		start, end int
	}
	byPlace := map[at][]*claim.Claim{}
	for i := range cs {
		c := &cs[i]
		if c.Kind == claim.KindTitle {
			k := at{c.Evidence.Article, c.Evidence.Start, c.Evidence.End}
			byPlace[k] = append(byPlace[k], c)
		}
	}
	var held map[[2]string]bool
	for _, group := range byPlace {
		for i, a := range group {
			for _, b := range group[i+1:] {
				if a.Value == b.Value {
					continue
				}
				x, okx := t.classFor(a)
				y, oky := t.classFor(b)
				if !okx || !oky || x == y {
					continue
				}
				if held == nil {
					held = maps.Clone(t.held)
					if held == nil {
						held = map[[2]string]bool{}
					}
				}
				held[[2]string{x, y}], held[[2]string{y, x}] = true, true
			}
		}
	}
	if held == nil {
		return t
	}
	cp := *t
	cp.held = held
	return &cp
}

// classFor is the head class a claim's title reads as.
func (t *titleCompare) classFor(c *claim.Claim) (string, bool) {
	v, ok := t.value(c, nil)
	if !ok {
		return "", false
	}
	s := decodeSense(v.class)
	return s.head, s.head != ""
}
