package events

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/internal/lazy"
)

// monthNumbers maps the tagger's month names to their months.
var monthNumbers = lazy.New(temporal.MonthNames)

// A number belongs to the article's news or to a background event: "the
// quake killed 10" tells of the story, "the 2003 quake killed 26,000" and
// "an earlier quake in September injured almost 50" of other events.
// Figures of the news are keyed by the story's anchor place, the place
// the article names most, so that articles placing the same news in its
// island, its province or its country by turns still meet; background
// figures keep a key of their own time or place and meet only figures of
// that event.

// storyAnchor is the place the article names most often after a
// preposition (a specific place over a country when it is named at
// least twice); false when it names none.
func (a *analysis) storyAnchor() (place, bool) {
	if a.anchorDone {
		return a.anchor, a.anchor.key != ""
	}
	a.anchorDone = true
	count := map[string]int{}
	first := map[string]place{}
	locative := map[string]bool{} // named after "in", "at", "near"…: a place, not a person "for" whom
	var order []string
	for si := range a.d.Sentences {
		if bg, _, _ := a.backgroundClause(quantity{first: -1, last: -1}, si, false); bg {
			continue // "the last major quake struck Bramsk" is not the news
		}
		lo, hi := a.sentRange(si)
		for q := lo; q+1 < hi; q++ {
			// after a preposition, or what a disaster struck ("struck
			// Tarnow island")
			if !a.has(q, fImpact|fStoryPrep) {
				continue
			}
			impact := a.has(q, fImpact) && voc().impactVerbs[a.toks[q].low] != 0
			if !(a.has(q, fStoryPrep) && storyPreps[a.toks[q].low]) && !impact {
				continue
			}
			s := a.skipThe(q+1, hi)
			e := a.capRunFrom(s, hi)
			if e == s {
				continue
			}
			// "the Gulf of Tarnow" is one place
			if e == s+1 && mvoc().geoHeads[a.toks[s].low] && e+1 < hi && a.toks[e].low == "of" && a.capWord(e+1) {
				e = a.capRunFrom(e+1, hi)
			}
			pl, ok := a.resolvePlace(s, e, a.strictSentence(si))
			if !ok || voc().orgHeads[a.toks[e-1].low] || a.personIn(s, e) || a.adjectiveLed(s, e) {
				continue
			}
			if impact {
				locative[pl.key] = true
			}
			if _, seen := first[pl.key]; !seen {
				first[pl.key] = pl
				order = append(order, pl.key)
			}
			count[pl.key]++
			if mvoc().locative[a.toks[q].low] {
				locative[pl.key] = true
			}
			q = e - 1
		}
	}
	// places the article says lie inside another ("Iran's Tarnow
	// island") are where it happens, wherever they are named
	for si := range a.d.Sentences {
		lo, hi := a.sentRange(si)
		for s := lo; s < hi; s++ {
			if !a.capWord(s) {
				continue
			}
			e := a.capRunFrom(s, hi)
			if pl, ok := a.resolvePlace(s, e, a.strictSentence(si)); ok && len(a.containment()[pl.key]) > 0 {
				if _, seen := first[pl.key]; !seen {
					first[pl.key] = pl
					order = append(order, pl.key)
				}
				locative[pl.key] = true
			}
			s = max(s, e-1)
		}
	}
	// a place is as salient as it is named anywhere, not only after a
	// preposition: "Tarnow island's governor", "Tarnow's port"
	for _, k := range order {
		count[k] = max(count[k], a.occurrences(first[k].name))
	}
	// the places the article's events are identified by, the lead's
	// counting double: "A strong earthquake struck Tarnow"
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.kind != identPlace || m.historical || m.place.key == "" || m.ident != m.place.key {
			continue
		}
		if bg, _, _ := a.backgroundClause(quantity{first: -1, last: -1}, m.sent, false); bg {
			continue
		}
		if _, seen := first[m.place.key]; !seen {
			first[m.place.key] = m.place
			order = append(order, m.place.key)
			count[m.place.key] = max(count[m.place.key], a.occurrences(m.place.name))
		}
		locative[m.place.key] = true
		if a.paragraphOf(m.sent) <= a.leadParagraph() || m.sent < 2 {
			count[m.place.key]++
		}
	}
	if dl := a.findStoryPlaces().dateline; dl.key != "" {
		if _, seen := first[dl.key]; !seen {
			first[dl.key] = dl
			order = append(order, dl.key)
		}
		count[dl.key] += 2
		locative[dl.key] = true
	}
	// ties go to the place named first in the article
	slices.SortStableFunc(order, func(x, y string) int { return cmp.Compare(first[x].start, first[y].start) })
	best, bestN := "", 0
	for _, k := range order {
		n := count[k]
		if pl := first[k]; !pl.known && (!locative[k] || !a.anchorable(pl)) {
			continue // "for Varga", "to Okoro": a person; "at Mill Ave.": a street
		}
		if pl := first[k]; pl.known && pl.country == "" && n > 0 {
			n-- // a country is named as often as anything, and says less
		}
		if n > bestN || n == bestN && n > 0 && first[best].known && first[best].country == "" && !(first[k].known && first[k].country == "") {
			best, bestN = k, n
		}
	}
	// a country names a story less than a place in it named twice
	if pl := first[best]; best != "" && pl.known && pl.country == "" {
		for _, k := range order {
			c := first[k]
			if count[k] >= 2 && k != best && (c.country == best || !c.known && locative[k] && a.within(k, best, "")) {
				best, bestN = k, count[k]
				break
			}
		}
	}
	// the most specific place the story is told of: a place inside the
	// anchor that is named at least twice ("Iran's Tarnow island")
	for n := 0; n < 3 && best != ""; n++ {
		deeper := ""
		for _, k := range order {
			if count[k] >= 2 && a.within(k, best, first[k].country) {
				deeper = k
				break
			}
		}
		if deeper == "" {
			break
		}
		best, bestN = deeper, max(bestN, count[deeper])
	}
	if best != "" {
		a.anchor, a.anchorCount = first[best], bestN
	}
	a.candidates = count
	return a.anchor, best != ""
}

