package temporal

import "time"

// matchShifted reads last/next/this/past/coming/previous + a unit,
// weekday, month, season or part of day: "last week", "next Sunday",
// "this morning", "last August", "the past decade", "the next two years",
// "in the coming weeks".
func (t *tagger) matchShifted(i int) (match, bool) {
	k := t.at(i)
	if k.kind != kWord {
		return match{}, false
	}
	id := k.lex.word
	if m, ok := t.anaphor(i, id); ok {
		return m, true
	}
	if m, ok := t.thisComing(i, id); ok {
		return m, true
	}
	shift := 0
	switch id {
	case wLast:
		shift = -1
	case wNext:
		shift = 1
	case wThis, wComing:
		shift = 0
	case wPast, wPrevious:
		shift = -1
	default:
		return match{}, false
	}
	the := t.word(i-1, wThe)
	j := i + 1
	tg := t.at(j)
	if tg.kind == kNone {
		return match{}, false
	}
	// Amounts: "the past two years", "the next few weeks".
	if (tg.lex.number != 0 || tg.kind == kNum) && id != wThis && id != wPrevious {
		return t.shiftedAmount(i, j, the)
	}
	if tg.kind != kWord {
		return match{}, false
	}
	if id == wComing || id == wPast && tg.lex.flags&fPlural != 0 {
		return t.shiftedVague(i, j, id)
	}
	// "the last year", "the past week", "the next month": a span of time
	// back or forward from now, not a calendar unit.
	if tg.lex.unit != noUnit && tg.lex.flags&fPlural == 0 && (the || id == wPast) && id != wPrevious && id != wThis {
		if tg.lex.unit == uWeekend || tg.lex.unit == uDay && id != wPast {
			return match{}, false // "the next day" is anaphoric
		}
		s := i
		if the {
			s = i - 1
		}
		if the && shift < 0 && tg.lex.unit == uYear && t.hasRef {
			// "over the past year": TimeBank dates it as the calendar year before.
			return match{s, j + 1, t.relative(Date, yearValue(t.ref.Year()-1), GranYear)}, true
		}
		return match{s, j + 1, duration(durationValue(1, false, tg.lex.unit), unitGran(tg.lex.unit))}, true
	}
	if the || id == wPrevious || id == wPast {
		return match{}, false // "the previous week": relative to another event
	}
	this := id == wThis
	switch {
	case tg.lex.weekday != 0 && tg.lex.flags&(fAbbrev|fPlural) == 0:
		if shift == 0 {
			shift = 1
		}
		part := t.partAt(j + 1)
		x := t.weekdayExpr(int(tg.lex.weekday), shift, this, false, part)
		e := j + 1
		if part != 0 {
			e++
		}
		return match{i, e, x}, true
	case tg.lex.month != 0 && tg.lex.flags&(fAbbrev|fPlural) == 0 && (tg.upper || !ambiguousMonth(int(tg.lex.month))):
		return match{i, j + 1, t.shiftedMonth(int(tg.lex.month), shift)}, true
	case tg.lex.season != 0 && tg.lex.flags&fPlural == 0:
		x := t.relative(Date, "", GranSeason)
		if t.hasRef {
			s := int(tg.lex.season)
			x.Value = yearValue(seasonYear(t.ref, s, shift, false)) + "-" + seasonCodes[s]
		}
		return match{i, j + 1, x}, true
	case tg.lex.part != 0 && tg.lex.flags&fPlural == 0:
		return t.shiftedPart(i, j, id, tg.lex.part)
	case tg.lex.unit != noUnit && tg.lex.flags&fPlural == 0:
		if k.upper && tg.upper && t.openingQuote(i-1) {
			return match{}, false // a title: ABC's "This Week"
		}
		return t.shiftedUnit(i, j, shift, tg.lex.unit)
	}
	return match{}, false
}

