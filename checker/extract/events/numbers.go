package events

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// numberClaims reads counts and amounts with what they count. A number is
// claimed only when both its subject (an event of the sentence, a named
// thing, the article's one disaster, dominant or only event, or a
// person's age) and what it counts are clear, so that numbers of
// different stories never meet.
func (a *analysis) numberClaims() []claim.Claim {
	ev := a.articleEvents()
	var out []claim.Claim
	for si := range a.d.Sentences {
		lo, hi := a.sentRange(si)
		for i := lo; i < hi; i++ {
			t := a.toks[i]
			if q, ok := a.oneMoreAt(i, lo, hi); ok {
				out = a.numberClaim(out, q, si, lo, hi, ev)
				continue
			}
			if zs := a.noneAt(i, lo, hi); len(zs) > 0 {
				for _, q := range zs {
					out = a.numberClaim(out, q, si, lo, hi, ev)
				}
				i = zs[0].last - 1
				continue
			}
			if t.expr >= 0 || !(t.digit || t.flags&fNumber != 0) {
				continue
			}
			q, ok := a.quantityAt(i, lo, hi)
			if !ok {
				continue
			}
			q = a.rangeOf(q, lo, hi)
			i = q.last - 1
			if c, end, ok := a.conversionAfter(q, lo, hi); ok {
				q.conv, q.convEnd = &c, end
				i = end - 1
			}
			out = a.numberClaim(out, q, si, lo, hi, ev)
		}
	}
	return out
}

// quantityAt reads the quantity whose number is at token i.
func (a *analysis) quantityAt(i, lo, hi int) (quantity, bool) {
	v, suffix, next, vague, ok := a.numberAt(i, hi)
	if !ok || next > hi || a.toks[next-1].expr >= 0 {
		return quantity{}, false
	}
	q := quantity{value: v, first: i, last: next, numTok: i, approxFrom: -1, vague: vague}
	if vague {
		q.approx = a.toks[i].low
	}
	// currency symbol before: "$3.7bn", "US$ 40", "€450m"
	if i > lo {
		if u, ok := voc().currencySym[a.toks[i-1].low]; ok {
			q.unit, q.first = u, i-1
			if i-1 > lo {
				if u2, ok := voc().currencySym[a.toks[i-2].low+a.toks[i-1].low]; ok {
					q.unit, q.first = u2, i-2
				}
			}
		}
	}
	currencyAfter := next < hi && voc().currencyWord[a.toks[next].low] != ""
	if suffix != "" && suffix[0] == '-' {
		if !voc().magnitude[suffix[1:]] {
			return quantity{}, false // "30-year-old", "3-1"
		}
		q.magnitude = true
		suffix = ""
	}
	if suffix != "" {
		if m, ok := voc().scaleSuffix[suffix]; ok && (q.unit != "" || currencyAfter || len(suffix) > 1) {
			q.value *= m
		} else if u, ok := voc().units[suffix]; ok {
			q.unit = u
		} else {
			return quantity{}, false
		}
	}
	// scale word: "3.7 billion"
	if q.last < hi {
		if m, ok := voc().scales[a.toks[q.last].low]; ok && suffix == "" {
			q.value *= m
			q.last++
		}
	}
	// unit or currency after: "dollars", "percent", "per cent", "%", "km"
	if q.last < hi {
		if u, ok := voc().currencyWord[a.toks[q.last].low]; ok && q.unit == "" {
			q.unit = u
			q.last++
		} else if n := a.matchPhrase(voc().unitPhrases, q.last, hi); n > 0 && q.unit == "" {
			q.unit = voc().units[a.lowPhrase(q.last, q.last+n)]
			q.last += n
		}
	}
	// a price per share: "14.20 euros per share", "€14.50 a share",
	// "13.90 euro-per-share"
	if q.last < hi {
		if u, ok := a.perShareAt(q.last, hi); ok {
			if q.unit == "" {
				q.unit = u
			}
			q.perShare = true
			q.last += a.matchPhrase(voc().perShare, q.last, hi)
		}
	}
	if a.notAQuantity(q, lo, hi, suffix) {
		return quantity{}, false
	}
	// qualifier before: "about", "at least", "more than"
	for n := 3; n >= 1; n-- {
		s := q.first - n
		if s < lo {
			continue
		}
		if a.matchPhrase(voc().approxSet, s, q.first) == n {
			q.approx = voc().approx[a.lowPhrase(s, q.first)]
			q.approxFrom = s
			break
		}
	}
	return q, true
}

