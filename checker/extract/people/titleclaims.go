package people

import (
	"cmp"
	"slices"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// titleFinding is a title the article gives a mentioned person.
type titleFinding struct {
	tp        titleParse
	person    int
	ment      int  // the name's mention
	wasFormer bool // "NAME, who was TITLE"
	// dual is the token span of two titles held at once ("president and
	// general manager NAME"): both claims cite it, which tells the rules
	// the two go together. Zero when the title stands alone.
	dual [2]int
}

// findTitles reads the title patterns around every name mention:
// "TITLE NAME", "the TITLE, NAME,", "NAME, TITLE,", "NAME (TITLE)",
// "NAME, who is TITLE". Unnamed people ("a senior official said") have no
// mention and so get no title.
func (a *analysis) findTitles() {
	if cap(a.titleTok) < len(a.toks) {
		a.titleTok = make([]bool, len(a.toks))
	}
	a.titleTok = a.titleTok[:len(a.toks)]
	clear(a.titleTok)
	n := len(a.mentions)
	for mi := 0; mi < n; mi++ {
		m := a.mentions[mi]
		if m.kind != MentionFull && m.kind != MentionSurname {
			continue
		}
		p := a.people[m.person]
		if p.gender == 0 && a.honorificBefore(m.first) {
			h := m.first - 1
			if a.isPunct(h, ".") {
				h--
			}
			p.gender = vocab().gender[a.toks[h].low]
		}
		if tp, ok := a.titleBefore(m.first); ok {
			// "had been named acting director": the title before the name
			// is the one the person held until then.
			tp.value.Former = tp.value.Former || a.appointedAfter(m.last)
			f := titleFinding{tp: tp, person: m.person, ment: mi}
			if other, ok := a.dualBefore(tp.first); ok {
				other.value.Former = other.value.Former || tp.value.Former
				f.dual = [2]int{other.first, tp.last}
				a.addTitle(titleFinding{tp: other, person: m.person, ment: mi, dual: f.dual})
			}
			a.addTitle(f)
		} else if tp, ok := a.theTitleComma(m); ok {
			tp.value.Former = tp.value.Former || a.appointedAfter(m.last)
			a.addTitle(titleFinding{tp: tp, person: m.person, ment: mi})
		}
		if tp, was, ok := a.postTitle(m.last); ok {
			f := titleFinding{tp: tp, person: m.person, ment: mi, wasFormer: was}
			if other, ok := a.dualAfter(tp.last); ok {
				f.dual = [2]int{tp.first, other.last}
				a.addTitle(titleFinding{tp: other, person: m.person, ment: mi, wasFormer: was, dual: f.dual})
			}
			a.addTitle(f)
		}
	}
	slices.SortStableFunc(a.titles, func(x, y titleFinding) int { return cmp.Compare(x.tp.first, y.tp.first) })
}

func (a *analysis) addTitle(f titleFinding) {
	if f.wasFormer {
		f.tp.value.Former = true
	}
	a.titles = append(a.titles, f)
	p := a.people[f.person]
	if p.gender == 0 {
		p.gender = f.tp.gender
	}
	for i := f.tp.first; i <= f.tp.last; i++ {
		a.titleTok[i] = true
	}
}

func (a *analysis) usedTitle(i int) bool { return i < len(a.titleTok) && a.titleTok[i] }

// postTitle reads a title written after a name ending at token last. The
// bool "was" is true for "NAME, who was TITLE".
func (a *analysis) postTitle(last int) (tp titleParse, was bool, ok bool) {
	n := last + 1
	end := a.sentEnd(last)
	if n+1 >= end {
		return tp, false, false
	}
	if a.isPunct(n, ",") {
		if n+3 < end && a.toks[n+1].low == "who" && (a.toks[n+2].low == "is" || a.toks[n+2].low == "was") {
			tp, _, ok = a.parseTitle(n+3, end, true)
			return tp, a.toks[n+2].low == "was", ok
		}
		tp, _, ok = a.parseTitle(n+1, end, true)
		return tp, false, ok
	}
	if a.isPunct(n, "(") {
		tp, j, ok := a.parseTitle(n+1, end, true)
		if ok && a.isPunct(j, ")") {
			return tp, false, true
		}
	}
	return tp, false, false
}

// theTitleComma reads "the TITLE, NAME," — a title set off before the name.
func (a *analysis) theTitleComma(m mention) (titleParse, bool) {
	c := m.first - 1
	if a.honorificBefore(m.first) { // "the director, Dr. Ines Varro,"
		if a.isPunct(c, ".") {
			c--
		}
		c--
	}
	lo := a.sentStart(m.first)
	if c-2 < lo || !a.isPunct(c, ",") {
		return titleParse{}, false
	}
	after := m.last + 1
	if after < a.sentEnd(m.last) && !a.isPunct(after, ",") && !a.isPunct(after, ".") && a.toks[after].words&wSpeech == 0 {
		return titleParse{}, false
	}
	var best titleScan
	found := false
	for k := c - 1; k > lo && c-k <= maxTitleTokens; k-- {
		if a.toks[k-1].low != "the" {
			continue
		}
		if sc, _, ok := a.scanTitle(k, c, false); ok {
			best, found = sc, true
		}
	}
	if !found {
		return titleParse{}, false
	}
	return a.fillTitle(&best), true
}

// titleClaims turns the findings into claims. The value is the title as
// written in lower case; its span is the title's.
func (a *analysis) titleClaims(out []claim.Claim) []claim.Claim {
	for _, f := range a.titles {
		p := a.people[f.person]
		m := a.mentions[f.ment]
		start, end := int(a.toks[f.tp.first].start), int(a.toks[f.tp.last].end)
		value := a.lowerSpan(start, end)
		if f.dual != [2]int{} {
			start, end = int(a.toks[f.dual[0]].start), int(a.toks[f.dual[1]].end)
		}
		tv := f.tp.value
		tv.Ranks = append([]string(nil), tv.Ranks...)
		mod := claim.Asserted
		switch {
		case tv.Former:
			mod = claim.Former
		case a.inQuote(start):
			mod = claim.Reported
		}
		c := a.newClaim(claim.KindTitle, p.key, a.d.Text[m.start:m.end], value, start, end, mod)
		c.Title = &tv
		out = append(out, c)
	}
	return out
}

// dualBefore reads a second title joined by "and" before the title that
// starts at token first: "team president and general manager NAME".
func (a *analysis) dualBefore(first int) (titleParse, bool) {
	and := first - 1
	if and-1 < a.sentStart(first) || a.toks[and].low != "and" {
		return titleParse{}, false
	}
	tp, ok := a.titleBefore(and)
	if !ok || tp.value.Former && tp.first == tp.last {
		return titleParse{}, false
	}
	if p := tp.first - 1; p >= a.sentStart(first) && a.toks[p].words&wDet != 0 {
		return titleParse{}, false // "met the mayor and general manager NAME": the mayor is someone else
	}
	return tp, true
}

// dualAfter reads a second title joined by "and" after a title written
// after the name: "NAME, president and chief executive of Varda Rail,".
func (a *analysis) dualAfter(last int) (titleParse, bool) {
	and := last + 1
	end := a.sentEnd(last)
	if and+1 >= end || a.toks[and].low != "and" {
		return titleParse{}, false
	}
	tp, _, ok := a.parseTitle(and+1, end, true)
	return tp, ok
}

// appointedAfter: "NAME had been named acting director", "NAME was
// appointed to head the agency", "NAME became chairman": a verb of
// appointment after the name, in the passive (in the active, "NAME named
// a new captain", the person gives the title), followed by a title. The title before the
// name is then the one held until the appointment.
func (a *analysis) appointedAfter(last int) bool {
	end := a.sentEnd(last)
	k := last + 1
	for k < end && (vocab().nameSuffixes[a.toks[k].low] || a.isPunct(k, ".") || a.isPunct(k, ",")) && k <= last+3 {
		k++ // "L. Ada Quell III had been named", "Ada Quell Jr., was named"
	}
	passive := false // "was named": the person got the title; "named" alone, they gave it
	for k < end && k <= last+6 && (a.toks[k].words&wAux != 0 || a.toks[k].low == "been") {
		switch a.toks[k].low {
		case "was", "were", "is", "are", "been", "be", "being":
			passive = true
		}
		k++
	}
	if k >= end || a.toks[k].words&wAppoint == 0 {
		return false
	}
	if !passive && a.toks[k].low != "became" && a.toks[k].low != "becomes" {
		return false
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		t := &a.toks[j]
		if t.pkinds&(pHead|pRank|pDomain|pOrg) != 0 {
			return true
		}
		if t.words&(wDet|wPrep) == 0 && t.low != "as" && t.low != "be" && t.low != "new" {
			return false
		}
	}
	return false
}
