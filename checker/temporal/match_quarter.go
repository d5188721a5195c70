package temporal

import (
	"strconv"
	"time"
)

// matchQuarter reads fiscal periods: "the third quarter", "third-quarter",
// "the fiscal first quarter", "the third quarter of 1990", "this year's
// third quarter", "the 1988 second quarter", "the first half of 1990",
// "the latest quarter", "the year-earlier period", "fiscal 1989", "the
// current fiscal year", "year-earlier" and "for the year".
func (t *tagger) matchQuarter(i int) (match, bool) {
	if k := t.at(i); k.kind == kNum && k.end-k.start != 4 && !t.ordinalSuffix(i+1) {
		return match{}, false // only "1988 third quarter" and "3rd quarter" start at a number
	}
	for h := i; h < i+7 && h < len(t.toks); h++ {
		k := t.at(h)
		if k.kind == kPunct && !t.dash(h) && !t.apostrophe(h) {
			break
		}
		if k.kind != kWord || k.lex.flags&fPeriod == 0 {
			continue
		}
		head := lexData().PeriodHeads[lowerASCII(t.str(h))]
		if head == "" {
			continue // "fiscal": the head may follow
		}
		if m, ok := t.periodAt(h, head); ok && m.s <= i {
			return m, true
		}
		break
	}
	return t.yearPhrase(i)
}

// Period heads, as data/lexicon.yml's period_heads names them.
const (
	headQuarter = "Q"
	headHalf    = "H"
	headPeriod  = "P"
)

// periodAt reads the phrase whose head ("quarter", "half", "period") is
// token h, from its determiner to an optional "of 1990" or "a year ago".
func (t *tagger) periodAt(h int, head string) (match, bool) {
	hk := t.at(h)
	n, explicitY, yearBack, shift := 0, 0, 0, 0
	latest, current := false, false
	k := h - 1
	if t.dash(h+1) && t.glued(h+1) {
		return match{}, false // "quarter-to-quarter"
	}
	adjective := false
	if t.dash(k) && t.glued(k) && t.glued(h) {
		k-- // "third-quarter": an adjective, its determiner belongs to the noun
		if t.at(k).lex.ordinal == 0 {
			return match{}, false
		}
		adjective = true
	}
	switch o := t.at(k); {
	case o.kind == kWord && o.lex.ordinal != 0:
		n = int(o.lex.ordinal)
		k--
	case t.ordinalSuffix(k):
		if d, ok := t.num(k-1, 1, 1); ok && d >= 1 && d <= 4 {
			n = d
			k -= 2
		}
	case head == headHalf && t.word(k, wLast):
		n = 2 // "the last half of 1989"
		k--
	}
	if hk.upper && n == 0 && !t.sentenceInitial(h) {
		return match{}, false // "the French Quarter"
	}
	// Modifiers, right to left.
loop:
	for k >= t.lo && k > h-9 {
		w := lowerASCII(t.str(k))
		switch {
		case t.dash(k) && t.glued(k) && t.glued(k+1):
			k-- // "fiscal-first"
		case lists().fiscalWords[w]:
			k--
		case lists().periodLatest[w]:
			latest = true
			k--
		case lists().periodCurrent[w]:
			current = true
			k--
		case lists().periodBefore[w]:
			yearBack = 1
			k--
		case lists().yearEarlier[w] && t.dash(k-1) && t.singularYear(k-2):
			yearBack = 1 // "the year-earlier quarter"
			k -= 3
		case t.yearNum(k) != 0:
			explicitY = t.yearNum(k)
			k--
		case w == "s" && t.apostrophe(k-1) && t.glued(k):
			if y := t.yearNum(k - 2); y != 0 {
				explicitY = y // "1990's third quarter"
				k -= 3
				continue
			}
			if !t.singularYear(k-2) || !t.hasRef {
				break loop
			}
			switch {
			case t.word(k-3, wThis):
				explicitY = t.ref.Year()
			case t.word(k-3, wLast):
				explicitY = t.ref.Year() - 1
			case t.word(k-3, wNext):
				explicitY = t.ref.Year() + 1
			default:
				break loop
			}
			k -= 4 // "this year's third quarter"
		default:
			break loop
		}
	}
	s := k + 1
	if k >= t.lo && t.at(k).kind == kWord && !(adjective && s == h-2) {
		switch kw := t.at(k).lex.word; {
		case kw == wThis && n == 0 && head != headHalf:
			current, s = true, k
		case (kw == wLast || kw == wNext) && n == 0 && head == headQuarter:
			shift, s = 1, k
			if kw == wLast {
				shift = -1
			}
		case lists().periodDets[lowerASCII(t.str(k))]:
			s = k
		}
	}
	// The right side: "of 1990", "a year ago", "last year".
	e := h + 1
	if t.word(e, wOf) {
		switch {
		case t.yearNum(e+1) != 0:
			explicitY = t.yearNum(e + 1)
			e += 2
		case t.word(e+1, wThe) && t.singularYear(e+2):
			e += 3
		case n > 0 && t.word(e+1, wThe):
			return match{}, false // "the third quarter of the game"
		}
	}
	switch {
	case t.word(e, wA) && t.singularYear(e+1) && (t.word(e+2, wAgo) || t.word(e+2, wEarlier)):
		yearBack, e = 1, e+3
	case t.word(e, wLast) && t.singularYear(e+1):
		yearBack, e = 1, e+2
	}
	if s >= h && n == 0 {
		return match{}, false // a bare "quarter" is a fraction
	}
	x, anchor, ok := t.periodValue(h, head, n, explicitY, yearBack, shift, latest, current)
	if !ok {
		return match{}, false
	}
	m := match{s, e, x}
	if anchor {
		t.anchor = m
	}
	return m, true
}

