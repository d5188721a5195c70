package events

import (
	"sort"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// location finds where a mention's event is: its venue ("the summit
// between Varga and Okoro will be held in Brindle", "the opening of the
// Ridgeway bridge in Tarnow", "a donors' conference held in Tarnow"), or
// the place of a mention keyed by other means ("the summit in Brindle"
// once the article said who meets there). An event identified by its
// place has no other.
func (a *analysis) location(m *mention) (place, bool) {
	if m.key == "" {
		return place{}, false
	}
	if m.loc != nil {
		return *m.loc, true
	}
	if !m.ownKey() || m.kind != identThing && m.kind != identWith {
		return place{}, false
	}
	_, hi := a.sentRange(m.sent)
	links := 0
	for q := m.tailTok; q < hi && links < 6; q++ {
		t := a.toks[q]
		if t.expr >= 0 {
			// a date between: "has been scheduled for 3 May in Brindle"
			ei := t.expr
			for q+1 < hi && a.toks[q+1].expr == ei {
				q++
			}
			links++
			continue
		}
		if t.low == "in" || t.low == "at" {
			if links == 0 {
				return place{}, false // "in X" right after is the identity's job
			}
			n := a.skipThe(q+1, hi)
			e := a.capRunFrom(n, hi)
			if e == n {
				return place{}, false
			}
			return a.resolvePlace(n, e, a.strictSentence(m.sent))
		}
		if !voc().dateLinks[t.low] && !voc().dateFillers[t.low] && !a.isQuote(q) {
			return place{}, false
		}
		links++
	}
	return place{}, false
}

// locationClaim is the location claim of mention m at place p. It carries
// the mention's date (ei, or -1) as status claims do, so that venues of
// two occurrences (last year's summit, next month's) are not compared.
func (a *analysis) locationClaim(m *mention, p place, mod claim.Modality, ei int) (claim.Claim, bool) {
	s, e, ok := a.span(p.start, p.end)
	if !ok {
		return claim.Claim{}, false
	}
	var dv *claim.DateValue
	if ei >= 0 && claimableDate(a.exprs[ei]) {
		dv = a.dateValue(ei)
	}
	return claim.Claim{
		Kind: claim.KindLocation, SubjectKey: claim.Key(m.key), Subject: a.subj[m.key],
		Value: p.key, ValueText: a.d.Text[s:e], Modality: mod,
		Reference: a.ref, Evidence: a.evidence(s, e),
		Place: a.placeValue(p),
		Date:  dv,
	}, true
}

// placeValue is a place as a claim carries it, with the places the
// article says it lies in. An unknown place keeps no country: "Tarnow,
// Ardesia" puts Tarnow in Ardesia, but says nothing of Ardesia's other
// towns, which the rule would otherwise take for a place they contain.
func (a *analysis) placeValue(p place) *claim.PlaceValue {
	v := &claim.PlaceValue{Key: p.key, Name: p.name, Country: p.country}
	seen := map[string]bool{p.key: true}
	todo := []string{p.key}
	for len(todo) > 0 {
		k := todo[0]
		todo = todo[1:]
		for _, up := range a.containment()[k] {
			if seen[up] {
				continue
			}
			seen[up] = true
			v.Within = append(v.Within, up)
			todo = append(todo, up)
		}
	}
	sort.Strings(v.Within)
	return v
}
