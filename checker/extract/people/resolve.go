package people

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// findSurnames resolves lone surnames. First, a surname after a title or
// an honorific that no full name in the article explains is looked up in
// the KB ("President Quint" → the one holder of that title named Quint).
// Then every capitalised word equal to a known surname becomes a mention
// of that person when exactly one person fits.
func (a *analysis) findSurnames() {
	bySurname := map[string][]int{}
	for pi, p := range a.people {
		bySurname[p.surname] = append(bySurname[p.surname], pi)
		if p.alt != "" {
			bySurname[p.alt] = append(bySurname[p.alt], pi)
		}
	}
	if a.kb() != nil {
		for i := range a.toks {
			if !a.loneSurnameShape(i) || len(bySurname[a.toks[i].low]) > 0 {
				continue
			}
			if pi, ok := a.kbSurname(i); ok {
				bySurname[a.toks[i].low] = append(bySurname[a.toks[i].low], pi)
			}
		}
	}
	first := make([]int, len(a.people))
	for pi := range a.people {
		first[pi] = a.firstMention(pi)
	}
	for _, c := range a.surnameCands {
		if pi := pickBySurname(bySurname[c.low], first, c.start); pi >= 0 {
			a.addMention(c.first, c.last, c.start, c.end, MentionSurname, pi)
		}
	}
	for i := range a.toks {
		if !a.loneSurnameShape(i) {
			continue
		}
		cands := bySurname[a.toks[i].low]
		if len(cands) == 0 {
			continue
		}
		if pi := pickBySurname(cands, first, int(a.toks[i].start)); pi >= 0 {
			a.addMention(i, i, int(a.toks[i].start), a.nameEnd(i), MentionSurname, pi)
		}
	}
}

// pickBySurname chooses among the people sharing a surname: the one
// introduced before the mention, or the only one at all; two are ambiguous.
func pickBySurname(cands, first []int, off int) int {
	before, pick := 0, -1
	for _, pi := range cands {
		if first[pi] >= 0 && first[pi] < off {
			before++
			pick = pi
		}
	}
	switch {
	case before == 1:
		return pick
	case before == 0 && len(cands) == 1:
		return cands[0]
	}
	return -1
}

// loneSurnameShape: a capitalised word outside any mention that could be
// a surname standing alone.
func (a *analysis) loneSurnameShape(i int) bool {
	t := &a.toks[i]
	if a.tokMent[i] >= 0 || t.shape&sCap == 0 || t.shape&(sNoLower|sDigit) != 0 {
		return false
	}
	if t.words&wNonName != 0 || t.phrases != nil && a.breakerLen(i, i+1) > 0 {
		return false
	}
	if t.shape&sHyphen != 0 {
		return false
	}
	// Not the given name of an unresolved full name ("Anna Berg" where only "Berg" is known).
	if n := i + 1; n < len(a.toks) && a.toks[n].sent == t.sent && a.nameish(n) && a.breakerLen(n, n+1) == 0 && t.shape&sPoss == 0 {
		return false
	}
	return true
}

// kbSurname makes a surname-only person from the KB when a title or an
// honorific before token i fits exactly one holder.
func (a *analysis) kbSurname(i int) (int, bool) {
	k := a.kb()
	name := a.d.Text[a.toks[i].start:a.nameEnd(i)]
	holders := map[string]bool{}
	var holder string
	add := func(officeKey string) {
		for _, t := range k.TermsOf(officeKey, name) {
			h := strings.ToLower(t.Holder)
			holders[h] = true
			holder = h
		}
	}
	if tp, ok := a.titleBefore(i); ok {
		for _, o := range a.officesForTitle(&tp) {
			add(o.Key)
		}
	} else if a.honorificBefore(i) {
		for _, o := range k.Offices {
			add(o.Key)
		}
	} else {
		return 0, false
	}
	if len(holders) != 1 {
		return 0, false
	}
	low := a.toks[i].low
	p := &person{key: claim.SurnameKey(low), name: name, low: low, surname: low, holder: holder}
	a.people = append(a.people, p)
	return len(a.people) - 1, true
}