// anchorable reports an unknown place fit to name a story: not a street
// ("Church Ave."), an initial ("E.") or an acronym ("NYPD").
func (a *analysis) anchorable(pl place) bool {
	if len(pl.key) <= 2 {
		return false
	}
	if allCaps(pl.name) && !strings.Contains(pl.name, " ") {
		return false
	}
	end := pl.tokEnd
	if end > 0 && end < len(a.toks) && mvoc().streetWords[strings.TrimSuffix(a.toks[end].low, ".")] {
		return false // "Church Ave.": the run stopped before the street word
	}
	last := pl.key
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	return !mvoc().streetWords[strings.TrimSuffix(last, ".")]
}

// countryOver reports an event keyed by a country while the article's
// anchor is a place below country level that is not known to lie in
// another country: "an earthquake hit southern Ardesia" and "the quake
// struck Velmar island" are one story, told of Velmar.
func (a *analysis) countryOver(key string, an place) bool {
	if a.k == nil || an.known && an.country == "" {
		return false
	}
	p, ok := a.k.PlaceByKey(identOf(key))
	if !ok || p.Kind != "country" {
		return false
	}
	return !an.known || an.country == p.Key
}

// placeKeyed reports an event keyed by a place: the story's, or one the
// knowledge base knows (not a ship or a building named like a place).
func (a *analysis) placeKeyed(m *mention, key string) bool {
	if m.story || m.kind == identPlace && m.place.known {
		return true
	}
	if a.k == nil {
		return false
	}
	_, ok := a.k.Place(identOf(key))
	return ok
}

// personIn reports a person's name among tokens [s, e).
func (a *analysis) personIn(s, e int) bool {
	for k := s; k < e; k++ {
		if a.isPerson(k) {
			return true
		}
	}
	return false
}

// occurrences counts the times name appears as capitalised words.
func (a *analysis) occurrences(name string) int {
	if n, ok := a.occurs[name]; ok {
		return n
	}
	n := a.countOccurrences(name)
	if a.occurs == nil {
		a.occurs = map[string]int{}
	}
	a.occurs[name] = n
	return n
}

