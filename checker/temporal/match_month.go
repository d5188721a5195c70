package temporal

// matchMonth reads dates led by a month name: "September 28, 2025",
// "Sept. 28", "August 15th", "May 3 and 4", "September 28 – October 2",
// "March 2025", "March of 2025", and a month alone ("in March").
func (t *tagger) matchMonth(i int) (match, bool) {
	return t.monthAt(i, false)
}

// monthAt reads a month-led date; forced says the left context makes a
// bare month a date ("early March", "last May").
func (t *tagger) monthAt(i int, forced bool) (match, bool) {
	k := t.at(i)
	if k.kind != kWord || k.lex.month == 0 || k.lex.flags&fPlural != 0 {
		return match{}, false
	}
	m := int(k.lex.month)
	abbrev := k.lex.flags&fAbbrev != 0
	j := i + 1
	if abbrev && t.punct(j, ".") && t.glued(j) {
		j++
	}
	if mt, ok := t.monthDayAt(i, j, m); ok {
		return mt, true
	}
	// Month and year.
	yj := j
	if t.punct(yj, ",") || t.word(yj, wOf) {
		yj++
	}
	if y, ok := t.num(yj, 4, 4); ok && y >= 1000 && y <= 2999 && !t.numberContinues(yj+1) && (k.upper || !ambiguousMonth(m)) {
		if nx := t.at(yj + 1); !(nx.kind == kWord && nx.lex.flags&fCountNoun != 0) {
			return match{i, yj + 1, absolute(Date, monthValue(y, m), GranMonth)}, true
		}
	}
	if y, e, ok := t.spokenYear(yj); ok && k.upper && y < 2100 {
		return match{i, e, absolute(Date, monthValue(y, m), GranMonth)}, true // "January nineteen ninety-seven"
	}
	if abbrev || !t.monthAloneOK(i, m, forced) {
		return match{}, false
	}
	if y, ok := t.yearWord(i + 1); ok {
		return match{i, i + 3, y.monthOf(m)}, true // "June last year"
	}
	return match{i, i + 1, t.monthAlone(i, m)}, true
}

// ambiguousMonth: "may" and "march" are also a verb and a noun.
func ambiguousMonth(m int) bool { return m == 3 || m == 5 }

// monthDayAt reads the day (and optional range end and year) after the
// month at token i; j is the token after the month (and its period).
func (t *tagger) monthDayAt(i, j, m int) (match, bool) {
	k := t.at(i)
	d, ok := t.num(j, 1, 2)
	if !ok || d < 1 || d > 31 || (!k.upper && ambiguousMonth(m)) {
		return match{}, false
	}
	if t.glued(j) && !t.punct(j-1, ".") {
		return match{}, false // "May3" is more likely a code
	}
	end := j + 1
	if t.ordinalSuffix(end) {
		end++
	}
	if t.punct(end, ":") && t.glued(end) && t.at(end+1).kind == kNum && t.glued(end+1) || !t.dash(end) && t.numberContinues(end) {
		return match{}, false // "May 3:30", "June 1.5"
	}
	if nx := t.at(end); nx.kind == kWord && (nx.lex.flags&fCountNoun != 0 && nx.lex.flags&fPastVerb == 0 && !t.pastParticiple(end) || nx.lex.unit != 0) {
		return match{}, false // "March 3 people", "May 2 years"
	}
	// Optional range end: "28-30", "3 to 5", "3 and 4", "28 – October 2".
	endM, endD := 0, 0
	if t.dash(end) || t.word(end, wTo) || t.word(end, wThrough) || t.word(end, wAnd) || t.word(end, wUntil) {
		if d2, ok := t.num(end+1, 1, 2); ok && d2 > d && d2 <= 31 && !t.numberContinues(end+2) && (!t.glued(end) || t.dash(end)) {
			if nx := t.at(end + 2); !(nx.kind == kWord && (nx.lex.flags&fCountNoun != 0 || nx.lex.unit != 0 || nx.lex.word == wAm || nx.lex.word == wPm || nx.lex.word == wA || nx.lex.word == wP)) {
				endM, endD = m, d2
				end += 2
				if t.ordinalSuffix(end) {
					end++
				}
			}
		} else if mk := t.at(end + 1); mk.kind == kWord && mk.lex.month != 0 && mk.upper {
			mj := end + 2
			if mk.lex.flags&fAbbrev != 0 && t.punct(mj, ".") {
				mj++
			}
			if d2, ok := t.num(mj, 1, 2); ok && d2 >= 1 && d2 <= 31 && !t.numberContinues(mj+1) {
				endM, endD = int(mk.lex.month), d2
				end = mj + 1
				if t.ordinalSuffix(end) {
					end++
				}
			}
		}
	}
	// Optional year.
	year := 0
	yj := end
	if t.punct(yj, ",") {
		yj++
	}
	if y, ok := t.num(yj, 4, 4); ok && y >= 1000 && y <= 2999 && !t.numberContinues(yj+1) {
		if nx := t.at(yj + 1); !(nx.kind == kWord && nx.lex.flags&fCountNoun != 0) {
			year, end = y, yj+1
		}
	}
	return t.dayMatch(i, end, year, m, d, endM, endD)
}

