package events

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// articleEvents is what the article as a whole says about whose a bare
// number is, worked out once per article.
type articleEvents struct {
	dominant string // the event with most of the mentions
	disaster string // the article's one disaster (fire, flood, crash…)
	sole     string // the article's only event, named in its lead
}

func (a *analysis) articleEvents() articleEvents {
	disaster := a.leadDisaster()
	if disaster == "" {
		disaster = a.oneDisaster()
	}
	return articleEvents{dominant: a.dominantEvent(), disaster: disaster, sole: a.soleEvent()}
}

// leadDisaster is the one current disaster the article's lead (or
// headline) tells of: its news, whose toll the article's bare counts
// give even when it recalls an older disaster further down.
func (a *analysis) leadDisaster() string {
	lead := a.leadParagraph()
	if lead >= len(a.d.Paragraphs) {
		return "" // no paragraph of prose: no lead to tell the news
	}
	key := ""
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.historical || !voc().disasters[m.class] || a.paragraphOf(m.sent) > lead {
			continue
		}
		if m.key == "" && !a.contrasted(m) {
			return "" // the lead tells of another disaster it does not name
		}
		if key != "" && m.key != "" && key != m.key {
			return ""
		}
		if m.key != "" {
			key = m.key
		}
	}
	return key
}

// tellsOf reports whether the article mentions a current event of the
// class, keyed or not ("the fatal shooting of Ilse Varga").
func (a *analysis) tellsOf(class string) bool {
	for i := range a.mentions {
		if m := &a.mentions[i]; m.class == class && !m.historical {
			return true
		}
	}
	return false
}

// onlyOf is the article's one current event of the classes, or "".
func (a *analysis) onlyOf(classes []string) string {
	key := ""
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.key == "" || m.historical {
			continue
		}
		for _, c := range classes {
			if m.class != c {
				continue
			}
			if key != "" && key != m.key {
				return ""
			}
			key = m.key
		}
	}
	return key
}

// numberSubject is whose number it is: an event of its sentence, a thing
// named before it ("the bridge cost…"), the article's one disaster for
// what a disaster does ("34 people were injured"), the dominant event, or
// the only event the article reports. A thing-identified event's own
// figures (cost, length, workers) are the thing's.
func (a *analysis) numberSubject(q quantity, si, lo int, counts string, ev articleEvents) (string, string) {
	consequence := isConsequence(counts)
	if m, ok := a.sentenceEvent(q, si, consequence); ok {
		if m == nil || m.key == "" {
			// an unkeyed event nearest means another event, except that
			// a speed stays the article's disaster's ("travelling at 94
			// km/h when it derailed", "… said the investigation")
			if counts == "speed" && ev.disaster != "" && (m == nil || !m.indefinite) {
				return ev.disaster, a.subj[ev.disaster]
			}
			return "", ""
		}
		return m.key, a.subj[m.key]
	}
	if voc().sentenceOnly[counts] || a.partOfPlace(q, lo) {
		// a price or a magnitude stated away from its event may be
		// another bid's or an aftershock's; a district's turnout is not
		// the city's
		return "", ""
	}
	if classes := voc().countEvents[counts]; len(classes) > 0 {
		// "Tachibana won 41,825 votes": the article's one election
		if key := a.onlyOf(classes); key != "" {
			return key, a.subj[key]
		}
		if slices.Contains(classes, "attack") && a.tellsOf("attack") {
			// "hit by three of the seven bullets fired by the officers"
			// in an article that tells of the shooting, keyed by its
			// victim's death only: the one death's key, filed as the
			// attack's (a death alone does not say how it was caused)
			if key, subj := a.attackKey(); key != "" {
				return string(key), a.subj[subj]
			}
		}
	}
	if !consequence {
		if key, subject, found := a.thingSubject(q, lo); found {
			return key, subject
		}
	}
	// The only event takes figures that follow its first mention, unless
	// another event was just introduced; what a disaster does is never a
	// meeting's or an election's.
	sole := ev.sole
	if sole != "" {
		if m := a.firstMention(sole); m == nil || m.start > a.toks[q.first].start || a.otherEventNear(si, sole) {
			sole = ""
		}
	}
	order := []string{ev.dominant, sole}
	if consequence {
		order = []string{ev.disaster, ev.dominant}
	}
	for _, key := range order {
		if key == "" {
			continue
		}
		m := a.firstMention(key)
		if m == nil {
			continue
		}
		if m.kind == identThing && !consequence {
			return string(claim.ThingKey(m.ident)), "the " + a.thingText(m)
		}
		return key, a.subj[key]
	}
	return "", ""
}

