package people

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameCand is a run of capitalised words that may be a person's full name.
type nameCand struct {
	first, last int // token range, inclusive
	start, end  int // byte span, possessive excluded
	low         string
	titleCased  bool
	sentInitial bool
	afterDet    bool
	strong      bool // a title, an honorific, a verb of saying or the KB vouches for it
}

const maxNameWords = 4

// nameCandidates splits every run of capitalised words into name-shaped
// segments and notes the context of each.
func (a *analysis) nameCandidates() []nameCand {
	out := a.candBuf[:0]
	for s := 0; s+1 < len(a.sentTok); s++ {
		end := a.sentTok[s+1]
		for i := a.sentTok[s]; i < end; {
			if !a.nameish(i) {
				i++
				continue
			}
			j := i
			for j < end {
				if a.nameish(j) {
					j++
					if a.toks[j-1].shape&sPoss != 0 {
						break
					}
					continue
				}
				if a.initialDot(j) {
					j++
					continue
				}
				if n := a.particles(j, end); n > 0 {
					j += n
					continue
				}
				break
			}
			out = a.segmentRun(i, j, out)
			i = j
		}
	}
	return out
}

// particles returns the length of a run of lower-case name particles at
// j that a capitalised word follows ("de la" in "Rafael de la Cruz"), or 0.
func (a *analysis) particles(j, end int) int {
	k := j
	for k < end && k-j < 3 && a.toks[k].words&wParticle != 0 && a.toks[k].shape&sCap == 0 {
		k++
	}
	if k > j && k < end && a.nameish(k) {
		return k - j
	}
	return 0
}

