package temporal

import (
	"time"
)

// matchWeekday reads weekdays: a weekday + date pair ("Sunday, September
// 28, 2025", "Monday (Sept. 29)"), a weekday with a part of the day
// ("Saturday morning"), a weekday alone ("announced Monday", "Tuesday's
// vote") and "on Mondays" (a set).
func (t *tagger) matchWeekday(i int) (match, bool) {
	k := t.at(i)
	if k.kind != kWord || k.lex.weekday == 0 || t.weekdayIsName(i) {
		return match{}, false
	}
	wd := int(k.lex.weekday)
	if k.lex.flags&fPlural != 0 {
		if !t.word(i-1, wOn) || !k.upper {
			return match{}, false
		}
		return match{i, i + 1, weekdaySet(wd)}, true
	}
	abbrev := k.lex.flags&fAbbrev != 0
	j := i + 1
	if abbrev && t.punct(j, ".") && t.glued(j) {
		j++
	}
	if m, ok := t.weekdayPair(i, j, wd); ok {
		return m, true
	}
	if abbrev || (!k.upper && !t.lowercaseText(i)) {
		return match{}, false
	}
	if p := t.at(j); p.lex.part != 0 && p.lex.flags&fPlural != 0 {
		x := weekdaySet(wd) // "Tuesday nights": every Tuesday night
		x.Value += "T" + partCodes[p.lex.part]
		return match{i, j + 1, x}, true
	}
	if foldIn(t.str(j), lists().conjunctions) {
		if d, p := t.at(j+1), t.at(j+2); d.kind == kWord && d.lex.weekday != 0 && p.lex.part != 0 && p.lex.flags&fPlural != 0 {
			x := weekdaySet(wd) // "on Monday and Friday nights": the part is Monday's too
			x.Value += "T" + partCodes[p.lex.part]
			return match{i, i + 1, x}, true
		}
	}
	future := t.weekdayAhead(i, wd)
	x := t.weekdayExpr(wd, 0, false, future, t.partAt(j))
	e := i + 1
	if t.partAt(j) != 0 {
		e = j + 1
	}
	return match{i, e, x}, true
}

// lowercaseText reports whether the sentence around token i is written
// all in lower case (chat text, headlines pasted in lower case).
func (t *tagger) lowercaseText(i int) bool {
	for k := t.sentenceStart(i); k < len(t.toks) && k < i+10; k++ {
		if t.toks[k].kind == kWord && t.toks[k].upper {
			return false
		}
	}
	return true
}

// weekdayPair reads the date after a weekday at token i (j is the token
// after the weekday): one expression with the written weekday.
func (t *tagger) weekdayPair(i, j, wd int) (match, bool) {
	paren := false
	switch {
	case t.punct(j, ","):
		j++
	case t.punct(j, "("):
		j++
		paren = true
	}
	dm, ok := t.dateAt(j)
	if !ok || dm.x.Granularity != GranDay || dm.x.RangeEnd != "" {
		return match{}, false
	}
	e := dm.e
	if paren {
		if !t.punct(e, ")") {
			return match{}, false
		}
		e++
	}
	x := dm.x
	x.Weekday = weekdayNames[wd]
	return match{i, e, x}, true
}

// weekdayIsName reports weekdays that are part of a name: "Good Friday",
// "Sunday Times", "Mail on Sunday".
func (t *tagger) weekdayIsName(i int) bool {
	prev, next := t.at(i-1), t.at(i+1)
	if prev.kind == kWord && prev.upper && prev.lex.flags&fWeekdayAdj != 0 {
		return true
	}
	if next.kind == kWord && next.upper && next.lex.flags&fWeekdayNoun != 0 && t.at(i).upper {
		return true
	}
	if prev.kind == kWord && prev.lex.word == wOn {
		pp := t.at(i - 2)
		if pp.kind == kWord && pp.upper && pp.lex.flags&fWeekdayNoun != 0 {
			return true
		}
	}
	return false
}

// weekdayExpr resolves a weekday. shift is -1 for "last", +1 for "next"
// or "this" and 0 for a weekday alone; alone it is the most recent such
// day on or before the reference, or the next one when the sentence
// looks ahead.
func (t *tagger) weekdayExpr(wd, shift int, this, future bool, part int8) Expression {
	typ, gran := Date, GranDay
	if part != 0 {
		typ, gran = Time, GranTime
	}
	x := t.relative(typ, "", gran)
	x.Weekday = weekdayNames[wd]
	if !t.hasRef {
		return x
	}
	w := time.Weekday(wd - 1)
	var d time.Time
	switch {
	case shift < 0:
		d = shiftWeekday(t.ref, w, -1, true)
	case shift > 0 && this:
		d = shiftWeekday(t.ref, w, 1, false)
	case shift > 0:
		d = shiftWeekday(t.ref, w, 1, true)
	case future:
		d = shiftWeekday(t.ref, w, 1, true)
	default:
		d = shiftWeekday(t.ref, w, -1, false)
	}
	x.Value, _, _ = dayOf(d, part)
	return x
}

// weekdaySet is "every Monday": XXXX-WXX-1 (Monday 1 … Sunday 7).
func weekdaySet(wd int) Expression {
	iso := wd - 1
	if iso == 0 {
		iso = 7
	}
	return Expression{Type: Set, Value: "XXXX-WXX-" + pad(iso, 1), Granularity: GranDay, Resolution: ResolvedAbsolute}
}

// weekdayAhead decides whether a bare weekday is the coming one: a strong
// future cue (will, due) says so; a weak one (would, planned, until) only
// for a day at most two days ahead, news being mostly about the week gone;
// "as soon as" and "as early as" right before it always.
func (t *tagger) weekdayAhead(i, wd int) bool {
	if t.word(i-1, wAs) && t.word(i-3, wAs) {
		return true // "as soon as Tuesday", "as early as Tuesday"
	}
	if t.tenseOf(i, true) == tenseFuture {
		return true
	}
	if !t.hasRef || t.tense(i) != tenseFuture {
		return false
	}
	ahead := (wd - 1 - int(t.ref.Weekday()) + 7) % 7
	return ahead >= 1 && ahead <= 2
}
