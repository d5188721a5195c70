package temporal

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Tag finds every date and time expression in text and resolves it against
// opt.Reference. The result is sorted by Start and non-overlapping; where
// two readings start at the same place the longer one wins.
//
// Clock times ("10 a.m.") get the value of a full date named in the same
// sentence (2025-09-28T10:00), otherwise a bare T10:00: the reference date
// is when the article was written, not when the event happens.
func Tag(text string, opt Options) []Expression {
	t := getTagger(text, opt)
	defer putTagger(t)
	out := make([]Expression, 0, len(t.toks)/32+2) // about one expression per 150 bytes of news
	for i := 0; i < len(t.toks); {
		mask := t.candidates(i)
		if mask == 0 {
			i++
			continue
		}
		m, ok := t.best(i, mask)
		if !ok || m.e <= i {
			i++
			continue
		}
		m.x.Start = t.toks[m.s].start
		m.x.End = t.toks[m.e-1].end
		if !onRuneBoundaries(text, m.x.Start, m.x.End) {
			i++ // invalid UTF-8 touches the match: not worth reporting
			continue
		}
		if spansBreak(opt.Breaks, m.x.Start, m.x.End) {
			i++ // across the caller's sentence end: what follows may match on its own
			continue
		}
		m.x.Text = text[m.x.Start:m.x.End]
		out = append(out, m.x)
		if m.x.Type == Date || m.x.Type == Time {
			if c := m.x.Value[0]; c >= '0' && c <= '9' && len(m.x.Value) >= 4 {
				t.lastDate = m.x.Value // what "that day", "the following year" refer to
			}
		}
		switch {
		case m.x.Type == Duration && monthsSpan(m.x):
			t.monthsNamed = true // "the nine months": "a year earlier" now compares years
		case m.x.Type == Date && strings.Contains(m.x.Value, "-Q"):
			t.monthsNamed = false
		}
		if a := t.anchor; t.lastQuarter == "" && a.s == m.s && a.e == m.e && a.x.Value == m.x.Value {
			// The first quarter named is the one reported on; later ones compare.
			t.lastQuarter = m.x.Value
		}
		t.lo = m.e
		i = m.e
	}
	t.anchorTimes(out)
	if len(out) == 0 {
		return nil // as before the buffer: callers tell "none" by nil
	}
	return out
}

// spansBreak reports whether a break (sorted offsets) lies strictly
// inside [start, end).
func spansBreak(breaks []int, start, end int) bool {
	i, _ := slices.BinarySearch(breaks, start+1)
	return i < len(breaks) && breaks[i] < end
}

// monthsSpan reports a counted stretch of months with its article, as
// earnings reports name a year to date: "the nine months", "the first
// nine months".
func monthsSpan(x Expression) bool {
	v := x.Value
	if len(v) < 3 || v[0] != 'P' || v[len(v)-1] != 'M' || v[1] == 'T' || v[1] == 'X' {
		return false
	}
	return len(x.Text) > 4 && strings.EqualFold(x.Text[:4], "the ")
}

// onRuneBoundaries reports whether [s, e) starts and ends on rune starts;
// only invalid UTF-8 next to a match can break this.
func onRuneBoundaries(text string, s, e int) bool {
	return utf8.RuneStart(text[s]) && (e == len(text) || utf8.RuneStart(text[e]))
}

// tagger holds one text's tokens and the reference date.
type tagger struct {
	text   string
	toks   []tok
	opt    Options
	ref    time.Time // reference date at midnight UTC
	hasRef bool
	lo     int // matches may not extend left of this token
	// lastQuarter is the value of the last fiscal quarter named
	// ("the third quarter"): "the quarter" and "a year earlier" refer to it.
	lastQuarter string
	anchor      match // the last quarter a matcher offered as an anchor
	// lastDate is the value of the last date named: "that day", "the
	// following year" refer to it.
	lastDate string
	// monthsNamed says a stretch of months ("the first nine months") was
	// named after the last quarter: "a year earlier" then compares years.
	monthsNamed bool
}

var taggerPool = sync.Pool{New: func() any { return new(tagger) }}