func (a *analysis) countOccurrences(name string) int {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return 0
	}
	if a.capsAt == nil {
		// asked for per place and per figure: a scan of the article each
		// time would grow with the square of its length
		a.capsAt = map[string][]int{}
		for i := range a.toks {
			if a.toks[i].cap {
				a.capsAt[a.toks[i].low] = append(a.capsAt[a.toks[i].low], i)
			}
		}
	}
	n := 0
	for _, i := range a.capsAt[words[0]] {
		if i+len(words) > len(a.toks) {
			break
		}
		ok := true
		for k := 1; k < len(words); k++ {
			if a.toks[i+k].low != words[k] {
				ok = false
				break
			}
		}
		if ok {
			n++
		}
	}
	return n
}

// storyKeys are the event keys the article's news goes by.
func (a *analysis) isStoryEvent(key string, ev articleEvents) bool {
	if key == "" {
		return false
	}
	if key == ev.disaster || key == ev.dominant || key == ev.sole {
		return true
	}
	m := a.firstMention(key)
	if m == nil {
		return false
	}
	if m.historical {
		return false
	}
	if m.story || m.anaphor || a.paragraphOf(m.sent) <= a.leadParagraph() {
		return true
	}
	if an, ok := a.storyAnchor(); ok && (m.ident == an.key || m.place.country != "" && m.place.key == an.key) {
		return true
	}
	return false
}

// numberKey moves a number of the news onto the story's key, and keeps a
// background figure on a key of its own event. ok is false for a
// background figure whose event is named by neither time nor place.
func (a *analysis) numberKey(key, subject, counts string, q quantity, si int, ev articleEvents) (string, string, bool, bool) {
	bg, year, from := a.backgroundClause(q, si, isConsequence(counts))
	m := a.firstMention(key)
	if key == "" {
		if !bg {
			return "", "", false, false
		}
		m = a.disasterIn(from)
	}
	if m != nil && m.historical {
		bg = true
	}
	if !bg && m != nil && a.isStoryEvent(key, ev) {
		// the place the article names most wins over the one this
		// mention names, unless that is named as often
		if an, ok := a.storyAnchor(); ok && voc().classMode[m.class] == modePlace && (a.within(an.key, identOf(key), an.country) || a.countryOver(key, an) || a.placeKeyed(m, key) && a.anchorCount > a.occurrences(m.place.name)) {
			k := keyOf(m.class, an.key)
			if k == key {
				return key, subject, false, true
			}
			return k, "the " + voc().classNoun[m.class] + " in " + an.name, false, true
		}
		return key, subject, false, true
	}
	if !bg {
		return key, subject, false, true
	}
	// a background event: keyed by a place of its own, else its year
	class := genericClass
	if m != nil {
		class = m.class
	}
	// the place right after the figure's verb ("600 were killed in the
	// city of Bramsk"), else one its sentence names
	if pl, ok := a.placeAfter(q, si); ok && q.first >= 0 && !a.isAnchor(pl) {
		return keyOf(class, pl.key), "the " + voc().classNoun[class] + " in " + pl.name, true, true
	}
	if pl, ok := a.otherPlace(from); ok {
		return keyOf(class, pl.key), "the " + voc().classNoun[class] + " in " + pl.name, true, true
	}
	if m != nil && m.kind == identPlace && !m.story && m.sent == si {
		if an, ok := a.storyAnchor(); !ok || m.ident != an.key {
			return key, subject, true, true
		}
	}
	if pl, ok := a.otherPlace(si); ok {
		return keyOf(class, pl.key), "the " + voc().classNoun[class] + " in " + pl.name, true, true
	}
	if year != "" {
		return keyOf(class, year), "the " + year + " " + voc().classNoun[class], true, true
	}
	return "", "", true, false
}

// disasterIn is the first disaster mention of sentence si, or nil.
func (a *analysis) disasterIn(si int) *mention {
	lo, hi := a.sentenceMentionRange(si)
	for j := lo; j < hi; j++ {
		if voc().disasters[a.mentions[j].class] {
			return &a.mentions[j]
		}
	}
	return nil
}

