package read

import (
	"strings"
	"time"
)

// Dates are parsed by a small hand-written scanner rather than a list of
// time.Parse layouts or regular expressions: datelines come in many small
// variations (weekday or not, "Sept." or "Sep", ordinal days, a time with
// "a.m."), and every leading line of every article is tried.
//
// Results keep the wall-clock date and time as written, stored in UTC: a
// story published "2025-09-28T23:30:00-05:00" is dated September 28, the
// date its readers saw, not the UTC date.

// maxDatelineLen bounds the lines tried as datelines; the longest form
// ("Wednesday, September 28, 2025 at 10:30:00 a.m. GMT+03:00") is ~60 bytes.
const maxDatelineLen = 80

// ParseDate parses a metadata date: RFC 3339, "2025-09-28",
// "2025-09-28 10:00:00", RFC 1123, and English long forms such as
// "Sunday, September 28, 2025", "28 September 2025", "Sept. 28, 2025" or
// "Sep 28 2025", each optionally followed by a time and a zone. The whole
// string must be a date.
func ParseDate(s string) (time.Time, bool) {
	return parseDateTokens(strings.TrimSpace(s))
}

// ParseDateline reports whether a whole line is a dateline: a date in any
// form ParseDate accepts, optionally with weekday and time, optionally after
// a "Published:" or "Posted:" label. Lines with any other words are not
// datelines.
func ParseDateline(line string) (time.Time, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > maxDatelineLen {
		return time.Time{}, false
	}
	if i := strings.IndexByte(line, ':'); i > 0 && i < 16 {
		if isPublishedLabel(line[:i]) {
			line = strings.TrimSpace(line[i+1:])
		}
	}
	return parseDateTokens(line)
}

// dateParts accumulates what the scanner has read so far.
type dateParts struct {
	year, day            int
	month                time.Month
	hour, minute, second int
	hasDate, hasTime     bool
}

func (p *dateParts) result() (time.Time, bool) {
	if !p.hasDate || p.year < 1000 || p.year > 9999 || p.month < 1 || p.month > 12 || p.day < 1 {
		return time.Time{}, false
	}
	if p.day > dateDaysIn(p.month, p.year) {
		return time.Time{}, false
	}
	return time.Date(p.year, p.month, p.day, p.hour, p.minute, p.second, 0, time.UTC), true
}

func dateDaysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseDateTokens reads [weekday] date [connector] [time [am/pm] [zone]].
func parseDateTokens(s string) (time.Time, bool) {
	if s == "" || len(s) > 2*maxDatelineLen {
		return time.Time{}, false
	}
	var buf [maxDateTokens]string
	toks := dateTokenize(s, &buf)
	if len(toks) == 0 {
		return time.Time{}, false
	}
	var p dateParts
	i := 0
	if isWeekdayName(toks[0]) {
		i++
	}
	n, ok := p.readDate(toks[i:])
	if !ok {
		return time.Time{}, false
	}
	i += n
	if i < len(toks) && isDateConnector(toks[i]) {
		i++
	}
	if i < len(toks) && !p.hasTime {
		if n, ok := p.readTime(toks[i:]); ok {
			i += n
		}
	}
	if i < len(toks) && isZoneToken(toks[i]) {
		i++
	}
	if i != len(toks) {
		return time.Time{}, false
	}
	return p.result()
}

// maxDateTokens bounds the tokens of a date: "Wednesday, September 28,
// 2025 at 10:30 a.m. EDT" has eight.
const maxDateTokens = 10

// dateTokenize splits on white space (including no-break space) and commas,
// and drops a trailing period from each token ("Sept." -> "Sept"). It
// returns nil when s has more tokens than any date.
func dateTokenize(s string, out *[maxDateTokens]string) []string {
	n, start := 0, -1
	for i := 0; i <= len(s); i++ {
		sep, width := true, 1
		if i < len(s) {
			switch c := s[i]; {
			case c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n':
			case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // no-break space
				width = 2
			default:
				sep = false
			}
		}
		if !sep {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == maxDateTokens {
				return nil
			}
			t := s[start:i]
			if len(t) > 1 && t[len(t)-1] == '.' {
				t = t[:len(t)-1]
			}
			out[n], n, start = t, n+1, -1
		}
		i += width - 1
	}
	return out[:n]
}