// notAQuantity rejects years, labels ("page 3", "No. 5"), list numbers,
// clock times, scores and reading times ("5 min read").
func (a *analysis) notAQuantity(q quantity, lo, hi int, suffix string) bool {
	i := q.numTok
	t := a.toks[i]
	if i > lo && voc().labelBefore[a.toks[i-1].low] {
		return true
	}
	if i > lo+1 && a.tx(i-1) == "." && voc().labelBefore[a.toks[i-2].low] {
		return true // "No. 5"
	}
	if q.last < hi && voc().labelAfter[a.toks[q.last].low] {
		return true
	}
	if i > lo && (a.tx(i-1) == "#" || a.tx(i-1) == "№") {
		return true
	}
	if i > lo && modelPrefix(a.tx(i-1)) {
		return true // "AK 47", "F 16": a model, not a count
	}
	// "3:1", "10:30", "1/2"
	if q.last < hi && (a.tx(q.last) == ":" || a.tx(q.last) == "/") && q.last+1 < hi && a.toks[q.last+1].digit {
		return true
	}
	if i > lo+1 && (a.tx(i-1) == ":" || a.tx(i-1) == "/") && a.toks[i-2].digit {
		return true
	}
	// a list number: "1. Point", "2) Point", at the start of a paragraph
	if t.digit && a.firstInParagraph(i) && q.last < hi {
		if s := a.tx(q.last); s == "." || s == ")" {
			return true
		}
	}
	// a bare year: 1800–2100 without unit, comma or counted noun after
	if t.digit && q.unit == "" && suffix == "" && t.end-t.start == 4 && q.value >= 1800 && q.value <= 2100 {
		if q.last >= hi || voc().counted[a.toks[q.last].low] == "" {
			return true
		}
	}
	return false
}

// firstInParagraph reports whether token i is the first word or number of
// its paragraph (bullets and dashes before it do not count).
func (a *analysis) firstInParagraph(i int) bool {
	p := a.paragraphOf(a.toks[i].sent)
	for k := i - 1; k >= 0 && a.paragraphOf(a.toks[k].sent) == p; k-- {
		if a.toks[k].word || a.toks[k].digit {
			return false
		}
	}
	return true
}

