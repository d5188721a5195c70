package temporal

import "time"

// anaphor reads a time the text dates from the last date it named, not
// from the reference: "that day", "later that year", "the same week",
// "the following month", "the next morning", "the previous Friday". With
// no date named before, it is left untagged.
func (t *tagger) anaphor(i int, id wordID) (match, bool) {
	shift := 0
	j := i + 1
	switch id {
	case wThat:
		if t.word(j, wSame) {
			j++ // "that same day"
		}
	case wSame:
	case wFollowing:
		shift = 1
	case wNext:
		shift = 1
	case wPrevious:
		shift = -1
	default:
		return match{}, false
	}
	u := t.at(j)
	if u.kind != kWord || u.upper && u.lex.weekday == 0 || u.lex.flags&(fPlural|fAbbrev) != 0 {
		return match{}, false
	}
	switch u.lex.unit {
	case uDay, uWeek, uMonth, uYear:
	default:
		if u.lex.part == 0 && u.lex.weekday == 0 {
			return match{}, false // "that the", "the following statement"
		}
	}
	s := i
	if id != wThat {
		if !t.word(i-1, wThe) {
			return match{}, false // "next year", "following the talks"
		}
		s = i - 1
	} else if w := t.at(i - 1); w.kind == kWord && (w.lex.word == wLater || w.lex.word == wEarlier) && i-1 >= t.lo {
		s = i - 1 // "later that year"
	}
	if s < t.lo {
		return match{}, false
	}
	if id == wNext && u.lex.unit != uDay && u.lex.part == 0 {
		return match{}, false // "the next week", "the next year": a stretch ahead of now
	}
	if u.lex.weekday != 0 && shift >= 0 {
		return match{}, false // "that Friday", "the following Monday" are left to the reader
	}
	v, ok := Parse(t.lastDate)
	if !ok || v.YearUnknown || v.Year == 0 {
		return match{}, false
	}
	x, ok := anchoredValue(v, u.lex, shift, j > i+1 || id == wSame)
	if !ok {
		return match{}, false
	}
	x.Resolution, x.Relative = ResolvedAnchor, true
	return match{s, j + 1, x}, true
}

// anchoredValue is unit (or part of day, or weekday) l shifted from the
// anchor value v; same ("that same day") allows a day of a month named.
func anchoredValue(v Value, l lex, shift int, same bool) (Expression, bool) {
	day := time.Time{}
	if v.Month != 0 && v.Day != 0 {
		day = dateOf(v.Year, v.Month, v.Day)
	}
	switch {
	case l.weekday != 0:
		if day.IsZero() {
			return Expression{}, false
		}
		d := shiftWeekday(day, time.Weekday(l.weekday-1), -1, true)
		return Expression{Type: Date, Value: dateValue(d), Granularity: GranDay}, true
	case l.part != 0 || l.unit == uDay:
		if day.IsZero() {
			if !same || l.part != 0 || v.Month == 0 {
				return Expression{}, false // "that day" after "in September": too loose to date
			}
			// "that same day" after "in September": a day of that month.
			return Expression{Type: Date, Value: monthValue(v.Year, v.Month) + "-XX", Granularity: GranDay}, true
		}
		val, gran, typ := dayOf(day.AddDate(0, 0, shift), l.part)
		return Expression{Type: typ, Value: val, Granularity: gran}, true
	case l.unit == uWeek:
		if day.IsZero() {
			return Expression{}, false
		}
		return Expression{Type: Date, Value: weekValue(day.AddDate(0, 0, 7*shift)), Granularity: GranWeek}, true
	case l.unit == uMonth:
		if v.Month == 0 {
			return Expression{}, false
		}
		d := dateOf(v.Year, v.Month+shift, 1)
		return Expression{Type: Date, Value: monthValue(d.Year(), int(d.Month())), Granularity: GranMonth}, true
	case l.unit == uYear:
		return Expression{Type: Date, Value: yearValue(v.Year + shift), Granularity: GranYear}, true
	}
	return Expression{}, false
}
