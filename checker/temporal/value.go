package temporal

import (
	"time"
)

// Special TIMEX3 values for vague references.
const (
	PresentRef = "PRESENT_REF"
	PastRef    = "PAST_REF"
	FutureRef  = "FUTURE_REF"
)

// Value is a parsed TIMEX3 date value. Unknown parts ("XXXX") are zero and
// flagged; Start/End is the half-open interval the value covers and is only
// set when the year is known.
type Value struct {
	Raw         string
	Granularity string
	Year        int  // 0 when unknown
	Month       int  // 1-12; 0 when absent or unknown
	Day         int  // 1-31; 0 when absent
	Week        int  // ISO week for week values
	Weekend     bool // 2025-W38-WE: the Saturday and Sunday of that week
	Quarter     int  // 1-4 for quarter values
	Half        int  // 1-2 for half-year values
	Season      string
	Decade      int    // 199 for the 1990s
	Century     int    // 19 for the 1900s
	PartOfDay   string // MO, AF, EV, NI
	Hour        int
	Minute      int
	HasClock    bool
	// YearUnknown and MonthUnknown are set for "XXXX-08-15" and "XXXX-XX-15".
	YearUnknown  bool
	MonthUnknown bool
	// Start and End bound the value (half-open); zero when the year or
	// month is unknown. For winter it is the hull of two winters.
	Start, End time.Time
}

// pieces returns the intervals a value covers: one, or two for winter.
func (v Value) pieces() [][2]time.Time {
	if v.Season == "WI" && v.Bounded() {
		d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
		return [][2]time.Time{
			{d(v.Year-1, 12, 1), d(v.Year, 3, 21)},
			{d(v.Year, 12, 1), d(v.Year+1, 3, 21)},
		}
	}
	return [][2]time.Time{{v.Start, v.End}}
}

// Bounded reports whether the value has a known interval.
func (v Value) Bounded() bool { return !v.Start.IsZero() }

// Parse reads a TIMEX3 value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www,
// YYYY-SU (SP/SU/FA/WI), YYYY-Qn, YYYY-Hn, decades (199), centuries (19),
// optionally followed by a time (T10:00, TMO); X stands for an unknown year
// or month (XXXX-08-15, XXXX-XX-15). Vague values (PAST_REF), durations,
// sets and UNRESOLVED do not parse.
func Parse(value string) (Value, bool) {
	v := Value{Raw: value}
	date, clock := value, ""
	if i := indexByte(value, 'T'); i >= 0 {
		date, clock = value[:i], value[i+1:]
		if date == "" {
			return Value{}, false // a bare time has no date to compare
		}
	}
	if !parseDatePart(date, &v) {
		return Value{}, false
	}
	if clock != "" && !parseClock(clock, &v) {
		return Value{}, false
	}
	if !v.YearUnknown && !v.MonthUnknown {
		v.Start, v.End = interval(v)
	}
	return v, true
}

func parseDatePart(s string, v *Value) bool {
	switch len(s) {
	case 2: // century
		n, ok := digits(s)
		if !ok {
			return false
		}
		v.Century, v.Granularity = n, GranCentury
		return true
	case 3: // decade
		n, ok := digits(s)
		if !ok {
			return false
		}
		v.Decade, v.Granularity = n, GranDecade
		return true
	}
	if len(s) < 4 {
		return false
	}
	if s[:4] == "XXXX" {
		v.YearUnknown = true
	} else {
		n, ok := digits(s[:4])
		if !ok || n == 0 {
			return false
		}
		v.Year = n
	}
	v.Granularity = GranYear
	rest := s[4:]
	if rest == "" {
		return !v.YearUnknown // "XXXX" alone says nothing
	}
	if rest[0] != '-' || len(rest) < 3 {
		return false
	}
	rest = rest[1:]
	switch {
	case rest[0] == 'W' && (len(rest) == 3 || len(rest) == 6 && rest[3:] == "-WE"):
		n, ok := digits(rest[1:3])
		if !ok || n < 1 || n > 53 {
			return false
		}
		v.Week, v.Weekend, v.Granularity = n, len(rest) == 6, GranWeek
		return true
	case rest[0] == 'Q' && len(rest) == 2:
		n := int(rest[1] - '0')
		if n < 1 || n > 4 {
			return false
		}
		v.Quarter, v.Granularity = n, GranMonth
		return true
	case rest[0] == 'H' && len(rest) == 2:
		n := int(rest[1] - '0')
		if n < 1 || n > 2 {
			return false
		}
		v.Half, v.Granularity = n, GranMonth
		return true
	case len(rest) == 2 && isSeason(rest):
		v.Season, v.Granularity = rest, GranSeason
		return true
	}
	if len(rest) < 2 {
		return false
	}
	if rest[:2] == "XX" {
		v.MonthUnknown = true
	} else {
		n, ok := digits(rest[:2])
		if !ok || n < 1 || n > 12 {
			return false
		}
		v.Month = n
	}
	v.Granularity = GranMonth
	rest = rest[2:]
	if rest == "" {
		return !v.MonthUnknown
	}
	if len(rest) != 3 || rest[0] != '-' {
		return false
	}
	n, ok := digits(rest[1:])
	if !ok || n < 1 || n > 31 {
		return false
	}
	if v.Month != 0 && n > daysIn(v.Month, v.Year) {
		return false
	}
	v.Day, v.Granularity = n, GranDay
	return true
}