// numberClaim decides what quantity q counts and whose it is, and
// appends its claims: the figure, and for a distance from a place the
// bearing from it too.
func (a *analysis) numberClaim(out []claim.Claim, q quantity, si, lo, hi int, ev articleEvents) []claim.Claim {
	if key, subject, ok := a.ageOf(q, lo, hi); ok {
		return append(out, a.newNumberClaim(q, key, subject, "age"))
	}
	if a.partOfGroup(q, hi) {
		return out // "30 of the 80 wounded": a part, its whole is the figure
	}
	if a.pollAnswer(q, hi) {
		return out
	}
	if a.population(q, lo) {
		if pl, ok := a.populationPlace(q, lo); ok {
			return append(out, a.newNumberClaim(q, claim.PlaceKey(pl.key), pl.name, "population"))
		}
		return out
	}
	counts := q.counts
	if counts == "" {
		counts = a.countsOf(q, lo, hi)
	}
	var from place
	bearing := -1.0
	if q.unit == "km" || q.unit == "mi" || q.unit == "nmi" || q.unit == "m" || q.unit == "ft" {
		if pl, b, ok := a.distanceFrom(q, hi); ok {
			from, bearing = pl, b
			counts = "distance from " + strings.ToLower(pl.name)
		}
	}
	if counts == "" || a.reference(q, lo, counts) || a.requirement(q, hi) {
		return out
	}
	if isConsequence(counts) && a.monthOpener(lo, hi) || a.monthEvent(lo, hi) {
		// "In January, five cables were cut", "the March incident cut
		// 70 percent of traffic": another occurrence
		return out
	}
	if counts == "speed" && a.speedLimit(q, lo) {
		return out
	}
	key, subject := a.numberSubject(q, si, lo, counts, ev)
	if key == "" {
		key, subject = a.unkeyedStoryKey(q, si, counts, ev)
	}
	if mvoc().noFigures[classOf(key)] {
		// a person's death has no figures of its own: the bullets and
		// the toll are the attack's or the disaster's that caused it
		key, subject = a.causeKey(key)
	}
	if mvoc().dimensions[counts] && !a.thingKeyed(key) {
		// a length or a height is a thing's: "one of the cables is
		// 40,000 km long" measures a cable, not the outage it caused
		key, subject = "", ""
	}
	if (counts == "crowd" || counts == "rioters") && voc().disasters[classOf(key)] {
		// a crowd gathers for a march or a vigil, not for the shooting
		// or the fire it follows: another occasion than the disaster's
		key, subject = "", ""
	}
	if key == "" {
		key, subject = a.otherFigureKey(q, si, counts, ev)
	}
	if key == "" && bearing >= 0 {
		// "150 nautical miles east of Tarnow": a position named from a
		// place is the story's, whatever event the sentence names
		key, subject = a.positionKey(si)
	}
	// a figure no event claims may still be a background event's: "It
	// killed 612 people" after "In 2003 a quake struck Bramsk"
	key, subject, bg, ok := a.numberKey(key, subject, counts, q, si, ev)
	if !ok {
		return out
	}
	if counts == "crowd" {
		key, subject = crowdOfGathering(key, subject)
	}
	c := a.newNumberClaim(q, claim.Key(key), subject, counts)
	c.Number.Background = bg
	if mvoc().bySource[counts] {
		c.Number.Scope = a.sourceOf(q, si)
	}
	if mvoc().byParty[counts] {
		c.Number.Scope = strings.TrimSpace(c.Number.Scope + " " + a.partyOf(q, si))
	}
	if q.scope != "" {
		c.Number.Scope = strings.TrimSpace(c.Number.Scope + " " + q.scope)
	}
	if sp := a.spanScope(q, si); sp != "" {
		c.Number.Scope = strings.TrimSpace(c.Number.Scope + " " + sp)
	}
	if q.unit == "percent" {
		c.Number.Scope = strings.TrimSpace(c.Number.Scope + " " + a.shareScope(q, si))
	}
	if counts == "hits" {
		c.Number.Scope = strings.TrimSpace(c.Number.Scope + " " + a.hitPart(q, si))
	}
	if nat := a.nationality(q, hi); nat != "" {
		// "23 Velmari pirates" and "12 Velmari and 11 Ostrian pirates"
		// count the pirates of one country
		c.Number.Scope = strings.TrimSpace(c.Number.Scope + " " + nat)
	}
	if counts == "fall" {
		// two people's falls in one story are two figures
		c.Number.Scope = a.fallScope(si)
	}
	if counts == "crowd" {
		if pl, ok := a.additiveCrowd(q, lo); ok {
			c.Number.Scope = strings.TrimSpace(c.Number.Scope + " " + pl.key)
		} else if pl, ok := a.crowdPlace(q, lo); ok {
			// "In Bramsk, 4,000 marched": that town's march
			c.Number.Scope = strings.TrimSpace(c.Number.Scope + " " + pl.key)
		}
	}
	out = append(out, c)
	if q.conv != nil {
		// the same amount in another currency: compared with figures in
		// that one
		cv := a.newNumberClaim(*q.conv, claim.Key(key), subject, counts)
		cv.Number.Background, cv.Number.Scope, cv.Number.Converted = bg, c.Number.Scope, true
		out = append(out, cv)
	}
	if bearing >= 0 {
		b := c
		b.Number = &claim.NumberValue{Value: bearing, Unit: "bearing", Counts: "bearing from " + strings.ToLower(from.name), Background: bg}
		b.Value = formatNumber(bearing)
		out = append(out, b)
	}
	return out
}

// requirement reports a figure a modal verb after it makes a condition,
// not a fact: "shareholders holding 75 percent of the votes must approve".
func (a *analysis) requirement(q quantity, hi int) bool {
	for k := q.last; k < hi && k < q.last+6; k++ {
		l := a.toks[k].low
		if a.isClauseBreak(k) {
			return false
		}
		if l == "must" || l == "need" || l == "needs" {
			return true
		}
	}
	return false
}

func (a *analysis) newNumberClaim(q quantity, key claim.Key, subject, counts string) claim.Claim {
	s, e := a.toks[q.first].start, a.toks[q.last-1].end
	return claim.Claim{
		Kind: claim.KindNumber, SubjectKey: key, Subject: subject,
		Value: formatNumber(q.value), ValueText: a.d.Text[s:e], Modality: claim.Asserted,
		Reference: a.ref, Evidence: a.evidence(s, e),
		Number: &claim.NumberValue{Value: q.value, Max: q.max, Unit: q.unit, Approx: q.approx, Counts: counts},
	}
}

