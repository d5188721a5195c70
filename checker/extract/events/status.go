package events

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// Status values.
const (
	statusNone = iota
	statusPlanned
	statusHappened
	statusHypothetical
)

// cue is what an article says about an event's status and where.
type cue struct {
	status     int
	start, end int // byte span of the words that say it
}

// status decides whether mention mi's event is planned, has happened, or
// is only imagined. Cues are weighed in order: anything hypothetical
// wins ("if the summit in Brindle goes ahead"), then words in the noun
// phrase ("the planned meeting"), a relative date ("the summit earlier
// this year"), the clause before ("following the summit"), a meeting verb
// ("met in Brindle"), and last the event's own verb ("the summit ended").
func (a *analysis) status(mi, dateExpr int) cue {
	m := &a.mentions[mi]
	lo, hi := a.sentRange(m.sent)
	pre := a.premodCue(m)
	rel := a.relativeCue(dateExpr)
	prefix := a.prefixCue(m, lo)
	pred := cue{}
	if a.isSubject(m, lo) {
		pred = a.predicateCue(m, hi)
	}
	verb := cue{}
	if m.verb {
		verb = m.own
	}
	for _, c := range []cue{pre, prefix, pred, verb} {
		if c.status == statusHypothetical {
			return c
		}
	}
	order := []cue{pre, rel, prefix, verb, pred}
	if verb.status != statusNone {
		// a verb's own tense and auxiliaries say more than a clause
		// before it: "after Quintara agreed to buy Halloway"
		order = []cue{pre, rel, verb, prefix, pred}
	}
	for _, c := range order {
		if c.status != statusNone {
			if c.status == statusPlanned && (c == pre || c == prefix) && a.pastPerfectAfter(m.tailTok, hi) {
				// "Ahead of the planned signing, officials had insisted
				// …" looks back at a time before the event
				return cue{}
			}
			return c
		}
	}
	return cue{}
}

// pastPerfectAfter reports whether the clause after token p is in the
// past perfect ("had insisted"): it tells of a time before something
// else, so a plan it mentions may since have been carried out.
func (a *analysis) pastPerfectAfter(p, hi int) bool {
	for q := p; q+1 < hi; q++ {
		if a.toks[q].low != "had" {
			continue
		}
		for r := q + 1; r < hi && r <= q+2; r++ {
			w := a.toks[r].low
			if voc().irregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
				return true
			}
			if !voc().adverbs[w] {
				break
			}
		}
	}
	return false
}

func (a *analysis) cueAt(status, i, j int) cue {
	return cue{status: status, start: a.toks[i].start, end: a.toks[j-1].end}
}

// premodCue reads the noun phrase's own words, nearest the type word first.
func (a *analysis) premodCue(m *mention) cue {
	for q := m.typeTok - 1; q >= m.zoneStart; q-- {
		t := a.toks[q]
		if t.expr >= 0 {
			continue
		}
		switch {
		case voc().premodHyp[t.low]:
			return a.cueAt(statusHypothetical, q, q+1)
		case voc().premodPlan[t.low]:
			return a.cueAt(statusPlanned, q, q+1)
		case voc().premodDone[t.low]:
			return a.cueAt(statusHappened, q, q+1)
		}
	}
	return cue{}
}

// relativeCue reads a relative date expression attached to the event:
// "earlier this year" says it happened even when the year is unknown.
func (a *analysis) relativeCue(ei int) cue {
	if ei < 0 || ei >= len(a.exprs) {
		return cue{}
	}
	e := a.exprs[ei]
	s, end, ok := a.span(e.Start, e.End)
	if !ok {
		return cue{}
	}
	// the words of the expression are the tokens it covers
	i := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].end > s })
	for ; i < len(a.toks) && a.toks[i].start < end; i++ {
		w := a.toks[i].low
		switch {
		case voc().relPast[w]:
			return cue{status: statusHappened, start: s, end: end}
		case voc().relFuture[w]:
			return cue{status: statusPlanned, start: s, end: end}
		}
	}
	return cue{}
}