// sentenceEvent picks the event of sentence si a number belongs to: the
// nearest mention before the number, else the first after it. For what a
// disaster does, a disaster of the sentence goes first ("after the fire
// on the Nordlys, in which 12 people were killed"). False when the
// sentence names no event.
func (a *analysis) sentenceEvent(q quantity, si int, consequence bool) (*mention, bool) {
	at := a.toks[q.first].start
	mlo, mhi := a.sentenceMentionRange(si)
	var best, bestDisaster *mention
	for j := mlo; j < mhi; j++ {
		m := &a.mentions[j]
		if mvoc().noFigures[m.class] {
			continue // "killing 10": the figure is the disaster's, not a death's
		}
		if best == nil || m.start < at {
			best = m
		}
		if voc().disasters[m.class] && (bestDisaster == nil || m.start < at) {
			bestDisaster = m
		}
	}
	if consequence && bestDisaster != nil && bestDisaster.key != "" {
		return bestDisaster, true
	}
	return best, best != nil
}

// isConsequence reports whether counts names what a disaster does:
// "people killed", "homes destroyed", "damage".
func isConsequence(counts string) bool {
	last := counts
	if i := strings.LastIndexByte(counts, ' '); i >= 0 {
		last = counts[i+1:]
	}
	return voc().consequences[last]
}

// firstMention returns the first mention of an event key.
func (a *analysis) firstMention(key string) *mention {
	for i := range a.mentions {
		if a.mentions[i].key == key {
			return &a.mentions[i]
		}
	}
	return nil
}

// thingSubject finds "the bridge" before the number when the article
// names that thing ("the Ridgeway bridge"). found is true when a thing
// noun was seen: an unnamed thing leaves the number without subject.
func (a *analysis) thingSubject(q quantity, lo int) (string, string, bool) {
	for s := q.before() - 1; s >= lo; s-- {
		l := a.toks[s].low
		if !voc().thingNouns[l] {
			continue
		}
		if ident, ok := a.thingEndingWith(l); ok {
			return string(claim.ThingKey(ident)), a.tx(s), true
		}
		return "", "", true
	}
	return "", "", false
}

// thingEndingWith returns the first thing mention whose identity is
// more than one word and ends with the word l. A map built once per
// article (again if mentions were added) keeps this linear in the
// article's numbers and mentions.
func (a *analysis) thingEndingWith(l string) (string, bool) {
	if a.thingByNoun == nil || a.thingByNounN != len(a.mentions) {
		a.thingByNoun, a.thingByNounN = map[string]string{}, len(a.mentions)
		for _, m := range a.mentions {
			sp := strings.LastIndexByte(m.ident, ' ')
			if m.kind != identThing || sp < 0 {
				continue
			}
			if _, seen := a.thingByNoun[m.ident[sp+1:]]; !seen {
				a.thingByNoun[m.ident[sp+1:]] = m.ident
			}
		}
	}
	ident, ok := a.thingByNoun[l]
	return ident, ok
}

// dominantEvent is the event with the most mentions, when it has at least
// two and more than half of all keyed mentions: an article about several
// events has no dominant one to hang bare numbers on.
func (a *analysis) dominantEvent() string {
	n := map[string]int{}
	all := 0
	for _, m := range a.mentions {
		if m.key != "" {
			n[m.key]++
			all++
		}
	}
	best, count, unique := mostCounted(n)
	if count < 2 || !unique || 2*count <= all {
		return ""
	}
	return best
}

// mostCounted is the key counted most in n, its count, and whether no
// other key is counted as often.
func mostCounted(n map[string]int) (string, int, bool) {
	best, count, tie := "", 0, false
	for k, c := range n {
		switch {
		case c > count:
			best, count, tie = k, c, false
		case c == count:
			tie = true
		}
	}
	return best, count, !tie
}

// oneDisaster is the article's disaster when it names exactly one: a
// keyed one, and no other disaster even unnamed ("a similar flood").
func (a *analysis) oneDisaster() string {
	key, class := "", ""
	for _, m := range a.mentions {
		if !voc().disasters[m.class] || m.key == "" || m.historical {
			continue
		}
		if key != "" && m.key != key {
			return ""
		}
		key, class = m.key, m.class
	}
	if key == "" {
		return ""
	}
	for _, m := range a.mentions {
		if m.key == "" && voc().disasters[m.class] && m.class != class && !voc().types[a.toks[m.typeTok].low].plural {
			return ""
		}
	}
	return key
}