// periodValue resolves a fiscal period phrase.
func (t *tagger) periodValue(h int, head string, n, y, yearBack, shift int, latest, current bool) (Expression, bool, bool) {
	if head == headHalf {
		if n < 1 || n > 2 {
			return Expression{}, false, false
		}
		return t.periodExpr(y, yearBack, "-H"+strconv.Itoa(n)), false, true
	}
	if n > 4 || head == headPeriod && n == 0 && !latest && !current && yearBack == 0 && y == 0 {
		return Expression{}, false, false
	}
	if n > 0 {
		if y == 0 && t.hasRef {
			y = t.quarterYear(n, h)
			x := t.periodExpr(y, yearBack, "-Q"+strconv.Itoa(n))
			x.Resolution, x.Relative = ResolvedYearFromRef, true
			return x, yearBack == 0, true
		}
		return t.periodExpr(y, yearBack, "-Q"+strconv.Itoa(n)), yearBack == 0 && y == 0, true
	}
	// No ordinal: the quarter named before, or the one the reference is in.
	qy, qn := 0, 0
	if v, ok := Parse(t.lastQuarter); ok && v.Quarter != 0 {
		qy, qn = v.Year, v.Quarter
	}
	if t.hasRef && (current || shift != 0 || latest) {
		d := dateOf(t.ref.Year(), int(t.ref.Month()), 1)
		switch {
		case shift != 0:
			d = d.AddDate(0, 3*shift, 0)
		case !current:
			d = d.AddDate(0, -3, 0) // "the latest quarter": the last one over
		}
		qy, qn = d.Year(), (int(d.Month())-1)/3+1
	}
	if qn == 0 {
		return Expression{}, false, false
	}
	if y != 0 {
		qy = y
	}
	x := t.relative(Date, pad(qy-yearBack, 4)+"-Q"+strconv.Itoa(qn), GranMonth)
	return x, false, true
}

