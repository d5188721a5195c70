package events

// noneAt reads a count of zero at token i: "no one was hurt", "nobody
// died", "the blast injured no one" (people counted by the verb, as a
// bare number is), "no injuries were reported", "no deaths" (the noun's
// measure). Only the measures of measures.yml none_measures are read:
// "no one has been arrested" is where an inquiry stands, not a figure of
// the event. Nothing is read when a word after the zero leaves someone
// out ("no one else was hurt", "nobody but the driver"), when the clause
// before it makes it a condition or a wish ("to make sure no one was
// hurt"), or when a word other than the noun follows "no" ("no serious
// injuries", "no reported deaths" say less than none). The quantity
// spans the words of the zero; scope is the group a preposition after
// the noun narrows it to ("no injuries to police or civilians"): such a
// zero says nothing of anyone else.
func (a *analysis) noneAt(i, lo, hi int) (quantity, bool) {
	var q quantity
	var counts, scope string
	l := a.toks[i].low
	n := a.matchPhrase(mvoc.nonePeople, i, hi)
	switch {
	case n > 0:
		q = quantity{value: 0, first: i, last: i + n, numTok: i, approxFrom: -1}
		if q.last < hi && a.matchPhrase(mvoc.noneExcept, q.last, hi) > 0 {
			return quantity{}, false
		}
		counts = a.bareCounts(q, lo, hi)
	case l == "no" && i+1 < hi && mvoc.noneNouns[a.toks[i+1].low]:
		q = quantity{value: 0, first: i, last: i + 2, numTok: i, approxFrom: -1}
		counts = voc.counted[a.toks[i+1].low]
		if q.last < hi && a.matchPhrase(mvoc.noneExcept, q.last, hi) > 0 {
			return quantity{}, false
		}
		if q.last < hi && mvoc.noneScopes[a.toks[q.last].low] {
			scope = a.noneScope(q.last, hi)
		}
	default:
		return quantity{}, false
	}
	if !mvoc.noneMeasures[counts] || a.noneCondition(i, lo) {
		return quantity{}, false
	}
	q.counts, q.scope = counts, scope
	return q, true
}

// noneScope is the preposition at token p and the words after it up to
// the end of their clause: "to police or civilians".
func (a *analysis) noneScope(p, hi int) string {
	end := p + 1
	for end < hi && end < p+7 && a.toks[end].word && !a.isClauseBreak(end) {
		end++
	}
	return a.lowPhrase(p, end)
}

// noneCondition reports a word of measures.yml none_conditions in the
// clause before token i.
func (a *analysis) noneCondition(i, lo int) bool {
	for k := i - 1; k >= lo; k-- {
		if a.isClauseBreak(k) {
			return false
		}
		if mvoc.noneConditions[a.toks[k].low] {
			return true
		}
	}
	return false
}
