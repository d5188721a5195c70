package temporal

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/lazy"
)

// unit is a calendar or clock unit named by a word.
type unit int8

const (
	noUnit unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uYear
	uDecade
	uCentury
	uWeekend
	uQuarter // only the plural: "the past two quarters"; a bare "quarter" is a fiscal period or a fraction
)

// wordID names the words the matchers treat specially.
type wordID int8

const (
	wNone wordID = iota
	wYesterday
	wToday
	wTomorrow
	wTonight
	wNow
	wCurrently
	wNowadays
	wRecently
	wSoon
	wAgo
	wLast
	wNext
	wThis
	wPast
	wComing
	wPrevious
	wRecent
	wEarly
	wMid
	wLate
	wEarlier
	wLater
	wEnd
	wBeginning
	wStart
	wMiddle
	wEvery
	wEach
	wPresent
	wThe
	wOf
	wTo
	wAnd
	wThrough
	wFrom
	wIn
	wOn
	wFor
	wAt
	wNoon
	wMidnight
	wAm
	wPm
	wA
	wP
	wM
	wFuture
	wMin
	wRead
	wAs
	wUntil
	wOver
	wNear
	wTerm
	wCurrent
	wThat
	wFollowing
	wSame
	wPost
	wPre
)

// Word flags: context the matchers check around a candidate.
const (
	fAbbrev      uint16 = 1 << iota // "Sept", "Mon": needs a following date
	fDatePrep                       // in, since, by: a following number is likely a year
	fFuture                         // will, scheduled: the sentence looks ahead
	fCountNoun                      // people, troops, km: a preceding number is a count
	fEventNoun                      // elections, budget: a preceding number is a year
	fPlural                         // days, years
	fBlockNum                       // section, article: a following number is not a year
	fWeekdayAdj                     // good, black: "Good Friday" is a name, not a date
	fWeekdayNoun                    // times, mail: "Sunday Times" is a name
	fSetAdverb                      // weekly, daily
	fPastVerb                       // said, announced: the sentence looks back
	fPeriod                         // quarter, half, period, fiscal: a fiscal period may follow or end here
	fWeakFuture                     // would, could, set: looks ahead, but too weakly to move a weekday
)

// lex is everything the tagger knows about one lower-case word.
type lex struct {
	month   int8 // 1-12
	weekday int8 // 1-7, Sunday = 1 (0 means none)
	season  int8 // 1 spring, 2 summer, 3 autumn, 4 winter
	part    int8 // 1 morning, 2 afternoon, 3 evening, 4 night
	unit    unit
	ordinal int8  // 1-4 for first..fourth (quarters and halves)
	holiday bool  // the first word of a holiday name
	number  int16 // number word value; -1 for vague amounts ("several")
	word    wordID
	flags   uint16
	// matchers is the set of matchers that may start at this word.
	matchers uint16
}

// startMatchers says which matchers a word can start.
func startMatchers(l lex) uint16 {
	var m uint16
	if l.month != 0 {
		m |= 1 << mMonth
	}
	if l.weekday != 0 {
		m |= 1 << mWeekday
	}
	if l.season != 0 {
		m |= 1 << mSeason
	}
	if l.unit != noUnit || l.number != 0 {
		m |= 1 << mAmount
	}
	if l.flags&fSetAdverb != 0 {
		m |= 1 << mSet
	}
	if l.holiday {
		m |= 1 << mHoliday
	}
	if l.flags&fPeriod != 0 || l.ordinal != 0 || (l.unit == uYear || l.unit == uWeekend || l.unit == uWeek) && l.flags&fPlural == 0 {
		m |= 1 << mQuarter
	}
	switch l.word {
	case wEvery, wEach:
		m |= 1 << mSet
	case wEarly, wMid, wLate, wEarlier, wLater, wEnd, wBeginning, wStart, wMiddle, wPost, wPre:
		m |= 1 << mModified
	case wLast, wNext, wThis:
		m |= 1<<mShifted | 1<<mQuarter
	case wComing, wPrevious, wThat, wFollowing, wSame:
		m |= 1 << mShifted
	case wPast:
		m |= 1<<mShifted | 1<<mVaguePhrase
	case wRecent, wFuture, wCurrent, wTerm:
		m |= 1 << mVaguePhrase
	case wYesterday, wToday, wTomorrow, wTonight, wNow, wCurrently, wNowadays, wRecently, wSoon, wPresent:
		m |= 1 << mRelativeWord
	case wNoon, wMidnight:
		m |= 1 << mClock
	}
	return m
}