// backgroundClause reports a figure whose sentence (returned last) places it in another
// time than the news: a year before the article's ("in 2003"), a word of
// another occurrence ("an earlier quake", "years ago"). It returns the
// year when one is given.
func (a *analysis) backgroundClause(q quantity, si int, consequence bool) (bool, string, int) {
	lo, hi := a.sentRange(si)
	ref := a.storyYear()
	year := ""
	for k := lo; k < hi; k++ {
		if k >= q.first && k < q.last {
			continue
		}
		t := a.toks[k]
		if t.digit && t.end-t.start == 4 {
			if y, _, ok := parseDigits(a.tx(k)); ok && y >= 1900 && y <= 2100 && (k+1 >= hi || voc().counted[a.toks[k+1].low] == "") {
				// a dated expression is history when it ends over a year
				// before the article; a bare year when it is before the
				// story's
				if d, dated := a.daysBefore(t.expr); dated && d > historyDays || !dated && int(y) < ref {
					year = a.tx(k)
				}
			}
		}
	}
	if year != "" {
		return true, year, si
	}
	if a.backgroundPhrase(si, lo, hi) {
		return true, "", si
	}
	// "more than 31,000 people were killed in the ancient city of
	// Bramsk": a place named nowhere else in the article is another
	// event's
	if q.first >= 0 && consequence {
		if pl, ok := a.placeAfter(q, si); ok && a.occurrences(pl.name) == 1 && !a.storyPlaceKey(pl.key) {
			return true, "", si
		}
	}
	// "In 2003 a quake struck Bramsk. It killed 612 people.": a sentence
	// that goes on with a pronoun tells of the event before it
	if si > 0 && lo < hi && mvoc().continuers[a.toks[lo].low] {
		if plo, _ := a.sentRange(si - 1); plo < lo {
			return a.backgroundClause(quantity{first: -1, last: -1}, si-1, false)
		}
	}
	return false, "", si
}

// backgroundPhrase reports a background phrase ("the last major quake")
// in sentence si, tokens [lo, hi).
func (a *analysis) backgroundPhrase(si, lo, hi int) bool {
	if a.bgPhrase == nil {
		a.bgPhrase = make([]int8, len(a.d.Sentences))
	}
	if a.bgPhrase[si] == 0 {
		a.bgPhrase[si] = 1
		for k := lo; k < hi; k++ {
			if a.has(k, fBackground) && a.matchPhrase(mvoc().background, k, hi) > 0 {
				a.bgPhrase[si] = 2
				break
			}
		}
	}
	return a.bgPhrase[si] == 2
}

// storyYear is the year of the article's news: its reference date's, else
// the latest year it names (news tells of the latest); 0 when unknown.
func (a *analysis) storyYear() int {
	if !a.d.Reference.IsZero() {
		return a.d.Reference.Year()
	}
	// a scan of the whole article, asked for per sentence: once
	if a.year == 0 {
		a.year = a.scanYear() + 1
	}
	return a.year - 1
}

// scanYear is the latest year the article names.
func (a *analysis) scanYear() int {
	best := 0
	for si := range a.d.Sentences {
		lo, hi := a.sentRange(si)
		for k := lo; k < hi; k++ {
			t := a.toks[k]
			if t.digit && t.end-t.start == 4 {
				if y, _, ok := parseDigits(a.tx(k)); ok && y >= 1900 && y <= 2100 && int(y) > best {
					best = int(y)
				}
			}
		}
	}
	return best
}

// placeAfter is the place named right after a figure's verb: "were
// killed in the ancient city of Bramsk".
func (a *analysis) placeAfter(q quantity, si int) (place, bool) {
	_, hi := a.sentRange(si)
	for k := q.last; k < hi && k < q.last+8; k++ {
		if a.tx(k) == ";" || a.tx(k) == "." {
			break
		}
		if a.toks[k].low != "in" {
			continue
		}
		s := a.namedAfter(a.skipThe(k+1, hi), hi)
		if pl, ok := a.placeAt(s, hi, a.strictSentence(si)); ok && !(pl.known && pl.country == "") {
			return pl, true
		}
	}
	return place{}, false
}

