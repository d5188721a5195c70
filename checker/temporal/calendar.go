package temporal

import (
	"maps"
	"slices"
	"sync"
	"time"
)

// The tagger's lexicon is the one list of English month and weekday names
// and abbreviations; other stages (article datelines in corpus, name stop
// words) read it from here rather than keeping lists of their own.
var calendarNames = sync.OnceValues(func() (map[string]time.Month, map[string]time.Weekday) {
	months, weekdays := map[string]time.Month{}, map[string]time.Weekday{}
	for _, slot := range lexicon().slots { // the table's words: the lexicon is built once
		w, l := slot.key, slot.val
		if w == "" {
			continue
		}
		switch {
		case l.month != 0:
			months[w] = time.Month(l.month)
		case l.weekday != 0 && l.flags&fPlural == 0:
			weekdays[w] = time.Weekday(l.weekday - 1)
		}
	}
	return months, weekdays
})

// MonthNames maps each month name and abbreviation the tagger reads, in
// lower case ("september", "sept", "sep"), to its month.
func MonthNames() map[string]time.Month {
	m, _ := calendarNames()
	return maps.Clone(m)
}

// WeekdayNames maps each weekday name and abbreviation the tagger reads,
// in lower case ("thursday", "thurs", "thu"), to its weekday.
func WeekdayNames() map[string]time.Weekday {
	_, w := calendarNames()
	return maps.Clone(w)
}

// FullMonthAndWeekdayNames lists the twelve month and seven weekday names
// in full, lower case: words that are never part of a person's name or an
// event's. Abbreviations are left out ("Jan" and "Sun" are names too).
func FullMonthAndWeekdayNames() []string {
	return slices.Concat(monthFull, weekdayFull)
}
