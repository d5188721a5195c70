package people

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// findPeople finds full names and makes one person per distinct name.
func (a *analysis) findPeople() {
	cands := a.nameCandidates()
	a.candBuf = cands
	accepted := make([]bool, len(cands))
	known := map[string]bool{}
	for ci := range cands {
		c := &cands[ci]
		if c.strong || (!c.titleCased && !c.sentInitial && !c.afterDet) {
			accepted[ci] = true
			known[c.low] = true
		}
	}
	// Weaker candidates count when the article uses the name elsewhere, or
	// its surname alone in running text ("Quint said").
	var lone map[string]bool
	for ci := range cands {
		c := &cands[ci]
		if accepted[ci] {
			continue
		}
		if known[c.low] {
			accepted[ci] = true
			continue
		}
		if c.titleCased {
			continue
		}
		if lone == nil {
			lone = a.loneCapitalised(cands)
		}
		if lone[a.toks[c.last].low] {
			accepted[ci] = true
		}
	}
	// A name that is another name's particle surname ("De la Cruz" after
	// "Rafael de la Cruz") is a surname mention, resolved with the others.
	particleSurnames := map[string]bool{}
	for ci := range cands {
		if accepted[ci] {
			if sn := a.particleSurname(cands[ci].first, cands[ci].last); sn != "" && sn != cands[ci].low {
				particleSurnames[sn] = true
			}
		}
	}
	byKey := map[string]int{}
	for ci := range cands {
		if !accepted[ci] {
			continue
		}
		c := &cands[ci]
		if particleSurnames[c.low] {
			a.surnameCands = append(a.surnameCands, *c)
			continue
		}
		key := personKey(c.low)
		pi, ok := byKey[key]
		if !ok {
			pi = len(a.people)
			byKey[key] = pi
			a.people = append(a.people, a.newPerson(c))
		}
		a.addMention(c.first, c.last, c.start, c.end, MentionFull, pi)
	}
}

// particleSurname is the surname of a name with particles, from the first
// lower-case particle on ("de la cruz"), or "".
func (a *analysis) particleSurname(first, last int) string {
	k := last
	for k-1 > first && a.toks[k-1].words&wParticle != 0 && a.toks[k-1].shape&sCap == 0 {
		k--
	}
	if k == last {
		return ""
	}
	return a.lowerSpan(int(a.toks[k].start), a.nameEnd(last))
}

// newPerson makes a person from a full name, taking the family name from
// the KB when it knows the holder (for names whose family name comes first).
func (a *analysis) newPerson(c *nameCand) *person {
	name := normalizeSpace(a.d.Text[c.start:c.end])
	p := &person{key: claim.PersonKey(personKey(c.low)), name: name, low: c.low, surname: a.toks[c.last].low}
	if sn := a.particleSurname(c.first, c.last); sn != "" {
		p.surname, p.alt = sn, a.toks[c.last].low
	}
	if k := a.kb(); k != nil {
		for _, o := range k.OfficesOfHolder(name) {
			for _, t := range k.TermsOf(o.Key, name) {
				p.surname = t.Surname()
				p.holder = strings.ToLower(t.Holder)
			}
		}
	}
	return p
}

// loneCapitalised collects capitalised words that stand alone (not inside
// a candidate name) in running text.
func (a *analysis) loneCapitalised(cands []nameCand) map[string]bool {
	ci := 0
	out := map[string]bool{}
	for i := range a.toks {
		for ci < len(cands) && cands[ci].last < i {
			ci++
		}
		if ci < len(cands) && cands[ci].first <= i {
			continue // inside a candidate name
		}
		t := &a.toks[i]
		if t.shape&sCap == 0 || t.shape&sNoLower != 0 || a.tokTitleCased(i) {
			continue
		}
		if i+1 < len(a.toks) && a.toks[i+1].sent == t.sent && a.toks[i+1].shape&sCap != 0 {
			continue // part of another capitalised run
		}
		if i > 0 && a.toks[i-1].sent == t.sent && a.toks[i-1].shape&sCap != 0 && a.toks[i-1].shape&sNoLower == 0 {
			continue
		}
		out[t.low] = true
	}
	return out
}

// personKey is the form of a lower-case full name that every way of
// writing it shares: initials lose their dots ("a.j." = "aj"), a middle
// or leading initial and a generational suffix are dropped when two
// names remain ("w. odo brandvik" = "odo brandvik", "ana m. ruiz jr." = "ana
// ruiz").
func personKey(low string) string {
	if plainName(low) {
		return low
	}
	words := strings.Fields(low)
	if len(words) < 2 {
		return low
	}
	kept := make([]string, 0, len(words))
	full := 0 // words longer than an initial
	for _, w := range words {
		w = strings.ReplaceAll(w, ".", "")
		if w == "" {
			continue
		}
		kept = append(kept, w)
		if len(w) > 1 && !vocab().nameSuffixes[w] {
			full++
		}
	}
	if full < 2 {
		return strings.Join(kept, " ")
	}
	out := kept[:0]
	for _, w := range kept {
		if len(w) > 1 && !vocab().nameSuffixes[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// plainName: no dot, no one-letter word and no suffix: personKey keeps
// the name as it is (most names; this runs for every candidate).
func plainName(low string) bool {
	if strings.IndexByte(low, '.') >= 0 {
		return false
	}
	for w := range strings.FieldsSeq(low) {
		if len(w) == 1 || vocab().nameSuffixes[w] {
			return false
		}
	}
	return true
}
