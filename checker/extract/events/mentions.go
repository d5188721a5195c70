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
	told       bool   // a story verb's ("opened fire"): one act of a sequence, maybe
	own        cue    // the status the mention's verb gives
	definite   bool   // the/that/this/those/these
	indefinite bool   // a/an/another: introduces an event
	premodExpr int    // an expression inside the noun phrase, or -1
	key        string
	anaphor    bool   // keyed by an earlier mention
	story      bool   // keyed by the story's place (see storyPlace)
	named      bool   // the place or thing names it ("the Oslo summit")
	historical bool   // dated a year or more before the article
	noun       string // the type word, or the class's noun for verbs
	withText   string // the participants as written ("Varga-Okoro")
	topic      bool   // its place is what it is for ("conference for Tarnow")
	holder     bool   // its participants are a group holding it
	buyer      string // a deal's parties as written
	target     string
	prep       string // the words before its place: "aboard the"
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
			switch {
			case m.kind == identPlace || m.kind == identThing:
				a.known[m.ident] = true
			case m.kind == identWith && voc().classMode[m.class] == modeParties:
				for _, p := range strings.Split(m.with, "+") {
					a.known[p] = true
				}
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
		if v, ok := voc().storyVerbs[t.low]; ok && v.particle != "" && i+1 < hi && a.toks[i+1].low == v.particle {
			// a verb phrase before a noun's reading: "opening fire"
			if m, ok := a.storyVerbMention(i, lo, hi, v, strict); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		if ti, ok := voc().types[t.low]; ok && !a.verbUse(i, lo) {
			if i > lo && ti.notAfter[a.toks[i-1].low] {
				continue
			}
			if i+1 < hi && (a.has(i+1, fType) || ti.notBefore[a.toks[i+1].low]) {
				continue // a modifier: "summit talks", "fire service"
			}
			if ti.adjective && i+1 < hi && a.modifiedNoun(i+1) {
				continue // an adjective: "the final text"
			}
			if ti.plural && i > lo && (a.toks[i-1].digit || a.has(i-1, fNumber)) {
				continue // a count: "41,285 votes", "two summits"
			}
			out = a.nounMentions(out, i, lo, hi, ti, strict)
			continue
		}
		if n := a.matchPhrase(voc().idiomSet, i, hi); n > 0 {
			if m, ok := a.idiomMention(i, n, lo, hi, strict); ok {
				out = append(out, m)
				i += n - 1
			}
			continue
		}
		if v, ok := voc().eventVerbs[t.low]; ok {
			if m, ok := a.verbMention(i, lo, hi, v, strict); ok {
				out = append(out, m)
			}
			continue
		}
		if v, ok := voc().storyVerbs[t.low]; ok {
			if m, ok := a.storyVerbMention(i, lo, hi, v, strict); ok {
				out = append(out, m)
				continue
			}
		}
		if v, ok := voc().thingVerbs[t.low]; ok {
			if m, ok := a.thingVerbMention(i, lo, hi, v, strict); ok {
				out = append(out, m)
				continue
			}
		}
		if v, ok := voc().partyVerbs[t.low]; ok {
			if m, ok := a.partyVerbMention(i, lo, hi, v, strict); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// modifiedNoun reports whether token j is a noun an adjective before it
// modifies: a lower-case word that is not a function word, a verb of the
// vocabulary or a preposition.
func (a *analysis) modifiedNoun(j int) bool {
	t := a.toks[j]
	return t.word && !t.cap && t.expr < 0 && t.flags&(fFunction|fVerb|fSpeech|fLink) == 0 &&
		!voc().modalPlan[t.low] && !voc().modalHyp[t.low] && !voc().pastBe[t.low] && !voc().perfect[t.low]
}

// verbUse reports whether a word that is both a noun and a verb ("launch",
// "collapse") is used as a verb: after "to" or a modal.
func (a *analysis) verbUse(i, lo int) bool {
	if i == lo {
		return false
	}
	l := a.toks[i-1].low
	if voc().verbSubjects[l] && !voc().types[a.toks[i].low].plural {
		return true // "shareholders vote on the deal"
	}
	if _, ok := voc().thingVerbs[a.toks[i].low]; !ok {
		return false
	}
	return l == "to" || voc().modalPlan[l] || voc().modalHyp[l]
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
	m := mention{class: ti.class, sent: a.toks[i].sent, typeTok: i, premodExpr: -1, tailTok: i + 1, noun: a.toks[i].low}
	if ti.mode == modeParties {
		if pm, ok := a.partyNoun(m, i, lo, hi, strict); ok {
			return append(out, pm)
		}
		return out
	}
	a.namePrenominal(&m, i, lo, strict)
	p := a.nameAfter(&m, i+1, hi, strict)
	m.tailTok = max(p, m.tailTok)
	if ti.mode == modeVenue && m.kind == identNone {
		a.gatheringIdentity(&m, lo, hi, strict)
	}
	places, e := a.placesAfter(p, hi, ti, strict)
	prepAt := p
	if q := a.skipTopic(p, hi); len(places) == 0 && q > p {
		m.tailTok = q
		places, e = a.placesAfter(q, hi, ti, strict)
		prepAt = q
	}
	if len(places) > 0 && prepAt < hi && a.toks[prepAt].start < places[0].start {
		// "the fire aboard the Vessa Star": how the summary says where
		m.prep = strings.TrimSpace(a.d.Text[a.toks[prepAt].start:places[0].start])
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
	if len(places) == 0 && !ti.plural {
		if pl, e, ok := a.predicatePlace(a.skipRelative(m.tailTok, hi), hi, strict); ok {
			if m.kind != identNone || ti.mode == modeVenue {
				// "the Brand-Farr talks will be held in Penmark", "a
				// conference held in Tarnow": where, not which
				m.loc = &pl
			} else {
				places = append(places, pl)
				m.tailTok = e
			}
		} else if pl, ok := a.subjectPlace(m.zoneStart, lo, strict); ok && !m.definite && m.kind == identNone {
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
	if m.kind != identNone {
		// Where a thing-, participant- or name-identified event is: a
		// location, not its identity.
		pl := places[0]
		m.loc = &pl
		return append(out, m)
	}
	for k, pl := range places {
		c := m
		c.kind, c.place, c.ident = identPlace, pl, pl.key
		if k > 0 {
			c.prep = ""
		}
		c.end = max(c.end, pl.end)
		out = append(out, c)
	}
	return out
}

// namePrenominal reads what names the event before its type word: thing
// nouns and a capitalised name ("the Korvala bridge opening", "the Oslo
// summit", "the Tarnow mayoral election"), or a pair of names ("the
// Varga-Okoro talks"); then it walks back over modifiers to the
// determiner.
func (a *analysis) namePrenominal(m *mention, i, lo int, strict bool) {
	k := i
	for k > lo && k > i-2 && !a.toks[k-1].cap && a.has(k-1, fThing) {
		k--
	}
	if k == i {
		// one or two modifiers between a name and the type word: "the
		// Tarnow mayoral election", "the Amsel water treaty"
		for j := i; j > lo && j > i-2 && a.modifierWord(j-1); j-- {
			if s := a.capRunBack(j-1, lo); s < j-1 && !a.sentenceInitial(s) {
				if _, ok := a.resolvePlace(s, j-1, strict); ok {
					k = j - 1
					break
				}
			}
		}
	}
	runStart := a.capRunBack(k, lo)
	z := runStart
	if runStart < k {
		if p, ok := a.resolvePlace(runStart, k, strict); ok {
			if k < i && a.has(k, fThing) {
				p.key = a.lowPhrase(runStart, k) + " " + a.toks[a.lastThing(k, i)].low
				p.end = a.toks[i-1].end
				m.kind = identThing
			} else {
				m.kind = identPlace
			}
			m.place, m.ident, m.named = p, p.key, true
		} else {
			z = k
		}
	} else if k > lo && k == i && strings.ContainsRune(a.tx(k-1), '-') && a.toks[k-1].cap {
		if w, ok := a.participants(k-1, strict); ok {
			m.with, m.kind, m.ident = w, identWith, "with:"+w
			m.withText = a.tx(k - 1)
			z = k - 1
		}
	}
	m.zoneStart = a.extendZone(m, z, lo, i-8)
}

// lastThing is the last thing noun in [k, i): "toll bridge" names a bridge.
func (a *analysis) lastThing(k, i int) int {
	for j := i - 1; j > k; j-- {
		if a.has(j, fThing) {
			return j
		}
	}
	return k
}

// modifierWord reports whether token j may stand between a name and its
// event noun: a lower-case adjective or noun, not a verb or a function word.
func (a *analysis) modifierWord(j int) bool {
	t := a.toks[j]
	// a plural is a subject, not a modifier: "Tarnow shareholders vote"
	plural := strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss")
	return t.word && !t.cap && !plural && t.expr < 0 && t.flags&(fFunction|fType|fDeterminer|fVerb) == 0 && a.zoneWord(j)
}

// nameAfter reads what names the event after its type word at token p:
// "of the Ridgeway bridge", "between A and B", "with A". It returns the
// token after what it read.
func (a *analysis) nameAfter(m *mention, p, hi int, strict bool) int {
	// "Hurricane Georges": a capitalised type word and the name after it
	if m.kind == identNone && !strict && p < hi && mvoc().namedEvents[a.toks[m.typeTok].low] && a.toks[m.typeTok].cap && !a.sentenceInitial(m.typeTok) && a.capWord(p) {
		if e := a.capRunFrom(p, hi); e > p && e-p <= 2 {
			if pl, ok := a.resolvePlace(p, e, true); !ok || !pl.known {
				name := a.lowPhrase(p, e)
				m.kind, m.ident, m.named = identThing, name, true
				m.place = place{key: name, name: a.phrase(p, e), start: a.toks[p].start, end: a.toks[e-1].end, tokEnd: e}
				return e
			}
		}
	}
	if m.kind == identNone && p+1 < hi && a.toks[p].low == "of" {
		q := a.skipThe(p+1, hi)
		if e := a.capRunFrom(q, hi); e > q {
			e2 := a.thingAfter(e, hi)
			if pl, ok := a.resolvePlace(q, e, strict); ok {
				if !pl.known || e2 > e {
					pl.key = a.thingKey(q, e, e2)
					m.kind = identThing
				} else {
					m.kind = identPlace
				}
				pl.end = a.toks[e2-1].end
				m.place, m.ident, m.named = pl, pl.key, true
				p = e2
			}
		}
	}
	if p < hi && a.toks[p].low == "between" {
		if w, e, ok := a.between(p+1, hi); ok {
			if m.kind == identNone || m.kind == identPlace && voc().classMode[m.class] == modeVenue {
				if m.kind == identPlace {
					pl := m.place
					m.loc = &pl
				}
				m.kind, m.with, m.ident = identWith, w, "with:"+w
				m.withText = a.betweenText(p+1, e)
			}
			p = e
		}
	}
	if p+1 < hi && a.toks[p].low == "with" {
		if e := a.nameRun(p+1, hi); e > p+1 {
			p = e
		}
	}
	return p
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
				if possessive(a.tx(z-1)) || a.tx(z-1) == "s" && z-2 > lo && a.isQuote(z-2) {
					m.definite = true // "Tuesday's earthquake"
				}
			}
			z--
			continue
		}
		if t.flags&fDeterminer != 0 {
			z--
			switch t.low {
			case "the", "that", "this", "those", "these", "his", "her", "its", "their", "our", "my", "your":
				m.definite = true // possessives are definite: "her inauguration"
			case "a", "an", "another":
				m.indefinite = true
			}
			break
		}
		if a.isQuote(z-1) && z-2 > lo && strings.HasSuffix(a.toks[z-2].low, "s") && a.zoneWord(z-2) {
			z -= 2 // a plural possessive: "a donors' conference"
			continue
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
			pl.key, pl.end, pl.known, e = a.thingKey(q, e, e2), a.toks[e2-1].end, false, e2
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
	if p+1 >= hi || !voc().topicPreps[a.toks[p].low] {
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
		if l == "for" || voc().determiners[l] {
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
		if t.word && t.expr < 0 && (voc().titles[t.low] || t.cap && !voc().function[t.low]) {
			j++
			continue
		}
		// a surname typed in lower case after a given name: "Ilse varga"
		if j > i && t.word && a.toks[j-1].cap && !voc().titles[a.toks[j-1].low] && a.isPerson(j) {
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
	x, okx := a.partyIn(i, e1)
	y, oky := a.partyIn(e1+1, e2)
	if !okx || !oky {
		return "", 0, false
	}
	w, _, ok := withKey([]party{x, y})
	return w, e2, ok
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
		if voc().function[l] || voc().titles[l] || voc().months[l] || voc().weekdays[l] != "" {
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

// verbMention reads an event verb with its place: "Varga and Okoro met
// (face-to-face) in PLACE", "Tachibana is due to meet Prime Minister
// Ishiba in PLACE", "derailed near PLACE". A meeting is identified by its
// participants when two are named, the place being its venue; by the
// place when one is; not at all when none is ("farmers met in Tarnow" is
// too vague to be matched with another article's meeting).
func (a *analysis) verbMention(i, lo, hi int, v verbInfo, strict bool) (mention, bool) {
	p := i + 1
	if v.particle != "" {
		if p >= hi || a.toks[p].low != v.particle {
			return mention{}, false
		}
		p++
	}
	from := a.auxStart(i, lo)
	var ps []party
	if v.class == "meeting" {
		ps, _ = a.namesBefore(from, lo)
		var obj []party
		obj, p = a.namesAfter(p, hi)
		ps = append(ps, obj...)
	}
	for q := p; q < hi && q <= p+3; q++ {
		l := a.toks[q].low
		if l == "in" || l == "at" || v.preps[l] {
			p = q
			break
		}
		if a.isPunct(q) || a.toks[q].expr >= 0 || voc().types[l].class != "" {
			return mention{}, false
		}
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
	own, ok := a.auxStatus(from, i, v.form)
	if !ok {
		return mention{}, false
	}
	t := a.toks[i]
	m := mention{
		class: v.class, sent: t.sent, typeTok: i, zoneStart: i, tailTok: e,
		start: t.start, end: pl.end, kind: identPlace, ident: pl.key, place: pl,
		verb: true, own: own, premodExpr: -1, noun: voc().classNoun[v.class],
	}
	if v.class != "meeting" {
		return m, true
	}
	if w, text, ok := withKey(ps); ok {
		m.kind, m.with, m.ident, m.withText, m.loc = identWith, w, "with:"+w, text, &pl
		return m, true
	}
	return m, len(ps) == 1
}
