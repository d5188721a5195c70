package events

// impact reads the verb right after a disaster noun at token p and the
// place or thing it struck or started in: "a flood hit Tarnow", "fire
// swept through the Nordlys", "a wildfire tore through the hills above
// Tarnow", "the fire broke out near Tarnow". It returns
// the place, the status the verb gives and the token after the place.
func (a *analysis) impact(p, hi int, strict bool) (place, cue, int, bool) {
	if p+1 < hi && (a.toks[p].low == "that" || a.toks[p].low == "which") {
		p++ // "the earthquake that struck the Tarsk Mountains"
	}
	if p >= hi {
		return place{}, cue{}, 0, false
	}
	form := voc().impactVerbs[a.toks[p].low]
	if form == 0 {
		return place{}, cue{}, 0, false
	}
	q := p + 1
	if q < hi && voc().impactParts[a.toks[q].low] {
		q++
	}
	q = a.skipNamedThing(a.skipThe(q, hi), hi)
	e := a.capRunFrom(q, hi)
	if e == q {
		// a preposition, after at most two lower-case words: "broke out
		// near Tarnow", "tore through the hills above Tarnow"
		w := q
		for w < hi && w < q+2 && a.toks[w].word && !a.toks[w].cap && !a.has(w, fFunction|fType) && !voc().impactPreps[a.toks[w].low] {
			w++
		}
		if w+1 >= hi || !voc().impactPreps[a.toks[w].low] {
			return place{}, cue{}, 0, false
		}
		q = a.skipThe(w+1, hi)
		if e = a.capRunFrom(q, hi); e == q {
			return place{}, cue{}, 0, false
		}
	}
	pl, ok := a.resolvePlace(q, e, strict)
	if !ok {
		return place{}, cue{}, 0, false
	}
	if e2 := a.thingAfter(e, hi); e2 > e {
		pl.key, pl.end, pl.known, pl.tokEnd, e = a.thingKey(q, e, e2), a.toks[e2-1].end, false, e2, e2
	}
	own := cue{}
	if form == verbPast {
		own = a.cueAt(statusHappened, p, p+1)
	}
	return pl, own, e, true
}