// readDate reads an ISO date token or an English month-day-year or
// day-month-year sequence and returns the number of tokens used.
func (p *dateParts) readDate(toks []string) (int, bool) {
	if len(toks) == 0 {
		return 0, false
	}
	if p.readISO(toks[0]) {
		return 1, true
	}
	if len(toks) < 2 {
		return 0, false
	}
	if m, ok := monthByName(toks[0]); ok {
		// "November 27 2031", or "November 27-2031": a hyphen before the
		// year, as some sites write it
		day, year, n := toks[1], "", 3
		if dd, yy, found := strings.Cut(toks[1], "-"); found {
			day, year, n = dd, yy, 2
		} else if len(toks) >= 3 {
			year = toks[2]
		}
		d, okD := parseDayNumber(day)
		y, okY := dateDigits(year, 4, 4)
		if okD && okY {
			p.year, p.month, p.day, p.hasDate = y, m, d, true
			return n, true
		}
		return 0, false
	}
	if d, ok := parseDayNumber(toks[0]); ok && len(toks) >= 3 {
		m, okM := monthByName(toks[1])
		y, okY := dateDigits(toks[2], 4, 4)
		if okM && okY {
			p.year, p.month, p.day, p.hasDate = y, m, d, true
			return 3, true
		}
	}
	return 0, false
}

// readISO reads "2025-09-28" or "2025/09/28", optionally followed by
// "T10:00:00" and a zone in the same token.
func (p *dateParts) readISO(t string) bool {
	if len(t) < 10 || (t[4] != '-' && t[4] != '/') || t[7] != t[4] {
		return false
	}
	y, ok1 := dateDigits(t[0:4], 4, 4)
	m, ok2 := dateDigits(t[5:7], 2, 2)
	d, ok3 := dateDigits(t[8:10], 2, 2)
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 {
		return false
	}
	rest := t[10:]
	if rest != "" {
		if rest[0] != 'T' && rest[0] != 't' {
			return false
		}
		clock, zone := splitClockZone(rest[1:])
		if !p.readClock(clock) || (zone != "" && !isZoneToken(zone)) {
			return false
		}
	}
	p.year, p.month, p.day, p.hasDate = y, time.Month(m), d, true
	return true
}

