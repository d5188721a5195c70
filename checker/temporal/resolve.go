package temporal

import "time"

// Value spelling helpers. They run only on matches, never per token.

func pad(n, width int) string {
	var b [24]byte
	return string(appendPad(b[:0], n, width))
}

// appendPad appends n with at least width digits (and a leading minus).
func appendPad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for n >= 10 {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	d[i] = byte('0' + n)
	for k := len(d) - i; k < width; k++ {
		b = append(b, '0')
	}
	return append(b, d[i:]...)
}

func yearValue(y int) string { return pad(y, 4) }
func monthValue(y, m int) string {
	var b [16]byte
	return string(appendPad(append(appendPad(b[:0], y, 4), '-'), m, 2))
}
func dayValue(y, m, d int) string {
	var b [24]byte
	out := appendPad(append(appendPad(b[:0], y, 4), '-'), m, 2)
	return string(appendPad(append(out, '-'), d, 2))
}
func dateValue(d time.Time) string { return dayValue(d.Year(), int(d.Month()), d.Day()) }
func weekValue(d time.Time) string {
	y, w := d.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}
func clockValue(h, m int) string { return "T" + pad(h, 2) + ":" + pad(m, 2) }

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
var partCodes = [...]string{"", "MO", "AF", "EV", "NI"}

// weekdayNames is indexed by lex.weekday (Sunday = 1).
var weekdayNames = [...]string{"", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y)
}

func dateOf(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// nearestYear picks the year that puts month/day closest to ref (ties go
// to the past): an undated "August 15th" in a September article is the
// August just gone, in a February article the coming one may be meant.
func nearestYear(ref time.Time, m, d int) int {
	best, bestDist := 0, time.Duration(1<<62)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		dist := dateOf(y, m, d).Sub(ref)
		if dist < 0 {
			dist = -dist - 1 // ties go to the past
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// monthYear resolves a month named alone: the most recent such month on
// or before the reference month, or the next one on or after it when the
// sentence looks ahead.
func monthYear(ref time.Time, m int, future bool) int {
	rm := int(ref.Month())
	if future {
		if m >= rm {
			return ref.Year()
		}
		return ref.Year() + 1
	}
	if m <= rm {
		return ref.Year()
	}
	return ref.Year() - 1
}

// nearestMonthYear is the year that puts month m nearest the reference
// month (ties go to the past).
func nearestMonthYear(ref time.Time, m int) int {
	rm := int(ref.Month())
	if ahead := (m - rm + 12) % 12; ahead >= 1 && ahead <= 4 {
		if m < rm {
			return ref.Year() + 1
		}
		return ref.Year()
	}
	if m > rm {
		return ref.Year() - 1
	}
	return ref.Year()
}

// shiftWeekday resolves a weekday: dir < 0 the most recent on or before ref
// (strictly before when strict), dir > 0 the next on or after ref (strictly
// after when strict).
func shiftWeekday(ref time.Time, wd time.Weekday, dir int, strict bool) time.Time {
	if dir < 0 {
		back := (int(ref.Weekday()) - int(wd) + 7) % 7
		if back == 0 && strict {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	}
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7
	if fwd == 0 && strict {
		fwd = 7
	}
	return ref.AddDate(0, 0, fwd)
}

// seasonMonths are meteorological (northern) seasons: first and last month.
var seasonMonths = [...][2]int{{0, 0}, {3, 5}, {6, 8}, {9, 11}, {12, 2}}

// seasonYear resolves a season named alone or with last/this/next. Winter
// is labelled with the year it starts in.
func seasonYear(ref time.Time, s int, shift int, future bool) int {
	y, m := ref.Year(), int(ref.Month())
	first, last := seasonMonths[s][0], seasonMonths[s][1]
	if s == 4 {
		first, last = 12, 14 // December to February, counted on from December
	}
	if s == 4 && m <= 2 {
		y-- // January and February belong to the winter that began last year
	}
	if s == 4 && m <= 2 {
		m += 12
	}
	inside := m >= first && m <= last
	upcoming := m < first
	switch {
	case shift < 0: // last summer: the most recent one over
		if inside || upcoming {
			return y - 1
		}
		return y
	case shift > 0: // next summer: the first one not yet begun
		if upcoming {
			return y
		}
		return y + 1
	case shift == 0 && future:
		if inside || upcoming {
			return y
		}
		return y + 1
	default: // this summer, in the summer
		return y
	}
}
