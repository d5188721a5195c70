package events

// thingVerbMention reads a named thing and a verb that says what happened
// to it, as a mention of the event the verb's class names: "The Ridgeway
// bridge opened on 3 May", "The Ridgeway bridge, opened in March 2025,
// …", "a new stadium in Tarnow will open to the public", "Varga opened
// the Ridgeway bridge". The thing is the identifier, exactly as in "the
// opening of the Ridgeway bridge".
func (a *analysis) thingVerbMention(i, lo, hi int, v verbInfo, strict bool) (mention, bool) {
	if i+1 < hi {
		if ti, ok := voc().types[a.toks[i+1].low]; ok && ti.notAfter[a.toks[i].low] {
			return mention{}, false // "opened fire"
		}
	}
	m, ok := a.thingBeforeVerb(i, lo, hi, v, strict)
	if !ok {
		m, ok = a.thingAfterVerb(i, lo, hi, v, strict)
	}
	if !ok {
		return mention{}, false
	}
	m.class, m.sent, m.typeTok, m.kind, m.ident, m.verb = v.class, a.toks[i].sent, i, identThing, m.place.key, true
	if m.tailTok <= i {
		m.tailTok = i + 1
	}
	if n := a.matchPhrase(voc().verbTails, m.tailTok, hi); n > 0 {
		m.tailTok += n // "opened to traffic"
	}
	// "opened in Tarnow": where the thing's event is
	if p := m.tailTok; p+1 < hi && (a.toks[p].low == "in" || a.toks[p].low == "at") {
		q := a.skipThe(p+1, hi)
		if e := a.capRunFrom(q, hi); e > q {
			if pl, ok := a.resolvePlace(q, e, strict); ok {
				m.loc = &pl
				m.tailTok = e
			}
		}
	}
	return m, true
}

// thingBeforeVerb reads the thing as the subject of verb i.
func (a *analysis) thingBeforeVerb(i, lo, hi int, v verbInfo, strict bool) (mention, bool) {
	from := a.auxStart(i, lo)
	switch v.form {
	case verbPresent:
		if from != i {
			return mention{}, false // a headline's "opens" follows its subject
		}
	case verbBase:
		if from == i || !a.modalOrTo(i-1) {
			return mention{}, false
		}
	}
	j := from
	if from == i && v.form == verbPast && j > lo && a.tx(j-1) == "," {
		// a participle in apposition needs its own complement: "The
		// Ridgeway bridge, opened in March 2025, …" but not "Near the
		// bridge, closed shops …"
		if !a.complementAt(i+1, hi) {
			return mention{}, false
		}
		j--
	}
	pl, s, ok := a.thingEndingAt(j, lo, strict)
	if !ok {
		return mention{}, false
	}
	own, ok := a.auxStatus(from, i, v.form)
	if !ok {
		return mention{}, false
	}
	m := mention{premodExpr: -1, place: pl, own: own}
	m.zoneStart = a.extendZone(&m, s, lo, s-6)
	// the thing names the event in reports: "The Ridgeway bridge"
	m.start, m.end = a.toks[m.zoneStart].start, pl.end
	return m, true
}

// thingAfterVerb reads the thing as the object of verb i: "Varga opened
// the new Ridgeway bridge".
func (a *analysis) thingAfterVerb(i, lo, hi int, v verbInfo, strict bool) (mention, bool) {
	if v.form == verbBase && (i == lo || !a.modalOrTo(i-1)) {
		return mention{}, false
	}
	q := i + 1
	m := mention{premodExpr: -1}
	if q < hi && a.has(q, fDeterminer) {
		switch a.toks[q].low {
		case "the", "that", "this":
			m.definite = true
		}
		q++
	}
	for q < hi && q < i+4 && !a.toks[q].cap && !a.has(q, fThing) && a.zoneWord(q) {
		q++ // "the long-awaited Ridgeway bridge"
	}
	pl, e, ok := a.thingStartingAt(q, hi, strict)
	if !ok {
		return mention{}, false
	}
	own, ok := a.auxStatus(a.auxStart(i, lo), i, v.form)
	if !ok {
		return mention{}, false
	}
	m.place, m.own, m.zoneStart, m.tailTok = pl, own, i, e
	m.start, m.end = a.toks[i+1].start, pl.end
	return m, true
}

