package temporal

// spokenYear reads a year said in words, as broadcast transcripts write
// it: "nineteen ninety-six", "nineteen eighty", "two thousand", "two
// thousand and one". It returns the year and the token after it.
func (t *tagger) spokenYear(j int) (int, int, bool) {
	k := t.at(j)
	if k.kind != kWord {
		return 0, 0, false
	}
	switch n := int(k.lex.number); {
	case n >= 11 && n <= 19: // "nineteen ninety-six": a century, then tens
		tens := t.at(j + 1)
		tn := int(tens.lex.number)
		if tens.kind != kWord || tn < 20 || tn > 90 || tn%10 != 0 {
			return 0, 0, false
		}
		y, e := n*100+tn, j+2
		if t.dash(e) && t.glued(e) && t.glued(e+1) {
			if u := t.at(e + 1); u.kind == kWord && u.lex.number >= 1 && u.lex.number <= 9 {
				y, e = y+int(u.lex.number), e+2
			}
		}
		return y, e, true
	case n == 2 && lists().thousands[lowerASCII(t.str(j+1))]: // "two thousand (and) one"
		y, e := 2000, j+2
		x := e
		if t.word(x, wAnd) {
			x++
		}
		if u := t.at(x); u.kind == kWord && u.lex.number >= 1 && u.lex.number <= 19 {
			y, e = y+int(u.lex.number), x+1
		}
		return y, e, true
	}
	return 0, 0, false
}
