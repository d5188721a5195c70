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
// injuries", "no reported deaths" say less than none). A second measure
// joined by "or" or "and" is a second zero: "no one was killed or
// injured", "no deaths or injuries". Each quantity spans the words of the
// zero; its scope is the group a preposition after the noun narrows it to
// ("no injuries to guards or visitors"): such a zero says nothing of
// anyone else.
func (a *analysis) noneAt(i, lo, hi int) []quantity {
	var q quantity
	var counts []string
	scope, second := "", -1 // second: the token after the second measure
	l := a.toks[i].low
	n := 0
	if a.has(i, fNone) {
		n = a.matchPhrase(mvoc().nonePeople, i, hi)
	}
	switch {
	case n > 0:
		q = quantity{value: 0, first: i, last: i + n, numTok: i, approxFrom: -1}
		if q.last < hi && a.matchPhrase(mvoc().noneExcept, q.last, hi) > 0 {
			return nil
		}
		c := a.bareCounts(q, lo, hi)
		counts = append(counts, c)
		if v := a.noneVerb(q.last, hi); v >= 0 && v+2 < hi && mvoc().noneJoins[a.toks[v+1].low] {
			if cv := voc().countedVerbs[a.toks[v+2].low]; cv != "" && "people "+cv != c {
				counts = append(counts, "people "+cv) // "killed or injured"
				second = v + 3
			}
		}
	case mvoc().noneWords[l] && i+1 < hi && mvoc().noneNouns[a.toks[i+1].low]:
		q = quantity{value: 0, first: i, last: i + 2, numTok: i, approxFrom: -1}
		counts = append(counts, voc().counted[a.toks[i+1].low])
		end := i + 2
		if end+1 < hi && mvoc().noneJoins[a.toks[end].low] && mvoc().noneNouns[a.toks[end+1].low] {
			counts = append(counts, voc().counted[a.toks[end+1].low]) // "no deaths or injuries"
			end += 2
			second = end
		}
		if end < hi && a.matchPhrase(mvoc().noneExcept, end, hi) > 0 {
			return nil
		}
		if end < hi && mvoc().noneScopes[a.toks[end].low] {
			scope = a.noneScope(end, hi)
		}
	default:
		return nil
	}
	if a.noneCondition(i, lo) {
		return nil
	}
	var out []quantity
	for k, c := range counts {
		if !mvoc().noneMeasures[c] {
			if k == 0 {
				return nil // "no one was arrested or charged"
			}
			continue
		}
		z := q
		if k > 0 {
			z.last = second // its own words: "no deaths or injuries"
		}
		z.counts, z.scope = c, scope
		out = append(out, z)
	}
	return out
}

// noneVerb is the token of the verb that says what befell the people of a
// zero at token p ("was" "hurt"), over verb fillers; -1 when none follows.
func (a *analysis) noneVerb(p, hi int) int {
	for k := p; k < hi && k <= p+3; k++ {
		l := a.toks[k].low
		if voc().countedVerbs[l] != "" {
			return k
		}
		if !mvoc().verbFillers[l] {
			return -1
		}
	}
	return -1
}

// noneScope is the preposition at token p and the words after it up to
// the end of their clause: "to guards or visitors".
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
		if mvoc().noneConditions[a.toks[k].low] {
			return true
		}
	}
	return false
}
