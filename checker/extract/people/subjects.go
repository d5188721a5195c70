package people

import "strings"

// maxAppositive bounds the words between a name and the comma that closes
// its role ("Anna Berg, the head of the Union of Dock Workers, said").
const maxAppositive = 24

// subjectBefore is the subject of the verb of saying at v, read back from
// it within tokens [lo, v):
//
//   - "X, ROLE, said": the verb follows a comma, and the nearest comma
//     before it that ends a name marks the subject; the role may name
//     other people or bodies ("a spokesman for Varda Rail");
//   - "the mayor, X, said": the role comes first and the name between
//     the commas is the speaker;
//   - otherwise the phrase right before the verb: its first person who is
//     neither the object of a preposition nor a possessor ("Varda Rail's
//     chief Anna Berg"), else an organisation ("Varda Rail said"), else a
//     description ("a spokesman for Varda Rail").
func (a *analysis) subjectBefore(lo, v int) (speaker, bool) {
	e := a.skipAuxBack(v, lo)
	if k := e - 1; k > lo && (a.isPunct(k, ",") || a.isPunct(k, ")")) {
		open := -1
		for c := k - 1; c > lo && k-c <= maxAppositive; c-- {
			if a.isPunct(c, ";") || a.isPunct(c, ":") || a.toks[c].words&wSpeech != 0 {
				break
			}
			if !a.isPunct(c, ",") && !a.isPunct(c, "(") {
				continue
			}
			if sp, ok := a.nameEndingAt(c - 1); ok {
				return sp, true
			}
			if open < 0 {
				open = c
			}
		}
		if open >= 0 {
			if sp, ok := a.nameSpanning(open+1, k); ok {
				return sp, true
			}
			e = open
		} else {
			e = k
		}
	}
	s := e
	for s > lo && a.phraseWord(s-1) {
		s--
	}
	if s >= e {
		return speaker{person: -1}, false
	}
	sp := a.speakerOf(s, e)
	return sp, sp.person >= 0 || sp.surname != "" || sp.org != "" || sp.desc != ""
}

// phraseWord: token k can be inside a subject phrase: a word that is not
// a clause break or a verb of saying, or the dot of an initial.
func (a *analysis) phraseWord(k int) bool {
	t := &a.toks[k]
	if t.shape&sWord == 0 {
		return a.acronymDot(k) || t.low == "-" || t.low == "&"
	}
	return t.words&(wClauseBreak|wSpeech) == 0
}

// nameEndingAt: a person's mention ends at token k and is a subject there
// (not a possessor, not after a preposition).
func (a *analysis) nameEndingAt(k int) (speaker, bool) {
	if k < 0 || a.tokMent[k] < 0 {
		return speaker{}, false
	}
	m := a.mentions[a.tokMent[k]]
	if m.last != k || !a.subjectMention(m, 0) {
		return speaker{}, false
	}
	return speaker{person: m.person, start: m.start, end: m.end}, true
}

// nameSpanning: tokens [s, e) are exactly one person's mention.
func (a *analysis) nameSpanning(s, e int) (speaker, bool) {
	if s >= e || a.tokMent[s] < 0 {
		return speaker{}, false
	}
	m := a.mentions[a.tokMent[s]]
	if m.first != s || m.last != e-1 {
		return speaker{}, false
	}
	return speaker{person: m.person, start: m.start, end: m.end}, true
}

// subjectMention: a mention that can be the subject of its clause: not a
// possessor ("Berg's deputy"), not the object of a preposition ("a
// spokesman for Varda Rail", "experts hired by the Berg family") at or
// after token lo, and not a name modifying a noun ("the Berg family").
func (a *analysis) subjectMention(m mention, lo int) bool {
	if a.toks[m.last].shape&sPoss != 0 {
		return false
	}
	p := m.first - 1
	if p >= lo && a.toks[p].words&wDet != 0 {
		if n := m.last + 1; n < a.sentEnd(m.last) && a.toks[n].shape&(sWord|sCap|sDigit) == sWord &&
			a.toks[n].words&(wSpeech|wAux|wClauseBreak|wPrep|wPresent|wPast) == 0 {
			return false // "the Berg family": the name modifies the noun after it
		}
		p--
	}
	return p < lo || a.toks[p].words&wPrep == 0
}