// reference reports a definite count of a bare noun: "the two
// countries", "both sides" name groups already known and count nothing
// new. "the 12 people who died" says what happened to them and counts.
func (a *analysis) reference(q quantity, lo int, counts string) bool {
	b := q.before() - 1
	if b < lo || q.unit != "" || q.magnitude || counts == "magnitude" || strings.IndexByte(counts, ' ') >= 0 {
		return false
	}
	switch a.toks[b].low {
	case "the", "these", "those", "both", "all", "its", "their":
		return true
	}
	return false
}

// ageOf reads an age in apposition: "Ilse Varga, 54, said".
func (a *analysis) ageOf(q quantity, lo, hi int) (claim.Key, string, bool) {
	i := q.first
	if q.unit != "" || q.approx != "" || !a.toks[i].digit || q.value < 1 || q.value > 120 || q.last-i != 1 {
		return "", "", false
	}
	if i-2 < lo || a.tx(i-1) != "," || q.last >= hi || a.tx(q.last) != "," {
		return "", "", false
	}
	s := a.capRunBack(i-1, lo)
	if s == i-1 || !a.isPerson(i-2) && s == lo {
		return "", "", false // a sentence-initial word is no sure name
	}
	return claim.PersonKey(a.lowPhrase(s, i-1)), a.phrase(s, i-1), true
}

// countsOf names what q counts: a toll ("the death toll rose to 34"), an
// amount's purpose ("the bridge cost $3.7bn"), a percentage's noun, or the
// noun after the number with its verb ("30 people were killed").
func (a *analysis) countsOf(q quantity, lo, hi int) string {
	if q.magnitude || a.magnitudeAt(q, lo, hi) {
		return "magnitude"
	}
	if q.perShare {
		return "price per share"
	}
	switch {
	case moneyUnit(q.unit):
		return a.moneyCounts(q, lo, hi)
	case q.unit == "percent":
		return a.percentCounts(q, lo, hi)
	case q.unit == "":
	default:
		if voc().speedUnits[q.unit] {
			return "speed"
		}
		if voc().lengthUnits[q.unit] {
			if c := a.measureCounts(q, lo, hi); c != "" {
				return c
			}
		}
		return a.nounCounts(q, lo, hi)
	}
	if c := a.tollCounts(q, lo); c != "" {
		return c
	}
	return a.nounCounts(q, lo, hi)
}

// tollLinked reports a toll phrase joined to the figure by linking words
// only: "the death toll rose to 34", not "the toll came after the bodies
// of two more victims were found".
func (a *analysis) tollLinked(q quantity, lo int) bool {
	for s := q.before() - 1; s >= lo && s >= q.before()-6; s-- {
		if _, ok := voc().toll[a.toks[s].low]; ok {
			return true
		}
		if !mvoc().tollLinks[a.toks[s].low] {
			return false
		}
	}
	return false
}

// before returns the token where the words before q begin to be looked at.
func (q quantity) before() int {
	if q.approxFrom >= 0 {
		return q.approxFrom
	}
	return q.first
}

// backPhrase finds the nearest phrase of ps ending within six tokens before
// token b in the clause, returning its canonical form via canon.
func (a *analysis) backPhrase(ps phraseSet, canon map[string]string, b, lo int) string {
	for s := b - 1; s >= lo && s >= b-6; s-- {
		if a.isClauseBreak(s) && a.tx(s) != "-" {
			return ""
		}
		if n := a.matchPhrase(ps, s, b); n > 0 {
			return canon[a.lowPhrase(s, s+n)]
		}
	}
	return ""
}

func (a *analysis) tollCounts(q quantity, lo int) string {
	if c := a.backPhrase(voc().tollSet, voc().toll, q.before(), lo); c != "" && a.tollLinked(q, lo) {
		return c
	}
	// "the number of people killed in Tuesday's earthquake rose to 58"
	b := q.before()
	if b-2 < lo || a.toks[b-1].low != "to" {
		return ""
	}
	for s := b - 2; s >= lo && s >= b-14; s-- {
		if a.isClauseBreak(s) {
			return ""
		}
		if n := a.matchPhrase(voc().tollSet, s, b); n > 0 {
			return voc().toll[a.lowPhrase(s, s+n)]
		}
	}
	return ""
}