// soleEvent is the article's only event when its lead names it: the
// story is about that event, so its bare figures are that event's unless
// another event is introduced right before them (see otherEventNear).
// Events of one place or thing ("the election in Tarnow", "the vote in
// Tarnow", "the Tarnow bridge opening", "the ceremony in Tarnow") are
// one story, told by the first of them.
func (a *analysis) soleEvent() string {
	key, ident, first := "", "", -1
	for i, m := range a.mentions {
		if m.key == "" {
			continue
		}
		id := identOf(m.key)
		if key != "" && !sameStory(id, ident) {
			return ""
		}
		if key == "" {
			key, ident, first = m.key, id, i
		}
	}
	if key == "" || a.paragraphOf(a.mentions[first].sent) > a.leadParagraph() {
		return ""
	}
	return key
}

// otherEventNear reports whether sentence si or the two before it
// introduce an event of another class than key's ("a protest is planned
// for Friday. Organisers expect 5,000 people."): a bare number there may
// be that event's.
func (a *analysis) otherEventNear(si int, key string) bool {
	class := ""
	if m := a.firstMention(key); m != nil {
		class = m.class
	}
	lo, _ := a.sentenceMentionRange(max(si-2, 0))
	_, hi := a.sentenceMentionRange(si)
	for j := lo; j < hi; j++ {
		m := &a.mentions[j]
		if m.key == "" && m.indefinite && m.class != class {
			return true
		}
	}
	return false
}

// leadParagraph is the first paragraph of prose: the first with at least
// leadWords words (datelines and headlines are shorter).
func (a *analysis) leadParagraph() int {
	if a.lead == 0 {
		a.lead = a.findLeadParagraph() + 1
	}
	return a.lead - 1
}

func (a *analysis) findLeadParagraph() int {
	const leadWords = 12
	p, words := -1, 0
	for _, t := range a.toks {
		tp := a.paragraphOf(t.sent)
		if tp != p {
			p, words = tp, 0
		}
		if t.word {
			if words++; words >= leadWords {
				return p
			}
		}
	}
	return len(a.d.Paragraphs)
}

// sameStory reports whether two event identifiers name one place or
// thing: equal, or a place and a thing named after it ("tarnow" and
// "tarnow bridge").
func sameStory(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return x == y || strings.HasPrefix(y, x+" ") && voc().thingNouns[y[strings.LastIndexByte(y, ' ')+1:]]
}

// identOf is the identifier part of an event key "event:<class>:<ident>".
func identOf(key string) string { return claim.Key(key).Ident() }

// partOfPlace reports a figure given for a part of a place: "in the
// city's port district, where turnout reached 61 percent".
func (a *analysis) partOfPlace(q quantity, lo int) bool {
	for s := q.before() - 1; s >= lo; s-- {
		if !voc().partNouns[a.toks[s].low] {
			continue
		}
		for b := s - 1; b >= lo && b >= s-4; b-- {
			if l := a.toks[b].low; l == "in" || l == "at" || l == "across" {
				return true
			}
		}
	}
	return false
}

// causeKey moves a figure of a person's death ("the death of Ilse
// Varga", which has no figures of its own) onto the disaster that
// caused it, keyed by the same person: "the guards fired 14 shots" in
// an article that tells of her death and of a shooting is the shooting's.
// The cause is the one disaster class the article tells of most, at
// least twice; an article with no such class, or two as often, keys
// nothing.
func (a *analysis) causeKey(key string) (string, string) {
	n := map[string]int{}
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.historical || !voc().disasters[m.class] || mvoc().noFigures[m.class] {
			continue
		}
		n[m.class]++
	}
	best, count, unique := mostCounted(n)
	if count < 2 || !unique {
		return "", ""
	}
	subject := a.subj[key]
	if noun := voc().classNoun[classOf(key)]; noun != "" && strings.Contains(subject, noun) {
		subject = strings.Replace(subject, noun, voc().classNoun[best], 1)
	} else {
		subject = "the " + voc().classNoun[best]
	}
	return keyOf(best, identOf(key)), subject
}