// splitClockZone splits "10:00:00.123+03:00" into clock and zone.
func splitClockZone(s string) (string, string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 'Z' || c == 'z' || c == '+' || c == '-' {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// readTime reads "10:30", "10:30:15", "10:30AM", "10:30 a.m." or "10 AM".
// p changes only when a time was read.
func (p *dateParts) readTime(toks []string) (int, bool) {
	clock, ampm := splitAMPM(toks[0])
	n := 1
	if ampm == "" && len(toks) > 1 {
		if ap := ampmWord(toks[1]); ap != "" {
			ampm, n = ap, 2
		}
	}
	t := *p
	if strings.IndexByte(clock, ':') < 0 {
		// A bare hour is a time only with am/pm: "10 AM".
		h, ok := dateDigits(clock, 1, 2)
		if !ok || ampm == "" {
			return 0, false
		}
		t.hour, t.minute, t.second, t.hasTime = h, 0, 0, true
	} else if !t.readClock(clock) {
		return 0, false
	}
	if ampm != "" {
		if t.hour < 1 || t.hour > 12 {
			return 0, false
		}
		if t.hour == 12 {
			t.hour = 0
		}
		if ampm == "pm" {
			t.hour += 12
		}
	}
	*p = t
	return n, true
}

// ampmWord returns "am" or "pm" when t is one of AM, PM, a.m., p.m. (any case,
// trailing period already dropped by the tokenizer).
func ampmWord(t string) string {
	switch {
	case strings.EqualFold(t, "am") || strings.EqualFold(t, "a.m"):
		return "am"
	case strings.EqualFold(t, "pm") || strings.EqualFold(t, "p.m"):
		return "pm"
	}
	return ""
}

// splitAMPM splits a trailing "am", "pm", "a.m." or "p.m." (any case) off t.
func splitAMPM(t string) (string, string) {
	for _, suf := range [...]string{"a.m.", "p.m.", "a.m", "p.m", "am", "pm"} {
		if len(t) > len(suf) && strings.EqualFold(t[len(t)-len(suf):], suf) {
			if suf[0] == 'a' {
				return t[:len(t)-len(suf)], "am"
			}
			return t[:len(t)-len(suf)], "pm"
		}
	}
	return t, ""
}

// readClock reads "HH:MM", "HH:MM:SS" or "HH:MM:SS.fff".
func (p *dateParts) readClock(s string) bool {
	h, rest, ok := dateCutDigits(s, 1, 2)
	if !ok || len(rest) < 3 || rest[0] != ':' {
		return false
	}
	m, rest, ok := dateCutDigits(rest[1:], 2, 2)
	if !ok {
		return false
	}
	sec := 0
	if rest != "" && rest[0] == ':' {
		sec, rest, ok = dateCutDigits(rest[1:], 2, 2)
		if !ok {
			return false
		}
		if rest != "" && (rest[0] == '.' || rest[0] == ',') {
			_, rest, ok = dateCutDigits(rest[1:], 1, 9)
			if !ok {
				return false
			}
		}
	}
	if rest != "" || h > 23 || m > 59 || sec > 60 {
		return false
	}
	p.hour, p.minute, p.second, p.hasTime = h, m, sec, true
	return true
}

// isDateConnector accepts what sits between a date and its time.
func isDateConnector(t string) bool {
	switch t {
	case "@", "-", "|", "–", "—", "/":
		return true
	}
	return strings.EqualFold(t, "at")
}

// isZoneToken accepts "Z", "UTC", "GMT+3", "+03:00", "-0500", "(ET)" and
// upper-case abbreviations of two to five letters ("EDT", "MSK").
func isZoneToken(t string) bool {
	if len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')' {
		t = t[1 : len(t)-1]
	}
	if t == "Z" || t == "z" {
		return true
	}
	letters := 0
	for letters < len(t) && t[letters] >= 'A' && t[letters] <= 'Z' {
		letters++
	}
	if letters == len(t) {
		return letters >= 2 && letters <= 5
	}
	if letters != 0 && t[:letters] != "UTC" && t[:letters] != "GMT" {
		return false
	}
	off := t[letters:]
	if len(off) < 2 || (off[0] != '+' && off[0] != '-') {
		return false
	}
	digits := 0
	for i := 1; i < len(off); i++ {
		switch c := off[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ':' && i > 1:
		default:
			return false
		}
	}
	return digits >= 1 && digits <= 4
}

// parseDayNumber reads "28", "28th", "1st", "2nd", "3rd".
func parseDayNumber(t string) (int, bool) {
	d, rest, ok := dateCutDigits(t, 1, 2)
	if !ok {
		return 0, false
	}
	if rest != "" && !strings.EqualFold(rest, "st") && !strings.EqualFold(rest, "nd") &&
		!strings.EqualFold(rest, "rd") && !strings.EqualFold(rest, "th") {
		return 0, false
	}
	return d, d >= 1 && d <= 31
}

// dateDigits parses t as a number of minLen..maxLen ASCII digits.
func dateDigits(t string, minLen, maxLen int) (int, bool) {
	n, rest, ok := dateCutDigits(t, minLen, maxLen)
	return n, ok && rest == ""
}

// dateCutDigits reads minLen..maxLen leading digits and returns the rest.
func dateCutDigits(t string, minLen, maxLen int) (int, string, bool) {
	n, i := 0, 0
	for i < len(t) && i < maxLen && t[i] >= '0' && t[i] <= '9' {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if i < minLen || (i < len(t) && t[i] >= '0' && t[i] <= '9') {
		return 0, t, false
	}
	return n, t[i:], true
}

// The month and weekday tables are keyed in lower case; tokens are
// lowered into a stack buffer so that lookups do not allocate.
const maxNameLen = 9 // "september", "wednesday"

func monthByName(t string) (time.Month, bool) {
	var buf [maxNameLen]byte
	key, ok := lowerASCII(t, &buf)
	if !ok {
		return 0, false
	}
	m, ok := dateLex().months[string(key)]
	return m, ok
}

func isWeekdayName(t string) bool {
	var buf [maxNameLen]byte
	key, ok := lowerASCII(t, &buf)
	if !ok {
		return false
	}
	_, ok = dateLex().weekdays[string(key)]
	return ok
}

// isPublishedLabel: "Published", "Posted on", "Published time" — words of
// the lexicon's published labels and fillers, at least one a label.
func isPublishedLabel(s string) bool {
	label := false
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch {
		case dateLex().labels[w] == labelPublished:
			label = true
		case dateLex().fillers[w]:
		default:
			return false
		}
	}
	return label
}

// lowerASCII lowers a short ASCII token into buf.
func lowerASCII(t string, buf *[maxNameLen]byte) ([]byte, bool) {
	if len(t) > maxNameLen {
		return nil, false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(t)], true
}