// maxLexLen is the longest word in the lexicon; longer words skip the lookup.
const maxLexLen = 12

// lexicon is a small open-addressing table keyed by an FNV-1a hash the
// tokenizer computes while lower-casing: cheaper than a Go map lookup for
// the common case of a word that is not there.
var lexiconTable = lazy.New(func() *lexTable { return newLexTable(buildLexicon()) })

// lexicon is the table, built at its first use.
func lexicon() *lexTable { return lexiconTable.Get() }

type lexSlot struct {
	hash uint32
	key  string
	val  lex
}

type lexTable struct {
	slots []lexSlot
	mask  uint32
}

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func fnv(s string) uint32 {
	h := fnvOffset
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func newLexTable(m map[string]lex) *lexTable {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: uint32(size - 1)}
	for k, v := range m {
		v.matchers = startMatchers(v)
		h := fnv(k)
		for j := h & t.mask; ; j = (j + 1) & t.mask {
			if t.slots[j].key == "" {
				t.slots[j] = lexSlot{hash: h, key: k, val: v}
				break
			}
		}
	}
	return t
}

// get looks up the lower-case word w whose hash is h.
func (t *lexTable) get(h uint32, w []byte) lex {
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := &t.slots[j]
		if s.key == "" {
			return lex{}
		}
		if s.hash == h && s.key == string(w) {
			return s.val
		}
	}
}

// monthFull and weekdayFull are the full names, in calendar order
// (Sunday first); the lexicon adds their abbreviations.
var (
	monthFull   = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	weekdayFull = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
)

