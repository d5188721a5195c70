package people

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// officeFinding is an office the article says a person holds or held.
type officeFinding struct {
	office *kb.Office
	person int
}

// officesForTitle returns the offices a title can name: with a country
// ("Ruritanian President") the KB's office of that title there; without one
// ("President", "Prime Minister") every office with that title, for the
// caller to narrow by holder. A title of some other body ("ministry
// spokesman") or a post-changing rank ("deputy") names no office.
func (a *analysis) officesForTitle(tp *titleParse) []*kb.Office {
	k := a.kb()
	if k == nil {
		return nil
	}
	titles := tp.officeTitles()
	if tp.place != nil && a.placeAfterBody(tp) {
		return nil // "president of the Dock Workers' Association of Ruritania": the body's post
	}
	if tp.place != nil {
		for _, t := range titles {
			if o, ok := k.OfficeFor(tp.place.Key, t); ok {
				return []*kb.Office{o}
			}
		}
		return nil
	}
	if tp.value.Org != "" {
		return nil
	}
	for _, t := range titles {
		if os := a.tb.officesByTitle[t]; len(os) > 0 {
			return os
		}
	}
	return nil
}

// holderIn returns the canonical (KB) name of person pi as a holder of
// office o, or "" when the KB does not know them there.
func (a *analysis) holderIn(o *kb.Office, pi int) string {
	p := a.people[pi]
	name := p.name
	if p.holder != "" && p.key.SurnameOnly() {
		name = p.holder
	}
	if ts := a.kb().TermsOf(o.Key, name); len(ts) > 0 {
		return strings.ToLower(ts[0].Holder)
	}
	return ""
}

// officeClaims reads offices from titles ("Ruritanian President Ada
// Morrow", "former prime minister X", "President Morrow"), from government words
// ("the Morrow administration") and from "NAME, who took office …".
//
// Present is true when the sentence speaks of the holder now: a title used
// as a current title in apposition counts as present at the article's
// reference time, since news style names the current holder. "former",
// "then-", "ex-", "the late" and "NAME, who was TITLE" make it Former
// (modality former, not present). For government words see clauseTense.
func (a *analysis) officeClaims(out []claim.Claim) []claim.Claim {
	from := len(out)
	defer func() { a.markIncoming(out[from:]) }()
	for _, f := range a.titles {
		offices := a.officesForTitle(&f.tp)
		var office *kb.Office
		holder := ""
		if f.tp.place != nil && len(offices) == 1 {
			office = offices[0]
			if holder = a.holderIn(office, f.person); holder == "" {
				holder = a.people[f.person].low
				if a.people[f.person].key.SurnameOnly() {
					continue // a bare surname the KB does not know
				}
			}
		} else {
			// No country: the office is the one whose holders include this person.
			for _, o := range offices {
				if h := a.holderIn(o, f.person); h != "" {
					if office != nil && office != o {
						office = nil
						break
					}
					office, holder = o, h
				}
			}
		}
		if office == nil {
			continue
		}
		m := a.mentions[f.ment]
		ov := &claim.OfficeValue{Office: office.Key, Holder: holder}
		mod := claim.Asserted
		if f.tp.value.Former {
			ov.Former = true
			mod = claim.Former
		} else {
			// A title naming an era ("under President X") or a holder still
			// to come says nothing of who holds the office now.
			ov.Present = a.titleFrame(min(f.tp.first, m.first), max(f.tp.last, m.last)) == framePresent
			if a.inQuote(m.start) {
				mod = claim.Reported
			}
		}
		subject := a.d.Text[a.toks[f.tp.first].start:a.toks[f.tp.last].end]
		c := a.newClaim(claim.KindOffice, claim.OfficeKey(office.Key), subject, holder, m.start, m.end, mod)
		c.Office = ov
		out = append(out, c)
		a.offices = append(a.offices, officeFinding{office: office, person: f.person})
	}
	out = a.governmentClaims(out)
	return a.tookOfficeClaims(out)
}

