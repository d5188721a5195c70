package events

import (
	"github.com/crosscheck/crosscheck/checker/claim"
)

// numberClaims reads counts and amounts with what they count. A number is
// claimed only when both its subject (an event of the sentence, the
// article's dominant event, a named thing, or a person's age) and what it
// counts are clear, so that numbers of different stories never meet.
func (a *analysis) numberClaims() []claim.Claim {
	dominant := a.dominantEvent()
	var out []claim.Claim
	for si := range a.d.Sentences {
		lo, hi := a.sentRange(si)
		for i := lo; i < hi; i++ {
			t := a.toks[i]
			if t.expr >= 0 || !(t.digit || t.flags&fNumber != 0) {
				continue
			}
			q, ok := a.quantityAt(i, lo, hi)
			if !ok {
				continue
			}
			i = q.last - 1
			if c, ok := a.numberClaim(q, si, lo, hi, dominant); ok {
				out = append(out, c)
			}
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
		if u, ok := voc.currencySym[a.toks[i-1].low]; ok {
			q.unit, q.first = u, i-1
			if i-1 > lo {
				if u2, ok := voc.currencySym[a.toks[i-2].low+a.toks[i-1].low]; ok {
					q.unit, q.first = u2, i-2
				}
			}
		}
	}
	currencyAfter := next < hi && voc.currencyWord[a.toks[next].low] != ""
	if suffix != "" {
		if m, ok := voc.scaleSuffix[suffix]; ok && (q.unit != "" || currencyAfter || len(suffix) > 1) {
			q.value *= m
		} else if u, ok := voc.units[suffix]; ok {
			q.unit = u
		} else {
			return quantity{}, false
		}
	}
	// scale word: "3.7 billion"
	if q.last < hi {
		if m, ok := voc.scales[a.toks[q.last].low]; ok && suffix == "" {
			q.value *= m
			q.last++
		}
	}
	// unit or currency after: "dollars", "percent", "per cent", "%", "km"
	if q.last < hi {
		if u, ok := voc.currencyWord[a.toks[q.last].low]; ok && q.unit == "" {
			q.unit = u
			q.last++
		} else if n := a.matchPhrase(voc.unitPhrases, q.last, hi); n > 0 && q.unit == "" {
			q.unit = voc.units[a.lowPhrase(q.last, q.last+n)]
			q.last += n
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
		if a.matchPhrase(voc.approxSet, s, q.first) == n {
			q.approx = voc.approx[a.lowPhrase(s, q.first)]
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
	if i > lo && voc.labelBefore[a.toks[i-1].low] {
		return true
	}
	if i > lo+1 && a.tx(i-1) == "." && voc.labelBefore[a.toks[i-2].low] {
		return true // "No. 5"
	}
	if q.last < hi && voc.labelAfter[a.toks[q.last].low] {
		return true
	}
	if i > lo && (a.tx(i-1) == "#" || a.tx(i-1) == "№") {
		return true
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
		if q.last >= hi || voc.counted[a.toks[q.last].low] == "" {
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

// numberClaim decides what quantity q counts and whose it is.
func (a *analysis) numberClaim(q quantity, si, lo, hi int, dominant string) (claim.Claim, bool) {
	if key, subject, ok := a.ageOf(q, lo, hi); ok {
		return a.newNumberClaim(q, key, subject, "age"), true
	}
	counts := a.countsOf(q, lo, hi)
	if counts == "" {
		return claim.Claim{}, false
	}
	key, subject := a.numberSubject(q, si, lo, dominant)
	if key == "" {
		return claim.Claim{}, false
	}
	return a.newNumberClaim(q, key, subject, counts), true
}

func (a *analysis) newNumberClaim(q quantity, key, subject, counts string) claim.Claim {
	s, e := a.toks[q.first].start, a.toks[q.last-1].end
	return claim.Claim{
		Kind: claim.KindNumber, SubjectKey: key, Subject: subject,
		Value: formatNumber(q.value), ValueText: a.d.Text[s:e], Modality: claim.Asserted,
		Reference: a.ref, Evidence: a.evidence(s, e),
		Number: &claim.NumberValue{Value: q.value, Unit: q.unit, Approx: q.approx, Counts: counts},
	}
}

// ageOf reads an age in apposition: "Ilse Varga, 54, said".
func (a *analysis) ageOf(q quantity, lo, hi int) (string, string, bool) {
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
	return "person:" + a.lowPhrase(s, i-1), a.phrase(s, i-1), true
}

// countsOf names what q counts: a toll ("the death toll rose to 34"), an
// amount's purpose ("the bridge cost $3.7bn"), a percentage's noun, or the
// noun after the number with its verb ("30 people were killed").
func (a *analysis) countsOf(q quantity, lo, hi int) string {
	switch q.unit {
	case "USD", "EUR", "GBP", "RUB", "JPY", "INR", "CNY":
		return a.moneyCounts(q, lo, hi)
	case "percent":
		return a.percentCounts(q, lo, hi)
	case "":
	default:
		return a.nounCounts(q, lo, hi)
	}
	if c := a.tollCounts(q, lo); c != "" {
		return c
	}
	return a.nounCounts(q, lo, hi)
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
	return a.backPhrase(voc.tollSet, voc.toll, q.before(), lo)
}

func (a *analysis) moneyCounts(q quantity, lo, hi int) string {
	// after: "a $40m aid package"
	if q.last < hi {
		if n := a.matchPhrase(voc.moneySet, q.last, hi); n > 0 {
			return voc.money[a.lowPhrase(q.last, q.last+n)]
		}
	}
	return a.backPhrase(voc.moneySet, voc.money, q.before(), lo)
}

func (a *analysis) percentCounts(q quantity, lo, hi int) string {
	if q.last+1 < hi && a.toks[q.last].low == "of" {
		l := a.toks[q.last+1].low
		if c := voc.counted[l]; c != "" {
			return c
		}
		if voc.percentNouns[l] {
			return l
		}
	}
	for s := q.before() - 1; s >= lo && s >= q.before()-6; s-- {
		if a.isClauseBreak(s) {
			break
		}
		if l := a.toks[s].low; voc.percentNouns[l] {
			return l
		}
	}
	return ""
}

// nounCounts reads the counted noun after the number and the verb that
// says what happened to it: "more than 120 homes were destroyed" → "homes
// destroyed", "58 dead" → "people killed", "killing 30 people".
func (a *analysis) nounCounts(q quantity, lo, hi int) string {
	p := q.last
	if q.vague && p < hi && a.toks[p].low == "of" {
		p++
	}
	// one modifier may come first: "30 more people", "12 armoured vehicles"
	head := ""
	for k := p; k < hi && k <= p+1; k++ {
		if c := voc.counted[a.toks[k].low]; c != "" {
			head, p = c, k+1
			break
		}
		if !a.toks[k].word || a.toks[k].cap || voc.function[a.toks[k].low] && a.toks[k].low != "more" {
			break
		}
	}
	if head == "" {
		return ""
	}
	if len(head) > 7 && head[len(head)-7:] == " killed" || len(head) > 8 && head[len(head)-8:] == " injured" {
		return head
	}
	if v := a.verbAfter(p, hi); v != "" {
		return head + " " + v
	}
	// active verb before: "killing 30 people", "killed at least 12 people"
	if b := q.before() - 1; b >= lo {
		if v := voc.activeVerbs[a.toks[b].low]; v != "" {
			return head + " " + v
		}
	}
	return head
}

// verbAfter reads "were killed", "have been evacuated", "killed", "died".
func (a *analysis) verbAfter(p, hi int) string {
	for k := p; k < hi && k <= p+3; k++ {
		l := a.toks[k].low
		if v := voc.countedVerbs[l]; v != "" {
			return v
		}
		switch l {
		case "were", "was", "are", "is", "have", "has", "had", "been", "be", "reportedly", "also":
			continue
		}
		return ""
	}
	return ""
}

// numberSubject is whose number it is: the sentence's event, the
// article's dominant event, or a named thing ("the bridge").
func (a *analysis) numberSubject(q quantity, si, lo int, dominant string) (string, string) {
	// The nearest event before the number, else the first after it. An
	// unkeyed one ("a similar flood") nearest means another event: skip.
	var best *mention
	at := a.toks[q.first].start
	mlo, mhi := a.sentenceMentionRange(si)
	for j := mlo; j < mhi; j++ {
		m := &a.mentions[j]
		if best == nil || m.start < at {
			best = m
		}
	}
	if best != nil {
		if best.key == "" {
			return "", ""
		}
		return best.key, a.d.Text[best.start:best.end]
	}
	if dominant != "" {
		for _, m := range a.mentions {
			if m.key == dominant {
				return dominant, a.d.Text[m.start:m.end]
			}
		}
	}
	return a.thingSubject(q, lo)
}

// thingSubject finds "the bridge" before the number when the article
// names that thing ("the Ridgeway bridge").
func (a *analysis) thingSubject(q quantity, lo int) (string, string) {
	for s := q.before() - 1; s >= lo; s-- {
		l := a.toks[s].low
		if !voc.thingNouns[l] {
			continue
		}
		for _, m := range a.mentions {
			if m.kind == identThing && len(m.ident) > len(l) && m.ident[len(m.ident)-len(l):] == l && m.ident[len(m.ident)-len(l)-1] == ' ' {
				return "thing:" + m.ident, a.tx(s)
			}
		}
		return "", ""
	}
	return "", ""
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
	best, count, tie := "", 0, false
	for k, c := range n {
		switch {
		case c > count:
			best, count, tie = k, c, false
		case c == count:
			tie = true
		}
	}
	if count < 2 || tie || 2*count <= all {
		return ""
	}
	return best
}
