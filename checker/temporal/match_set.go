package temporal

// matchSet reads recurring times: "every year", "each Monday", "each
// July", "every quarter", "every two years", "weekly", "annually".
func (t *tagger) matchSet(i int) (match, bool) {
	k := t.at(i)
	if k.kind != kWord {
		return match{}, false
	}
	if k.lex.flags&fSetAdverb != 0 {
		if k.upper && !t.sentenceInitial(i) {
			return match{}, false // "the Daily Mail", "Weekly Standard"
		}
		if nx := t.at(i + 1); lists().adverbOnlySet[lowerASCII(t.str(i))] && nx.kind == kWord && !lists().functionWords[lowerASCII(t.str(i+1))] {
			return match{}, false // "the quarterly dividend": an adjective
		}
		v, g := lists().setAdverbs[lowerASCII(t.str(i))], GranDay
		if v == "" {
			return match{}, false
		}
		return match{i, i + 1, Expression{Type: Set, Value: v, Granularity: g, Resolution: ResolvedAbsolute}}, true
	}
	if k.lex.word != wEvery && k.lex.word != wEach {
		return match{}, false
	}
	j := i + 1
	n := 1
	if v, vagueN, next, ok := t.amountAt(j); ok && !vagueN && !t.word(j, wA) {
		n, j = v, next
	}
	u := t.at(j)
	switch {
	case u.kind != kWord:
		return match{}, false
	case u.lex.weekday != 0 && u.lex.flags&fAbbrev == 0 && n == 1:
		return match{i, j + 1, weekdaySet(int(u.lex.weekday))}, true
	case u.lex.season != 0 && u.lex.flags&fPlural == 0 && n == 1:
		x := Expression{Type: Set, Value: "XXXX-" + seasonCodes[u.lex.season], Granularity: GranSeason, Resolution: ResolvedAbsolute}
		return match{i, j + 1, x}, true
	case u.lex.month != 0 && u.lex.flags&(fAbbrev|fPlural) == 0 && n == 1 && (u.upper || !ambiguousMonth(int(u.lex.month))):
		x := Expression{Type: Set, Value: "XXXX-" + pad(int(u.lex.month), 2), Granularity: GranMonth, Resolution: ResolvedAbsolute}
		return match{i, j + 1, x}, true // "each July"
	case n == 1 && u.lex.flags&fPeriod != 0 && lexData().PeriodHeads[lowerASCII(t.str(j))] == headQuarter && !t.word(j+1, wOf):
		x := Expression{Type: Set, Value: "P1Q", Granularity: GranMonth, Resolution: ResolvedAbsolute}
		return match{i, j + 1, x}, true // "every quarter", not "every quarter of the town"
	case u.lex.unit != noUnit && u.lex.unit != uWeekend:
		x := Expression{Type: Set, Value: durationValue(n, false, u.lex.unit), Granularity: unitGran(u.lex.unit), Resolution: ResolvedAbsolute}
		return match{i, j + 1, x}, true
	}
	return match{}, false
}
