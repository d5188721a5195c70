package temporal

// matchAmount reads amounts of time: durations ("two days", "five years",
// "three-day", "for years"), "two days ago" and "a year from now" (dates),
// and "twice a week" (a set).
func (t *tagger) matchAmount(i int) (match, bool) {
	if k := t.at(i); k.kind == kNum || k.lex.unit == noUnit {
		// A count needs a unit, another count word or a hyphen next: most
		// numbers and every "a" fail here, before any copying.
		nx := t.at(i + 1)
		if !(nx.kind == kWord && (nx.lex.unit != noUnit || nx.lex.number != 0) || t.dash(i+1)) &&
			!(nx.kind == kWord && t.at(i+2).lex.unit != noUnit && lists().amountAdjs[lowerASCII(t.str(i+1))]) && t.halfAt(i+1) == 0 {
			return match{}, false
		}
	}
	m, ok := t.amountExpr(i)
	if ok && (m.x.Type == Duration || m.x.Type == Date) && m.s == i && m.e > i+1 {
		m = t.widenAmount(m)
	}
	return m, ok
}

// widenAmount takes in what TIMEX3 puts in an amount's span: a leading
// "the" ("the nine months", "the first nine months") and an approximator
// ("nearly two years", "at least 30 days", "about two years ago").
func (t *tagger) widenAmount(m match) match {
	s := m.s
	if m.x.Type == Duration && !t.dash(m.e-2) { // not "the 10-year lease"
		if t.word(s-1, wThe) {
			s--
		} else if t.word(s-2, wThe) && lists().amountOrdinals[lowerASCII(t.str(s-1))] {
			s -= 2
		}
	}
	for n := 3; n >= 1; n-- {
		if s-n < t.lo {
			continue
		}
		var key [3]string
		ok := true
		for k := 0; k < n; k++ {
			if t.at(s-n+k).kind != kWord {
				ok = false
				break
			}
			key[k] = lowerASCII(t.str(s - n + k))
		}
		if !ok {
			continue
		}
		if mod, found := lists().approximators[key]; found {
			s -= n
			if m.x.Mod == "" {
				m.x.Mod = mod
			}
			break
		}
	}
	if s >= t.lo {
		m.s = s
	}
	return m
}

// rateBefore reports a count before "a year" that makes it a rate:
// "$2 million a year", "four flights a week", "700 seats a week".
func (t *tagger) rateBefore(i int) bool {
	p := t.at(i - 1)
	if p.kind == kNum || p.kind == kWord && (p.lex.number > 0 || lists().scaleWords[lowerASCII(t.str(i-1))]) {
		return true
	}
	if p.kind == kWord && !p.upper && p.lex.flags&fDatePrep == 0 && !lists().functionWords[lowerASCII(t.str(i-1))] {
		pp := t.at(i - 2)
		return pp.kind == kNum || pp.kind == kWord && pp.lex.number > 0
	}
	return false
}

// age reports "6-year-old" and "52 years old" from the token after the unit.
func (t *tagger) age(e int) bool {
	if t.dash(e) && t.glued(e) {
		e++
	}
	k := t.at(e)
	return k.kind == kWord && lists().ageWords[lowerASCII(t.str(e))]
}