func (a *analysis) moneyCounts(q quantity, lo, hi int) string {
	// after: "a $40m aid package"; past a conversion in brackets and "of"
	// or "in": "40 million euros ($52.8 million) of damage", "$2
	// million in damage"
	p := max(q.last, q.convEnd)
	if p < hi {
		if n := a.matchPhrase(voc().moneySet, p, hi); n > 0 {
			return voc().money[a.lowPhrase(p, p+n)]
		}
		if l := a.toks[p].low; (l == "of" || l == "in") && p+1 < hi {
			if n := a.matchPhrase(voc().moneySet, p+1, hi); n > 0 {
				return voc().money[a.lowPhrase(p+1, p+1+n)]
			}
		}
	}
	return a.backPhrase(voc().moneySet, voc().money, q.before(), lo)
}

// moneyUnit reports a currency's unit.
func moneyUnit(u string) bool {
	switch u {
	case "USD", "EUR", "GBP", "RUB", "JPY", "INR", "CNY":
		return true
	}
	return false
}

// conversionAfter reads an amount's conversion into another currency in
// brackets right after it: "40 million euros ($52.8 million)". end is
// the token after the closing bracket.
func (a *analysis) conversionAfter(q quantity, lo, hi int) (quantity, int, bool) {
	p := q.last
	if !moneyUnit(q.unit) || p+3 >= hi || a.tx(p) != "(" {
		return quantity{}, 0, false
	}
	for k := p + 1; k < hi && k <= p+3; k++ {
		t := a.toks[k]
		if t.expr >= 0 || !(t.digit || t.flags&fNumber != 0) {
			continue
		}
		c, ok := a.quantityAt(k, lo, hi)
		if !ok || c.first != p+1 || !moneyUnit(c.unit) || c.unit == q.unit || c.last >= hi || a.tx(c.last) != ")" {
			return quantity{}, 0, false
		}
		return c, c.last + 1, true
	}
	return quantity{}, 0, false
}

func (a *analysis) percentCounts(q quantity, lo, hi int) string {
	if q.last+1 < hi && a.toks[q.last].low == "of" {
		l := a.toks[q.last+1].low
		if c := voc().counted[l]; c != "" {
			return c
		}
		if c := voc().percentNouns[l]; c != "" {
			return c
		}
		if sv := a.serviceOf(q.last+1, hi); sv != "" {
			return sv // "35 per cent of web services", "of Internet services"
		}
		if c := a.wholeOf(q.last+1, hi); c != "" {
			return c // "55 percent of the river's flow" measures the flow
		}
	}
	for s := q.before() - 1; s >= lo && s >= q.before()-6; s-- {
		if a.isClauseBreak(s) {
			break
		}
		l := a.toks[s].low
		c := voc().percentNouns[l]
		if c == "" {
			continue
		}
		if voc().changeWords[l] && s > lo {
			// "a pay rise of 3%" measures pay
			if c2 := voc().percentNouns[a.toks[s-1].low]; c2 != "" && !voc().changeWords[a.toks[s-1].low] {
				return c2
			}
		}
		return c
	}
	return ""
}

// measureCounts names the dimension a length measures from a word in its
// clause: "spans 2.4 kilometres", "90 metres high", "At 2.4 kilometres,
// it is the longest crossing".
func (a *analysis) measureCounts(q quantity, lo, hi int) string {
	for s := q.before() - 1; s >= lo && s >= q.before()-4; s-- {
		if a.isClauseBreak(s) {
			break
		}
		if c := voc().measures[a.toks[s].low]; c != "" {
			return c
		}
	}
	breaks := 0
	for s := q.last; s < hi && s < q.last+6; s++ {
		if a.isClauseBreak(s) {
			if breaks++; breaks > 1 {
				break
			}
			continue
		}
		if c := voc().measures[a.toks[s].low]; c != "" {
			return c
		}
	}
	return ""
}

