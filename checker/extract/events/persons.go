package events

import "strings"

// findPersons collects lower-case words that name persons in this article,
// so that an unknown capitalised word next to "summit" is not taken for a
// place: names after a title ("spokesman Ilse Varga"), names before a
// speech verb ("Varga said"), hyphenated pairs ("Varga-Okoro talks") and
// office holders from the KB.
func (a *analysis) findPersons() {
	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.flags&(fTitle|fSpeech) == 0 && !(t.cap && strings.IndexByte(t.low, '-') > 0) {
			continue
		}
		if t.flags&fTitle != 0 {
			for j := i + 1; j < len(a.toks) && j <= i+4 && a.toks[j].sent == t.sent && a.nameWord(j); j++ {
				a.persons[a.toks[j].low] = true
			}
			continue
		}
		if t.flags&fSpeech != 0 && i > 0 {
			// "Varga said", "Ilse Varga told": a run of one or two names.
			j := i - 1
			for j >= 0 && j >= i-2 && a.toks[j].sent == t.sent && a.nameWord(j) {
				j--
			}
			if j < i-1 && !a.knownPlaceRun(j+1, i) && !(j >= 0 && a.toks[j].sent == t.sent && placePreps[a.toks[j].low]) {
				for k := j + 1; k < i; k++ {
					a.persons[a.toks[k].low] = true
				}
			}
			continue
		}
		if t.cap && strings.ContainsRune(t.low, '-') && !a.strictSentence(t.sent) {
			if parts, ok := a.pairNames(i); ok {
				for _, p := range parts {
					a.persons[p] = true
				}
			}
		}
	}
}

// placePreps are prepositions whose capitalised object is a place, not a
// speaker: "Hospital staff in Tarnow said".
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "of": true,
	"outside": true, "across": true, "around": true, "throughout": true}

// nameWord reports whether token i could be part of a person's name.
func (a *analysis) nameWord(i int) bool {
	t := a.toks[i]
	return t.cap && t.word && t.expr < 0 && t.flags&(fFunction|fTitle|fMonth|fWeekday) == 0
}

// isPerson reports whether token i is known as part of a person's name.
func (a *analysis) isPerson(i int) bool {
	l := a.toks[i].low
	return a.persons[l] || a.ix.persons[l]
}

// knownPlaceRun reports whether tokens [i, j) name a KB place.
func (a *analysis) knownPlaceRun(i, j int) bool {
	_, ok := placeName(a.k, a.phrase(i, j))
	return ok
}

// pairNames splits a hyphenated token of capitalised names ("Varga-Okoro")
// into lower-case parts. Places are not persons: "Franco-German" is not a
// pair of names, nor is a compound with a lower-case part.
func (a *analysis) pairNames(i int) ([]string, bool) {
	parts := strings.Split(a.tx(i), "-")
	if len(parts) < 2 || len(parts) > 3 {
		return nil, false
	}
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p == "" {
			return nil, false
		}
		l := lowerWord(p)
		if !startsUpper(p) || voc().function[l] || voc().titles[l] || voc().months[l] {
			return nil, false
		}
		if _, ok := placeName(a.k, p); ok {
			return nil, false
		}
		out = append(out, l)
	}
	return out, true
}
