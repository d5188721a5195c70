package temporal

import "sort"

// matchClock reads clock times: "10 a.m.", "10:30 pm", "14:30", "10am",
// "noon", "midnight", with the day that follows ("10 p.m. Wednesday",
// "5 p.m. EST, Nov. 6"): one TIMEX3.
func (t *tagger) matchClock(i int) (match, bool) {
	m, ok := t.clockAt(i)
	if !ok {
		return m, false
	}
	j := m.e
	if k := t.at(j); k.kind == kWord && k.allUpper && lists().timeZones[lowerASCII(t.str(j))] {
		j++
	}
	if t.punct(j, ",") {
		j++
	}
	k := t.at(j)
	if k.kind != kWord || !k.upper {
		return m, true
	}
	var day Expression
	e := 0
	switch {
	case k.lex.weekday != 0 && k.lex.flags&(fAbbrev|fPlural) == 0 && !t.weekdayIsName(j):
		day, e = t.weekdayExpr(int(k.lex.weekday), 0, false, t.weekdayAhead(j, int(k.lex.weekday)), 0), j+1
	case k.lex.month != 0:
		dm, ok := t.dateAt(j)
		if !ok || dm.x.Granularity != GranDay || dm.x.RangeEnd != "" {
			return m, true
		}
		day, e = dm.x, dm.e
	default:
		return m, true
	}
	x := day
	x.Type, x.Granularity = Time, GranTime
	if len(day.Value) == 10 {
		x.Value = day.Value + m.x.Value
	}
	return match{i, e, x}, true
}

// clockAt reads the clock time alone.
func (t *tagger) clockAt(i int) (match, bool) {
	k := t.at(i)
	if k.kind == kWord {
		switch k.lex.word {
		case wNoon:
			if k.upper && !t.sentenceInitial(i) && t.at(i-1).upper {
				return match{}, false // "High Noon": a title
			}
			return match{i, i + 1, absolute(Time, clockValue(12, 0), GranTime)}, true
		case wMidnight:
			return match{i, i + 1, absolute(Time, clockValue(24, 0), GranTime)}, true
		}
		return match{}, false
	}
	h, ok := t.num(i, 1, 2)
	if !ok || h > 24 || (t.glued(i) && t.startsNumberRun(i)) {
		return match{}, false
	}
	min, j := 0, i+1
	colon := false
	if t.punct(j, ":") && t.glued(j) && !t.glued(j+1) && t.spacedMinutes(j+1) {
		// "8: 30pm", as some copy tokenises a clock time: read only before
		// am/pm, where the minutes cannot be a ratio's or a verse's
		mm, _ := t.num(j+1, 2, 2)
		min, j, colon = mm, j+2, true
	} else if t.punct(j, ":") && t.glued(j) && t.glued(j+1) {
		mm, ok := t.num(j+1, 2, 2)
		if !ok || mm > 59 {
			return match{}, false
		}
		min, j, colon = mm, j+2, true
		if t.punct(j, ":") && t.glued(j) && t.glued(j+1) {
			if _, ok := t.num(j+1, 2, 2); ok {
				j += 2 // seconds: kept in the span, dropped from the value
			}
		}
		if t.numberContinues(j) {
			return match{}, false
		}
	} else if t.punct(j, ".") && t.glued(j) && t.glued(j+1) {
		// "7.30pm": a dot separates hours and minutes only before am/pm.
		if mm, ok := t.num(j+1, 2, 2); ok && mm <= 59 {
			if _, _, ampm := t.meridiem(j + 2); ampm {
				min, j = mm, j+2
			}
		}
	}
	pm, e, ampm := t.meridiem(j)
	switch {
	case ampm:
		if h < 1 || h > 12 {
			return match{}, false
		}
		if pm && h != 12 {
			h += 12
		} else if !pm && h == 12 {
			h = 0
		}
		j = e
	case !colon || h > 23 && !(h == 24 && min == 0):
		return match{}, false
	}
	return match{i, j, absolute(Time, clockValue(h, min), GranTime)}, true
}

