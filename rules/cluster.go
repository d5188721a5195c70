package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// sideValue is a claim's value made comparable by a comparer. Claims with
// the same key agree by definition and form one side.
type sideValue struct {
	key       string
	partition string // only values of one partition are compared
	spec      int    // more specific values lead their group
	human     string // for summaries

	// numbers: the interval the value allows
	lo, hi         float64
	loOpen, hiOpen bool
	circular       bool    // a bearing in degrees
	firm           bool    // a writer's lower bound ("more than 26,000")
	firmUp         bool    // a writer's upper bound ("up to 80 percent")
	unit           string  // the unit as written ("mi", "km")
	round          float64 // half the step the figure was rounded to, in base units
	// places
	country, placeKind string
	within             []string  // places the article says it lies in
	areas              []kb.Area // what the gazetteer says it may be
	// titles: the head's class ("" = not in the vocabulary)
	class   string
	generic bool
	// a registered comparer's own comparable form (compare_age.go)
	data any
}

// side is one distinct value and the claims that give it.
type side struct {
	v      sideValue
	claims []*claim.Claim
}

// valueGroup is a set of sides that all agree with each other; the first
// side represents it.
type valueGroup struct {
	sides []*side
}

func (g *valueGroup) claims() []*claim.Claim {
	var out []*claim.Claim
	for _, s := range g.sides {
		out = append(out, s.claims...)
	}
	return out
}

func (g *valueGroup) size() int {
	n := 0
	for _, s := range g.sides {
		n += len(s.claims)
	}
	return n
}

// clusterSides groups sides into agreeing groups. Agreement is not
// transitive ("August" agrees with August 15 and August 20, which
// disagree), so a side joins the first group it agrees with entirely;
// sides are taken most specific first so that vague values join the
// groups of the precise ones they fit, instead of founding their own.
// More than one group means a conflict.
func clusterSides(sides []*side, agree func(a, b *sideValue) bool) []*valueGroup {
	slices.SortStableFunc(sides, func(a, b *side) int {
		return cmp.Or(cmp.Compare(b.v.spec, a.v.spec), cmp.Compare(len(b.claims), len(a.claims)), cmp.Compare(a.v.key, b.v.key))
	})
	var groups []*valueGroup
	for _, s := range sides {
		var home *valueGroup
		for _, g := range groups {
			if agreesWithAll(s, g, agree) {
				home = g
				break
			}
		}
		if home == nil {
			home = &valueGroup{}
			groups = append(groups, home)
		}
		home.sides = append(home.sides, s)
	}
	return groups
}

func agreesWithAll(s *side, g *valueGroup, agree func(a, b *sideValue) bool) bool {
	for _, m := range g.sides {
		if !agree(&s.v, &m.v) {
			return false
		}
	}
	return true
}

// orderForSummary puts the smallest group (the odd one out) first; among
// groups of one size, the one of the first article.
func orderForSummary(groups []*valueGroup) {
	type ranked struct {
		g     *valueGroup
		size  int
		first string
	}
	rs := make([]ranked, len(groups))
	for i, g := range groups {
		rs[i] = ranked{g, g.size(), articlesOf(g.claims())[0]}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.size, b.size), cmp.Compare(a.first, b.first), cmp.Compare(a.g.sides[0].v.key, b.g.sides[0].v.key))
	})
	for i, r := range rs {
		groups[i] = r.g
	}
}

// sideSet collects the claims of one partition into sides by key.
type sideSet struct {
	partition string
	byKey     map[string]*side // built once there are many sides
	list      []*side
}

// linearSides is how many sides are searched one by one before a map
// pays for itself: most subjects have a handful of distinct values.
const linearSides = 16

func (ss *sideSet) find(key string) *side {
	if ss.byKey != nil {
		return ss.byKey[key]
	}
	for _, s := range ss.list {
		if s.v.key == key {
			return s
		}
	}
	return nil
}

func (ss *sideSet) add(v sideValue, c *claim.Claim) {
	if s := ss.find(v.key); s != nil {
		s.claims = append(s.claims, c)
		return
	}
	s := &side{v: v, claims: []*claim.Claim{c}}
	ss.list = append(ss.list, s)
	switch {
	case ss.byKey != nil:
		ss.byKey[v.key] = s
	case len(ss.list) > linearSides:
		ss.byKey = make(map[string]*side, 2*len(ss.list))
		for _, x := range ss.list {
			ss.byKey[x.v.key] = x
		}
	}
}

// partitions holds the side sets of one subject: values are compared only
// inside a partition (one modality class, one thing counted).
type partitions struct{ sets []*sideSet }

func (ps *partitions) set(partition string) *sideSet {
	for _, s := range ps.sets {
		if s.partition == partition {
			return s
		}
	}
	s := &sideSet{partition: partition}
	ps.sets = append(ps.sets, s)
	return s
}

// addKnown adds c to the side of key when it exists already (the common
// case: no need to make the value comparable again).
func (ps *partitions) addKnown(class, key string, c *claim.Claim) bool {
	for _, set := range ps.sets {
		if !strings.HasPrefix(set.partition, class+"|") {
			continue
		}
		if s := set.find(key); s != nil {
			s.claims = append(s.claims, c)
			return true
		}
	}
	return false
}

func (ps *partitions) add(class string, v sideValue, c *claim.Claim) {
	ps.set(class+"|"+v.partition).add(v, c)
}

func (ps *partitions) sorted() []*sideSet {
	slices.SortFunc(ps.sets, func(a, b *sideSet) int { return cmp.Compare(a.partition, b.partition) })
	return ps.sets
}
