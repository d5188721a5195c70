package events

import (
	"sort"
	"strings"
)

// How a mention identifies its event.
const (
	identNone  = iota // "the summit": only an anaphor can key it
	identPlace        // "the Tarnow flood", "talks in Brindle"
	identThing        // "the opening of the Ridgeway bridge"
	identWith         // "the Varga-Okoro meeting"
)

// mention is one phrase that names an event.
type mention struct {
	class      string
	sent       int
	typeTok    int // the type word, or the meeting verb
	zoneStart  int // first token of the noun phrase, determiner included
	tailTok    int // token after the mention's last token
	start, end int // surface byte span
	kind       int
	ident      string
	place      place  // identifying place or thing phrase
	loc        *place // where a thing- or participant-identified event is
	with       string // participants, "a+b"
	verb       bool   // made by a verb ("met in Brindle"): own is its status
	own        cue    // the status the mention's verb gives
	definite   bool   // the/that/this/those/these
	indefinite bool   // a/an/another: introduces an event
	premodExpr int    // an expression inside the noun phrase, or -1
	key        string
	anaphor    bool // keyed by an earlier mention
}

// findMentions finds every event mention. Prose sentences go first so
// that unknown place names they establish ("the flood in Tarnow") are
// accepted in title-cased headlines too.
func (a *analysis) findMentions() {
	n := len(a.d.Sentences)
	// Pass 1, prose only. A sentence whose reading depended on what the
	// article had not yet established is read again in pass 2.
	first := a.scratch.first[:0]
	firstAt := grow(a.scratch.firstAt, n+1)
	again := grow(a.scratch.again, n)
	for si := range n {
		firstAt[si] = len(first)
		if a.strictSentence(si) {
			again[si] = true
			continue
		}
		a.learnPlaces(si)
		a.doubt = false
		from := len(first)
		first = a.sentenceMentions(first, si)
		again[si] = a.doubt
		for _, m := range first[from:] {
			if m.kind == identPlace || m.kind == identThing {
				a.known[m.ident] = true
			}
		}
	}
	firstAt[n] = len(first)
	a.scratch.first, a.scratch.firstAt, a.scratch.again = first, firstAt, again
	a.mentions = a.scratch.mentions[:0]
	a.sentMention = grow(a.scratch.sentMention, n+1)
	for si := range n {
		a.sentMention[si] = len(a.mentions)
		if again[si] {
			a.mentions = a.sentenceMentions(a.mentions, si)
		} else {
			a.mentions = append(a.mentions, first[firstAt[si]:firstAt[si+1]]...)
		}
	}
	a.sentMention[n] = len(a.mentions)
	a.scratch.mentions, a.scratch.sentMention = a.mentions, a.sentMention
}

// sentenceMentionRange returns the range of a.mentions in sentence si.
func (a *analysis) sentenceMentionRange(si int) (int, int) {
	if si < 0 || si+1 >= len(a.sentMention) {
		return 0, 0
	}
	return a.sentMention[si], a.sentMention[si+1]
}

// learnPlaces records unknown capitalised phrases after "in"/"at" in plain
// prose as places of this article.
func (a *analysis) learnPlaces(si int) {
	lo, hi := a.sentRange(si)
	for i := lo; i+1 < hi; i++ {
		if l := a.toks[i].low; l != "in" && l != "at" {
			continue
		}
		q := a.skipThe(i+1, hi)
		e := a.capRunFrom(q, hi)
		if e == q {
			continue
		}
		if p, ok := a.resolvePlace(q, e, false); ok && !p.known {
			a.known[p.key] = true
		}
	}
}

// skipThe skips a "the" at token i ("in the Hague", "of the Ridgeway bridge").
func (a *analysis) skipThe(i, hi int) int {
	if i < hi && a.toks[i].low == "the" {
		return i + 1
	}
	return i
}

