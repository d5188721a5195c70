package temporal

import "time"

// Expression builders. Values that depend on the reference date go
// through relative(), which refuses to guess when there is none.

func absolute(typ Type, value, gran string) Expression {
	return Expression{Type: typ, Value: value, Granularity: gran, Resolution: ResolvedAbsolute}
}

func vague(value string) Expression {
	return Expression{Type: Date, Value: value, Resolution: ResolvedVague}
}

func duration(value, gran string) Expression {
	return Expression{Type: Duration, Value: value, Granularity: gran, Resolution: ResolvedAbsolute}
}

// relative builds a reference-resolved expression, or an unresolved one
// when the reference date is unknown (value is then ignored).
func (t *tagger) relative(typ Type, value, gran string) Expression {
	x := Expression{Type: typ, Value: value, Granularity: gran, Resolution: ResolvedReference, Relative: true}
	if !t.hasRef {
		x.Value, x.Resolution = Unresolved, ResolvedUnresolved
	}
	return x
}

// monthDay builds a date whose year the text leaves out: the nearest such
// date to the reference, unless the sentence's tense (around token at)
// says it lies before or after; XXXX when there is no reference.
func (t *tagger) monthDay(at, m, d int) Expression {
	x := Expression{Type: Date, Granularity: GranDay, Relative: true}
	if !t.hasRef {
		x.Value, x.Resolution = "XXXX-"+pad(m, 2)+"-"+pad(d, 2), ResolvedUnresolved
		return x
	}
	y := nearestYear(t.ref, m, d)
	// Only a date well on the wrong side of the reference is moved: a
	// dateline is often a day off the events it reports.
	switch gap := dateOf(y, m, d).Sub(t.ref); t.tense(at) {
	case tensePast:
		if gap > tenseSlack {
			y = shiftYear(y, m, d, -1) // "started March 3" in September: the March before
		}
	case tenseFuture:
		if gap < -tenseSlack {
			y = shiftYear(y, m, d, 1)
		}
	}
	x.Value, x.Resolution = dayValue(y, m, d), ResolvedYearFromRef
	return x
}

// tenseSlack is how far on the wrong side of the reference a date may lie
// before the sentence's tense moves it by a year.
const tenseSlack = 60 * 24 * time.Hour

// shiftYear moves y by dir to the next year where month/day exists.
func shiftYear(y, m, d, dir int) int {
	y += dir
	for i := 0; i < 8 && !validDay(y, m, d); i++ {
		y += dir
	}
	return y
}

// monthAlone builds "in March": the year comes from the reference date.
func (t *tagger) monthAlone(i, m int) Expression {
	x := Expression{Type: Date, Granularity: GranMonth, Relative: true}
	if !t.hasRef {
		x.Value, x.Resolution = "XXXX-"+pad(m, 2), ResolvedUnresolved
		return x
	}
	var y int
	switch t.tense(i) {
	case tenseFuture:
		y = monthYear(t.ref, m, true)
	case tensePast:
		y = monthYear(t.ref, m, false)
	default:
		y = nearestMonthYear(t.ref, m) // no cue: the nearer of last and next
	}
	x.Value, x.Resolution = monthValue(y, m), ResolvedYearFromRef
	return x
}

// dayOf renders a resolved day, with an optional part of day (MO, EV).
func dayOf(d time.Time, part int8) (string, string, Type) {
	if part != 0 {
		return dateValue(d) + "T" + partCodes[part], GranTime, Time
	}
	return dateValue(d), GranDay, Date
}