// complementAt reports whether token p starts what a participle in
// apposition needs: a date or a preposition.
func (a *analysis) complementAt(p, hi int) bool {
	if p >= hi {
		return false
	}
	if a.toks[p].expr >= 0 {
		return true
	}
	switch a.toks[p].low {
	case "in", "on", "at", "by", "to", "last", "earlier":
		return true
	}
	return false
}

// thingEndingAt reads a named thing that ends just before token j and
// returns it with its first token: "Ridgeway bridge", "Ridgeway Bridge",
// "bridge in Tarnow".
func (a *analysis) thingEndingAt(j, lo int, strict bool) (place, int, bool) {
	k := j
	for k > lo && k > j-2 && !a.toks[k-1].cap && a.has(k-1, fThing) {
		k--
	}
	if k < j {
		// name + lower-case thing nouns
		s := a.capRunBack(k, lo)
		if s == k {
			return place{}, 0, false
		}
		pl, ok := a.namedThing(s, k, j, strict)
		return pl, s, ok
	}
	s := a.capRunBack(j, lo)
	if s == j {
		return place{}, 0, false
	}
	if j-1 > s && voc().thingNouns[a.toks[j-1].low] {
		// a name ending in its thing noun: "Ridgeway Bridge"
		pl, ok := a.namedThing(s, j, j, strict)
		return pl, s, ok
	}
	// thing nouns + in/at + place: "the new bridge in Tarnow"
	q := s
	if q > lo && a.toks[q-1].low == "the" {
		q--
	}
	if q-1 <= lo || (a.toks[q-1].low != "in" && a.toks[q-1].low != "at") {
		return place{}, 0, false
	}
	t := q - 1
	k = t
	for k > lo && k > t-2 && !a.toks[k-1].cap && a.has(k-1, fThing) {
		k--
	}
	if k == t {
		return place{}, 0, false
	}
	pl, ok := a.thingAtPlace(k, t, s, j, strict)
	return pl, k, ok
}

// thingStartingAt reads a named thing that starts at token q and returns
// it with the token after it.
func (a *analysis) thingStartingAt(q, hi int, strict bool) (place, int, bool) {
	if e := a.capRunFrom(q, hi); e > q {
		if e2 := a.thingAfter(e, hi); e2 > e {
			pl, ok := a.namedThing(q, e, e2, strict)
			return pl, e2, ok
		}
		if e-1 > q && voc().thingNouns[a.toks[e-1].low] {
			pl, ok := a.namedThing(q, e, e, strict)
			return pl, e, ok
		}
		return place{}, 0, false
	}
	t := a.thingAfter(q, hi)
	if t == q || t+1 >= hi || (a.toks[t].low != "in" && a.toks[t].low != "at") {
		return place{}, 0, false
	}
	s := a.skipThe(t+1, hi)
	e := a.capRunFrom(s, hi)
	if e == s {
		return place{}, 0, false
	}
	pl, ok := a.thingAtPlace(q, t, s, e, strict)
	return pl, e, ok
}

// namedThing reads tokens [s, end) as a thing whose name is [s, capEnd):
// its key is the phrase in lower case. A name the KB or the article does
// not vouch for is still taken in a headline when the article has used
// the whole thing ("Ridgeway bridge") in plain prose.
func (a *analysis) namedThing(s, capEnd, end int, strict bool) (place, bool) {
	key := a.thingKey(s, capEnd, end)
	pl, ok := a.resolvePlace(s, capEnd, strict && !a.known[key])
	if !ok {
		return place{}, false
	}
	pl.key, pl.known = key, false
	pl.start, pl.end, pl.tokEnd = a.toks[s].start, a.toks[end-1].end, end
	return pl, true
}

// thingAtPlace reads thing nouns [k, t) at the place [s, e) ("bridge in
// Tarnow") as the thing "tarnow bridge", the key "the Tarnow bridge"
// has.
func (a *analysis) thingAtPlace(k, t, s, e int, strict bool) (place, bool) {
	pl, ok := a.resolvePlace(s, e, strict)
	if !ok {
		return place{}, false
	}
	pl.key, pl.known = a.lowPhrase(s, e)+" "+a.toks[t-1].low, false
	pl.start, pl.end, pl.tokEnd = a.toks[k].start, a.toks[e-1].end, e
	return pl, true
}
