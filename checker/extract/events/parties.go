package events

import (
	"sort"
	"strings"
)

// party is one participant of an event: a person, a country, a company.
type party struct {
	key  string // "varo", "no", "halloway"
	text string // as written: "Varo", "Norway", "Halloway Dairies"
}

// withKey joins participants into an identifier ("aske+varo") and a text
// in reading order ("Varo and Aske"); false unless at least two differ.
func withKey(ps []party) (string, string, bool) {
	keys := make([]string, 0, len(ps))
	texts := make([]string, 0, len(ps))
	seen := map[string]bool{}
	for _, p := range ps {
		if p.key == "" || seen[p.key] {
			continue
		}
		seen[p.key] = true
		keys = append(keys, p.key)
		texts = append(texts, p.text)
	}
	if len(keys) < 2 {
		return "", "", false
	}
	sort.Strings(keys)
	return strings.Join(keys, "+"), joinAnd(texts), true
}

// joinAnd writes "A and B", "A, B and C".
func joinAnd(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// nameLike reports whether token i is a name: a capitalised word that is
// no function word, title, month or weekday. At a sentence start, where
// every word is capitalised, it must be one the article also capitalises
// elsewhere or knows as a person's, or at least not look like a group of
// people ("Farmers met", "Negotiators met").
func (a *analysis) nameLike(i int) bool {
	t := a.toks[i]
	if !t.cap || !t.word || t.expr >= 0 || t.flags&(fFunction|fTitle|fMonth|fWeekday|fDeterminer|fType) != 0 {
		return false
	}
	if !a.sentenceInitial(i) || a.isPerson(i) || a.midCaps[t.low] {
		return true
	}
	l := t.low
	return !strings.HasSuffix(l, "s") && voc().counted[l] == "" && !voc().holderNouns[l] && !voc().verbSubjects[l]
}

// findMidCaps records the words the article capitalises inside sentences
// of plain prose: there a capital letter marks a name.
func (a *analysis) findMidCaps() {
	for si := range a.d.Sentences {
		if a.strictSentence(si) {
			continue
		}
		lo, hi := a.sentRange(si)
		first := true
		for i := lo; i < hi; i++ {
			t := a.toks[i]
			if !t.word && !t.digit {
				continue
			}
			if !first && t.cap && t.word {
				a.midCaps[t.low] = true
			}
			first = false
		}
	}
}

// partsOf splits names [s, e) at "and" and commas into participants:
// "Vestrian President Ilinca Varo and Dunmarran Prime Minister Corwen
// Aske" are Varo and Aske. Every part must hold a name.
func (a *analysis) partsOf(s, e int) ([]party, bool) {
	var out []party
	from := s
	for q := s; q <= e; q++ {
		if q < e && a.toks[q].low != "and" && a.tx(q) != "," {
			continue
		}
		if q == from {
			return nil, false
		}
		p, ok := a.partyIn(from, q)
		if !ok {
			return nil, false
		}
		out = append(out, p)
		from = q + 1
	}
	return out, len(out) > 0
}

// partyIn names the participant in run [i, j): a place the KB knows, or
// the run's last name word (a surname).
func (a *analysis) partyIn(i, j int) (party, bool) {
	for s := i; s < j; s++ {
		if p, ok := placeName(a.k, a.phrase(s, j)); ok {
			return party{key: p.Key, text: a.phrase(s, j)}, true
		}
	}
	for k := j - 1; k >= i; k-- {
		if a.nameLike(k) || a.toks[k].word && a.isPerson(k) {
			return party{key: a.toks[k].low, text: dropPossessive(a.tx(k))}, true
		}
	}
	return party{}, false
}

// namesBefore reads a subject made of names and titles only that ends just
// before token j and opens its clause: "Vestrian President Ilinca Varo and
// Dunmarran Prime Minister Corwen Aske will meet". "Dairy farmers in the
// south of Tarnow met" is no such subject.
func (a *analysis) namesBefore(j, lo int) ([]party, bool) {
	s := j
	for s > lo && s > j-14 {
		t := a.toks[s-1]
		switch {
		case t.low == "and" && s < j:
		case t.word && t.cap && t.expr < 0 && t.flags&(fMonth|fWeekday) == 0:
		case voc().titles[t.low]:
		case a.descriptor(s-1) && s < j:
			// "union leader Marta Felling", "port authority chairman …"
		default:
			goto done
		}
		s--
	}
done:
	if s == j || a.toks[s].low == "and" {
		return nil, false
	}
	if s > lo {
		b := s - 1
		if !a.isClauseBreak(b) && !voc().openers[a.toks[b].low] && !a.isQuote(b) {
			return nil, false
		}
	}
	return a.partsOf(s, j)
}

// descriptor reports whether token i may describe a name after it: a
// lower-case word that is no function word, verb, number or type word.
func (a *analysis) descriptor(i int) bool {
	t := a.toks[i]
	return t.word && !t.cap && t.expr < 0 && t.flags&(fFunction|fVerb|fType|fDeterminer|fNumber|fSpeech|fLink) == 0 &&
		!strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing")
}

// namesAfter reads participants from token p: "Prime Minister Shigeru
// Ishiba", "with Tomas Okoro", "Varga and Okoro". It returns them and
// the token after them.
func (a *analysis) namesAfter(p, hi int) ([]party, int) {
	if p < hi && a.toks[p].low == "with" {
		p++
	}
	e := p
	for e < hi && e < p+12 {
		t := a.toks[e]
		if t.low == "and" && e > p && e+1 < hi && (a.toks[e+1].cap || voc().titles[a.toks[e+1].low]) {
			e++
			continue
		}
		if t.word && t.expr < 0 && (voc().titles[t.low] || t.cap && t.flags&(fFunction|fMonth|fWeekday|fType) == 0) {
			e++
			if possessive(a.tx(e - 1)) {
				break
			}
			continue
		}
		if e > p && t.word && a.toks[e-1].cap && a.isPerson(e) {
			e++ // a surname typed in lower case: "Vladimir putin"
			continue
		}
		break
	}
	if e == p {
		return nil, p
	}
	ps, ok := a.partsOf(p, e)
	if !ok {
		return nil, p
	}
	return ps, e
}

// holderOf finds the group whose meeting a meeting noun names, in its
// sentence: "Halloway shareholders will vote at an extraordinary general
// meeting", "the meeting at which Halloway shareholders vote". It returns
// the group's key and text.
func (a *analysis) holderOf(lo, hi int) (string, string, bool) {
	for q := lo + 1; q < hi; q++ {
		if !voc().holderNouns[a.toks[q].low] {
			continue
		}
		s := a.capRunBack(q, lo)
		if s == q {
			continue
		}
		if !a.nameLike(q-1) && !a.nameLike(s) {
			continue
		}
		return a.partyKey(s, q) + " " + a.toks[q].low, a.phrase(s, q) + " " + a.tx(q), true
	}
	return "", "", false
}

// partyKey is a company's or group's key: its name in lower case without
// the word that says what kind of body it is ("Halloway Dairies" and
// "Halloway" are one company).
func (a *analysis) partyKey(s, e int) string {
	for e-1 > s && voc().orgHeads[a.toks[e-1].low] {
		e--
	}
	return a.lowPhrase(s, e)
}
