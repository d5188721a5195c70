package events

// A deal between parties ("Quintara's takeover of Halloway Dairies") is
// identified by the buyer and the company bought; a rival's bid for the
// same company is another event.

// partyNoun reads a deal noun at token i: "the planned takeover of
// Halloway Dairies by Quintara", "Quintara's bid for Halloway", "its
// takeover of Halloway" (the buyer is the clause's subject), "the
// Halloway takeover".
func (a *analysis) partyNoun(m mention, i, lo, hi int, strict bool) (mention, bool) {
	var buyer, target party
	z := i
	// before: "Quintara's bid", "its takeover", "the Halloway takeover"
	for z > lo && z > i-3 && a.modifierWord(z-1) {
		z--
	}
	if z > lo {
		b := z - 1
		switch {
		case possessive(a.tx(b)) && a.nameLike(b):
			s := a.capRunBack(b+1, lo)
			buyer = party{key: a.partyKey(s, b+1), text: dropPossessive(a.phrase(s, b+1))}
			z = s
		case a.toks[b].low == "its" || a.toks[b].low == "their":
			buyer, _ = a.subjectParty(b, lo)
		case a.nameLike(b) && !strict:
			s := a.capRunBack(b+1, lo)
			target = party{key: a.partyKey(s, b+1), text: a.phrase(s, b+1)}
			z = s
		}
	}
	m.zoneStart = a.extendZone(&m, z, lo, i-8)
	// after: "of/for Halloway Dairies", "of the company", "by Quintara"
	p := i + 1
	if p+1 < hi && (a.toks[p].low == "of" || a.toks[p].low == "for" || a.toks[p].low == "with") {
		if t, e, ok := a.companyAt(a.skipThe(p+1, hi), lo, hi, buyer.key, strict); ok {
			target, p = t, e
		}
	}
	if p+1 < hi && a.toks[p].low == "by" {
		if t, e, ok := a.companyAt(p+1, lo, hi, target.key, strict); ok {
			buyer, p = t, e
		}
	}
	if target.key == "" && buyer.key != "" {
		// "Quintara's bid … values Halloway Dairies at …"
		target, _ = a.otherCompany(lo, hi, buyer.key)
	}
	m.tailTok = p
	m.start, m.end = a.toks[m.zoneStart].start, a.toks[max(p, i+1)-1].end
	a.setParties(&m, buyer, target)
	return m, true
}

// partyVerbMention reads a buying verb: "Quintara has agreed to buy Irish
// cheese maker Halloway Dairies", "Quintara bought the company".
func (a *analysis) partyVerbMention(i, lo, hi int, v verbInfo, strict bool) (mention, bool) {
	if v.form == verbBase && (i == lo || !a.modalOrTo(i-1)) {
		return mention{}, false
	}
	from := a.auxStart(i, lo)
	own, ok := a.auxStatus(from, i, v.form)
	if !ok {
		return mention{}, false
	}
	// the buyer: the name before the auxiliaries, past a verb of intent
	// ("has agreed to buy", "plans to buy")
	b := from
	if b > lo && voc().intentVerbs[a.toks[b-1].low] {
		b = a.auxStart(b-1, lo)
	}
	buyer, _ := a.partyEndingAt(b, lo)
	// the company: after descriptions ("Irish cheese and butter maker")
	var target party
	p := i + 1
	for q := p; q < hi && q < p+8; q++ {
		if t, e, ok := a.companyAt(q, lo, hi, buyer.key, strict); ok {
			target, p = t, e
			break
		}
		if l := a.toks[q].low; a.isPunct(q) || l == "for" || l == "at" || a.toks[q].expr >= 0 {
			break
		}
	}
	if target.key == "" {
		return mention{}, false
	}
	t := a.toks[i]
	m := mention{class: v.class, sent: t.sent, typeTok: i, zoneStart: i, tailTok: p, premodExpr: -1,
		start: t.start, end: a.toks[p-1].end, verb: true, own: own, noun: voc().classNoun[v.class]}
	a.setParties(&m, buyer, target)
	return m, true
}

// setParties keys a deal: by buyer and company when both are known, by
// the company alone otherwise (see joinParties).
func (a *analysis) setParties(m *mention, buyer, target party) {
	switch {
	case buyer.key != "" && target.key != "":
		if w, text, ok := withKey([]party{buyer, target}); ok {
			m.kind, m.with, m.ident, m.withText = identWith, w, "with:"+w, text
			m.buyer, m.target = buyer.text, target.text
		}
	case target.key != "":
		m.kind, m.with, m.ident, m.withText = identWith, target.key, "with:"+target.key, target.text
		m.target = target.text
	}
}

// companyAt reads a company named at token q, or "the company" standing
// for the last company the sentence named; other is a party it must not be.
func (a *analysis) companyAt(q, lo, hi int, other string, strict bool) (party, int, bool) {
	if q >= hi {
		return party{}, q, false
	}
	if voc().determiners[a.toks[q].low] && q+1 < hi && voc().companyNouns[a.toks[q+1].low] {
		p, ok := a.companyBefore(q, lo, other)
		return p, q + 2, ok
	}
	if !a.nameLike(q) {
		return party{}, q, false
	}
	e := a.capRunFrom(q, hi)
	if e == q || a.demonym(q, e) {
		return party{}, q, false
	}
	if strict && !a.known[a.partyKey(q, e)] {
		return party{}, q, false
	}
	key := a.partyKey(q, e)
	if key == other {
		return party{}, q, false
	}
	return party{key: key, text: dropPossessive(a.phrase(q, e))}, e, true
}

// companyBefore resolves "the company" at token q to the last company
// named before it in the sentence that is not other.
func (a *analysis) companyBefore(q, lo int, other string) (party, bool) {
	e := q
	for e > lo {
		if !a.nameLike(e - 1) {
			e--
			continue
		}
		s := a.capRunBack(e, lo)
		if s == e {
			e--
			continue
		}
		if !a.demonym(s, e) {
			if key := a.partyKey(s, e); key != other {
				return party{key: key, text: dropPossessive(a.phrase(s, e))}, true
			}
		}
		e = s // the run before this one
	}
	return party{}, false
}

// otherCompany returns the first company of sentence [lo, hi) that is not
// other.
func (a *analysis) otherCompany(lo, hi int, other string) (party, bool) {
	for q := lo; q < hi; q++ {
		if p, e, ok := a.companyAt(q, lo, hi, other, false); ok {
			return p, true
		} else if e > q {
			q = e - 1
		}
	}
	return party{}, false
}

// partyEndingAt reads the name that ends just before token j.
func (a *analysis) partyEndingAt(j, lo int) (party, bool) {
	s := a.capRunBack(j, lo)
	if s == j || !a.nameLike(j-1) || a.demonym(s, j) {
		return party{}, false
	}
	return party{key: a.partyKey(s, j), text: dropPossessive(a.phrase(s, j))}, true
}

// subjectParty resolves "its" at token b to the name that is the subject
// of its clause: "Quintara completed its takeover".
func (a *analysis) subjectParty(b, lo int) (party, bool) {
	for q := b - 1; q >= lo && q > b-6; q-- {
		if a.isClauseBreak(q) {
			break
		}
		if a.nameLike(q) {
			return a.partyEndingAt(q+1, lo)
		}
	}
	return party{}, false
}

// demonym reports whether [s, e) names a people or country ("Dutch",
// "Irish"), which describes a company but is not one.
func (a *analysis) demonym(s, e int) bool {
	if a.k == nil {
		return false
	}
	_, ok := a.k.Place(a.phrase(s, e))
	return ok
}