func buildLexicon() map[string]lex {
	m := map[string]lex{}
	add := func(w string, f func(*lex)) {
		l := m[w]
		f(&l)
		m[w] = l
	}
	for i, w := range monthFull {
		add(w, func(l *lex) { l.month = int8(i + 1) })
		if len(w) > 3 {
			add(w[:3], func(l *lex) { l.month = int8(i + 1); l.flags |= fAbbrev })
		}
	}
	add("sept", func(l *lex) { l.month = 9; l.flags |= fAbbrev })
	for i, w := range weekdayFull {
		add(w, func(l *lex) { l.weekday = int8(i + 1) })
		add(w+"s", func(l *lex) { l.weekday = int8(i + 1); l.flags |= fPlural })
		add(w[:3], func(l *lex) { l.weekday = int8(i + 1); l.flags |= fAbbrev })
	}
	for _, a := range [][2]string{{"tues", "3"}, {"thur", "5"}, {"thurs", "5"}} {
		wd := int8(a[1][0] - '0')
		add(a[0], func(l *lex) { l.weekday = wd; l.flags |= fAbbrev })
	}
	for i, w := range []string{"spring", "summer", "autumn", "winter"} {
		add(w, func(l *lex) { l.season = int8(i + 1) })
	}
	add("fall", func(l *lex) { l.season = 3 })
	for i, w := range []string{"morning", "afternoon", "evening", "night"} {
		add(w, func(l *lex) { l.part = int8(i + 1) })
		add(w+"s", func(l *lex) { l.part = int8(i + 1); l.flags |= fPlural }) // "Tuesday nights": a set
	}
	units := []struct {
		one, many string
		u         unit
	}{
		{"second", "seconds", uSecond}, {"minute", "minutes", uMinute}, {"hour", "hours", uHour},
		{"day", "days", uDay}, {"week", "weeks", uWeek}, {"fortnight", "fortnights", uFortnight},
		{"month", "months", uMonth}, {"year", "years", uYear}, {"decade", "decades", uDecade},
		{"century", "centuries", uCentury}, {"weekend", "weekends", uWeekend},
	}
	for _, u := range units {
		add(u.one, func(l *lex) { l.unit = u.u })
		add(u.many, func(l *lex) { l.unit = u.u; l.flags |= fPlural })
	}
	add("quarters", func(l *lex) { l.unit = uQuarter; l.flags |= fPlural })
	add("hr", func(l *lex) { l.unit = uHour })
	add("hrs", func(l *lex) { l.unit = uHour; l.flags |= fPlural })
	add("mins", func(l *lex) { l.unit = uMinute; l.flags |= fPlural; l.word = wMin })
	add("min", func(l *lex) { l.unit = uMinute; l.word = wMin })

	numbers := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range numbers {
		add(w, func(l *lex) { l.number = int16(i) })
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(w, func(l *lex) { l.number = int16(30 + 10*i) })
	}
	add("hundred", func(l *lex) { l.number = 100 })
	add("dozen", func(l *lex) { l.number = 12 })
	for _, w := range []string{"several", "few", "many"} {
		add(w, func(l *lex) { l.number = -1 })
	}
	add("couple", func(l *lex) { l.number = 2 }) // TimeBank counts "a couple of years" as P2Y
	add("a", func(l *lex) { l.number = 1; l.word = wA })
	add("an", func(l *lex) { l.number = 1 })

	ids := map[string]wordID{
		"yesterday": wYesterday, "today": wToday, "tomorrow": wTomorrow, "tonight": wTonight,
		"now": wNow, "currently": wCurrently, "nowadays": wNowadays, "recently": wRecently, "soon": wSoon,
		"ago": wAgo, "last": wLast, "next": wNext, "this": wThis, "past": wPast, "coming": wComing,
		"previous": wPrevious, "recent": wRecent, "early": wEarly, "mid": wMid, "late": wLate, "post": wPost, "pre": wPre,
		"earlier": wEarlier, "later": wLater, "end": wEnd, "beginning": wBeginning, "start": wStart,
		"middle": wMiddle, "every": wEvery, "each": wEach, "present": wPresent, "the": wThe, "current": wCurrent,
		"of": wOf, "to": wTo, "and": wAnd, "through": wThrough, "thru": wThrough, "until": wUntil, "till": wUntil,
		"from": wFrom, "in": wIn, "on": wOn, "for": wFor, "at": wAt, "noon": wNoon, "midday": wNoon,
		"midnight": wMidnight, "am": wAm, "pm": wPm, "p": wP, "m": wM, "future": wFuture, "read": wRead, "as": wAs, "over": wOver, "near": wNear, "term": wTerm,
		"that": wThat, "following": wFollowing, "preceding": wPrevious, "same": wSame,
	}
	for w, id := range ids {
		add(w, func(l *lex) { l.word = id })
	}
	words := lexData()
	flagged := []struct {
		list []string
		flag uint16
	}{
		{words.DatePreps, fDatePrep}, {words.FutureMarkers, fFuture}, {words.PastVerbs, fPastVerb},
		{words.CountNouns, fCountNoun}, {words.EventNouns, fEventNoun}, {words.BlockNouns, fBlockNum},
		{words.WeekdayAdjectives, fWeekdayAdj}, {words.WeekdayNouns, fWeekdayNoun},
	}
	for _, fl := range flagged {
		for _, w := range fl.list {
			add(w, func(l *lex) { l.flags |= fl.flag })
		}
	}
	for w, n := range words.Ordinals {
		add(w, func(l *lex) { l.ordinal = int8(n) })
	}
	for w := range words.PeriodHeads {
		add(w, func(l *lex) { l.flags |= fPeriod })
	}
	for _, w := range words.FiscalWords {
		add(w, func(l *lex) { l.flags |= fPeriod })
	}
	for _, w := range words.WeakFutureMarkers {
		add(w, func(l *lex) { l.flags |= fWeakFuture })
	}
	for _, h := range words.Holidays {
		first := strings.ToLower(strings.Fields(h.Name)[0])
		if i := strings.IndexByte(first, '\''); i >= 0 {
			first = first[:i]
		}
		add(first, func(l *lex) { l.holiday = true })
	}
	for w := range words.SetAdverbs {
		add(w, func(l *lex) { l.flags |= fSetAdverb })
	}
	return m
}