// dayMatch builds a day-granularity date (or range) with or without year.
func (t *tagger) dayMatch(s, e, year, m, d, endM, endD int) (match, bool) {
	checkYear := year
	if checkYear == 0 {
		checkYear = 2000 // leap year: 29 February passes when no year is given
	}
	if !validDay(checkYear, m, d) || (endM != 0 && !validDay(checkYear, endM, endD)) {
		return match{}, false
	}
	var x Expression
	if year != 0 {
		x = absolute(Date, dayValue(year, m, d), GranDay)
	} else {
		x = t.monthDay(s, m, d)
	}
	if endM != 0 {
		x.RangeEnd = rangeEndValue(x.Value, m, endM, endD)
	}
	return match{s, e, x}, true
}

// rangeEndValue spells the end of a day range in the start's year, rolling
// over to the next year when the end month comes first (Dec 30 – Jan 2).
func rangeEndValue(start string, m, endM, endD int) string {
	if len(start) < 4 || start == Unresolved {
		return Unresolved
	}
	if start[:4] == "XXXX" {
		return "XXXX-" + pad(endM, 2) + "-" + pad(endD, 2)
	}
	y, _ := digits(start[:4])
	if endM < m {
		y++
	}
	return dayValue(y, endM, endD)
}

// monthAloneOK decides whether a month name on its own is a date.
func (t *tagger) monthAloneOK(i, m int, forced bool) bool {
	k := t.at(i)
	if !k.upper {
		return forced && !ambiguousMonth(m)
	}
	if forced {
		return true
	}
	prev := t.at(i - 1)
	prevDate := prev.kind == kWord && prev.lex.flags&fDatePrep != 0 && prev.lex.word != wAnd && prev.lex.word != wTo &&
		prev.lex.month == 0 && prev.lex.season == 0
	if ambiguousMonth(m) {
		return prevDate
	}
	if prevDate {
		return true
	}
	if t.sentenceInitial(i) && t.at(i+1).kind == kWord && !t.at(i+1).upper {
		return false // "June said…": a month opening a sentence before a verb is usually a name
	}
	next := t.at(i + 1)
	if next.kind == kWord && next.upper && next.lex == (lex{}) {
		return false // "June Carter": a first name
	}
	if prev.kind == kWord && prev.upper && prev.lex == (lex{}) && !t.sentenceInitial(i-1) {
		return false // "Hotel August": part of a name
	}
	return true
}