// prefixCue scans the clause before the noun phrase, nearest first.
func (a *analysis) prefixCue(m *mention, lo int) cue {
	z := m.zoneStart
	for q := z - 1; q >= lo && q >= z-10; q-- {
		t := a.toks[q]
		if a.isClauseBreak(q) {
			break
		}
		if t.expr >= 0 || !t.word || (t.cap && voc().months[t.low]) {
			continue
		}
		best, n := statusNone, 0
		for _, c := range []struct {
			ps     phraseSet
			status int
		}{{voc().prefixPlan, statusPlanned}, {voc().prefixDone, statusHappened}, {voc().prefixHyp, statusHypothetical}} {
			if l := a.matchPhrase(c.ps, q, z); l > n {
				best, n = c.status, l
			}
		}
		if n > 0 {
			if best == statusPlanned && t.low == "to" && !(q > lo && voc().planVerbs[a.toks[q-1].low]) {
				// "the best approach is (to hold the hearing)" proposes;
				// "plans to hold the hearing" plans
				return cue{}
			}
			if best == statusHappened && a.futureBefore(q, lo) {
				// "traffic will be allowed across after the ceremony":
				// the ceremony may still be ahead
				return cue{}
			}
			return a.cueAt(best, q, q+n)
		}
	}
	return cue{}
}

// futureBefore reports whether the clause before token q speaks of the
// future ("will", "is due to").
func (a *analysis) futureBefore(q, lo int) bool {
	for p := q - 1; p >= lo && p >= q-10; p-- {
		if a.isClauseBreak(p) {
			return false
		}
		l := a.toks[p].low
		if voc().modalPlan[l] || voc().planStates[l] && p > lo && (a.toks[p-1].low == "is" || a.toks[p-1].low == "are") {
			return true
		}
	}
	return false
}

// isSubject reports whether the mention opens its clause, so the verb
// after it is its own.
func (a *analysis) isSubject(m *mention, lo int) bool {
	if m.verb || possessive(a.tx(m.typeTok)) {
		return false // "the summit's outcome was…" is about the outcome
	}
	z := m.zoneStart
	for z > lo && a.isQuote(z-1) {
		z--
	}
	if z == lo {
		return true
	}
	p := z - 1
	return a.isClauseBreak(p) || voc().openers[a.toks[p].low]
}

// skipAdjuncts skips what may stand between an event and its verb: its
// date or place ("in March 2025", "in Brindle"), quotes and adverbs.
func (a *analysis) skipAdjuncts(p, hi int) int {
	for p < hi {
		t := a.toks[p]
		switch {
		case t.expr >= 0, a.isQuote(p), voc().adverbs[t.low], strings.HasSuffix(t.low, "ly") && !t.cap:
			p++
		case (t.low == "in" || t.low == "on" || t.low == "at" || t.low == "of") && p+1 < hi:
			n := p + 1
			if a.toks[n].expr >= 0 {
				p = n
				continue
			}
			if a.toks[n].digit || voc().months[a.toks[n].low] {
				// a date the tagger did not mark: "in March 2025"
				for n < hi && (a.toks[n].digit || voc().months[a.toks[n].low]) {
					n++
				}
				p = n
				continue
			}
			if c := a.commonPlace(n, hi); c > n {
				p = c // "at the city hall"
				continue
			}
			n = a.skipThe(n, hi)
			e := a.capRunFrom(n, hi)
			if e == n {
				return p
			}
			p = e
		default:
			return p
		}
	}
	return p
}