// headMention: in "Varda Rail senior analyst Anna Berg" the phrase's first
// subject mention (mi, a body misread as a name) only modifies the title
// of a later one; the later one is whom the phrase names. It returns the
// later mention, -1 when the title's holder is capitalised words no
// mention covers ("Varda Rail manager AJ Berg"), or mi.
func (a *analysis) headMention(mi int32, e int) int32 {
	m := a.mentions[mi]
	for k := m.last + 1; k < e; k++ {
		t := &a.toks[k]
		nj := a.tokMent[k]
		if nj >= 0 || t.shape&sCap != 0 && t.pkinds == 0 && t.words&wNonName == 0 {
			if tp, ok := a.titleBefore(k); ok && tp.first > m.last && a.onlyModifiers(m.last+1, tp.first) {
				if nj < 0 {
					return -1
				}
				if a.mentions[nj].first == k {
					return nj
				}
			}
			if nj >= 0 {
				return mi
			}
		}
		if t.shape&sWord == 0 && !a.acronymDot(k) || t.words&(wSpeech|wClauseBreak|wAux) != 0 {
			return mi
		}
	}
	return mi
}

// onlyModifiers: tokens [lo, hi) are lower-case words that can stand
// before a title ("senior security" researcher).
func (a *analysis) onlyModifiers(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := &a.toks[k]
		if t.shape&sWord == 0 || t.shape&sCap != 0 && t.pkinds == 0 || t.words&(wSpeech|wClauseBreak|wAux|wPrep|wDet) != 0 {
			return false
		}
	}
	return true
}

// speakerOf reads the phrase [s, e): its first subject mention, else the
// owner of words said ("Berg's latest statement"), else an organisation,
// else a description.
func (a *analysis) speakerOf(s, e int) speaker {
	owner := -1
	for k := s; k < e; k++ {
		mi := a.tokMent[k]
		if mi < 0 {
			if owner < 0 && a.toks[k].words&wSpeechNoun != 0 {
				owner = a.possessorBefore(s, k)
			}
			continue
		}
		m := a.mentions[mi]
		if a.subjectMention(m, s) {
			h := a.headMention(mi, e)
			if h < 0 {
				return a.describe(s, e) // the title's holder is a name read as none
			}
			m = a.mentions[h]
			return speaker{person: m.person, start: m.start, end: m.end}
		}
		k = m.last
	}
	if owner >= 0 {
		m := a.mentions[owner]
		return speaker{person: m.person, start: m.start, end: m.end}
	}
	if e-2 > s && a.toks[e-1].shape&sCap == 0 && strings.HasSuffix(a.toks[e-1].low, "ly") && a.toks[e-2].shape&sCap != 0 && a.toks[e-3].words&wDet == 0 {
		e-- // "said Kask and Morrow jointly"
	}
	if sp, ok := a.surnameSpeaker(s, e); ok {
		return sp
	}
	if e-s == 3 && a.toks[s+1].low == "and" && a.loneSurname(s) {
		if _, ok := a.speakerStartingAt(s + 2); ok {
			// "said Kask and Morrow": the first; jointPartner adds the other.
			t := &a.toks[s]
			return speaker{person: -1, surname: t.low, start: int(t.start), end: a.nameEnd(s)}
		}
	}
	if sp, ok := a.orgPhrase(s, e); ok {
		return sp
	}
	return a.describe(s, e)
}

// possessorBefore returns the mention that owns the noun at k ("Berg's
// most recent statement"): a possessive mention at most three words
// before it, or -1.
func (a *analysis) possessorBefore(s, k int) int {
	for j := k - 1; j >= s && k-j <= 4; j-- {
		if mi := a.tokMent[j]; mi >= 0 {
			if a.mentions[mi].last == j && a.toks[j].shape&sPoss != 0 {
				return int(mi)
			}
			return -1
		}
		if a.toks[j].shape&sWord == 0 {
			return -1
		}
	}
	return -1
}

// phraseAfter is the speaker named after a verb ("said Anna Berg", "said
// a spokesman for Varda Rail", "said Varda Rail"): the words up to a
// comma or a stop, read as speakerOf does. A name after a preposition is
// the object, not the speaker.
func (a *analysis) phraseAfter(from, end int) speaker {
	e := from
	for e < end && e-from < 10 {
		t := &a.toks[e]
		if t.shape&sWord == 0 && !a.acronymDot(e) && t.low != "-" && t.low != "&" {
			break
		}
		e++
	}
	return a.speakerOf(from, e)
}