// periodExpr spells a year-level period (Q3, H1) of year y, less yearBack
// years; an unknown year is the reference year.
func (t *tagger) periodExpr(y, yearBack int, suffix string) Expression {
	if y != 0 {
		return absolute(Date, pad(y-yearBack, 4)+suffix, GranMonth)
	}
	x := t.relative(Date, "", GranMonth)
	if t.hasRef {
		x.Value = pad(t.ref.Year()-yearBack, 4) + suffix
	} else {
		x.Value = "XXXX" + suffix
	}
	return x
}

// quarterYear is the year of quarter n named without one: the reference
// year, or the year before when the quarter lies ahead of the reference
// and the sentence does not look ahead (and the year after the other way).
func (t *tagger) quarterYear(n, at int) int {
	rq := (int(t.ref.Month())-1)/3 + 1
	y := t.ref.Year()
	if t.tense(at) == tenseFuture {
		if n < rq-1 {
			y++ // the quarter just over is still reported on ahead
		}
	} else if n > rq {
		y--
	}
	return y
}

// yearNum returns the 4-digit year at token k, or 0.
func (t *tagger) yearNum(k int) int {
	if y, ok := t.num(k, 4, 4); ok && y >= 1000 && y <= 2999 && !t.numberContinues(k+1) {
		return y
	}
	return 0
}

// yearPhrase reads "fiscal 1989", "the current fiscal year", the adjective
// "year-earlier" and "the year" ("profit for the year").
func (t *tagger) yearPhrase(i int) (match, bool) {
	k := t.at(i)
	if k.kind != kWord {
		return match{}, false
	}
	if lists().fiscalWords[lowerASCII(t.str(i))] {
		j := i + 1
		if y := t.yearNum(j); y != 0 {
			return match{s: i, e: j + 1, x: absolute(Date, yearValue(y), GranYear)}, true
		}
		if !t.singularYear(j) {
			return match{}, false
		}
		if y := t.yearNum(j + 1); y != 0 {
			return match{s: i, e: j + 2, x: absolute(Date, yearValue(y), GranYear)}, true
		}
		s, off := i, 0
		switch p := lowerASCII(t.str(i - 1)); {
		case lists().periodCurrent[p]:
			s = i - 1
		case lists().periodLatest[p]:
			s, off = i-1, -1
		}
		if s-1 < t.lo || !lists().periodDets[lowerASCII(t.str(s-1))] {
			return match{}, false
		}
		return t.theYear(s-1, j, off)
	}
	if k.lex.unit == uWeekend && k.lex.flags&fPlural == 0 && i-1 >= t.lo && t.word(i-1, wThe) {
		return match{i - 1, i + 1, t.theWeekend(i)}, true
	}
	if k.lex.unit == uWeek && k.lex.flags&fPlural == 0 && i-1 >= t.lo && t.word(i-1, wThe) && t.word(i+1, wOf) {
		// "the week of May 12": the week that day falls in.
		if d, ok := t.dateAt(i + 2); ok && d.x.Granularity == GranDay && d.x.RangeEnd == "" {
			if day, err := time.Parse("2006-01-02", d.x.Value); err == nil {
				x := d.x
				x.Value, x.Granularity, x.Weekday = weekValue(day), GranWeek, ""
				return match{i - 1, d.e, x}, true
			}
		}
	}
	if k.lex.unit == uWeek && k.lex.flags&fPlural == 0 && i-1 >= t.lo && t.word(i-1, wThe) && !lists().anchoredAfter[lowerASCII(t.str(i+1))] {
		// "for the week": TimeML leaves a week the text does not name
		// underspecified (1989-WXX), as TimeBank annotates it.
		x := t.relative(Date, yearValue(t.ref.Year())+"-WXX", GranWeek)
		return match{i - 1, i + 1, x}, true
	}
	if k.lex.unit != uYear || k.lex.flags&fPlural != 0 {
		return match{}, false
	}
	if t.dash(i+1) && t.glued(i+1) && t.glued(i+2) {
		if t.word(i+2, wEarlier) || t.word(i+2, wAgo) {
			return match{i, i + 3, t.yearBefore(1)}, true // "the year-earlier $4.5 million"
		}
	}
	if e, ok := t.yearEnd(i); ok {
		return match{i, e, t.yearEndValue(i)}, true
	}
	if i-1 >= t.lo && t.word(i-1, wThe) {
		return t.theYear(i-1, i, 0)
	}
	if i-2 >= t.lo && lists().periodCurrent[lowerASCII(t.str(i-1))] && t.word(i-2, wThe) {
		return t.theYear(i-2, i, 0) // "the full year", "the current year"
	}
	return match{}, false
}

