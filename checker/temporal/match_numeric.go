package temporal

// matchNumericDate reads all-numeric dates: 2025-09-28, 2025/09/28,
// 29/9/2025, 9/29/2025, 29.9.2025 and 9/29/25.
func (t *tagger) matchNumericDate(i int) (match, bool) {
	if t.glued(i) && t.startsNumberRun(i) {
		return match{}, false // the tail of a longer number (ISBN, IP address)
	}
	if y, ok := t.num(i, 4, 4); ok && (t.punct(i+1, "-") || t.punct(i+1, "/")) {
		sep := t.str(i + 1)
		mo, ok1 := t.num(i+2, 1, 2)
		d, ok2 := t.num(i+4, 1, 2)
		if ok1 && ok2 && t.allGlued(i+1, i+4) && t.punct(i+3, sep) && validDay(y, mo, d) && !t.numberContinues(i+5) {
			return match{i, i + 5, absolute(Date, dayValue(y, mo, d), GranDay)}, true
		}
		return match{}, false
	}
	a, ok := t.num(i, 1, 2)
	if !ok || !(t.punct(i+1, "/") || t.punct(i+1, ".") || t.punct(i+1, "-")) {
		return match{}, false
	}
	sep := t.str(i + 1)
	b, ok := t.num(i+2, 1, 2)
	if !ok || !t.punct(i+3, sep) || !t.allGlued(i+1, i+4) || t.numberContinues(i+5) {
		return match{}, false
	}
	y, ok := t.num(i+4, 4, 4)
	if !ok {
		yy, ok2 := t.num(i+4, 2, 2)
		if !ok2 || sep != "/" {
			return match{}, false // 2-digit years only in slashed dates
		}
		y = 2000 + yy
		if yy >= 50 {
			y = 1900 + yy
		}
	}
	if y < 1000 || y > 2999 {
		return match{}, false
	}
	dayFirst, guessed := t.opt.DayFirst, false
	switch {
	case a > 12 && b <= 12:
		dayFirst = true
	case b > 12 && a <= 12:
		dayFirst = false
	case a > 12 && b > 12:
		return match{}, false
	default:
		guessed = true
	}
	m, d := a, b
	if dayFirst {
		m, d = b, a
	}
	if !validDay(y, m, d) {
		return match{}, false
	}
	x := absolute(Date, dayValue(y, m, d), GranDay)
	x.DayFirst = &dayFirst
	x.DayFirstGuessed = guessed
	return match{i, i + 5, x}, true
}

// allGlued reports whether tokens from..to touch their predecessors.
func (t *tagger) allGlued(from, to int) bool {
	for k := from; k <= to; k++ {
		if k >= len(t.toks) || !t.glued(k) {
			return false
		}
	}
	return true
}

// numberContinues reports whether the number sequence ending before token
// j goes on (a glued digit, or a glued separator followed by a digit):
// 1.2.2025.4 or 12/05/2025/7 are not dates.
func (t *tagger) numberContinues(j int) bool {
	if !t.glued(j) {
		return false
	}
	k := t.at(j)
	if k.kind == kNum || k.kind == kWord {
		return true
	}
	if k.kind == kPunct {
		switch t.str(j) {
		case ".", "/", "-", ":", ",":
			return t.at(j+1).kind == kNum && t.glued(j+1)
		}
	}
	return false
}

// startsNumberRun reports whether number token i is glued to a preceding
// digit run through a separator ("1.2" before "3", "978-1").
func (t *tagger) startsNumberRun(i int) bool {
	p := t.at(i - 1)
	if p.kind == kNum || p.kind == kWord {
		return true
	}
	if p.kind == kPunct {
		switch t.str(i - 1) {
		case ".", "/", "-", ":", ",":
			return t.at(i-2).kind == kNum && t.glued(i-1)
		}
	}
	return false
}