// surnameSpeaker reads a speaker the article names only by surname
// ("…,” Brandvold told the council), maybe after a title or an honorific
// ("Mayor Brandvold said"): the phrase [s, e) is one capitalised word that
// no name of the article explains, with nothing before it but that title.
// Opening a sentence, a word ending in "s" is more likely a plural
// ("Critics said") than a name, and is left a description.
func (a *analysis) surnameSpeaker(s, e int) (speaker, bool) {
	for e > s && a.toks[e-1].shape&sWord == 0 {
		e--
	}
	if s >= e {
		return speaker{}, false
	}
	l := e - 1
	t := &a.toks[l]
	if !a.loneSurnameShape(l) || t.shape&sPoss != 0 {
		return speaker{}, false
	}
	if a.toks[s].low == "the" && s < l {
		s++
	}
	switch {
	case l == s:
		if t.shape&sSentFirst != 0 && strings.HasSuffix(t.low, "s") {
			return speaker{}, false
		}
	case a.honorificBefore(l):
		if h := l - 1; h != s && !(a.isPunct(h, ".") && h-1 == s) {
			return speaker{}, false
		}
	default:
		if tp, ok := a.titleBefore(l); !ok || tp.first != s {
			return speaker{}, false
		}
	}
	start, end := int(a.toks[s].start), a.nameEnd(l)
	return speaker{person: -1, surname: t.low, start: start, end: end}, true
}

// orgPhrase: tokens [s, e), after a leading "the", name an organisation:
// capitalised words (with "of", "and", "for", "&" between) that hold an
// organisation word ("Varda Rail", "Union of Dock Workers", "Ministry of
// Energy") or are, all of them, a knowledge-base institution or country.
// A title head among them makes a person's title, not a body ("Mayor
// Berg").
func (a *analysis) orgPhrase(s, e int) (speaker, bool) {
	if s < e && a.toks[s].low == "the" {
		s++
	}
	for e > s && a.toks[e-1].shape&sWord == 0 {
		e--
	}
	if s >= e || a.toks[s].shape&sCap == 0 || a.toks[e-1].shape&sCap == 0 {
		return speaker{}, false
	}
	body := false
	for k := s; k < e; k++ {
		t := &a.toks[k]
		switch {
		case t.shape&sWord == 0:
			if t.low != "&" && !a.acronymDot(k) {
				return speaker{}, false
			}
		case t.shape&sCap == 0:
			if t.low != "of" && t.low != "and" && t.low != "for" && t.low != "the" {
				return speaker{}, false
			}
		}
		if t.words&wOrgWord != 0 {
			body = true
		}
		if p, n := a.matchPhrase(k, e); p != nil {
			switch {
			case p.kind&(pOrg|pInst|pPlace) != 0 && k == s && n == e-s:
				body = true // the whole phrase is a body the KB knows ("the Zenith Palace")
			case p.kind&pHead != 0 && t.words&wOrgWord == 0:
				return speaker{}, false
			}
			k += n - 1
		}
	}
	if !body {
		return speaker{}, false
	}
	start, end := int(a.toks[s].start), a.nameEnd(e-1)
	return speaker{person: -1, org: a.lowerSpan(start, end), start: start, end: end}, true
}

// describe makes a description speaker from tokens [s, e): lower case,
// leading article dropped.
func (a *analysis) describe(s, e int) speaker {
	for s < e && (a.toks[s].shape&sWord == 0 || a.toks[s].low == "the" || a.toks[s].low == "a" || a.toks[s].low == "an") {
		s++
	}
	for e > s && a.toks[e-1].shape&sWord == 0 && !a.acronymDot(e-1) {
		e--
	}
	if s >= e {
		return speaker{person: -1}
	}
	start, end := int(a.toks[s].start), int(a.toks[e-1].end)
	return speaker{person: -1, desc: a.lowerSpan(start, end), start: start, end: end}
}

// acronymDot: the period of "U.K." or of an initial, glued to its word.
func (a *analysis) acronymDot(k int) bool {
	if !a.isPunct(k, ".") || k == 0 || a.toks[k].start != a.toks[k-1].end {
		return false
	}
	p := &a.toks[k-1]
	return p.shape&sInitial != 0 || (p.shape&sNoLower != 0 && strings.Contains(p.low, "."))
}
