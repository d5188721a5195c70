package temporal

import "strings"

// matchRelativeWord reads yesterday, today, tomorrow, tonight (with an
// optional part of day: "yesterday morning"), and the vague now,
// currently, nowadays, recently, soon, "at present".
func (t *tagger) matchRelativeWord(i int) (match, bool) {
	k := t.at(i)
	if k.kind != kWord {
		return match{}, false
	}
	switch k.lex.word {
	case wYesterday, wToday, wTomorrow:
		if k.upper && !t.sentenceInitial(i) && t.at(i-1).kind == kWord && t.at(i-1).upper {
			return match{}, false // "USA Today", "Russia Today"
		}
		if t.genericDay(i) {
			return match{}, false // "today's farmers", "the leaders of tomorrow": no day
		}
		shift := dayShifts[k.lex.word]
		part := t.partAt(i + 1)
		e := i + 1
		if part != 0 {
			e++
		}
		x := t.relative(Date, "", GranDay)
		if part != 0 {
			x.Type, x.Granularity = Time, GranTime
		}
		if t.hasRef {
			x.Value, _, _ = dayOf(t.ref.AddDate(0, 0, shift), part)
		}
		return match{i, e, x}, true
	case wTonight:
		x := t.relative(Time, "", GranTime)
		if t.hasRef {
			x.Value, _, _ = dayOf(t.ref, 4)
		}
		return match{i, i + 1, x}, true
	case wNow:
		if !t.temporalNow(i) {
			return match{}, false
		}
		return match{i, i + 1, vague(PresentRef)}, true
	case wCurrently, wNowadays:
		return match{i, i + 1, vague(PresentRef)}, true
	case wRecently:
		return match{i, i + 1, vague(PastRef)}, true
	case wSoon:
		if t.word(i-1, wAs) || t.word(i+1, wAs) {
			return match{}, false // "as soon as": a conjunction
		}
		if lists().soonRelative[lowerASCII(t.str(i+1))] {
			return match{}, false // "soon after": relative to another event
		}
		return match{i, i + 1, vague(FutureRef)}, true
	case wPresent:
		if nx := t.at(i + 1); !t.word(i-1, wAt) || nx.kind == kWord && !nx.upper && !lists().functionWords[lowerASCII(t.str(i+1))] {
			return match{}, false // only "at present"; "at present levels" is an adjective
		}
		return match{i - 1, i + 1, vague(PresentRef)}, true
	}
	return match{}, false
}

var dayShifts = map[wordID]int{wYesterday: -1, wToday: 0, wTomorrow: 1}

// genericDay reports "today" or "tomorrow" standing for an age, not a
// day: before a generic noun ("today's youth", "tomorrow's world") or
// after "of" and a noun ("the schools of tomorrow").
func (t *tagger) genericDay(i int) bool {
	if t.word(i, wYesterday) {
		return false
	}
	if t.apostrophe(i+1) && t.glued(i+1) && strings.EqualFold(t.str(i+2), "s") && lists().genericNouns[lowerASCII(t.str(i+3))] {
		return true
	}
	if !t.word(i-1, wOf) || t.at(i+1).lex.part != 0 {
		return false
	}
	p := t.at(i - 2)
	return p.kind == kWord && !p.upper && p.lex.word == wNone && p.lex.unit == noUnit && p.lex.part == 0 &&
		p.lex.month == 0 && p.lex.weekday == 0 && !lists().functionWords[lowerASCII(t.str(i-2))]
}

// temporalNow tells "now" meaning the present from "now" as a discourse
// word ("Now, the question is…"), a conjunction ("now that") or a name.
func (t *tagger) temporalNow(i int) bool {
	k := t.at(i)
	if k.allUpper || (k.upper && !t.sentenceInitial(i)) {
		return false
	}
	if t.sentenceInitial(i) && (t.punct(i+1, ",") || t.at(i+1).kind != kWord) {
		return false // "Now, the question is…": a discourse word
	}
	if t.word(i+1, wThat) {
		return false
	}
	return true
}