// findTitleMentions resolves "the spokesman" to the one person of the
// article whose title has that head class (and the same body, if named).
func (a *analysis) findTitleMentions() {
	for i := 0; i+1 < len(a.toks); i++ {
		if a.toks[i].low != "the" || a.tokMent[i+1] >= 0 || a.usedTitle(i+1) {
			continue
		}
		end := a.sentEnd(i)
		if i+1 >= end || a.toks[i+1].low == "the" || !a.titleWordAt(i+1) {
			continue
		}
		r := i + 1
		for r < end && r-i-1 < maxTitleTokens && a.titleWordAt(r) {
			r++
		}
		var best titleParse
		bestEnd := -1
		for lim := r; lim >= i+2; lim-- {
			if tp, _, ok := a.parseTitle(i+1, lim, false); ok {
				best, bestEnd = tp, lim
				break
			}
		}
		if bestEnd < 0 || best.value.Former {
			continue
		}
		if bestEnd < end && (a.tokMent[bestEnd] >= 0 || a.nameish(bestEnd) && a.breakerLen(bestEnd, bestEnd+1) == 0) {
			continue // "the spokesman Tero …": a title, not a mention
		}
		if bestEnd+1 < end && a.isPunct(bestEnd, ",") && a.tokMent[bestEnd+1] >= 0 {
			continue // "the spokesman, Anna Berg,"
		}
		pi := a.personWithTitle(&best)
		if pi < 0 {
			continue
		}
		a.addMention(i, bestEnd-1, int(a.toks[i].start), int(a.toks[bestEnd-1].end), MentionTitle, pi)
		i = bestEnd - 1
	}
}

// personWithTitle returns the only person holding a title like tp, or -1.
func (a *analysis) personWithTitle(tp *titleParse) int {
	found := -1
	for i := range a.titles {
		t, pi := &a.titles[i].tp, a.titles[i].person
		switch {
		case t.class != tp.class || t.value.Former:
		case tp.value.Org != "" && t.value.Org != "" && tp.value.Org != t.value.Org:
		case tp.value.Domain != "" && t.value.Domain != "" && tp.value.Domain != t.value.Domain:
		case found >= 0 && found != pi:
			return -1
		default:
			found = pi
		}
	}
	return found
}

// findPronouns resolves "he" and "she" to the single person the previous
// sentence mentions as a subject (not after a preposition), when the
// pronoun's sentence names nobody before it, the pronoun is not inside a
// quote and the sex (from titles and honorifics) does not clash.
func (a *analysis) findPronouns() {
	for i := range a.toks {
		t := &a.toks[i]
		if t.words&wPronoun == 0 || t.sent == 0 || a.inQuote(int(t.start)) {
			continue // inside a quote "he" is the speaker's word, not the writer's
		}
		s := int(t.sent)
		named := false
		for j := a.sentTok[s]; j < i; j++ {
			if a.tokMent[j] >= 0 {
				named = true
				break
			}
		}
		if named {
			continue
		}
		pi := a.soleSubject(s - 1)
		if pi < 0 {
			continue
		}
		g := vocab().gender[t.low]
		if p := a.people[pi]; p.gender != 0 && g != 0 && p.gender != g {
			continue
		}
		if a.people[pi].gender == 0 {
			a.people[pi].gender = g
		}
		a.addMention(i, i, int(t.start), int(t.end), MentionPronoun, pi)
	}
}

// soleSubject returns the one person sentence s mentions, if that person's
// first mention there is not the object of a preposition.
func (a *analysis) soleSubject(s int) int {
	pi := -1
	firstTok := -1
	for j := a.sentTok[s]; j < a.sentTok[s+1]; j++ {
		p := a.personAt(j)
		if p < 0 {
			continue
		}
		if pi >= 0 && p != pi {
			return -1
		}
		if pi < 0 {
			pi, firstTok = p, a.mentions[a.tokMent[j]].first
		}
	}
	if pi < 0 {
		return -1
	}
	if firstTok > a.sentTok[s] && a.toks[firstTok-1].words&wPrep != 0 {
		return -1
	}
	return pi
}
