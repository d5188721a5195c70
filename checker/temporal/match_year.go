package temporal

import "strings"

// matchYear reads years, year ranges and decades: 2025, 1947-1991,
// 2014 – Present, 2024-25, 1990s, '90s, 1800s.
func (t *tagger) matchYear(i int) (match, bool) {
	return t.yearAt(i, false)
}

// yearAt reads a year at token i; forced says the left context already
// makes a number a year ("mid-2025", "early 2025").
func (t *tagger) yearAt(i int, forced bool) (match, bool) {
	k := t.at(i)
	if k.kind != kNum {
		return match{}, false
	}
	if m, ok := t.decadeAt(i, forced); ok {
		return m, true
	}
	if m, ok := t.centuryAt(i); ok {
		return m, true
	}
	n, ok := t.num(i, 4, 4)
	if !ok || n < 1000 || n > 2100 {
		return match{}, false
	}
	if !forced && t.glued(i) && !t.openingBracket(i-1) {
		return match{}, false // G20, $2025, F-2025, 1,2025
	}
	if m, ok := t.yearRange(i, n); ok {
		return m, true
	}
	if !forced && !t.bareYearOK(i, n) {
		return match{}, false
	}
	if t.numberContinues(i + 1) {
		return match{}, false
	}
	return match{i, i + 1, absolute(Date, yearValue(n), GranYear)}, true
}

func (t *tagger) openingBracket(i int) bool {
	return t.punct(i, "(") || t.punct(i, "[") || t.punct(i, "\"") || t.punct(i, "\u201c") || t.apostrophe(i)
}

// yearRange reads "1947-1991", "2024-25", "2014 – Present".
func (t *tagger) yearRange(i, n int) (match, bool) {
	j := i + 1
	if !t.dash(j) {
		return match{}, false
	}
	if t.word(j+1, wPresent) || t.word(j+1, wNow) || t.word(j+1, wToday) {
		x := absolute(Date, yearValue(n), GranYear)
		x.RangeEnd = PresentRef
		return match{i, j + 2, x}, true
	}
	if t.numberContinues(j + 2) {
		return match{}, false
	}
	if e, ok := t.num(j+1, 4, 4); ok && e > n && e <= 2100 && e-n <= 300 {
		x := absolute(Date, yearValue(n), GranYear)
		x.RangeEnd = yearValue(e)
		return match{i, j + 2, x}, true
	}
	if e, ok := t.num(j+1, 2, 2); ok && t.glued(j) && t.glued(j+1) && e > n%100 {
		x := absolute(Date, yearValue(n), GranYear)
		x.RangeEnd = yearValue(n/100*100 + e)
		return match{i, j + 2, x}, true
	}
	return match{}, false
}

// decadeAt reads 1990s, 2000s (decade 200), 1800s (century 18), '90s.
func (t *tagger) decadeAt(i int, forced bool) (match, bool) {
	s := t.at(i + 1)
	if s.kind != kWord || !t.glued(i+1) || s.end-s.start != 1 || t.text[s.start]|0x20 != 's' || t.numberContinues(i+2) {
		return match{}, false
	}
	if n, ok := t.num(i, 4, 4); ok && n%10 == 0 && n >= 1000 && n <= 2990 {
		if t.glued(i) && !t.openingBracket(i-1) && !forced {
			return match{}, false
		}
		s := i
		if !forced && i-1 >= t.lo && t.word(i-1, wThe) {
			s = i - 1 // "the 1990s": TIMEX3 keeps the article
		}
		if n%100 == 0 && n != 2000 {
			return match{s, i + 2, absolute(Date, pad(n/100, 2), GranCentury)}, true
		}
		return match{s, i + 2, absolute(Date, pad(n/10, 3), GranDecade)}, true
	}
	n, ok := t.num(i, 2, 2)
	if !ok || n%10 != 0 {
		return match{}, false
	}
	start := i
	switch {
	case t.apostrophe(i-1) && t.glued(i):
		start = i - 1
	case forced || t.word(i-1, wThe) && !t.glued(i):
	default:
		return match{}, false
	}
	century := 19
	if n < 30 {
		century = 20
	}
	return match{start, i + 2, absolute(Date, pad(century*10+n/10, 3), GranDecade)}, true
}

// centuryAt reads an ordinal century: "the 20th century" is 19 (the
// 1900s), "11th-century" 10; "21st century" 20.
func (t *tagger) centuryAt(i int) (match, bool) {
	if !t.ordinalSuffix(i + 1) {
		return match{}, false
	}
	n, ok := t.num(i, 1, 2)
	j := i + 2
	if t.dash(j) && t.glued(j) && t.glued(j+1) {
		j++ // "the 11th-century temple"
	}
	if !ok || n < 1 || t.at(j).lex.unit != uCentury || t.at(j).lex.flags&fPlural != 0 {
		return match{}, false
	}
	s := i
	if i-1 >= t.lo && t.word(i-1, wThe) {
		s = i - 1
	}
	return match{s, j + 1, absolute(Date, pad(n-1, 2), GranCentury)}, true
}

// bareYearOK decides whether a lone 4-digit number is a year: in a
// date-like context, or 1800-2100 and not counting something.
func (t *tagger) bareYearOK(i, n int) bool {
	prev := i - 1
	if t.openingBracket(prev) {
		prev--
	}
	if t.flag(prev, fBlockNum) || t.at(prev).kind == kNum {
		return false
	}
	next := t.at(i + 1)
	if t.glued(i+1) && next.kind == kPunct {
		switch t.str(i + 1) {
		case "%", "+", "\u00b0", "$", "\u20ac", "\u00a3", "x", "*":
			return false
		}
	}
	if next.kind == kWord && (next.lex.flags&fCountNoun != 0 || next.lex.unit != 0) {
		return false
	}
	if t.punct(prev, "$") || t.punct(prev, "#") || t.punct(prev, "\u20ac") || t.punct(prev, "\u00a3") {
		return false
	}
	if t.at(prev).lex.month != 0 || t.flag(prev, fDatePrep) && (n >= 1800 || lists().strongPreps[lowerASCII(t.str(prev))]) {
		return true
	}
	if next.kind == kWord && next.lex.flags&fEventNoun != 0 {
		return true
	}
	if n < 1800 {
		return false
	}
	if t.word(prev, wThe) || lists().determiners[lowerASCII(t.str(prev))] || t.possessive(prev) {
		return true // "the 1918 flu", "its 1994 merger": a count would rarely take these
	}
	switch next.kind {
	case kNone, kPunct:
		return true
	case kNum:
		return false
	}
	if next.upper {
		return true
	}
	return lists().functionWords[lowerASCII(t.str(i+1))]
}

// possessive reports the "s" of "'s" at token k: "the company's 1989 results".
func (t *tagger) possessive(k int) bool {
	return strings.EqualFold(t.str(k), "s") && t.glued(k) && t.apostrophe(k-1) && t.glued(k-1) && t.at(k-2).kind == kWord
}

// lowerASCII lower-cases short ASCII words; it allocates only when the word
// has upper-case letters.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] |= 0x20
				}
			}
			return string(b)
		}
	}
	return s
}
