package temporal

import (
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/lazy"
)

// holiday is one entry of data/lexicon.yml's holidays.
type holiday struct {
	Name    string `yaml:"name"`
	Month   int    `yaml:"month"`
	Day     int    `yaml:"day"`
	Weekday int    `yaml:"weekday"` // ISO: Monday 1 … Sunday 7
	Nth     int    `yaml:"nth"`
	After   int    `yaml:"after"`
	Easter  *int   `yaml:"easter"`
	words   []string
}

// holidaysByFirst indexes the holidays by their first word (lower case),
// longest name first.
var holidaysByFirst = lazy.New(func() map[string][]holiday {
	m := map[string][]holiday{}
	for _, h := range lexData().Holidays {
		h.words = strings.Fields(strings.ToLower(strings.ReplaceAll(h.Name, "'", " ' ")))
		m[h.words[0]] = append(m[h.words[0]], h)
	}
	for k, hs := range m {
		for i := 1; i < len(hs); i++ {
			for j := i; j > 0 && len(hs[j].words) > len(hs[j-1].words); j-- {
				hs[j], hs[j-1] = hs[j-1], hs[j]
			}
		}
		m[k] = hs
	}
	return m
})

// matchHoliday reads a holiday name ("Thanksgiving Day", "last Easter",
// "Christmas 2024"): the date it falls on in the year meant.
func (t *tagger) matchHoliday(i int) (match, bool) {
	k := t.at(i)
	if k.kind != kWord || !k.upper {
		return match{}, false
	}
	for _, h := range holidaysByFirst.Get()[lowerASCII(t.str(i))] {
		e, ok := t.holidayWords(i, h.words)
		if !ok {
			continue
		}
		nx := t.at(e)
		week := nx.kind == kWord && nx.lex.unit == uWeek && nx.lex.flags&fPlural == 0 // "Easter week"
		if !week && nx.kind == kWord && !nx.upper && (nx.lex.flags&(fWeekdayNoun|fEventNoun) != 0 ||
			len(h.words) == 1 && !lists().functionWords[lowerASCII(t.str(e))] && nx.lex.flags&fDatePrep == 0 && nx.lex.word == wNone) {
			return match{}, false // "Christmas trees", "the Good Friday agreement": a thing, not the day
		}
		s, shift := i, 0
		switch {
		case i-1 >= t.lo && t.word(i-1, wLast):
			s, shift = i-1, -1
		case i-1 >= t.lo && (t.word(i-1, wNext) || t.word(i-1, wThis)):
			s, shift = i-1, 1
		}
		if y := t.yearNum(e); y != 0 && !week {
			return match{s, e + 1, absolute(Date, dateValue(h.on(y)), GranDay)}, true
		}
		x := t.relative(Date, "", GranDay)
		if t.hasRef {
			d := h.around(t.ref, shift)
			if shift == 0 {
				switch next := h.around(t.ref, 1); t.tense(i) {
				case tenseFuture:
					d = next
				case tenseUnknown:
					if next.Sub(t.ref) < t.ref.Sub(d) {
						d = next // no cue: the nearer one ("from now to Election Day")
					}
				}
			}
			x.Value = dateValue(d)
			if week {
				if next := h.around(t.ref, 1); shift == 0 && weekValue(next) == weekValue(t.ref) {
					d = next // "the bakery shuts for Easter week" (said in it): the week under way
				}
				x.Value = weekValue(d) // the week the day falls in
			}
		}
		if week {
			x.Granularity = GranWeek
			e++
		}
		return match{s, e, x}, true
	}
	return match{}, false
}

// holidayWords matches the words of a name from token i (an apostrophe is
// a token of its own); it returns the token after the name.
func (t *tagger) holidayWords(i int, words []string) (int, bool) {
	j := i
	for n, w := range words {
		if w == "'" {
			if !t.apostrophe(j) {
				return 0, false
			}
			j++
			continue
		}
		k := t.at(j)
		if k.kind != kWord || lowerASCII(t.str(j)) != w || n > 0 && w != "s" && !k.upper {
			return 0, false
		}
		j++
	}
	return j, true
}

// on returns the holiday's date in year y.
func (h holiday) on(y int) time.Time {
	switch {
	case h.Easter != nil:
		return easter(y).AddDate(0, 0, *h.Easter)
	case h.Day != 0:
		return dateOf(y, h.Month, h.Day)
	}
	wd := time.Weekday(h.Weekday % 7)
	if h.After != 0 {
		return shiftWeekday(dateOf(y, h.Month, h.After), wd, 1, false)
	}
	if h.Nth < 0 {
		last := dateOf(y, h.Month+1, 1).AddDate(0, 0, -1)
		return shiftWeekday(last, wd, -1, false)
	}
	first := shiftWeekday(dateOf(y, h.Month, 1), wd, 1, false)
	return first.AddDate(0, 0, 7*(h.Nth-1))
}

// around picks the occurrence meant from ref: the last one on or before
// it (shift 0), strictly before it (-1), or the next one on or after it (+1).
func (h holiday) around(ref time.Time, shift int) time.Time {
	y := ref.Year()
	switch d := h.on(y); {
	case shift > 0:
		if d.Before(ref) {
			return h.on(y + 1)
		}
		return d
	case shift < 0:
		if !d.Before(ref) {
			return h.on(y - 1)
		}
		return d
	default:
		if d.After(ref) {
			return h.on(y - 1)
		}
		return d
	}
}

// easter returns Easter Sunday of year y (Gregorian, anonymous algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dateOf(y, month, day)
}