// thisComing reads "this coming Sunday", "coming Monday", "this past
// spring", "this past March": the next or the last one named.
func (t *tagger) thisComing(i int, id wordID) (match, bool) {
	j, dir := i+1, 1
	switch {
	case id == wComing:
	case id == wThis && t.word(i+1, wComing):
		j = i + 2
	case id == wThis && t.word(i+1, wPast):
		j, dir = i+2, -1
	default:
		return match{}, false
	}
	tg := t.at(j)
	if tg.kind != kWord || tg.lex.flags&(fAbbrev|fPlural) != 0 {
		return match{}, false
	}
	switch {
	case tg.lex.weekday != 0:
		part := t.partAt(j + 1)
		e := j + 1
		if part != 0 {
			e++
		}
		return match{i, e, t.weekdayExpr(int(tg.lex.weekday), dir, true, false, part)}, true
	case id == wComing:
		return match{}, false // "coming months" is read as vague
	case tg.lex.month != 0 && (tg.upper || !ambiguousMonth(int(tg.lex.month))):
		return match{i, j + 1, t.shiftedMonth(int(tg.lex.month), dir)}, true
	case tg.lex.season != 0:
		x := t.relative(Date, "", GranSeason)
		if t.hasRef {
			s := int(tg.lex.season)
			x.Value = yearValue(seasonYear(t.ref, s, dir, false)) + "-" + seasonCodes[s]
		}
		return match{i, j + 1, x}, true
	}
	return match{}, false
}

// shiftedAmount reads "the past two years" as a duration.
func (t *tagger) shiftedAmount(i, j int, the bool) (match, bool) {
	n, vague, e, ok := t.amountAt(j)
	if !ok {
		return match{}, false
	}
	u := t.at(e)
	if u.kind != kWord || u.lex.unit == noUnit || u.lex.unit == uWeekend || (n != 1 && u.lex.flags&fPlural == 0) {
		return match{}, false
	}
	s := i
	if the {
		s = i - 1
	}
	return match{s, e + 1, duration(durationValue(n, vague, u.lex.unit), unitGran(u.lex.unit))}, true
}

// shiftedVague reads "the coming weeks" (FUTURE_REF) and "the past
// years" (PAST_REF), with a leading "the" if there is one.
func (t *tagger) shiftedVague(i, j int, id wordID) (match, bool) {
	u := t.at(j)
	if u.lex.unit == noUnit || u.lex.flags&fPlural == 0 && id == wPast {
		return match{}, false
	}
	if u.lex.flags&fPlural == 0 {
		return match{}, false // "the coming week" is left to the reader
	}
	s := i // "in coming months", "in past years"
	if t.word(i-1, wThe) {
		s = i - 1 // "in the coming weeks": TIMEX3 leaves the preposition out
	}
	value := FutureRef
	if id == wPast {
		value = PastRef
	}
	return match{s, j + 1, vague(value)}, true
}

// shiftedMonth resolves "last August", "next March", "this May".
func (t *tagger) shiftedMonth(m, shift int) Expression {
	x := t.relative(Date, "", GranMonth)
	if !t.hasRef {
		return x
	}
	y, rm := t.ref.Year(), int(t.ref.Month())
	switch {
	case shift < 0 && m >= rm:
		y--
	case shift > 0 && m <= rm:
		y++
	}
	x.Value = monthValue(y, m)
	return x
}

// shiftedPart resolves "this morning", "last night", "this evening".
func (t *tagger) shiftedPart(i, j int, id wordID, part int8) (match, bool) {
	var d time.Time
	switch id {
	case wThis:
		d = t.ref
	case wLast:
		if part != 3 && part != 4 {
			return match{}, false // "last morning" is not idiomatic
		}
		d = t.ref.AddDate(0, 0, -1)
	default:
		return match{}, false
	}
	x := t.relative(Time, "", GranTime)
	if t.hasRef {
		x.Value, _, _ = dayOf(d, part)
	}
	return match{i, j + 1, x}, true
}

// shiftedUnit resolves "last week", "this month", "next year",
// "this decade", "last weekend".
func (t *tagger) shiftedUnit(i, j, shift int, u unit) (match, bool) {
	var x Expression
	r := t.ref
	switch u {
	case uWeek:
		x = t.relative(Date, weekValue(r.AddDate(0, 0, 7*shift)), GranWeek)
	case uWeekend:
		x = t.relative(Date, weekValue(r.AddDate(0, 0, 7*shift))+"-WE", GranWeek)
	case uMonth:
		x = t.relative(Date, monthValue(r.Year(), int(r.Month())), GranMonth)
		if t.hasRef {
			d := dateOf(r.Year(), int(r.Month())+shift, 1)
			x.Value = monthValue(d.Year(), int(d.Month()))
		}
	case uYear:
		x = t.relative(Date, yearValue(r.Year()+shift), GranYear)
	case uDecade:
		if shift != 0 {
			return match{i, j + 1, duration("P10Y", GranDecade)}, true
		}
		x = t.relative(Date, pad(r.Year()/10, 3), GranDecade)
	case uCentury:
		x = t.relative(Date, pad(r.Year()/100+shift, 2), GranCentury)
	default:
		return match{}, false
	}
	return match{i, j + 1, x}, true
}