func (t *tagger) amountExpr(i int) (match, bool) {
	k := t.at(i)
	if k.kind == kWord && k.lex.number >= 11 && k.lex.number <= 19 {
		if y, e, ok := t.spokenYear(i); ok {
			return match{i, e, absolute(Date, yearValue(y), GranYear)}, true // "in nineteen ninety-six"
		}
	}
	if k.kind == kWord && k.lex.unit != noUnit && k.lex.flags&fPlural != 0 && k.lex.unit != uWeekend {
		if k.lex.unit == uQuarter {
			return match{}, false // "living quarters", "at close quarters"
		}
		// "for years", "within weeks", "in the days before": an unknown amount.
		p := t.at(i - 1)
		if k.lex.unit == uDay && i-1 >= t.lo && p.kind == kWord && lists().presentDets[lowerASCII(t.str(i-1))] {
			return match{i - 1, i + 1, vague(PresentRef)}, true // "these days"
		}
		if (!k.upper || t.sentenceInitial(i)) && p.kind != kNum && p.lex.number == 0 && !t.age(i+1) &&
			p.lex.word != wEarly && p.lex.word != wLate && p.lex.word != wMid { // "the early hours of 4 August"
			return match{i, t.orUnits(i + 1), duration(durationValue(0, true, k.lex.unit), unitGran(k.lex.unit))}, true
		}
		return match{}, false
	}
	n, vagueN, j, ok := t.amountAt(i)
	if !ok {
		return match{}, false
	}
	article := foldIn(t.str(i), lists().articles) && j == i+1
	// "three-day", "10-year", "24-hour": adjectives.
	if t.dash(j) && t.glued(j) && t.glued(j+1) && !vagueN && !article {
		if u := t.at(j + 1); u.kind == kWord && u.lex.unit != noUnit && u.lex.unit != uWeekend && u.lex.flags&fPlural == 0 {
			if t.age(j + 2) {
				return match{}, false // "a 6-year-old": an age, not a time
			}
			return match{i, j + 2, duration(durationValue(n, false, u.lex.unit), unitGran(u.lex.unit))}, true
		}
	}
	half := false
	if h := t.halfAt(j); h > 0 && !article && !vagueN && halfUnits[t.at(h).lex.unit] {
		j, half = h, true // "5 1/2 hours"
	}
	if a, nx := t.at(j), t.at(j+1); !article && a.kind == kWord && nx.kind == kWord && nx.lex.unit != noUnit &&
		nx.lex.flags&fPlural != 0 && lists().amountAdjs[lowerASCII(t.str(j))] {
		j++ // "eight trading days", "20 more years"
	}
	u := t.at(j)
	if u.kind != kWord || u.lex.unit == noUnit || u.lex.unit == uWeekend {
		return match{}, false
	}
	if u.lex.unit == uQuarter && t.word(j+1, wOf) {
		return match{}, false // "three quarters of the vote": a fraction
	}
	if t.dash(j+1) && t.glued(j+1) && (t.word(j+2, wEarlier) || t.word(j+2, wAgo)) {
		return match{}, false // "a year-earlier loss": the adjective, read by matchQuarter
	}
	if u.lex.word == wMin && t.word(j+1, wRead) {
		return match{}, false // "5 min read" is a reading time, not a duration in the story
	}
	if article && u.lex.unit == uSecond {
		return match{}, false // "a second term"
	}
	if article && u.lex.flags&fPlural != 0 {
		return match{}, false
	}
	if k.kind == kNum && k.end-k.start == 4 && u.lex.flags&fPlural == 0 {
		return match{}, false // "the 1988 second quarter": a year, no amount
	}
	e := j + 1
	if !half && halfUnits[u.lex.unit] && !vagueN && t.word(e, wAnd) && t.word(e+1, wA) && lists().halves[lowerASCII(t.str(e+2))] {
		e, half = e+3, true // "a minute and a half"
	}
	if t.age(e) {
		return match{}, false // "52 years old"
	}
	if t.word(e, wAgo) {
		return match{i, e + 1, t.agoExpr(n, vagueN, u.lex.unit, -1)}, true
	}
	if n == 1 && u.lex.unit == uDay && u.lex.flags&fPlural == 0 && j == i+1 && foldIn(t.str(i), lists().someDay) &&
		t.flag(i-1, fFuture|fWeakFuture) {
		return match{i, e, vague(FutureRef)}, true // "the bridge will one day carry trams": some day ahead
	}
	if t.word(e, wEarlier) && u.lex.unit == uYear && !vagueN {
		// "a year earlier": the quarter named before, or the reference year, less n.
		return match{i, e + 1, t.yearBefore(n)}, true
	}
	if t.word(e, wFrom) && t.word(e+1, wNow) {
		return match{i, e + 2, t.agoExpr(n, vagueN, u.lex.unit, 1)}, true
	}
	if article {
		if lists().rateWords[lowerASCII(t.str(i-1))] {
			x := Expression{Type: Set, Value: durationValue(1, false, u.lex.unit), Granularity: unitGran(u.lex.unit), Resolution: ResolvedAbsolute}
			return match{i - 1, e, x}, true
		}
		if t.rateBefore(i) {
			return match{}, false
		}
	}
	if half {
		return match{i, e, duration(halfValue(n, u.lex.unit), unitGran(u.lex.unit))}, true
	}
	return match{i, e, duration(durationValue(n, vagueN, u.lex.unit), unitGran(u.lex.unit))}, true
}

// orUnits extends a bare plural unit ending before token e over "or" or
// "and" and another one: "within weeks or months" is one vague stretch.
func (t *tagger) orUnits(e int) int {
	if !foldIn(t.str(e), lists().conjunctions) {
		return e
	}
	if u := t.at(e + 1); u.kind == kWord && u.lex.unit != noUnit && u.lex.unit != uWeekend && u.lex.unit != uQuarter &&
		u.lex.flags&fPlural != 0 && (!u.upper || t.sentenceInitial(e+1)) && !t.age(e+2) {
		return e + 2
	}
	return e
}

// halfUnits take a half: the half spells in the next smaller unit.
var halfUnits = map[unit]bool{uMinute: true, uHour: true, uYear: true}

// halfAt reads "1/2" at token j and returns the token after it (0 if none).
func (t *tagger) halfAt(j int) int {
	if t.at(j).kind == kNum && t.str(j) == "1" && t.punct(j+1, "/") && t.glued(j+1) && t.glued(j+2) &&
		t.at(j+2).kind == kNum && t.str(j+2) == "2" && !t.glued(j+3) {
		return j + 3
	}
	return 0
}

// halfValue spells n and a half units: PT5H30M, P2Y6M, PT1M30S.
func halfValue(n int, u unit) string {
	switch u {
	case uMinute:
		return "PT" + pad(n, 1) + "M30S"
	case uHour:
		return "PT" + pad(n, 1) + "H30M"
	}
	return "P" + pad(n, 1) + "Y6M"
}