func parseClock(s string, v *Value) bool {
	if v.Granularity != GranDay {
		return false
	}
	if isPartOfDay(s) {
		v.PartOfDay, v.Granularity = s, GranTime
		return true
	}
	if len(s) != 5 || s[2] != ':' {
		return false
	}
	h, ok1 := digits(s[:2])
	m, ok2 := digits(s[3:])
	if !ok1 || !ok2 || h > 24 || m > 59 {
		return false
	}
	v.Hour, v.Minute, v.HasClock, v.Granularity = h, m, true, GranTime
	return true
}

func isSeason(s string) bool { return s == "SP" || s == "SU" || s == "FA" || s == "WI" }

func isPartOfDay(s string) bool {
	return s == "MO" || s == "AF" || s == "EV" || s == "NI" || s == "DT"
}

// interval returns [Start, End) for a value whose year is known. Seasons
// are wide on purpose (meteorological and astronomical readings together):
// a vague season must never cause a conflict alone. "Winter 2025" may be
// the winter that ends or the one that starts in 2025, so its interval is
// the hull of both; pieces gives the two parts.
func interval(v Value) (time.Time, time.Time) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	switch {
	case v.Century != 0 || (v.Granularity == GranCentury):
		return d(v.Century*100, 1, 1), d(v.Century*100+100, 1, 1)
	case v.Granularity == GranDecade:
		return d(v.Decade*10, 1, 1), d(v.Decade*10+10, 1, 1)
	case v.Week != 0:
		s := isoWeekStart(v.Year, v.Week)
		if v.Weekend {
			return s.AddDate(0, 0, 5), s.AddDate(0, 0, 7)
		}
		return s, s.AddDate(0, 0, 7)
	case v.Quarter != 0:
		return d(v.Year, 3*v.Quarter-2, 1), d(v.Year, 3*v.Quarter+1, 1)
	case v.Half != 0:
		return d(v.Year, 6*v.Half-5, 1), d(v.Year, 6*v.Half+1, 1)
	case v.Season != "":
		switch v.Season {
		case "SP":
			return d(v.Year, 3, 1), d(v.Year, 6, 22)
		case "SU":
			return d(v.Year, 6, 1), d(v.Year, 9, 23)
		case "FA":
			return d(v.Year, 9, 1), d(v.Year, 12, 22)
		default:
			return d(v.Year-1, 12, 1), d(v.Year+1, 3, 21)
		}
	case v.Day != 0:
		s := d(v.Year, v.Month, v.Day)
		if v.HasClock {
			t := s.Add(time.Duration(v.Hour)*time.Hour + time.Duration(v.Minute)*time.Minute)
			return t, t.Add(time.Minute)
		}
		if v.PartOfDay != "" {
			from, to := partOfDayHours(v.PartOfDay)
			return s.Add(time.Duration(from) * time.Hour), s.Add(time.Duration(to) * time.Hour)
		}
		return s, s.AddDate(0, 0, 1)
	case v.Month != 0:
		return d(v.Year, v.Month, 1), d(v.Year, v.Month+1, 1)
	default:
		return d(v.Year, 1, 1), d(v.Year+1, 1, 1)
	}
}

// partOfDayHours gives generous, overlapping hour ranges: writers disagree
// on where evening ends and night begins.
func partOfDayHours(p string) (int, int) {
	switch p {
	case "MO":
		return 0, 13
	case "AF":
		return 11, 19
	case "EV":
		return 16, 24
	case "NI":
		return 18, 30
	default: // DT, daytime
		return 5, 20
	}
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -off+7*(w-1))
}

func daysIn(month, year int) int {
	if year == 0 {
		year = 2000 // leap year: 29 February is possible when the year is unknown
	}
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}
