package temporal

import "time"

// Compatible reports whether two TIMEX3 values could describe the same
// time, one being a more precise version of the other ("2025-08" and
// "2025-08-15", "XXXX-08-15" and "2025-08", "2025-SU" and "2025-08-15").
// Values that cannot be compared (vague references, durations, UNRESOLVED,
// malformed text) are compatible: only two readable dates can conflict.
// Modifiers (EARLY, MID, LATE) are not part of a value and never create a
// conflict by themselves.
func Compatible(a, b string) bool {
	va, okA := Parse(a)
	vb, okB := Parse(b)
	if !okA || !okB {
		return true
	}
	return compatibleValues(va, vb)
}

// maxYearsTried bounds the search when one value has an unknown year and
// the other spans many years (a century).
const maxYearsTried = 400

func compatibleValues(a, b Value) bool {
	switch {
	case a.Bounded() && b.Bounded():
		return overlapsValue(a, b)
	case !a.Bounded() && !b.Bounded():
		// Both lack a year: compare them inside one leap year.
		ma, mb := a.Month, b.Month
		if a.MonthUnknown && !b.MonthUnknown {
			ma = mb
		}
		if b.MonthUnknown && !a.MonthUnknown {
			mb = ma
		}
		if ma == 0 && mb == 0 {
			ma, mb = 1, 1 // both months unknown: any 31-day month will do
		}
		ca, okA := instantiate(a, 2000, ma)
		cb, okB := instantiate(b, 2000, mb)
		if !okA || !okB {
			return true
		}
		return overlapsValue(ca, cb)
	case !a.Bounded():
		return fitsSomewhere(a, b)
	default:
		return fitsSomewhere(b, a)
	}
}

// fitsSomewhere reports whether the year- or month-less value u, given some
// year and month, overlaps the bounded value k.
func fitsSomewhere(u, k Value) bool {
	first := k.Start.Year()
	last := k.End.Add(-time.Nanosecond).Year()
	if last-first > maxYearsTried {
		return true
	}
	for y := first; y <= last; y++ {
		for m := 1; m <= 12; m++ {
			if !u.MonthUnknown && u.Month != 0 && m != u.Month {
				continue
			}
			c, ok := instantiate(u, y, m)
			if ok && overlapsValue(c, k) {
				return true
			}
			if u.Month == 0 && !u.MonthUnknown {
				break // a year-only value needs no month
			}
		}
	}
	return false
}

// instantiate fills the unknown year (and month) of v.
func instantiate(v Value, year, month int) (Value, bool) {
	if v.YearUnknown {
		v.Year, v.YearUnknown = year, false
	}
	if v.MonthUnknown {
		v.Month, v.MonthUnknown = month, false
	}
	if v.Month != 0 && v.Day > daysIn(v.Month, v.Year) {
		return v, false
	}
	v.Start, v.End = interval(v)
	return v, true
}

func overlapsValue(a, b Value) bool {
	for _, p := range a.pieces() {
		for _, q := range b.pieces() {
			if overlaps(p[0], p[1], q[0], q[1]) {
				return true
			}
		}
	}
	return false
}

func overlaps(s1, e1, s2, e2 time.Time) bool {
	return s1.Before(e2) && s2.Before(e1)
}

// Weekday returns the weekday of a value that names a full date (year,
// month and day known).
func Weekday(value string) (time.Weekday, bool) {
	v, ok := Parse(value)
	if !ok || v.YearUnknown || v.MonthUnknown || v.Day == 0 {
		return 0, false
	}
	return time.Date(v.Year, time.Month(v.Month), v.Day, 0, 0, 0, 0, time.UTC).Weekday(), true
}
