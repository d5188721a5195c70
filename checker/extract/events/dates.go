package events

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// attachedDate returns the date expression that says when mention m's
// event is, or -1: inside the noun phrase ("the initial August 15th
// summit"), right after it ("the summit in March", "the summit, held on
// 3 May"), "DATE, when ... met in PLACE", or a sentence led by "In DATE,"
// when the sentence names one event.
func (a *analysis) attachedDate(mi int) int {
	ei := a.eventDate(mi)
	if m := &a.mentions[mi]; ei >= 0 && !m.ownKey() {
		// an event known only from the story or an earlier mention: a
		// date years away is most likely another event's
		if d, ok := a.daysBefore(ei); ok && d > historyDays {
			return -1
		}
	}
	return ei
}

// eventDate finds the date expression of mention mi (see attachedDate).
func (a *analysis) eventDate(mi int) int {
	m := &a.mentions[mi]
	if m.premodExpr >= 0 {
		return m.premodExpr
	}
	lo, hi := a.sentRange(m.sent)
	if ei := a.forwardDate(a.skipRelative(m.tailTok, hi), hi); ei >= 0 {
		return ei
	}
	if ei := a.whenDate(m, lo); ei >= 0 {
		return ei
	}
	if a.onlyKeyedInSentence(mi) {
		if ei := a.leadDate(lo, m.zoneStart); ei >= 0 {
			return ei
		}
	}
	return -1
}