// meridiem reads am/pm/a.m./p.m. at token j.
func (t *tagger) meridiem(j int) (pm bool, end int, ok bool) {
	k := t.at(j)
	if k.kind != kWord {
		return false, 0, false
	}
	switch k.lex.word {
	case wAm, wPm:
		return k.lex.word == wPm, j + 1, true
	case wA, wP:
		// "a.m.", and "a. m." as some copy tokenises it
		if t.punct(j+1, ".") && t.glued(j+1) && t.word(j+2, wM) {
			e := j + 3
			if t.punct(e, ".") && t.glued(e) {
				e++
			}
			return k.lex.word == wP, e, true
		}
	}
	return false, 0, false
}

// spacedMinutes reports two-digit minutes at token i followed by am/pm.
func (t *tagger) spacedMinutes(i int) bool {
	mm, ok := t.num(i, 2, 2)
	if !ok || mm > 59 {
		return false
	}
	_, _, ampm := t.meridiem(i + 1)
	return ampm
}

// anchorTimes gives a bare clock time the full date named in the same
// sentence, when there is exactly one nearest candidate.
func (t *tagger) anchorTimes(out []Expression) {
	for i := range out {
		x := &out[i]
		if x.Type != Time || len(x.Value) != 6 || x.Value[0] != 'T' {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(out) {
				continue
			}
			d := &out[j]
			if d.Type != Date || d.Granularity != GranDay || d.RangeEnd != "" || len(d.Value) != 10 || d.Value[0] == 'X' {
				continue
			}
			lo, hi := d.End, x.Start
			if j > i {
				lo, hi = x.End, d.Start
			}
			if hi-lo > 40 || t.sentenceBreak(lo, hi) {
				continue
			}
			x.Value = d.Value + x.Value
			x.Resolution, x.Relative = d.Resolution, d.Relative
			break
		}
	}
}

// sentenceBreak reports whether the text between byte offsets lo and hi
// crosses a sentence or line boundary. A period after an abbreviation
// ("Dr.", "Sept.", "a.m.") ends no sentence: "At 10 a.m. Dr. Varga
// arrived on May 3" keeps its clock time and date together.
func (t *tagger) sentenceBreak(lo, hi int) bool {
	// From the token ending at lo: "10 a.m." keeps its final period.
	k := sort.Search(len(t.toks), func(i int) bool { return t.toks[i].end >= lo })
	for ; k < len(t.toks) && t.toks[k].start < hi; k++ {
		tk := &t.toks[k]
		if tk.nl && tk.start > lo {
			return true
		}
		if tk.kind != kPunct || tk.end-tk.start != 1 {
			continue
		}
		switch t.text[tk.start] {
		case '!', '?', ';':
			return true
		case '.':
			if k+1 < len(t.toks) && t.toks[k+1].space && t.toks[k+1].start < hi && (!t.abbreviation(k-1) || t.clockEnd(k)) {
				return true
			}
		}
	}
	return false
}

// clockEnd reports the period of "a.m." or "p.m." at token k ending a
// sentence: the time does not open its sentence, and a capitalised word
// follows that is no weekday, month or time zone ("shut at 10 a.m. It
// reopened", not "10 a.m. Tuesday").
func (t *tagger) clockEnd(k int) bool {
	if !t.word(k-1, wM) || !t.punct(k-2, ".") || !(t.word(k-3, wA) || t.word(k-3, wP)) {
		return false
	}
	if n := k - 4; t.sentenceInitial(n) || t.at(n-1).kind == kWord && t.sentenceInitial(n-1) {
		return false // "At 10 a.m. Dr. Varga arrived": a time opening a sentence does not end it
	}
	nx := t.at(k + 1)
	return nx.kind == kWord && nx.upper && nx.lex.weekday == 0 && nx.lex.month == 0 && !lists().timeZones[lowerASCII(t.str(k+1))]
}
