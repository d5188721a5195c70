package temporal

import (
	"strconv"
	"strings"
	"time"
)

var seasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

var partOfDayNames = map[string]string{"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

var vagueNames = map[string]string{
	PresentRef: "the present",
	PastRef:    "the past",
	FutureRef:  "the future",
	Unresolved: "an unresolved date",
}

// Format renders a TIMEX3 value for people: "August 15, 2025",
// "March 2025", "August 15 (year unknown)", "the 1990s", "2 days".
// Values it cannot read are returned unchanged.
func Format(value string) string {
	if s, ok := vagueNames[value]; ok {
		return s
	}
	if v, ok := Parse(value); ok {
		return formatValue(v)
	}
	if strings.HasPrefix(value, "P") {
		if s, ok := formatDuration(value); ok {
			return s
		}
	}
	if strings.HasPrefix(value, "T") {
		if s, ok := formatClockOnly(value[1:]); ok {
			return s
		}
	}
	if s, ok := formatSet(value); ok {
		return s
	}
	return value
}

func monthName(m int) string { return time.Month(m).String() }

func formatValue(v Value) string {
	year := strconv.Itoa(v.Year)
	switch v.Granularity {
	case GranCentury:
		return "the " + strconv.Itoa(v.Century*100) + "s"
	case GranDecade:
		return "the " + strconv.Itoa(v.Decade*10) + "s"
	case GranYear:
		return year
	case GranSeason:
		return seasonNames[v.Season] + " " + year
	case GranWeek:
		if v.Weekend {
			return "the weekend of week " + strconv.Itoa(v.Week) + " of " + year
		}
		return "week " + strconv.Itoa(v.Week) + " of " + year
	}
	if v.Quarter != 0 {
		return "Q" + strconv.Itoa(v.Quarter) + " " + year
	}
	if v.Half != 0 {
		return [...]string{"", "the first half of ", "the second half of "}[v.Half] + year
	}
	if v.Day == 0 { // month
		if v.YearUnknown {
			return monthName(v.Month) + " (year unknown)"
		}
		return monthName(v.Month) + " " + year
	}
	var s string
	switch {
	case v.MonthUnknown:
		s = "the " + ordinal(v.Day) + " (month unknown)"
	case v.YearUnknown:
		s = monthName(v.Month) + " " + strconv.Itoa(v.Day) + " (year unknown)"
	default:
		s = monthName(v.Month) + " " + strconv.Itoa(v.Day) + ", " + year
	}
	switch {
	case v.HasClock:
		s += " at " + clock(v.Hour, v.Minute)
	case v.PartOfDay != "":
		s += " (" + partOfDayNames[v.PartOfDay] + ")"
	}
	return s
}

func clock(h, m int) string {
	return pad2(h) + ":" + pad2(m)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

func formatClockOnly(s string) (string, bool) {
	if name, ok := partOfDayNames[s]; ok {
		return name, true
	}
	if len(s) == 5 && s[2] == ':' {
		h, ok1 := digits(s[:2])
		m, ok2 := digits(s[3:])
		if ok1 && ok2 && h <= 24 && m < 60 {
			return clock(h, m), true
		}
	}
	return "", false
}

var durationUnits = map[byte][2]string{
	'Y': {"year", "years"}, 'M': {"month", "months"}, 'W': {"week", "weeks"},
	'D': {"day", "days"}, 'h': {"hour", "hours"}, 'm': {"minute", "minutes"}, 's': {"second", "seconds"},
	'E': {"decade", "decades"}, 'C': {"century", "centuries"},
}

// twoLetterUnits maps TIMEX3's DE (decade) and CE (century) to one byte.
var twoLetterUnits = map[string]byte{"DE": 'E', "CE": 'C'}

// formatDuration renders P2D, P1Y6M, PT1H, PXY ("years") and the like.
func formatDuration(s string) (string, bool) {
	s = s[1:]
	var parts []string
	inTime := false
	for s != "" {
		if s[0] == 'T' {
			inTime = true
			s = s[1:]
			continue
		}
		i := 0
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == 'X') {
			i++
		}
		if i == 0 || i >= len(s) {
			return "", false
		}
		num, unit := s[:i], s[i]
		if i+2 <= len(s) {
			if u, ok := twoLetterUnits[s[i:i+2]]; ok && !inTime {
				unit = u
				i++
			}
		}
		if inTime {
			unit = unit | 0x20 // lower case marks hours, minutes, seconds
		}
		names, ok := durationUnits[unit]
		if !ok {
			return "", false
		}
		switch {
		case strings.Contains(num, "X"):
			parts = append(parts, names[1])
		case num == "1":
			parts = append(parts, "1 "+names[0])
		default:
			parts = append(parts, num+" "+names[1])
		}
		s = s[i+1:]
	}
	if len(parts) == 0 {
		return "", false
	}
	return strings.Join(parts, " "), true
}

func formatSet(s string) (string, bool) {
	// XXXX-WXX-1 is every Monday.
	if strings.HasPrefix(s, "XXXX-WXX-") && len(s) == 10 && s[9] >= '1' && s[9] <= '7' {
		return "every " + time.Weekday((int(s[9]-'0'))%7).String(), true
	}
	return "", false
}