// nameish: a capitalised word without digits, or "al-Hakim".
func (a *analysis) nameish(i int) bool {
	t := &a.toks[i]
	if t.shape&sWord == 0 || t.shape&sDigit != 0 {
		return false
	}
	if t.shape&sCap != 0 {
		return true
	}
	if t.shape&sHyphen != 0 {
		k := strings.IndexByte(t.low, '-')
		if k > 0 && vocab().words[t.low[:k]]&wParticle != 0 {
			r, _ := utf8.DecodeRuneInString(a.text(i)[k+1:])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// initialDot: the period of an initial ("K." in "Mara K. Ellison").
func (a *analysis) initialDot(j int) bool {
	return j > 0 && a.isPunct(j, ".") && a.toks[j-1].shape&sInitial != 0 && a.toks[j].start == a.toks[j-1].end
}

// breakerLen returns how many tokens at k cannot be part of a name (0 when
// token k may be): title words, places, institutions, function words,
// acronyms, common-noun endings.
func (a *analysis) breakerLen(k, end int) int {
	t := &a.toks[k]
	if t.shape&sWord == 0 {
		if a.initialDot(k) {
			return 0
		}
		return 1
	}
	if p, n := a.matchPhrase(k, end); p != nil {
		return n
	}
	if t.words&wNonName != 0 {
		return 1
	}
	if t.words&wHeadlineVerb != 0 && a.tokTitleCased(k) {
		return 1 // "Former Chief Selvan Jailed": the verb, not a surname
	}
	if t.shape&sNoLower != 0 && t.shape&sInitial == 0 {
		return 1 // ABC, UNHCR
	}
	if t.shape&sHyphen != 0 && t.shape&sCap != 0 && capitalAfterHyphen(a.text(k)) {
		return 1 // "Morrow-Kask" talks: two names, not one
	}
	if t.shape&sNounSuffix != 0 {
		return 1
	}
	return 0
}

// capitalAfterHyphen: "Morrow-Kask", two names joined.
func capitalAfterHyphen(s string) bool {
	k := strings.LastIndexByte(s, '-')
	if k < 0 || k+1 >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k+1:])
	return unicode.IsUpper(r)
}

// hasNounSuffix: a common-noun ending ("Stability").
func hasNounSuffix(low string) bool {
	if len(low) < 6 {
		return false
	}
	if !vocab().suffixEnds[low[len(low)-1]] {
		return false // no suffix ends in this letter
	}
	for _, s := range vocab().nounSuffixes {
		if strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}

// segmentRun cuts the run [i, j) at breakers and keeps name-shaped parts.
func (a *analysis) segmentRun(i, j int, out []nameCand) []nameCand {
	k := i
	for k < j {
		if n := a.breakerLen(k, j); n > 0 {
			k += n
			continue
		}
		s := k
		for k < j && a.breakerLen(k, j) == 0 {
			k++
			if a.toks[k-1].shape&sPoss != 0 {
				break
			}
		}
		if c, ok := a.candidate(s, k); ok {
			out = append(out, c)
		}
	}
	return out
}

// candidate checks the shape of tokens [s, e) as a name and reads its context.
func (a *analysis) candidate(s, e int) (nameCand, bool) {
	for e > s && a.trailingNonName(e-1) {
		e--
	}
	full, initials := 0, 0
	for i := s; i < e; i++ {
		sh := a.toks[i].shape
		switch {
		case sh&sInitial != 0:
			initials++
		case sh&sCap != 0 || (sh&sHyphen != 0 && a.nameish(i)):
			full++
		}
	}
	if full < 2 && !(full == 1 && initials > 0 && a.toks[s].shape&sInitial != 0) {
		return nameCand{}, false
	}
	c := nameCand{first: s, last: e - 1, start: int(a.toks[s].start), end: a.nameEnd(e - 1)}
	c.titleCased = a.tokTitleCased(s)
	c.sentInitial = a.toks[s].shape&sSentFirst != 0
	prev := s - 1
	sameSent := prev >= 0 && a.toks[prev].sent == a.toks[s].sent
	c.afterDet = sameSent && a.toks[prev].words&wDet != 0
	if full > maxNameWords {
		if !c.titleCased {
			return nameCand{}, false
		}
	}
	hasPre, specific := false, false
	if sameSent {
		if tp, ok := a.titleBefore(s); ok {
			hasPre = true
			specific = tp.place != nil || tp.inst != nil || tp.value.Domain != "" || len(tp.value.Ranks) > 0
		} else if a.honorificBefore(s) {
			hasPre = true
		}
	}
	if c.titleCased {
		// Title-cased text: only the strict patterns, and then only the
		// first two words after a title ("President Anna Berg Visits").
		// Anything else counts only if the article names the person
		// elsewhere ("Marta Quint Opens Clinic" after "Marta Quint, a nurse").
		// A bare head and two capitalised words ("As Mayor Sees Growth")
		// need more: a specific title, a KB holder, or a function word or
		// comma after the two words ("President Anna Berg For A Visit").
		switch {
		case hasPre:
			c = a.truncateName(c)
			c.strong = specific || a.kbHolder(c) || a.functionAfter(c.last)
		case (a.titleAfterName(c.last) || a.ageAfterName(c.last)) && full <= 3: // "NAME, TITLE,", "NAME, 54,"
			c.strong = true
		default:
			c = a.truncateName(c)
		}
	} else {
		c.strong = hasPre || a.speechAfter(c.last) || a.titleAfterName(c.last) || a.kbHolder(c)
		if !c.strong && a.titleWordFollows(c.last) {
			return nameCand{}, false // "Harbour Board chairman …": a body, not a person
		}
		// A sentence may start with a name when a verb follows ("Ada
		// Morrow opened", "Ada Morrow, a nurse, …"); headings do not
		// ("Regional Conflicts: the …"); so may "Ada Morrow, 54, …".
		if c.sentInitial && !c.strong && (a.lowerWordAfter(c.last) || a.appositiveAfter(c.last) || a.ageAfterName(c.last)) {
			c.sentInitial = false
		}
	}
	c.low = a.lowerSpan(c.start, c.end)
	return c, true
}

// trailingNonName: a particle, an initial or its dot cannot end a name.
func (a *analysis) trailingNonName(i int) bool {
	sh := a.toks[i].shape
	if sh&sWord == 0 || sh&sInitial != 0 {
		return true
	}
	return sh&sCap == 0 && a.toks[i].words&wParticle != 0
}

// truncateName keeps the first two words of a name (three with an initial).
func (a *analysis) truncateName(c nameCand) nameCand {
	words := 0
	for i := c.first; i <= c.last; i++ {
		sh := a.toks[i].shape
		if sh&sWord != 0 && sh&sInitial == 0 && sh&sCap != 0 {
			words++
			if words == 2 {
				c.last = i
				c.end = a.nameEnd(i)
				break
			}
		}
	}
	return c
}
