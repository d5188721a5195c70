package temporal

// matchModified reads a date with a modifier: "early 2025", "mid-August",
// "late last year", "the Early 2000s", "the end of the year",
// "earlier this year", "later this month".
func (t *tagger) matchModified(i int) (match, bool) {
	k := t.at(i)
	if k.kind != kWord {
		return match{}, false
	}
	switch k.lex.word {
	case wEarly, wMid, wLate:
		j := i + 1
		if t.dash(j) && t.glued(j) {
			j++
		}
		inner, ok := t.modifiable(j, true)
		if !ok {
			return t.partThenDay(i, j)
		}
		x := inner.x
		x.Mod = modifierMods[k.lex.word]
		s := i
		if (x.Granularity == GranDecade || x.Granularity == GranCentury) && i-1 >= t.lo && t.word(i-1, wThe) {
			s = i - 1 // "the early 1980s"
		}
		return match{s, inner.e, x}, true
	case wPost, wPre:
		// "post-1961 housing", "pre-1990 prices": after or before the year.
		if !t.dash(i+1) || !t.glued(i+1) || !t.glued(i+2) {
			return match{}, false
		}
		inner, ok := t.yearAt(i+2, true)
		if !ok || inner.s != i+2 || inner.x.RangeEnd != "" {
			return match{}, false
		}
		x := inner.x
		x.Mod = "AFTER"
		if k.lex.word == wPre {
			x.Mod = "BEFORE"
		}
		return match{i, inner.e, x}, true
	case wEarlier, wLater:
		inner, ok := t.matchShifted(i + 1)
		if !ok || inner.s != i+1 || inner.x.Type == Duration {
			inner, ok = t.matchRelativeWord(i + 1)
			if !ok || inner.s != i+1 || (inner.x.Granularity != GranDay && inner.x.Granularity != GranTime) {
				return match{}, false
			}
		}
		return match{i, inner.e, inner.x}, true
	case wEnd, wBeginning, wStart, wMiddle:
		if !t.word(i+1, wOf) {
			return match{}, false
		}
		inner, ok := t.modifiable(i+2, false)
		if !ok {
			inner, ok = t.theUnit(i + 2)
		}
		if !ok {
			return match{}, false
		}
		x := inner.x
		x.Mod = modifierMods[k.lex.word]
		s := i
		if t.word(i-1, wThe) {
			s = i - 1
		}
		return match{s, inner.e, x}, true
	}
	return match{}, false
}

// partThenDay reads "mid-afternoon yesterday", "late morning Tuesday":
// a modified part of day with the day after it. A part of day alone
// ("in the early morning") names no day and is left.
func (t *tagger) partThenDay(i, j int) (match, bool) {
	p := t.at(j)
	if p.kind != kWord || p.lex.part == 0 || p.lex.flags&fPlural != 0 {
		return match{}, false
	}
	d := t.at(j + 1)
	var day match
	ok := false
	switch {
	case d.lex.word == wYesterday || d.lex.word == wToday || d.lex.word == wTomorrow:
		day, ok = t.matchRelativeWord(j + 1)
	case d.lex.weekday != 0:
		day, ok = t.matchWeekday(j + 1)
	}
	if !ok || day.s != j+1 || day.e != j+2 || day.x.Granularity != GranDay {
		return match{}, false
	}
	x := day.x
	x.Type, x.Granularity = Time, GranTime
	if len(x.Value) == 10 && x.Value[0] != 'X' {
		x.Value += "T" + partCodes[p.lex.part]
	}
	x.Mod = modifierMods[t.at(i).lex.word]
	return match{i, day.e, x}, true
}

// modifierMods maps modifier words to TIMEX3 mods.
var modifierMods = map[wordID]string{
	wEarly: "START", wMid: "MID", wLate: "END",
	wEnd: "END", wBeginning: "START", wStart: "START", wMiddle: "MID",
}

// modifiable reads the date a modifier can apply to, starting exactly at
// token j: a year, decade, month, season, "last year", or (after early
// and late) a weekday or yesterday, today, tomorrow.
func (t *tagger) modifiable(j int, weekday bool) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.s == j && m.x.Type != Duration && m.x.Type != Set && m.x.Resolution != ResolvedVague && (!found || m.e > best.e) {
			best, found = m, true
		}
	}
	try(t.yearAt(j, true))
	try(t.monthAt(j, true))
	try(t.seasonAt(j, true))
	try(t.matchShifted(j))
	if weekday {
		try(t.matchWeekday(j))
		if w := t.at(j).lex.word; w == wYesterday || w == wToday || w == wTomorrow {
			try(t.matchRelativeWord(j)) // "late yesterday", "early today"
		}
	}
	return best, found
}

// theUnit reads "the year", "the month", "the week", "the decade": the
// one holding the reference date ("by the end of the year").
func (t *tagger) theUnit(j int) (match, bool) {
	if !t.word(j, wThe) {
		return match{}, false
	}
	u := t.at(j + 1)
	if u.kind != kWord || u.lex.flags&fPlural != 0 {
		return match{}, false
	}
	switch u.lex.unit {
	case uWeek, uMonth, uYear, uDecade, uCentury:
		return t.shiftedUnit(j, j+1, 0, u.lex.unit)
	}
	return match{}, false
}