// theYear reads "the year" from s to the "year" token j: the reference
// year shifted by off, or a year's length before "ended"/"ending". A
// modified year ("the current fiscal year that ...") is not anchored by
// the relative clause after it.
func (t *tagger) theYear(s, j, off int) (match, bool) {
	if y, e, ok := t.spokenYear(j + 1); ok {
		return match{s, e, absolute(Date, yearValue(y), GranYear)}, true // "the year two thousand"
	}
	nx := t.at(j + 1)
	if nx.kind == kNum || t.dash(j+1) || nx.kind == kWord && nx.lex.number != 0 {
		return match{}, false // "the year 2000", "the year-earlier", "the year two thousand"
	}
	switch w := lowerASCII(t.str(j + 1)); {
	case lists().yearEnding[w]:
		return match{s: s, e: j + 1, x: duration("P1Y", GranYear)}, true
	case lists().anchoredAfter[w] && !(t.word(j+1, wThat) && s < j-1):
		return match{}, false // anchored on another time
	}
	if t.hasRef {
		return match{s: s, e: j + 1, x: t.relative(Date, yearValue(t.ref.Year()+off), GranYear)}, true
	}
	return match{s: s, e: j + 1, x: t.relative(Date, "", GranYear)}, true
}

// yearBefore resolves "a year earlier" and "year-earlier": the quarter
// named last a year before, else the reference year less n.
func (t *tagger) yearBefore(n int) Expression {
	if v, ok := Parse(t.lastQuarter); ok && v.Quarter != 0 && !t.monthsNamed {
		return t.relative(Date, pad(v.Year-n, 4)+"-Q"+strconv.Itoa(v.Quarter), GranMonth)
	}
	return t.relative(Date, yearValue(t.ref.Year()-n), GranYear)
}

// theWeekend resolves "the weekend": the one the reference falls in, else
// the one just over, or the coming one when the sentence looks ahead.
func (t *tagger) theWeekend(i int) Expression {
	x := t.relative(Date, "", GranWeek)
	if !t.hasRef {
		return x
	}
	sat := shiftWeekday(t.ref, time.Saturday, -1, false)
	switch wd := t.ref.Weekday(); {
	case wd == time.Sunday:
	case wd == time.Saturday:
	case t.lookingAhead(i):
		sat = shiftWeekday(t.ref, time.Saturday, 1, false)
	}
	x.Value = weekValue(sat) + "-WE"
	return x
}

// yearEnd reads "year-end", "year end" and "year's end" at the "year"
// token i, returning the token after "end".
func (t *tagger) yearEnd(i int) (int, bool) {
	j := i + 1
	switch {
	case t.dash(j) && t.glued(j) && t.glued(j+1):
		j++
	case t.apostrophe(j) && t.glued(j) && lowerASCII(t.str(j+1)) == "s":
		j += 2
	}
	if !t.word(j, wEnd) || t.word(j+1, wOf) {
		return 0, false // "the year ended", "year end of season"
	}
	return j + 1, true
}

// yearEndValue is the year whose end "year-end" names: the reference
// year, or the one before after "since" ("down 5% since year-end").
func (t *tagger) yearEndValue(i int) Expression {
	y := t.ref.Year()
	if lists().yearEndBefore[lowerASCII(t.str(i-1))] {
		y--
	}
	x := t.relative(Date, yearValue(y), GranYear)
	x.Mod = "END"
	return x
}