// namedAfter steps from s over a short lower-case description to the
// name it introduces with "of" ("ancient city of Varo", "town of Sel");
// s itself when there is none.
func (a *analysis) namedAfter(s, hi int) int {
	for k := s; k < hi && k < s+4 && !a.toks[k].cap; k++ {
		if a.toks[k].low == "of" && k+1 < hi && a.toks[k+1].cap {
			return k + 1
		}
	}
	return s
}

// adjectiveLed reports a run opened by a place's adjective ("Indian
// Naval Services"): an organisation or a people, not a place.
func (a *analysis) adjectiveLed(s, e int) bool {
	if e-s < 2 || a.k == nil {
		return false
	}
	p, ok := a.k.Place(a.tx(s))
	return ok && !strings.EqualFold(p.Name, a.tx(s))
}

// isAnchor reports the story's anchor place.
func (a *analysis) isAnchor(pl place) bool {
	an, ok := a.storyAnchor()
	return ok && an.key == pl.key
}

// storyPlaceKey reports one of the places the article's dateline, lead
// or headline gives its news.
func (a *analysis) storyPlaceKey(key string) bool {
	sp := a.findStoryPlaces()
	return key == sp.dateline.key || key == sp.lead.key || key == sp.headline.key
}

// otherPlace is a place sentence si names that is not the story's anchor:
// "killed 9,000 people in the ancient city of Varo".
func (a *analysis) otherPlace(si int) (place, bool) {
	lo, hi := a.sentRange(si)
	an, _ := a.storyAnchor()
	for q := lo; q+1 < hi; q++ {
		if !a.has(q, fStoryPrep) || !storyPreps[a.toks[q].low] {
			continue
		}
		s := a.namedAfter(a.skipThe(q+1, hi), hi)
		e := a.capRunFrom(s, hi)
		if e == s {
			continue
		}
		if pl, ok := a.resolvePlace(s, e, false); ok && pl.key != an.key && !(pl.known && pl.country == "") {
			return pl, true
		}
	}
	return place{}, false
}

// positionKey keys a position given from a place ("150 nautical miles
// east of Tarnow") that no event claims by the story's anchor, unless its
// sentence names an event of its own.
func (a *analysis) positionKey(si int) (string, string) {
	if mlo, mhi := a.sentenceMentionRange(si); mhi > mlo {
		return "", ""
	}
	an, ok := a.storyAnchor()
	if !ok {
		return "", ""
	}
	return keyOf("news", an.key), "the news from " + an.name
}

// monthEvent reports a sentence that names another occurrence by its
// month: "the March incident took out 40 percent of the network".
// The article's own month names none.
func (a *analysis) monthEvent(lo, hi int) bool {
	for k := lo; k+2 < hi; k++ {
		if a.toks[k].low != "the" || !voc().months[a.toks[k+1].low] || !a.toks[k+1].cap || !a.toks[k+2].word || a.toks[k+2].cap {
			continue
		}
		if m, ok := monthNumbers.Get()[a.toks[k+1].low]; ok && !a.d.Reference.IsZero() && m == a.d.Reference.Month() {
			continue
		}
		return true
	}
	return false
}

// monthOpener reports a sentence that opens on a month with no day ("In
// January, five cables were cut", "In early March, …"): what it tells
// happened at another time than the news, told day by day, unless the
// month is the article's own. Which occurrence it was is not said, so its
// figures are claimed for none.
func (a *analysis) monthOpener(lo, hi int) bool {
	k := lo
	if k >= hi || a.toks[k].low != "in" {
		return false
	}
	k++
	if k < hi && voc().monthParts[a.toks[k].low] {
		k++
	}
	if k >= hi || !voc().months[a.toks[k].low] || !a.toks[k].cap || k+1 < hi && a.toks[k+1].digit {
		return false
	}
	if !a.d.Reference.IsZero() {
		if m, ok := monthNumbers.Get()[a.toks[k].low]; ok && m == a.d.Reference.Month() {
			return false
		}
	}
	return true
}