// predicateCue reads the verb after a subject event: "will be held",
// "is due to", "was cordial", "laid the groundwork", "could serve".
func (a *analysis) predicateCue(m *mention, hi int) cue {
	p := a.skipAdjuncts(a.skipRelative(m.tailTok, hi), hi)
	if p < hi && a.tx(p) == "," {
		// a parenthesis: "the summit, held on 3 May, ended …"
		q := p + 1
		for q < hi && q < p+25 && a.tx(q) != "," {
			q++
		}
		if q >= hi || q >= p+25 {
			return cue{}
		}
		p = a.skipAdjuncts(q+1, hi)
	}
	if p >= hi || !a.toks[p].word {
		return cue{}
	}
	w := a.toks[p].low
	next := ""
	if p+1 < hi {
		next = a.toks[p+1].low
	}
	switch {
	case voc().modalPlan[w]:
		// "will be held", "will begin": the event takes place; "will no
		// doubt irk" is commentary on it
		v := a.skipAdverbs(p+1, hi)
		if v < hi && !voc().occurrence[a.toks[v].low] {
			return cue{}
		}
		if v < hi && a.toks[v].low == "be" {
			if e := a.skipAdverbs(v+1, hi); e < hi && voc().endings[a.toks[e].low] {
				return cue{} // "the outage will be resolved": it goes on now
			}
		}
		return a.cueAt(statusPlanned, p, p+1)
	case voc().modalHyp[w]:
		return a.cueAt(statusHypothetical, p, p+1)
	case voc().cancelled[w]:
		return cue{}
	case w == "is" || w == "are" || voc().pastBe[w]:
		switch {
		case voc().pastBe[w] && voc().delays[next]:
			return cue{} // "the hearing was delayed": put off, not planned
		case voc().complementStates[next] && !a.complemented(p+2, hi):
			if voc().pastBe[w] {
				return a.cueAt(statusHappened, p, p+2) // "the fire was set at the entrance"
			}
			return cue{}
		case voc().planStates[next] || next == "to":
			return a.cueAt(statusPlanned, p, p+2)
		case voc().cancelled[next]:
			return cue{}
		case voc().pastBe[w]:
			return a.cueAt(statusHappened, p, p+1)
		}
		return cue{}
	case voc().perfect[w]:
		if next == "been" && p+2 < hi {
			third := a.toks[p+2].low
			if voc().planStates[third] {
				return a.cueAt(statusPlanned, p, p+3)
			}
			if voc().cancelled[third] {
				return cue{}
			}
		}
		return a.cueAt(statusHappened, p, p+1)
	case voc().irregular[w], len(w) > 4 && strings.HasSuffix(w, "ed") && !voc().notPast[w]:
		return a.cueAt(statusHappened, p, p+1)
	}
	return cue{}
}

// skipAdverbs skips adverbs and "no doubt" after a modal.
func (a *analysis) skipAdverbs(p, hi int) int {
	for p < hi {
		l := a.toks[p].low
		switch {
		case l == "no" && p+1 < hi && a.toks[p+1].low == "doubt":
			p += 2
		case voc().adverbs[l], strings.HasSuffix(l, "ly") && !a.toks[p].cap, l == "also", l == "then", l == "not":
			p++
		default:
			return p
		}
	}
	return p
}

// complemented reports what makes a state a plan at token p: "to", "for"
// or a date ("set to open", "set for Friday", "set on 3 May").
func (a *analysis) complemented(p, hi int) bool {
	if p >= hi {
		return false
	}
	if l := a.toks[p].low; l == "to" || l == "for" {
		return true
	}
	return a.toks[p].expr >= 0 || p+1 < hi && a.toks[p+1].expr >= 0 && (a.toks[p].low == "on" || a.toks[p].low == "in" || a.toks[p].low == "at")
}

// statusClaim turns a cue into a claim for mention m.
func (a *analysis) statusClaim(m *mention, c cue, dateExpr int) (claim.Claim, bool) {
	var value string
	var mod claim.Modality
	switch c.status {
	case statusPlanned:
		value, mod = "planned", claim.Planned
	case statusHappened:
		value, mod = "happened", claim.Asserted
	default:
		return claim.Claim{}, false
	}
	s, e, ok := a.span(c.start, c.end)
	if !ok {
		return claim.Claim{}, false
	}
	cl := claim.Claim{
		Kind: claim.KindStatus, SubjectKey: claim.Key(m.key), Subject: a.subj[m.key],
		Value: value, ValueText: a.d.Text[s:e], Modality: mod,
		Reference: a.ref, Evidence: a.evidence(s, e),
	}
	if dateExpr >= 0 {
		cl.Date = a.dateValue(dateExpr)
	}
	return cl, true
}

// modalityOf is the modality of a mention's other claims given its status.
func modalityOf(c cue) claim.Modality {
	switch c.status {
	case statusPlanned:
		return claim.Planned
	case statusHypothetical:
		return claim.Hypothetical
	}
	return claim.Asserted
}
