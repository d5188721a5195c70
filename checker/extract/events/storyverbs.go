package events

import "strings"

// storyVerbMention reads a verb by which a headline or lead tells its news
// when no noun names the event ("a climber fell 150 metres at Mount
// Varn", "gunman opened fire", "cables were severed"): the event the
// article is about, keyed by its own place after the verb or, like a
// bare noun, by the story's place. Deeper in the article such verbs tell
// of other acts (each shot, each fall), so they count only in the lead.
// A noun of the class in the sentence names the event itself ("three
// shot in office shooting"). A verb of one sense only ("anywhere":
// "opened fire", "marched") tells of the story's event deeper in the
// article too, unless it names a place of its own that is no known place
// ("opened fire at the Tarnow Academy": another shooting, most likely).
func (a *analysis) storyVerbMention(i, lo, hi int, v verbInfo, strict bool) (mention, bool) {
	si := a.toks[i].sent
	deep := a.paragraphOf(si) > a.leadParagraph()
	if deep && !v.anywhere {
		return mention{}, false
	}
	if !a.verbNear(i, lo, hi, v) {
		// the subject of "set off from the square to march": near the verb of setting out
		q, ok := 0, false
		if i > lo && a.toks[i-1].low == "to" {
			q, ok = a.purposeVerbBefore(i-1, lo)
		}
		if !ok || !a.verbNear(q, lo, hi, v) {
			return mention{}, false
		}
	}
	for q := lo; q < hi; q++ {
		if ti, ok := voc().types[a.toks[q].low]; ok && ti.class == v.class {
			return mention{}, false
		}
	}
	for q := i + 1; q < hi && q <= i+2; q++ {
		if v.notNext[a.toks[q].low] {
			return mention{}, false // "shot to fame"
		}
	}
	if i > lo && a.toks[i-1].flags&fDeterminer != 0 {
		return mention{}, false // a noun: "a shot", "the fall"
	}
	if m, ok := a.verbMention(i, lo, hi, v, strict); ok && (!deep || m.place.known) {
		if v.anywhere {
			if m.own, ok = a.happenedStatus(i, lo, m.own); !ok {
				return mention{}, false // "vowed to march in Tarnow"
			}
		}
		m.told = true
		return m, true
	}
	tail := i + 1
	if v.particle != "" {
		if tail >= hi || a.toks[tail].low != v.particle {
			return mention{}, false
		}
		tail++
	}
	if deep && a.placePhraseAt(tail, hi) {
		return mention{}, false
	}
	if v.anywhere && (a.whereClause(a.auxStart(i, lo), lo) || a.otherLeadingPlace(si, strict)) {
		// "in the northern city of Velmar, where 20,000 people marched",
		// "In Velmar, 300 people marched": another place's act, whose
		// figures the story's event scopes
		return mention{}, false
	}
	own, ok := a.auxStatus(a.auxStart(i, lo), i, v.form)
	if !ok {
		return mention{}, false
	}
	if own, ok = a.happenedStatus(i, lo, own); !ok {
		return mention{}, false // news is what happened
	}
	t := a.toks[i]
	return mention{
		class: v.class, sent: si, typeTok: i, zoneStart: i, tailTok: tail,
		start: t.start, end: a.toks[tail-1].end, kind: identNone,
		verb: true, told: true, own: own, premodExpr: -1, noun: voc().classNoun[v.class],
	}, true
}

// otherLeadingPlace reports a sentence led by a place that is not the
// story's: "In Velmar, 300 people marched" in a story from Tarnow.
func (a *analysis) otherLeadingPlace(si int, strict bool) bool {
	lo, hi := a.sentRange(si)
	pl, ok := a.leadingPlace(lo, hi, strict)
	if !ok {
		return false
	}
	an, _ := a.storyAnchor()
	return pl.key != an.key
}