// nounCounts reads the counted noun after the number and the verb that
// says what happened to it: "more than 120 homes were destroyed" → "homes
// destroyed", "58 dead" → "people killed", "killing 30 people". A noun
// no verb tells anything of ("two children", "1,000 people") measures
// nothing: "" (measures.yml).
func (a *analysis) nounCounts(q quantity, lo, hi int) string {
	p := q.last
	if q.vague && p < hi && a.toks[p].low == "of" {
		p++
	}
	// up to three modifiers may come first: "30 more people", "12
	// armoured vehicles", "98 injured passengers" (a participle that says
	// what happened to them), "seven AK-47 assault rifles", "three other
	// rifles" (another group than the one before)
	head, mod, other := "", "", false
	for k, end := p, p+3; k < hi && k <= end; k++ {
		l := a.toks[k].low
		if _, demonym := a.nationalityAt(k); demonym {
			head, p = "people", k+1 // "12 Velmaris"
			break
		} else if a.toks[k].cap && !demonym && a.isNationality(k) {
			// "23 Velmari pirates"; "12 Velmari and 11 Ostrian pirates"
			// count their head after the other figure
			if k+2 < hi && a.toks[k+1].low == "and" && (a.toks[k+2].digit || a.has(k+2, fNumber)) {
				k, end = k+2, end+3
			}
			continue
		}
		if c := voc().counted[l]; c != "" {
			head, p = c, k+1
			// a compound counts its last noun: "police officers",
			// "AK-47 assault rifles" stay AK-47s
			if p < hi && voc().counted[a.toks[p].low] != "" && !a.toks[p].cap && c != "ak-47s" {
				head, p = voc().counted[a.toks[p].low], p+1
			}
			break
		}
		if c, e, ok := a.modelAt(k, hi); ok {
			head, p = c, e // "12 AK 47 guns" are AK-47s
			break
		}
		if !a.toks[k].word || a.toks[k].cap && !a.model(k) || voc().function[l] && l != "more" && l != "other" {
			break
		}
		if l == "other" {
			other = true
		}
		if v := voc().countedVerbs[l]; v != "" {
			mod = v
		}
	}
	if head == "" {
		return a.bareCounts(q, lo, hi)
	}
	if voc().marginCounts[head] && a.margin(q, lo) {
		return head + " margin" // "won by more than 2,000 votes"
	}
	if len(head) > 7 && head[len(head)-7:] == " killed" || len(head) > 8 && head[len(head)-8:] == " injured" {
		return head
	}
	if other {
		head = "other " + head
	}
	if v := a.verbAfter(p, hi); v != "" {
		return canonMeasure(head + " " + v)
	}
	if v := a.verbAfterModifier(p, hi); v != "" {
		return canonMeasure(head + " " + v)
	}
	if mod != "" {
		return canonMeasure(head + " " + mod)
	}
	// active verb before: "killing 30 people", "killed at least 12
	// people", "recovered seven rifles, three machine guns"
	if b := q.before() - 1; b >= lo {
		if v := voc().activeVerbs[a.toks[b].low]; v != "" {
			return canonMeasure(head + " " + v)
		}
		// "was hit by seven bullets"
		if a.toks[b].low == "by" && b-1 >= lo {
			if v := voc().countedVerbs[a.toks[b-1].low]; v != "" {
				return canonMeasure(head + " " + v)
			}
		}
	}
	if mvoc().crowdHeads[head] {
		if c := a.crowdAfter(p, hi); c != "" {
			return c
		}
		if a.crowdEstimate(q, lo) {
			return "crowd"
		}
	}
	if v := a.listVerb(q, lo); v != "" {
		return canonMeasure(head + " " + v)
	}
	if v := a.listPassive(p, hi); v != "" {
		return canonMeasure(head + " " + v)
	}
	if a.includedSeized(q, lo) {
		return canonMeasure(head + " seized")
	}
	if mvoc().standalone[head] {
		return head
	}
	return ""
}

// model reports a capitalised model name among a noun's modifiers:
// "AK-47", "M16".
func (a *analysis) model(k int) bool {
	return strings.ContainsAny(a.toks[k].low, "0123456789")
}

// bareCounts names what a number with no noun after it counts: "killing
// 23 people and injuring 140", "wounding other 70", "50 were injured",
// "shot eleven times", "estimated the crowd at 70".
func (a *analysis) bareCounts(q quantity, lo, hi int) string {
	if q.last < hi && a.toks[q.last].low == "times" && a.hitsBefore(q, lo) {
		return "hits"
	}
	b := q.before() - 1
	for b >= lo && (a.toks[b].low == "other" || a.toks[b].low == "another") {
		b--
	}
	// "wounding two others", "two others were hurt": people besides
	// those counted before
	p := q.last
	if p < hi && a.toks[p].low == "others" {
		p++
	}
	if b >= lo && voc().activeVerbs[a.toks[b].low] != "" && a.bareNumber(p, hi) {
		return "people " + voc().activeVerbs[a.toks[b].low]
	}
	if v := a.verbAfter(p, hi); v != "" && mvoc().peopleVerbs[v] {
		return "people " + v
	}
	if a.crowdEstimate(q, lo) {
		return "crowd"
	}
	return ""
}