// matchDayMonth reads day-first dates: "28 September 2025", "2 April",
// "15th of August", "28-30 September".
func (t *tagger) matchDayMonth(i int) (match, bool) {
	d, ok := t.num(i, 1, 2)
	if !ok || d < 1 || d > 31 || (t.glued(i) && t.startsNumberRun(i)) {
		return match{}, false
	}
	j := i + 1
	if t.ordinalSuffix(j) {
		j++
	}
	endD := 0
	if t.dash(j) {
		if d2, ok := t.num(j+1, 1, 2); ok && d2 > d && d2 <= 31 {
			endD = d2
			j += 2
			if t.ordinalSuffix(j) {
				j++
			}
		}
	}
	if t.word(j, wOf) {
		j++
	}
	mk := t.at(j)
	if mk.kind != kWord || mk.lex.month == 0 || !mk.upper || mk.lex.flags&fPlural != 0 {
		return match{}, false
	}
	m := int(mk.lex.month)
	end := j + 1
	if mk.lex.flags&fAbbrev != 0 && t.punct(end, ".") && t.glued(end) {
		end++
	}
	year := 0
	if y, ok := t.num(end, 4, 4); ok && y >= 1000 && y <= 2999 && !t.numberContinues(end+1) {
		year = y
		end++
	} else if t.punct(end, ",") {
		if y, ok := t.num(end+1, 4, 4); ok && y >= 1000 && y <= 2999 && !t.numberContinues(end+2) {
			year = y
			end += 2
		}
	}
	endM := 0
	if endD != 0 {
		endM = m
	}
	return t.dayMatch(i, end, year, m, d, endM, endD)
}

// matchOrdinalDay reads "the 15th": a day of the reference month.
func (t *tagger) matchOrdinalDay(i int) (match, bool) {
	d, ok := t.num(i, 1, 2)
	if !ok || d < 1 || d > 31 || !t.ordinalSuffix(i+1) || !t.word(i-1, wThe) {
		return match{}, false
	}
	next := t.at(i + 2)
	switch {
	case next.kind == kNone, next.kind == kPunct && !t.dash(i+2) && !t.punct(i+2, "/"):
	case next.kind == kWord && (next.lex.word == wAt || foldIn(t.str(i+2), lists().conjunctions)):
	default:
		return match{}, false // "the 15th century", "the 3rd floor"
	}
	x := Expression{Type: Date, Granularity: GranDay, Relative: true}
	if !t.hasRef {
		x.Value, x.Resolution = "XXXX-XX-"+pad(d, 2), ResolvedUnresolved
	} else {
		y, m := t.ref.Year(), int(t.ref.Month())
		if !validDay(y, m, d) {
			return match{}, false
		}
		x.Value, x.Resolution = dayValue(y, m, d), ResolvedReference
	}
	return match{i - 1, i + 2, x}, true
}

// shiftedYear is "this year", "last year" or "next year" after a month.
type shiftedYear struct {
	t     *tagger
	shift int
}

// yearWord reads "this/last/next year" at token j.
func (t *tagger) yearWord(j int) (shiftedYear, bool) {
	if u := t.at(j + 1); u.kind != kWord || u.lex.unit != uYear || u.lex.flags&fPlural != 0 {
		return shiftedYear{}, false
	}
	switch {
	case t.word(j, wThis):
		return shiftedYear{t, 0}, true
	case t.word(j, wLast):
		return shiftedYear{t, -1}, true
	case t.word(j, wNext):
		return shiftedYear{t, 1}, true
	}
	return shiftedYear{}, false
}

// monthOf resolves month m of the shifted year.
func (y shiftedYear) monthOf(m int) Expression {
	x := y.t.relative(Date, "", GranMonth)
	if y.t.hasRef {
		x.Value = monthValue(y.t.ref.Year()+y.shift, m)
	}
	return x
}

// pastParticiple reports a lower-case "-ed" word ("killed", "injured"):
// after "Aug. 7" it is a verb, not a counted noun.
func (t *tagger) pastParticiple(k int) bool {
	s := t.str(k)
	return len(s) > 3 && endsIn(s, lists().pastEndings) && !t.at(k).upper
}