// sentenceMentions appends the event mentions of sentence si to out.
func (a *analysis) sentenceMentions(out []mention, si int) []mention {
	lo, hi := a.sentRange(si)
	strict := a.strictSentence(si)
	for i := lo; i < hi; i++ {
		t := a.toks[i]
		if t.flags&(fType|fVerb) == 0 || t.expr >= 0 {
			continue
		}
		if ti, ok := voc.types[t.low]; ok && !a.verbUse(i, lo) {
			if i > lo && ti.notAfter[a.toks[i-1].low] {
				continue
			}
			if i+1 < hi && (a.has(i+1, fType) || ti.notBefore[a.toks[i+1].low]) {
				continue // a modifier: "summit talks", "fire service"
			}
			out = a.nounMentions(out, i, lo, hi, ti, strict)
			continue
		}
		if n := a.matchPhrase(voc.idiomSet, i, hi); n > 0 {
			if m, ok := a.idiomMention(i, n, lo, hi, strict); ok {
				out = append(out, m)
				i += n - 1
			}
			continue
		}
		if v, ok := voc.eventVerbs[t.low]; ok {
			if m, ok := a.verbMention(i, lo, hi, v, strict); ok {
				out = append(out, m)
			}
			continue
		}
		if v, ok := voc.thingVerbs[t.low]; ok {
			if m, ok := a.thingVerbMention(i, lo, hi, v, strict); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// verbUse reports whether a word that is both a noun and a verb ("launch",
// "collapse") is used as a verb: after "to" or a modal.
func (a *analysis) verbUse(i, lo int) bool {
	if _, ok := voc.thingVerbs[a.toks[i].low]; !ok || i == lo {
		return false
	}
	l := a.toks[i-1].low
	return l == "to" || voc.modalPlan[l] || voc.modalHyp[l]
}

// zoneWord reports whether token i may modify an event noun: adjectives,
// adverbs, status cue words and dates, but not verbs or prepositions.
func (a *analysis) zoneWord(i int) bool {
	t := a.toks[i]
	l := t.low
	if t.flags&fModifier != 0 {
		return true
	}
	if !t.word || t.cap || t.flags&(fFunction|fSpeech|fTitle) != 0 {
		return false
	}
	if strings.ContainsRune(l, '-') {
		return true
	}
	return !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing")
}

// nounMentions reads the noun phrase around the type word at token i.
// Most return one mention; a plural with a list of places ("summits in
// Varnholt and Quellport") returns one per place.
func (a *analysis) nounMentions(out []mention, i, lo, hi int, ti typeInfo, strict bool) []mention {
	m := mention{class: ti.class, sent: a.toks[i].sent, typeTok: i, premodExpr: -1, tailTok: i + 1}

	// Before the type word: thing nouns, a capitalised name or a pair of
	// names, then modifiers back to the determiner.
	k := i
	for k > lo && k > i-2 && !a.toks[k-1].cap && a.has(k-1, fThing) {
		k--
	}
	runStart := a.capRunBack(k, lo)
	z := runStart
	if runStart < k {
		if p, ok := a.resolvePlace(runStart, k, strict); ok {
			if k < i {
				p.key = a.lowPhrase(runStart, i)
				p.end = a.toks[i-1].end
				m.kind = identThing
			} else {
				m.kind = identPlace
			}
			m.place = p
			m.ident = p.key
		} else {
			z = k
		}
	} else if k > lo && k == i && strings.ContainsRune(a.tx(k-1), '-') && a.toks[k-1].cap {
		if w, ok := a.participants(k-1, strict); ok {
			m.with = w
			m.kind = identWith
			m.ident = "with:" + w
			z = k - 1
		}
	}
	m.zoneStart = a.extendZone(&m, z, lo, i-8)

	// After the type word: "of the Ridgeway bridge", "between A and B",
	// "with A", "in/at PLACE" (a list for plurals).
	p := i + 1
	if m.kind == identNone && p+1 < hi && a.toks[p].low == "of" {
		q := a.skipThe(p+1, hi)
		if e := a.capRunFrom(q, hi); e > q {
			e2 := a.thingAfter(e, hi)
			if pl, ok := a.resolvePlace(q, e, strict); ok {
				if !pl.known || e2 > e {
					pl.key = a.lowPhrase(q, e2)
					m.kind = identThing
				} else {
					m.kind = identPlace
				}
				pl.end = a.toks[e2-1].end
				m.place, m.ident = pl, pl.key
				p = e2
			}
		}
	}
	if p < hi && a.toks[p].low == "between" {
		if w, e, ok := a.between(p+1, hi); ok {
			if m.kind == identNone {
				m.kind, m.with, m.ident = identWith, w, "with:"+w
			}
			p = e
		}
	}
	if p+1 < hi && a.toks[p].low == "with" {
		if e := a.nameRun(p+1, hi); e > p+1 {
			p = e
		}
	}
	m.tailTok = max(p, m.tailTok)
	places, e := a.placesAfter(p, hi, ti, strict)
	if q := a.skipTopic(p, hi); len(places) == 0 && q > p {
		m.tailTok = q
		places, e = a.placesAfter(q, hi, ti, strict)
	}
	if len(places) > 0 {
		m.tailTok = e
	}
	if len(places) == 0 && m.kind == identNone && ti.disaster && !ti.plural {
		// "a flood hit Tarnow", "fire swept through the Nordlys"
		if pl, own, e, ok := a.impact(p, hi, strict); ok {
			places = append(places, pl)
			m.tailTok, m.verb, m.own = e, true, own
		}
	}
	if len(places) == 0 && m.kind == identNone {
		if pl, ok := a.clausePlace(m.zoneStart, lo); ok {
			places = append(places, pl)
		}
	}
	if len(places) == 0 && m.kind == identNone && !ti.plural {
		if pl, e, ok := a.predicatePlace(m.tailTok, hi, strict); ok {
			places = append(places, pl)
			m.tailTok = e
		} else if pl, ok := a.subjectPlace(m.zoneStart, lo, strict); ok && !m.definite {
			places = append(places, pl)
		}
	}
	m.start = a.toks[m.zoneStart].start
	m.end = a.toks[i].end
	if m.kind != identNone && m.place.end > m.end {
		m.end = m.place.end
	}
	if len(places) == 0 {
		return append(out, m)
	}
	if m.kind == identThing {
		// Where a thing-identified event is: a location, not its identity.
		pl := places[0]
		m.loc = &pl
		return append(out, m)
	}
	for _, pl := range places {
		c := m
		c.kind, c.place, c.ident = identPlace, pl, pl.key
		c.end = max(c.end, pl.end)
		out = append(out, c)
	}
	return out
}

// extendZone walks back from token z over the noun phrase's modifiers and
// dates to its determiner (not before lo or limit), noting on m whether
// it is definite and which date it names, and returns its first token.
func (a *analysis) extendZone(m *mention, z, lo, limit int) int {
	for z > lo && z > limit {
		t := a.toks[z-1]
		if t.expr >= 0 {
			if a.dateExpr(t.expr) {
				m.premodExpr = t.expr
			}
			z--
			continue
		}
		if t.flags&fDeterminer != 0 {
			z--
			switch t.low {
			case "the", "that", "this", "those", "these":
				m.definite = true
			case "a", "an", "another":
				m.indefinite = true
			}
			break
		}
		if !a.zoneWord(z - 1) {
			break
		}
		z--
	}
	return z
}

// placesAfter reads "in PLACE" (or "at", or the class's own prepositions:
// "a visit to PLACE", "the fire aboard THING") at token p, and for plurals
// ", such as those in A, B and C". It returns the places and the token
// after them.
func (a *analysis) placesAfter(p, hi int, ti typeInfo, strict bool) ([]place, int) {
	if ti.plural {
		q := p
		if q < hi && a.tx(q) == "," {
			q++
		}
		for _, lead := range [][]string{{"such", "as", "those"}, {"like", "those"}, {"including", "those"}, {"such", "as"}} {
			if a.wordsAt(q, hi, lead) {
				p = q + len(lead)
				break
			}
		}
	}
	if p+1 >= hi {
		return nil, p
	}
	l := a.toks[p].low
	if l != "in" && l != "at" && !ti.preps[l] {
		return nil, p
	}
	var out []place
	q := p + 1
	for {
		q = a.skipNamedThing(a.skipThe(q, hi), hi)
		e := a.capRunFrom(q, hi)
		if e == q {
			break
		}
		pl, ok := a.resolvePlace(q, e, strict)
		if !ok {
			break
		}
		if e2 := a.thingAfter(e, hi); e2 > e {
			pl.key, pl.end, pl.known, e = a.lowPhrase(q, e2), a.toks[e2-1].end, false, e2
		}
		out = append(out, pl)
		p = e
		if !ti.plural {
			break
		}
		// ", B", "and B", ", and B", "or B"
		q = e
		if q < hi && a.tx(q) == "," {
			q++
		}
		if q < hi && (a.toks[q].low == "and" || a.toks[q].low == "or") {
			q++
		}
		if q == e {
			break
		}
	}
	return out, p
}

// skipTopic skips what an event is about ("on a new trade deal", "over
// fishing rights") up to the link word after it, returning that word's
// token, or p when no topic is there.
func (a *analysis) skipTopic(p, hi int) int {
	if p+1 >= hi || !voc.topicPreps[a.toks[p].low] {
		return p
	}
	q := p + 1
	for q < hi && q < p+7 {
		t := a.toks[q]
		if !t.word || t.cap || t.expr >= 0 || t.flags&fLink != 0 {
			break
		}
		q++
	}
	if q == p+1 || q >= hi || a.toks[q].flags&fLink == 0 {
		return p
	}
	return q
}

// skipNamedThing skips a thing noun that introduces a name: "the ferry
// Nordlys Star" names the event by "Nordlys Star", as "the Nordlys Star
// fire" does.
func (a *analysis) skipNamedThing(i, hi int) int {
	if i+1 < hi && !a.toks[i].cap && a.has(i, fThing) && a.capWord(i+1) {
		return i + 1
	}
	return i
}

// wordsAt reports whether the lower-case words ws start at token i.
func (a *analysis) wordsAt(i, hi int, ws []string) bool {
	if i+len(ws) > hi {
		return false
	}
	for k, w := range ws {
		if a.toks[i+k].low != w {
			return false
		}
	}
	return true
}

// clausePlace finds a place in the same short clause before the noun
// phrase: "the choice of Brindle for the initial summit". Only "of/in/at"
// + a place the KB or the article vouches for, with nothing but "for"
// and determiners between, so a subject's home town is not taken.
func (a *analysis) clausePlace(z, lo int) (place, bool) {
	j := z
	for j > lo && j > z-3 {
		l := a.toks[j-1].low
		if l == "for" || voc.determiners[l] {
			j--
			continue
		}
		break
	}
	s := a.capRunBack(j, lo)
	if s == j || s == lo {
		return place{}, false
	}
	if l := a.toks[s-1].low; l != "of" && l != "in" && l != "at" {
		return place{}, false
	}
	return a.resolvePlace(s, j, true)
}

// nameRun returns the end of a run of names and titles at token i
// ("President Ilse Varga").
func (a *analysis) nameRun(i, hi int) int {
	j := i
	for j < hi && j < i+5 {
		t := a.toks[j]
		if t.word && t.expr < 0 && (voc.titles[t.low] || t.cap && !voc.function[t.low]) {
			j++
			continue
		}
		// a surname typed in lower case after a given name: "Ilse varga"
		if j > i && t.word && a.toks[j-1].cap && !voc.titles[a.toks[j-1].low] && a.isPerson(j) {
			j++
		}
		break
	}
	return j
}

// between reads "between A and B" from token i (after "between") and
// returns the participants key ("a+b", sorted) and the token after B.
func (a *analysis) between(i, hi int) (string, int, bool) {
	e1 := a.nameRun(i, hi)
	if e1 == i || e1 >= hi || a.toks[e1].low != "and" {
		return "", 0, false
	}
	e2 := a.nameRun(e1+1, hi)
	if e2 == e1+1 {
		return "", 0, false
	}
	x, okx := a.participantKey(i, e1)
	y, oky := a.participantKey(e1+1, e2)
	if !okx || !oky || x == y {
		return "", 0, false
	}
	ps := []string{x, y}
	sort.Strings(ps)
	return strings.Join(ps, "+"), e2, true
}

// participantKey names the participant in run [i, j): a place key, or the
// last capitalised word (a surname) in lower case.
func (a *analysis) participantKey(i, j int) (string, bool) {
	for s := i; s < j; s++ {
		if p, ok := placeName(a.k, a.phrase(s, j)); ok {
			return p.Key, true
		}
	}
	for k := j - 1; k >= i; k-- {
		t := a.toks[k]
		if t.cap && !voc.titles[t.low] {
			if a.k != nil {
				if p, ok := a.k.Place(a.tx(k)); ok {
					return p.Key, true // "Norvian officials"
				}
			}
			return t.low, true
		}
	}
	return "", false
}

// participants reads a hyphenated pair of names ("Varga-Okoro") at token i.
// In title-cased text each part must be a known person or place, so that
// "High-Level Talks" is not a pair.
func (a *analysis) participants(i int, strict bool) (string, bool) {
	parts := strings.Split(a.tx(i), "-")
	if len(parts) < 2 || len(parts) > 3 {
		return "", false
	}
	keys := make([]string, 0, len(parts))
	for _, p := range parts {
		if p == "" || !startsUpper(p) {
			return "", false
		}
		if pl, ok := placeName(a.k, p); ok {
			keys = append(keys, pl.Key)
			continue
		}
		l := lowerWord(p)
		if voc.function[l] || voc.titles[l] || voc.months[l] || voc.weekdays[l] != "" {
			return "", false
		}
		if strict && !a.persons[l] && !a.ix.persons[l] {
			return "", false
		}
		keys = append(keys, l)
	}
	sort.Strings(keys)
	for k := 1; k < len(keys); k++ {
		if keys[k] == keys[k-1] {
			return "", false
		}
	}
	return strings.Join(keys, "+"), true
}

// verbMention reads an event verb with its place: "met (face-to-face)
// in PLACE", "derailed near PLACE".
func (a *analysis) verbMention(i, lo, hi int, v verbInfo, strict bool) (mention, bool) {
	p := i + 1
	for p < hi && p <= i+4 {
		l := a.toks[p].low
		if l == "in" || l == "at" || v.preps[l] {
			break
		}
		if a.isPunct(p) || a.toks[p].expr >= 0 || voc.types[l].class != "" {
			return mention{}, false
		}
		p++
	}
	if p+1 >= hi {
		return mention{}, false
	}
	if l := a.toks[p].low; l != "in" && l != "at" && !v.preps[l] {
		return mention{}, false
	}
	q := a.skipThe(p+1, hi)
	e := a.capRunFrom(q, hi)
	if e == q {
		return mention{}, false
	}
	pl, ok := a.resolvePlace(q, e, strict)
	if !ok {
		return mention{}, false
	}
	own, ok := a.auxStatus(a.auxStart(i, lo), i, v.form)
	if !ok {
		return mention{}, false
	}
	t := a.toks[i]
	return mention{
		class: v.class, sent: t.sent, typeTok: i, zoneStart: i, tailTok: e,
		start: t.start, end: pl.end, kind: identPlace, ident: pl.key, place: pl,
		verb: true, own: own, premodExpr: -1,
	}, true
}