// governmentClaims reads "the Morrow administration", "the Kask
// government": a surname before a government word the office lists, whose
// holder the KB knows for exactly one such office.
func (a *analysis) governmentClaims(out []claim.Claim) []claim.Claim {
	k := a.kb()
	if k == nil {
		return out
	}
	for i := 1; i < len(a.toks); i++ {
		if a.toks[i].pkinds&pGov == 0 {
			continue
		}
		p, n := a.matchPhrase(i, a.sentEnd(i))
		if p == nil || p.kind&pGov == 0 {
			continue
		}
		j := i - 1
		if a.toks[j].sent != a.toks[i].sent || !a.nameish(j) || a.toks[j].shape&sNoLower != 0 || a.breakerLen(j, i) > 0 {
			continue
		}
		first := j
		if g := j - 1; g >= 0 && a.toks[g].sent == a.toks[j].sent && a.nameish(g) && a.toks[g].shape&sPoss == 0 && a.breakerLen(g, j) == 0 {
			first = g // "the Ada Morrow administration"
		}
		start, end := int(a.toks[first].start), a.nameEnd(j)
		name := a.d.Text[start:end]
		var office *kb.Office
		holder := ""
		ambiguous := false
		for _, o := range p.offices {
			ts := k.TermsOf(o.Key, name)
			if len(ts) == 0 {
				continue
			}
			h := strings.ToLower(ts[0].Holder)
			if office != nil && (office != o || holder != h) {
				ambiguous = true
				break
			}
			office, holder = o, h
		}
		if office == nil || ambiguous {
			continue
		}
		last := i + n - 1
		ov := &claim.OfficeValue{Office: office.Key, Holder: holder, Present: a.governmentFrame(first, last) == framePresent}
		mod := claim.Asserted
		if a.inQuote(start) {
			mod = claim.Reported
		}
		sStart := start
		if first > 0 && a.toks[first-1].low == "the" && a.toks[first-1].sent == a.toks[first].sent {
			sStart = int(a.toks[first-1].start)
		}
		c := a.newClaim(claim.KindOffice, claim.OfficeKey(office.Key), a.d.Text[sStart:a.nameEnd(last)], holder, start, end, mod)
		c.Office = ov
		out = append(out, c)
		i = last
	}
	return out
}

// tookOfficeClaims reads "NAME, who took office in July": the person's
// one office named elsewhere in the article, held now.
func (a *analysis) tookOfficeClaims(out []claim.Claim) []claim.Claim {
	for _, m := range a.mentions {
		if m.kind != MentionFull && m.kind != MentionSurname {
			continue
		}
		n := m.last + 1
		if n+2 >= len(a.toks) || !a.isPunct(n, ",") || a.toks[n+1].low != "who" || !a.tookOfficeAt(n+2) {
			continue
		}
		var office *kb.Office
		for _, f := range a.offices {
			if f.person != m.person {
				continue
			}
			if office != nil && office != f.office {
				office = nil
				break
			}
			office = f.office
		}
		if office == nil {
			continue
		}
		holder := a.holderIn(office, m.person)
		if holder == "" {
			holder = a.people[m.person].low
		}
		c := a.newClaim(claim.KindOffice, claim.OfficeKey(office.Key), a.d.Text[m.start:m.end], holder, m.start, m.end, claim.Asserted)
		c.Office = &claim.OfficeValue{Office: office.Key, Holder: holder, Present: true}
		out = append(out, c)
	}
	return out
}

// tookOfficeAt: one of the "took office" phrases starts at token i.
func (a *analysis) tookOfficeAt(i int) bool { return a.phraseAt(i, vocab().tookOffice) }

// placeAfterBody: inside the title, a body's word ("Association",
// "Union") comes before the place, so the place names where the body is,
// not the country whose office the title is.
func (a *analysis) placeAfterBody(tp *titleParse) bool {
	body := false
	for k := tp.first; k <= tp.last; k++ {
		if p, n := a.matchPhrase(k, tp.last+1); p != nil && p.kind&pPlace != 0 {
			if body {
				return true
			}
			k += n - 1
			continue
		}
		if a.toks[k].words&wOrgWord != 0 && a.toks[k].shape&sCap != 0 {
			body = true
		}
	}
	return false
}