// leadingPlace reads the place that leads sentence [lo, hi): "In Velmar, …".
func (a *analysis) leadingPlace(lo, hi int, strict bool) (place, bool) {
	if lo+2 >= hi || a.toks[lo].low != "in" {
		return place{}, false
	}
	q := a.skipThe(lo+1, hi)
	e := a.capRunFrom(q, hi)
	if e == q || e >= hi || a.tx(e) != "," {
		return place{}, false
	}
	return a.resolvePlace(q, e, strict)
}

// whereClause reports a "where" that opens the clause of the verb whose
// auxiliaries start at token from: "…, where 20,000 people marched".
func (a *analysis) whereClause(from, lo int) bool {
	const span = 8
	for q := from - 1; q >= lo && q >= from-span; q-- {
		if a.toks[q].low == "where" {
			return true
		}
		if a.isPunct(q) {
			return false
		}
	}
	return false
}

// verbNear reports whether a word the verb needs is within a few tokens
// of it in its sentence ("fell about 150 metres", "cables were cut"): a
// fall of prices or a cut in rates is no accident. A glued unit counts:
// "fell 600m".
func (a *analysis) verbNear(i, lo, hi int, v verbInfo) bool {
	if len(v.near) == 0 {
		return true
	}
	const span = 6
	for q := max(lo, i-span); q < hi && q <= i+span; q++ {
		if q == i {
			continue
		}
		l := a.toks[q].low
		if v.near[l] || v.near[strings.TrimLeft(l, "0123456789.,")] {
			return true
		}
	}
	return false
}

// happenedStatus is the status own of verb i when it says the event
// happened: "set off from the square to march" did ("to" after a verb of
// setting out), "plan to march" did not.
func (a *analysis) happenedStatus(i, lo int, own cue) (cue, bool) {
	if own.status == statusPlanned && i > lo && a.toks[i-1].low == "to" {
		if q, ok := a.purposeVerbBefore(i-1, lo); ok {
			own = a.cueAt(statusHappened, q, i+1)
		}
	}
	return own, own.status == statusHappened
}

// placePhraseAt reports a place phrase within the two words from token p
// ("at the Tarnow Academy", "in Velmar"): a preposition of place and a
// capitalised name. The caller has found that no known place is there.
func (a *analysis) placePhraseAt(p, hi int) bool {
	for q := p; q < hi && q <= p+1; q++ {
		switch a.toks[q].low {
		case "in", "at", "near", "outside":
			r := a.skipThe(q+1, hi)
			return a.capRunFrom(r, hi) > r
		}
	}
	return false
}

// purposeVerbBefore finds, before the "to" at token to, a past verb of
// setting out whose infinitive tells what was done ("set off from the
// square to march", "gathered outside the town hall to protest"), not
// what was planned ("vowed to march"): its token, within the clause.
func (a *analysis) purposeVerbBefore(to, lo int) (int, bool) {
	const span = 8
	for q := to - 1; q >= lo && q >= to-span; q-- {
		if a.isPunct(q) {
			return 0, false
		}
		if n := a.matchPhrase(voc().purposeVerbs, q, to); n > 0 {
			return q, true
		}
	}
	return 0, false
}

// lonelyClock reports whether clock time ti is the only clock reading of
// its sentence and the two beside it: a verb tells one act, and "opened
// fire at 10 a.m. … gunfire again at 11:15 a.m." is a sequence, not the
// time of the event.
func (a *analysis) lonelyClock(ti int) bool {
	first, _ := a.exprTokens(ti)
	if first < 0 {
		return false
	}
	si, clock := a.toks[first].sent, clockOf(a.exprs[ti].Value)
	for x := range a.exprs {
		if x == ti || !a.clockExpr(x) {
			continue
		}
		f, _ := a.exprTokens(x)
		if f < 0 {
			continue
		}
		if d := a.toks[f].sent - si; d >= -1 && d <= 1 && clockOf(a.exprs[x].Value) != clock {
			return false
		}
	}
	return true
}
