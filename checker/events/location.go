package events

import "github.com/crosscheck/crosscheck/checker/claim"

// location finds where a thing- or participant-identified event is: "the
// opening of the Ridgeway bridge in Tarnow", "the summit between Varga and
// Okoro will be held in Brindle". A place-identified event has none: its
// place is its identity.
func (a *analysis) location(m *mention) (place, bool) {
	if m.kind != identThing && m.kind != identWith {
		return place{}, false
	}
	if m.loc != nil {
		return *m.loc, true
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
		if !voc.dateLinks[t.low] && !voc.dateFillers[t.low] && !a.isQuote(q) {
			return place{}, false
		}
		links++
	}
	return place{}, false
}

// locationClaim is the location claim of mention m at place p.
func (a *analysis) locationClaim(m *mention, p place, mod claim.Modality) (claim.Claim, bool) {
	s, e, ok := a.span(p.start, p.end)
	if !ok {
		return claim.Claim{}, false
	}
	return claim.Claim{
		Kind: claim.KindLocation, SubjectKey: m.key, Subject: a.d.Text[m.start:m.end],
		Value: p.key, ValueText: a.d.Text[s:e], Modality: mod,
		Reference: a.ref, Evidence: a.evidence(s, e),
		Place: &claim.PlaceValue{Key: p.key, Name: p.name, Country: p.country},
	}, true
}
