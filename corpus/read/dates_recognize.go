package read

import (
	"time"
)

// civilDate is a calendar day read from a dateline. A numeric date whose
// order is not certain ("05/03/2031") carries its other reading in alt.
type civilDate struct {
	year  int
	month time.Month
	day   int
	alt   *civilDate // the day-month reading swapped, when both are valid
}

func (c civilDate) time() time.Time {
	return time.Date(c.year, c.month, c.day, 0, 0, 0, 0, time.UTC)
}

// plausibleYears bounds the years of a publication date: the first
// printed newspapers' dates are not in question here, and a date more than
// ten years ahead is a typo or an id.
const (
	minPublishedYear = 1900
	futureYears      = 10
)

// dateNow is the clock for the far-future bound; tests may replace it.
var dateNow = time.Now

func plausibleYear(y int) bool {
	return y >= minPublishedYear && y <= dateNow().Year()+futureYears
}

func validCivil(y int, m time.Month, d int) bool {
	return plausibleYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= dateDaysIn(m, y)
}

// tokMonth reads a month name, abbreviation or a month name with one
// letter wrong.
func tokMonth(t lineTok) (time.Month, bool) {
	if t.kind != tokWord {
		return 0, false
	}
	if m, ok := monthByName(t.s); ok {
		return m, true
	}
	return monthTypo(t.s)
}

// tokDigits reads a number token of minLen..maxLen digits.
func tokDigits(t lineTok, minLen, maxLen int) (int, bool) {
	if t.kind != tokNum || len(t.s) < minLen || len(t.s) > maxLen {
		return 0, false
	}
	n := 0
	for i := 0; i < len(t.s); i++ {
		n = n*10 + int(t.s[i]-'0')
	}
	return n, true
}

func isOrdinalSuffix(t lineTok) bool {
	if t.kind != tokWord || t.spaceBefore {
		return false
	}
	return dateLex().ordinals[tokLower(t.s)]
}

func isPunct(t lineTok, s string) bool { return t.kind == tokPunct && t.s == s }

// readDateAt reads a date starting at toks[i] and returns it with the
// number of tokens it spans: "June 13, 2031", "Sept. 28th 2025",
// "21 July 2031", "10th of June 2031", "05/03/2031", "11 / 28 / 05",
// "08.07.2031", "2031-05-03".
func readDateAt(toks []lineTok, i int) (civilDate, int, bool) {
	if c, n, ok := readMonthFirst(toks, i); ok {
		return c, n, true
	}
	if c, n, ok := readDayFirst(toks, i); ok {
		return c, n, true
	}
	return readNumericDate(toks, i)
}

// skipPunct steps over one token equal to s.
func skipPunct(toks []lineTok, j int, s string) int {
	if j < len(toks) && isPunct(toks[j], s) {
		return j + 1
	}
	return j
}

func readMonthFirst(toks []lineTok, i int) (civilDate, int, bool) {
	m, ok := tokMonth(toks[i])
	if !ok {
		return civilDate{}, 0, false
	}
	j := skipPunct(toks, i+1, ".")
	if j >= len(toks) {
		return civilDate{}, 0, false
	}
	d, ok := tokDigits(toks[j], 1, 2)
	if !ok {
		return civilDate{}, 0, false
	}
	j++
	if j < len(toks) && isOrdinalSuffix(toks[j]) {
		j++
	}
	j = skipPunct(toks, j, ",")
	if j+1 < len(toks) && isPunct(toks[j], "-") && !toks[j+1].spaceBefore {
		j++ // "November 27-2031": a hyphen before the year, as some sites write it
	}
	return readYearTail(toks, j, i, m, d)
}

func readDayFirst(toks []lineTok, i int) (civilDate, int, bool) {
	d, ok := tokDigits(toks[i], 1, 2)
	if !ok {
		return civilDate{}, 0, false
	}
	j := i + 1
	if j < len(toks) && isOrdinalSuffix(toks[j]) {
		j++
	}
	if j < len(toks) && toks[j].kind == tokWord && dateLex().dayOf[tokLower(toks[j].s)] {
		j++
	}
	if j >= len(toks) {
		return civilDate{}, 0, false
	}
	m, ok := tokMonth(toks[j])
	if !ok {
		return civilDate{}, 0, false
	}
	j = skipPunct(toks, j+1, ".")
	j = skipPunct(toks, j, ",")
	return readYearTail(toks, j, i, m, d)
}

