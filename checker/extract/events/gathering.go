package events

import "strings"

// gatheringIdentity identifies a gathering that names neither place nor
// participants in its noun phrase: by what it is for ("a donors'
// conference for Velmarra"), by the group that holds it ("Halloway
// shareholders … at an extraordinary general meeting"), or by the names
// that hold it ("Varga and Okoro will hold a summit in Brindle").
func (a *analysis) gatheringIdentity(m *mention, lo, hi int, strict bool) {
	p := m.tailTok
	if p+1 < hi && a.toks[p].low == "for" {
		q := a.skipThe(p+1, hi)
		if e := a.capRunFrom(q, hi); e > q && !voc().orgHeads[a.toks[e-1].low] {
			if pl, ok := a.resolvePlace(q, e, strict); ok {
				m.kind, m.place, m.ident, m.topic = identPlace, pl, pl.key, true
				m.tailTok = e
				return
			}
		}
	}
	if m.class == "meeting" {
		if key, text, ok := a.holderOf(lo, hi); ok {
			m.kind, m.with, m.ident, m.withText, m.holder = identWith, key, "with:"+key, text, true
			return
		}
	}
	if ps, ok := a.whenNames(m.tailTok, hi); ok {
		if w, text, ok := withKey(ps); ok {
			m.kind, m.with, m.ident, m.withText = identWith, w, "with:"+w, text
			return
		}
	}
	if z := m.zoneStart; z > lo && voc().hostVerbs[a.toks[z-1].low] {
		if ps, ok := a.namesBefore(a.auxStart(z-1, lo), lo); ok {
			if w, text, ok := withKey(ps); ok {
				m.kind, m.with, m.ident, m.withText = identWith, w, "with:"+w, text
			}
		}
	}
}

// skipRelative skips a relative clause after an event noun, so that its
// predicate can be read: "the meeting at which shareholders vote on the
// deal has been set for 25 June". It returns p when none is there.
func (a *analysis) skipRelative(p, hi int) int {
	q := p
	if q+1 < hi && (a.toks[q].low == "at" || a.toks[q].low == "in" || a.toks[q].low == "during") && a.toks[q+1].low == "which" {
		q += 2
	} else if q < hi && (a.toks[q].low == "which" || a.toks[q].low == "that") {
		q++
	} else {
		return p
	}
	// the relative clause ends at the main clause's auxiliary
	for e := q + 1; e < hi && e < q+14; e++ {
		if a.isClauseBreak(e) {
			return p
		}
		l := a.toks[e].low
		if voc().perfect[l] || voc().modalPlan[l] || l == "is" || l == "are" || voc().pastBe[l] {
			return e
		}
	}
	return p
}

// betweenText writes the participants of "between A and B" ([s, e)) as
// "A and B", by their last names.
func (a *analysis) betweenText(s, e int) string {
	ps, ok := a.partsOf(s, e)
	if !ok {
		return a.phrase(s, e)
	}
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = p.text
	}
	return joinAnd(texts)
}

// whenNames reads the participants a clause after the event names: "the
// summit on 14 June, when Varo and Aske are expected to sign the treaty".
func (a *analysis) whenNames(p, hi int) ([]party, bool) {
	q := p
	for q < hi && q < p+6 && (a.toks[q].expr >= 0 || a.toks[q].low == "on" || a.toks[q].low == "in") {
		q++
	}
	if q+2 >= hi || a.tx(q) != "," || a.toks[q+1].low != "when" {
		return nil, false
	}
	ps, e := a.namesAfter(q+2, hi)
	if len(ps) < 2 || e >= hi || !a.isAux(e) && !voc().irregular[a.toks[e].low] {
		return nil, false
	}
	return ps, true
}

// venueChoices reads "The choice of Vallin (…) was made for security
// reasons" as the venue of the gathering the article has just named, when
// its own clause names none: the place was chosen for that event.
func (a *analysis) venueChoices() {
	for si := range a.d.Sentences {
		lo, hi := a.sentRange(si)
		for q := lo; q+2 < hi; q++ {
			if a.toks[q].low != "choice" || a.toks[q+1].low != "of" {
				continue
			}
			s := a.skipThe(q+2, hi)
			e := a.capRunFrom(s, hi)
			if e == s {
				continue
			}
			pl, ok := a.resolvePlace(s, e, a.strictSentence(si))
			if !ok || a.gatheringInClause(si, q) {
				continue
			}
			if m := a.lastGathering(si, q); m != nil && m.loc == nil && identOf(m.key) != pl.key {
				m.loc = &pl
			}
		}
	}
}

// gatheringInClause reports whether a gathering is named in the clause of
// token q: then "the choice of PLACE for the summit" is that one's.
func (a *analysis) gatheringInClause(si, q int) bool {
	lo, hi := a.sentenceMentionRange(si)
	for j := lo; j < hi; j++ {
		o := &a.mentions[j]
		if voc().classMode[o.class] != modeVenue {
			continue
		}
		from, to := min(q, o.typeTok), max(q, o.typeTok)
		clause := true
		for r := from + 1; r < to; r++ {
			if a.isClauseBreak(r) {
				clause = false
				break
			}
		}
		if clause {
			return true
		}
	}
	return false
}

// lastGathering is the gathering named before token q, in its sentence si
// or the one before, that a venue choice is about: a meeting first, else
// the latest. An event identified by its place has its venue already.
func (a *analysis) lastGathering(si, q int) *mention {
	lo, _ := a.sentenceMentionRange(max(si-1, 0))
	_, hi := a.sentenceMentionRange(si)
	var best *mention
	for j := lo; j < hi; j++ {
		o := &a.mentions[j]
		if o.key == "" || voc().classMode[o.class] != modeVenue || o.historical || o.typeTok > q {
			continue
		}
		if !o.story && !strings.HasPrefix(identOf(o.key), "with:") && !(o.ownKey() && o.kind == identThing) {
			continue
		}
		if best == nil || o.class == "meeting" || best.class != "meeting" {
			if best != nil && best.class == "meeting" && o.class != "meeting" {
				continue
			}
			best = o
		}
	}
	return best
}