// forwardDate looks for a date expression a few link words after token p:
// "held on 3 May", "is due to begin at dawn on 3 May", "broke out in the
// early hours of 3 May".
func (a *analysis) forwardDate(p, hi int) int {
	commas := 0
	for q := p; q < hi && q < p+8; q++ {
		t := a.toks[q]
		switch {
		case t.expr >= 0:
			if a.dateExpr(t.expr) {
				return t.expr
			}
			return -1
		case a.tx(q) == "," && q+2 < hi && a.ageApposition(q+1) && a.tx(q+2) == ",":
			// "the shooting of Piet Okoro, 15, on Saturday"
			q += 2
		case a.tx(q) == ",":
			commas++
			if commas > 1 {
				return -1
			}
		case (t.low == "in" || t.low == "at") && a.commonPlace(q+1, hi) > q+1:
			// "the inauguration at the city hall on Sunday"
			q = a.commonPlace(q+1, hi) - 1
		case (t.low == "in" || t.low == "at") && a.namedCommonPlace(q+1, hi) > q+1:
			// "opened fire at a Brindle factory in Tarnow last night"
			q = a.namedCommonPlace(q+1, hi) - 1
		case a.qualifierLen(q, hi) > 0:
			// "happened at about 10 a.m.", "shortly after 8:30 p.m."
			q += a.qualifierLen(q, hi) - 1
		case a.isQuote(q), t.flags&fLink != 0, voc().dateFillers[t.low]:
		case t.cap && q > p && (a.toks[q-1].low == "in" || a.toks[q-1].low == "at" || a.toks[q-1].low == "of"):
			// the place in "will be held in Brindle on 3 May", a name after
			// "of": "in the Gulf of Kelm on Saturday", "the shooting of
			// Piet Okoro on Saturday"
			if e := a.capRunFrom(q, hi); e > q {
				q = e - 1
			} else {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// ageApposition reports whether token p is a bare age between commas
// ("Piet Okoro, 15,"): a number of one to three digits.
func (a *analysis) ageApposition(p int) bool {
	t := a.tx(p)
	if len(t) == 0 || len(t) > 3 {
		return false
	}
	for _, c := range []byte(t) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// whenDate reads "DATE, when ... <mention>": the date of the clause the
// mention is the first event of.
func (a *analysis) whenDate(m *mention, lo int) int {
	for q := m.zoneStart - 1; q >= lo+2 && q > m.zoneStart-12; q-- {
		if a.has(q, fType) {
			return -1
		}
		if a.toks[q].low == "when" && a.tx(q-1) == "," {
			if ei := a.toks[q-2].expr; ei >= 0 && a.dateExpr(ei) {
				return ei
			}
			return -1
		}
	}
	return -1
}

// leadDate reads a sentence that opens with "In/On/At DATE," before token
// z, after an opener ("Then, on 3 May,") and a qualifier ("at about 8 p.m.").
func (a *analysis) leadDate(lo, z int) int {
	if lo < z && voc().leadOpeners[a.toks[lo].low] {
		// "Then, on 3 May, …", "Starting at about 8 p.m., …"
		lo++
		if lo < z && a.tx(lo) == "," {
			lo++
		}
	}
	if lo+2 >= z {
		return -1
	}
	if l := a.toks[lo].low; l != "in" && l != "on" && l != "at" {
		return -1
	}
	lo += a.qualifierLen(lo+1, z) // "at about 8 p.m."
	ei := a.toks[lo+1].expr
	if ei < 0 || !a.dateExpr(ei) {
		return -1
	}
	for q := lo + 1; q < z; q++ {
		if a.toks[q].expr != ei {
			if a.tx(q) == "," && !a.ofDate(q+1, z) {
				return ei
			}
			return -1
		}
	}
	return -1
}

// ofDate reports whether the mention at token z is the complement of a
// noun in apposition to the lead date: "On Saturday, the anniversary of
// the shooting, ..." dates the anniversary, not the shooting.
func (a *analysis) ofDate(from, z int) bool {
	for q := from; q < z; q++ {
		if a.tx(q) == "," {
			return false
		}
		if a.toks[q].low == "of" {
			return true
		}
	}
	return false
}

// onlyKeyedInSentence reports whether mention mi is the only keyed event
// of its sentence.
func (a *analysis) onlyKeyedInSentence(mi int) bool {
	m := &a.mentions[mi]
	lo, hi := a.sentenceMentionRange(m.sent)
	for j := lo; j < hi; j++ {
		o := &a.mentions[j]
		if j != mi && o.sent == m.sent && o.key != "" && o.key != m.key {
			return false
		}
	}
	return true
}

// claimableDate reports whether an expression's value is a date an event
// can be compared on: resolved, not a vague PAST_REF, not a bare weekday
// whose week is unknown.
func claimableDate(e temporal.Expression) bool {
	v := e.Value
	if v == "" || v == temporal.Unresolved || strings.HasSuffix(v, "_REF") || strings.Contains(v, "WXX") {
		return false
	}
	c := v[0]
	return (c >= '0' && c <= '9') || c == 'X'
}

// dateValue is the claim detail for expression ei.
func (a *analysis) dateValue(ei int) *claim.DateValue {
	e := a.exprs[ei]
	return &claim.DateValue{Value: e.Value, Granularity: e.Granularity, Mod: e.Mod, Weekday: e.Weekday, Resolution: e.Resolution}
}

// dateClaim is the date claim of mention m from expression ei.
func (a *analysis) dateClaim(m *mention, ei int, mod claim.Modality) (claim.Claim, bool) {
	e := a.exprs[ei]
	if !claimableDate(e) {
		return claim.Claim{}, false
	}
	s, end, ok := a.span(e.Start, e.End)
	if !ok {
		return claim.Claim{}, false
	}
	dv := a.dateValue(ei)
	dv.Mod = a.dayStartMod(ei)
	return claim.Claim{
		Kind: claim.KindDate, SubjectKey: claim.Key(m.key), Subject: a.subj[m.key],
		Value: e.Value, ValueText: a.d.Text[s:end], Modality: mod,
		Reference: a.ref, Evidence: a.evidence(s, end), Date: dv,
	}, true
}

// namedCommonPlace returns the end of a place named by a determiner, up
// to three capitalised name words and a thing noun at its head ("a Brindle
// factory", "the Brindle Foods plant", "a mill"), or p when none: "in a
// statement" is no place.
func (a *analysis) namedCommonPlace(p, hi int) int {
	if p >= hi || a.toks[p].flags&fDeterminer == 0 {
		return p
	}
	e, head := p+1, p
	for e < hi && e < p+5 {
		t := a.toks[e]
		if !t.word || t.expr >= 0 || t.flags&(fFunction|fType|fVerb|fLink|fDeterminer) != 0 {
			break
		}
		if !t.cap {
			if t.flags&fThing == 0 {
				break
			}
			head = e
		}
		e++
	}
	if head == p {
		return p
	}
	return head + 1
}

// commonPlace returns the end of a place named by common nouns at token
// p ("the city hall", "the old parliament building"), or p when none:
// "the" and one to three lower-case words that are no function words,
// dates or verbs of the vocabulary.
func (a *analysis) commonPlace(p, hi int) int {
	if p >= hi || a.toks[p].low != "the" {
		return p
	}
	e := p + 1
	for e < hi && e < p+4 {
		t := a.toks[e]
		if !t.word || t.cap || t.expr >= 0 || t.flags&(fFunction|fType|fVerb|fLink|fDeterminer) != 0 {
			break
		}
		e++
	}
	if e == p+1 {
		return p
	}
	return e
}