func getTagger(text string, opt Options) *tagger {
	t := taggerPool.Get().(*tagger)
	t.text, t.opt, t.lo, t.lastQuarter, t.anchor, t.lastDate, t.monthsNamed = text, opt, 0, "", match{}, "", false
	t.hasRef = !opt.Reference.IsZero()
	if t.hasRef {
		y, m, d := opt.Reference.Date()
		t.ref = dateOf(y, int(m), d)
	} else {
		t.ref = time.Time{}
	}
	if want := len(text)/5 + 16; cap(t.toks) < want {
		t.toks = make([]tok, 0, want) // about one token per five bytes of prose
	}
	t.toks = tokenize(text, t.toks[:0])
	return t
}

func putTagger(t *tagger) {
	if cap(t.toks) > 1<<16 {
		t.toks = nil // do not keep huge buffers alive
	}
	t.text = ""
	taggerPool.Put(t)
}

// match is one candidate: tokens [s, e) and the expression they make.
type match struct {
	s, e int
	x    Expression
}

// Matcher indices: bit i of a token's mask says matchers[i] may start
// there. The order is the preference for equally long matches.
const (
	mWeekday = iota
	mMonth
	mNumericDate
	mDayMonth
	mYear
	mOrdinalDay
	mModified
	mShifted
	mRelativeWord
	mVaguePhrase
	mSeason
	mAmount
	mSet
	mClock
	mQuarter
	mHoliday
)

// matcher tries to read an expression starting at (or just before) token i.
type matcher func(t *tagger, i int) (match, bool)

var matchers = [...]matcher{
	mWeekday:      (*tagger).matchWeekday,
	mMonth:        (*tagger).matchMonth,
	mNumericDate:  (*tagger).matchNumericDate,
	mDayMonth:     (*tagger).matchDayMonth,
	mYear:         (*tagger).matchYear,
	mOrdinalDay:   (*tagger).matchOrdinalDay,
	mModified:     (*tagger).matchModified,
	mShifted:      (*tagger).matchShifted,
	mRelativeWord: (*tagger).matchRelativeWord,
	mVaguePhrase:  (*tagger).matchVaguePhrase,
	mSeason:       (*tagger).matchSeason,
	mAmount:       (*tagger).matchAmount,
	mSet:          (*tagger).matchSet,
	mClock:        (*tagger).matchClock,
	mQuarter:      (*tagger).matchQuarter,
	mHoliday:      (*tagger).matchHoliday,
}

// numberMatchers may start at a digit run.
const numberMatchers = 1<<mNumericDate | 1<<mDayMonth | 1<<mYear | 1<<mOrdinalDay | 1<<mAmount | 1<<mClock | 1<<mQuarter

// candidates is the cheap pre-check: the matchers that may start at token
// i (precomputed per lexicon word), zero for most tokens.
func (t *tagger) candidates(i int) uint16 {
	k := &t.toks[i]
	switch k.kind {
	case kNum:
		return numberMatchers
	case kWord:
		return k.lex.matchers
	}
	return 0
}

// best returns the longest match starting at token i (or extending left
// of it, never before t.lo).
func (t *tagger) best(i int, mask uint16) (match, bool) {
	var best match
	found := false
	for mask != 0 {
		b := bits.TrailingZeros16(mask)
		mask &^= 1 << b
		m, ok := matchers[b](t, i)
		if !ok || m.s < t.lo || m.e <= m.s || m.e > len(t.toks) {
			continue
		}
		if !found || m.e-m.s > best.e-best.s {
			best, found = m, true
		}
	}
	return best, found
}

// dateMatchers read calendar dates that can pair with a weekday.
var dateMatchers = [...]matcher{(*tagger).matchMonth, (*tagger).matchNumericDate, (*tagger).matchDayMonth}

// dateAt reads a full or partial calendar date starting at token i, for
// the matchers that combine one with something else (weekday pairs,
// modifiers, ranges).
func (t *tagger) dateAt(i int) (match, bool) {
	var best match
	found := false
	for _, f := range dateMatchers {
		m, ok := f(t, i)
		if ok && m.s == i && (!found || m.e > best.e) {
			best, found = m, true
		}
	}
	return best, found
}