// verbAfter reads "were killed", "have been evacuated", "killed", "died",
// "are still being held", "went down" (measures.yml verb_phrases).
func (a *analysis) verbAfter(p, hi int) string {
	for k := p; k < hi && k <= p+3; k++ {
		l := a.toks[k].low
		if n := a.matchPhrase(mvoc().verbPhrases, k, hi); n > 0 {
			return mvoc().verbPhrase[a.lowPhrase(k, k+n)]
		}
		if v := voc().countedVerbs[l]; v != "" {
			return v
		}
		if mvoc().verbFillers[l] {
			continue
		}
		return ""
	}
	return ""
}

// verbAfterModifier reads the verb after a phrase that describes the
// counted things: "three cables between Tarnow and Velmar were cut",
// "two cables in the strait suffered severe damage". The phrase opens
// with one of measures.yml post_modifiers and runs over words only; the
// verb needs an auxiliary before it (post_aux) or is one of verb_phrases,
// so that a participle describing them ("people in tents awaiting
// help") or a clause break ends the search with nothing.
func (a *analysis) verbAfterModifier(p, hi int) string {
	if p >= hi || !mvoc().postModifiers[a.toks[p].low] {
		return ""
	}
	for k := p + 2; k < hi && k <= p+8; k++ {
		t := a.toks[k]
		if !t.word || a.isClauseBreak(k) {
			return ""
		}
		if n := a.matchPhrase(mvoc().verbPhrases, k, hi); n > 0 {
			return mvoc().verbPhrase[a.lowPhrase(k, k+n)]
		}
		if mvoc().postAux[t.low] {
			return a.verbAfter(k, hi)
		}
		if voc().countedVerbs[t.low] != "" || voc().activeVerbs[t.low] != "" {
			return "" // a verb with no auxiliary: a participle of the phrase
		}
	}
	return ""
}

// modelPrefix reports a short capitalised code before a number: "AK 47".
func modelPrefix(s string) bool {
	if len(s) < 1 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return len(s) >= 2
}

// thingKeyed reports an event identified by a named thing ("the opening
// of the Ridgeway bridge"), whose dimensions are the thing's.
func (a *analysis) thingKeyed(key string) bool {
	if claim.Key(key).Is(claim.FamilyThing) {
		return true // "the Halvik bridge spans 2.4 kilometres"
	}
	m := a.firstMention(key)
	return m != nil && m.kind == identThing
}

// nationalityAt returns the country whose adjective ("Velmari") or
// demonym ("Velmaris") token k is, and whether it is the demonym; "" for
// any other token.
func (a *analysis) nationalityAt(k int) (string, bool) {
	t := a.toks[k]
	if a.k == nil || !t.cap || !t.word {
		return "", false
	}
	p, ok := a.k.Place(a.tx(k))
	if !ok || p.Kind != "country" {
		return "", false
	}
	for _, d := range p.Demonyms {
		if strings.EqualFold(d, a.tx(k)) {
			return p.Key, true
		}
	}
	for _, adj := range p.Adjectives {
		if strings.EqualFold(adj, a.tx(k)) {
			return p.Key, false
		}
	}
	return "", false
}

// isNationality reports a country's adjective or demonym at token k.
func (a *analysis) isNationality(k int) bool {
	key, _ := a.nationalityAt(k)
	return key != ""
}

// nationality is the country of the people a count without unit counts,
// named by an adjective or demonym right after the number: "23 Velmari
// pirates", "12 Velmaris". "" when none.
func (a *analysis) nationality(q quantity, hi int) string {
	if q.unit != "" {
		return ""
	}
	for k := q.last; k < hi && k < q.last+2; k++ {
		if key, _ := a.nationalityAt(k); key != "" {
			return key
		}
		if a.toks[k].cap || !a.toks[k].word {
			return ""
		}
	}
	return ""
}