// readYearTail reads the four-digit year at toks[j] that ends a date begun
// at toks[i]; the year must not run on into more digits ("2031.5").
func readYearTail(toks []lineTok, j, i int, m time.Month, d int) (civilDate, int, bool) {
	if j >= len(toks) {
		return civilDate{}, 0, false
	}
	y, ok := tokDigits(toks[j], 4, 4)
	if !ok || !validCivil(y, m, d) {
		return civilDate{}, 0, false
	}
	if j+2 < len(toks) && toks[j+1].kind == tokPunct && toks[j+1].s == "." && !toks[j+2].spaceBefore && toks[j+2].kind == tokNum {
		return civilDate{}, 0, false
	}
	return civilDate{year: y, month: m, day: d}, j - i + 1, true
}

// readNumericDate reads n sep n sep n with one separator (/ . -), spaces
// allowed around it: year first (2031-05-03), or year last with two or four
// digits. Month/day order: a part above 12 decides; else "/" and "-" read
// month first and "." day first, with the other reading kept in alt.
func readNumericDate(toks []lineTok, i int) (civilDate, int, bool) {
	if i+4 >= len(toks) || toks[i].kind != tokNum || toks[i+1].kind != tokPunct {
		return civilDate{}, 0, false
	}
	sep := toks[i+1].s
	if (sep != "/" && sep != "." && sep != "-") || !isPunct(toks[i+3], sep) ||
		toks[i+2].kind != tokNum || toks[i+4].kind != tokNum {
		return civilDate{}, 0, false
	}
	// Not part of a longer run: "1.2.3.4", "10-20-30-40".
	if i > 0 && isPunct(toks[i-1], sep) {
		return civilDate{}, 0, false
	}
	if i+6 < len(toks) && isPunct(toks[i+5], sep) && toks[i+6].kind == tokNum && !toks[i+5].spaceBefore {
		return civilDate{}, 0, false
	}
	a, b, c := toks[i].s, toks[i+2].s, toks[i+4].s
	if len(a) == 4 && len(b) <= 2 && len(c) <= 2 && sep != "." {
		y, _ := tokDigits(toks[i], 4, 4)
		m, _ := tokDigits(toks[i+2], 1, 2)
		d, _ := tokDigits(toks[i+4], 1, 2)
		if !validCivil(y, time.Month(m), d) {
			return civilDate{}, 0, false
		}
		return civilDate{year: y, month: time.Month(m), day: d}, 5, true
	}
	if len(a) > 2 || len(b) > 2 || (len(c) != 4 && len(c) != 2) || (len(c) == 2 && sep == "-") {
		return civilDate{}, 0, false
	}
	p, _ := tokDigits(toks[i], 1, 2)
	q, _ := tokDigits(toks[i+2], 1, 2)
	y, _ := tokDigits(toks[i+4], 2, 4)
	if len(c) == 2 {
		y = twoDigitYear(y)
	}
	monthFirst := civilDate{year: y, month: time.Month(p), day: q}
	dayFirst := civilDate{year: y, month: time.Month(q), day: p}
	okM := validCivil(y, time.Month(p), q)
	okD := validCivil(y, time.Month(q), p)
	switch {
	case okM && okD && p != q:
		if sep == "." {
			dayFirst.alt = &monthFirst
			return dayFirst, 5, true
		}
		monthFirst.alt = &dayFirst
		return monthFirst, 5, true
	case okM:
		return monthFirst, 5, true
	case okD:
		return dayFirst, 5, true
	}
	return civilDate{}, 0, false
}

// twoDigitYear reads "05" as 2005 and "99" as 1999: the century that does
// not put the date beyond the far-future bound.
func twoDigitYear(yy int) int {
	y := 2000 + yy
	if y > dateNow().Year()+futureYears {
		y -= 100
	}
	return y
}