// amountAt reads a count at token i: digits, a number word ("two",
// "twenty-five"), "a"/"an", or a vague amount ("several", "a few",
// "a couple of"). It returns the token after the count.
func (t *tagger) amountAt(i int) (n int, vagueN bool, next int, ok bool) {
	k := t.at(i)
	switch k.kind {
	case kNum:
		v, ok := t.num(i, 1, 4)
		if !ok || (t.glued(i) && t.startsNumberRun(i)) || t.numberContinues(i+1) {
			return 0, false, 0, false
		}
		return v, false, i + 1, true
	case kWord:
	default:
		return 0, false, 0, false
	}
	num := int(k.lex.number)
	if num == 0 {
		return 0, false, 0, false
	}
	j := i + 1
	if nx := t.at(j).lex.number; num == 1 && k.lex.word == wA && (nx == -1 || nx >= 12 || foldIn(t.str(j), lists().coupleWords)) && t.at(j).kind == kWord {
		// "a few", "a couple of", "a hundred", "a dozen"
		num = int(t.at(j).lex.number)
		j++
	}
	if foldIn(t.str(j-1), lists().coupleWords) && t.word(j, wOf) {
		j++
	}
	if num == -1 {
		return 0, true, j, true
	}
	// "twenty-five"
	if num >= 20 && num%10 == 0 && t.dash(j) && t.glued(j) && t.glued(j+1) {
		if u := t.at(j + 1); u.kind == kWord && u.lex.number > 0 && u.lex.number < 10 {
			num += int(u.lex.number)
			j += 2
		}
	}
	return num, false, j, true
}

// durationValue spells n units as a TIMEX3 duration; vague gives X.
func durationValue(n int, vagueN bool, u unit) string {
	amount := pad(n, 1)
	if vagueN {
		amount = "X"
	}
	switch u {
	case uSecond:
		return "PT" + amount + "S"
	case uMinute:
		return "PT" + amount + "M"
	case uHour:
		return "PT" + amount + "H"
	case uDay:
		return "P" + amount + "D"
	case uWeek:
		return "P" + amount + "W"
	case uFortnight:
		if vagueN {
			return "PXW"
		}
		return "P" + pad(2*n, 1) + "W"
	case uMonth:
		return "P" + amount + "M"
	case uQuarter:
		return "P" + amount + "Q"
	case uDecade: // TimeML spells a counted decade in years (P20Y), decades PXE
		if vagueN {
			return "PXE"
		}
		return "P" + pad(10*n, 1) + "Y"
	case uCentury:
		if vagueN {
			return "PXC"
		}
		return "P" + pad(100*n, 1) + "Y"
	default:
		return "P" + amount + "Y"
	}
}

// unitYears is how many years a unit spans (0 below a year).
func unitYears(u unit) int {
	switch u {
	case uYear:
		return 1
	case uDecade:
		return 10
	case uCentury:
		return 100
	}
	return 0
}

func unitGran(u unit) string {
	switch u {
	case uSecond, uMinute, uHour:
		return GranTime
	case uDay:
		return GranDay
	case uWeek, uFortnight, uWeekend:
		return GranWeek
	case uMonth, uQuarter:
		return GranMonth
	case uDecade:
		return GranDecade
	case uCentury:
		return GranCentury
	default:
		return GranYear
	}
}

// agoExpr resolves "two days ago" (dir -1) or "two days from now" (+1).
func (t *tagger) agoExpr(n int, vagueN bool, u unit, dir int) Expression {
	if vagueN {
		if dir < 0 {
			return vague(PastRef)
		}
		return vague(FutureRef)
	}
	r := t.ref
	n *= dir
	if t.hasRef && r.Year()+n*unitYears(u) < 1 {
		return vague(PastRef) // "5,000 years ago": before year 1, no calendar value
	}
	switch u {
	case uWeek, uFortnight:
		if u == uFortnight {
			n *= 2
		}
		return t.relative(Date, weekValue(r.AddDate(0, 0, 7*n)), GranWeek)
	case uMonth:
		d := dateOf(r.Year(), int(r.Month())+n, 1)
		return t.relative(Date, monthValue(d.Year(), int(d.Month())), GranMonth)
	case uQuarter:
		d := dateOf(r.Year(), int(r.Month())+3*n, 1)
		return t.relative(Date, yearValue(d.Year())+"-Q"+pad((int(d.Month())+2)/3, 1), GranMonth)
	case uYear:
		if n < 0 && t.lastQuarter != "" {
			return t.yearBefore(-n) // "up from $2 million a year ago": the quarter compared
		}
		return t.relative(Date, yearValue(r.Year()+n), GranYear)
	case uDecade:
		return t.relative(Date, yearValue(r.Year()+10*n), GranYear)
	case uCentury:
		return t.relative(Date, yearValue(r.Year()+100*n), GranYear)
	case uDay:
		return t.relative(Date, dateValue(r.AddDate(0, 0, n)), GranDay)
	default: // hours, minutes, seconds: the reference day
		return t.relative(Date, dateValue(r), GranDay)
	}
}