// matchVaguePhrase reads "in recent years" and "in the past" (PAST_REF),
// "in the future", "in the near future", "in the near term" (FUTURE_REF).
func (t *tagger) matchVaguePhrase(i int) (match, bool) {
	k := t.at(i)
	if k.kind != kWord {
		return match{}, false
	}
	if m, ok := t.vagueAdjective(i); ok {
		return m, true
	}
	switch k.lex.word {
	case wRecent:
		u := t.at(i + 1)
		if u.kind != kWord || u.lex.unit == noUnit || u.lex.flags&fPlural == 0 {
			return match{}, false
		}
		if u.lex.unit != uYear && u.lex.unit != uDecade && u.lex.unit != uCentury {
			// "in recent weeks": TimeBank reads a stretch of days, weeks or
			// months as an unspecified duration; "recent years" stays PAST_REF.
			return match{i, t.orUnits(i + 2), duration(durationValue(1, true, u.lex.unit), unitGran(u.lex.unit))}, true
		}
		return match{i, i + 2, vague(PastRef)}, true // "in recent years": without "in"
	case wTerm:
		// "in the near term", "over the short term": the time just ahead.
		if lists().termAdjectives[lowerASCII(t.str(i-1))] && t.word(i-2, wThe) && i-2 >= t.lo {
			if nx := t.at(i + 1); nx.kind != kWord || lists().functionWords[lowerASCII(t.str(i+1))] {
				return match{i - 2, i + 1, vague(FutureRef)}, true
			}
		}
		return match{}, false
	case wPast, wFuture:
		s := i - 1
		if t.word(s, wNear) && k.lex.word == wFuture {
			s--
		}
		if !t.word(s, wThe) || !t.word(s-1, wIn) && k.lex.word == wPast {
			return match{}, false // "the past" needs "in": "recalled the past"
		}
		if nx := t.at(i + 1); nx.kind == kNum || nx.kind == kWord && (!lists().functionWords[lowerASCII(t.str(i+1))] || nx.lex.word == wOf) {
			return match{}, false // "in the past decade", "the future relationship", "the future of the port"
		}
		value := PastRef
		if k.lex.word == wFuture {
			value = FutureRef
		}
		return match{s, i + 1, vague(value)}, true // "in the past": without "in"
	}
	return match{}, false
}

// matchSeason reads "summer 2025", "the summer of 2025", "in the spring".
func (t *tagger) matchSeason(i int) (match, bool) {
	return t.seasonAt(i, false)
}

// seasonAt reads a season; forced says a modifier precedes ("early spring").
func (t *tagger) seasonAt(i int, forced bool) (match, bool) {
	k := t.at(i)
	if k.kind != kWord || k.lex.season == 0 || k.lex.flags&fPlural != 0 {
		return match{}, false
	}
	s := int(k.lex.season)
	if k.upper && !t.sentenceInitial(i) && t.at(i-1).kind == kWord && t.at(i-1).upper && !forced {
		return match{}, false // "Arab Spring", "Prague Spring"
	}
	j := i + 1
	if t.word(j, wOf) {
		j++
	}
	if y, ok := t.num(j, 4, 4); ok && y >= 1000 && y <= 2999 && !t.numberContinues(j+1) {
		return match{i, j + 1, absolute(Date, yearValue(y)+"-"+seasonCodes[s], GranSeason)}, true
	}
	if y, e, ok := t.spokenYear(j); ok {
		s0 := i
		if t.word(i-1, wThe) && i-1 >= t.lo {
			s0 = i - 1 // "the winter of nineteen ninety-four"
		}
		return match{s0, e, absolute(Date, yearValue(y)+"-"+seasonCodes[s], GranSeason)}, true
	}
	p := i - 1
	if t.word(p, wThe) {
		p--
	}
	if !forced && !t.word(p, wIn) && !t.flag(p, fDatePrep) && !(t.word(i-1, wThe) && !k.upper) {
		return match{}, false // "over the summer"; "the Winter Meetings" is a name
	}
	if k.upper && !forced && t.at(i+1).kind == kWord && t.at(i+1).upper {
		return match{}, false // "in Spring Festival", "at Winter Meetings"
	}
	if !forced && lists().seasonVerbs[lowerASCII(t.str(i))] && !t.word(i-1, wThe) {
		return match{}, false // "in fall" is rare; "prices in fall" reads as a verb
	}
	if nx := t.at(i + 1); nx.kind == kWord && !nx.upper && nx.lex == (lex{}) {
		return match{}, false // "the summer camp", "the spring offensive"
	}
	x := t.relative(Date, "", GranSeason)
	if t.hasRef {
		x.Value = yearValue(seasonYear(t.ref, s, 0, t.lookingAhead(i))) + "-" + seasonCodes[s]
	}
	return match{i, i + 1, x}, true
}

// vagueAdjective reads "recent" and "current" before a noun: "the
// recent sale" (PAST_REF), "current market conditions" (PRESENT_REF),
// and "future" before a plural unit ("future quarters", FUTURE_REF).
// "future" before other nouns ("future losses") names a kind of thing,
// not a time: TBAQ-cleaned leaves 13 of 17 such untagged.
func (t *tagger) vagueAdjective(i int) (match, bool) {
	k, nx := t.at(i), t.at(i+1)
	if k.lex.word == wFuture && !k.upper && nx.kind == kWord && nx.lex.unit != noUnit && nx.lex.flags&fPlural != 0 {
		return match{i, i + 2, vague(FutureRef)}, true // "in future years", as "in coming years"
	}
	if k.upper || nx.kind != kWord || nx.upper || nx.lex.unit != noUnit || nx.lex.flags&fPeriod != 0 ||
		lists().functionWords[lowerASCII(t.str(i+1))] || nx.lex.word != wNone {
		return match{}, false
	}
	switch k.lex.word {
	case wRecent:
		return match{i, i + 1, vague(PastRef)}, true
	case wCurrent:
		if i-1 >= t.lo && lists().thenWords[lowerASCII(t.str(i-1))] {
			return match{i - 1, i + 1, vague(PastRef)}, true // "the then current rent": current then
		}
		return match{i, i + 1, vague(PresentRef)}, true
	}
	return match{}, false
}
