package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// place is a resolved place (or thing) phrase.
type place struct {
	key        string // KB key, or the lower-case phrase when the KB does not know it
	name       string // canonical name, or the phrase as written
	country    string
	known      bool // the KB knows it
	start, end int  // byte span of the phrase
	tokEnd     int  // token after the phrase
}

func possessive(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "s'") || strings.HasSuffix(s, "s’")
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// phrase joins tokens [i, j) with single spaces, possessive dropped from
// the last one.
func (a *analysis) phrase(i, j int) string {
	if j-i == 1 {
		return a.tx(i)
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(a.tx(k))
	}
	return b.String()
}

// lowPhrase is phrase in lower case with the possessive dropped.
func (a *analysis) lowPhrase(i, j int) string {
	if j-i == 1 {
		return a.toks[i].low
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(a.toks[k].low)
	}
	return b.String()
}

// knownPlaceFrom reports whether the capitalised words from token i (at
// most four, in its sentence) begin with a place the knowledge base knows.
func (a *analysis) knownPlaceFrom(i int) bool {
	_, hi := a.sentRange(a.toks[i].sent)
	j := i + 1
	for j < hi && j < i+4 && a.toks[j].cap && a.toks[j].word && a.toks[j].expr < 0 {
		j++
	}
	for e := j; e > i+1; e-- {
		if _, ok := placeName(a.k, a.phrase(i, e)); ok {
			return true
		}
	}
	return false
}

// capWord reports whether token i can be part of a place or thing name.
func (a *analysis) capWord(i int) bool {
	t := a.toks[i]
	if !t.cap || t.expr >= 0 {
		return false
	}
	if !t.word {
		return false
	}
	if t.flags&nameStop != 0 {
		// a word like "new" begins a name the knowledge base knows ("New
		// Brunswick"); it never opens a name the knowledge base does not
		return t.flags&nameStop == fFunction && a.ix.placeFirst[t.low] && a.knownPlaceFrom(i)
	}
	if strings.ContainsRune(t.low, '-') {
		// "Varga-Okoro" is a pair of names; only a hyphenated place the KB
		// knows is a name word.
		_, ok := placeName(a.k, a.tx(i))
		return ok
	}
	return true
}

// capRunFrom returns the end of the run of capitalised name words starting
// at token i (at most four), staying inside sentence bounds.
func (a *analysis) capRunFrom(i, end int) int {
	j := i
	for j < end && j < i+4 && a.capWord(j) {
		j++
		if possessive(a.tx(j - 1)) {
			break // a possessive ends the name: "Tarnow's"
		}
	}
	return j
}

// capRunBack returns the start of the run of capitalised name words ending
// just before token j (at most four), not before lo.
func (a *analysis) capRunBack(j, lo int) int {
	i := j
	for i > lo && i > j-4 && a.capWord(i-1) {
		i--
	}
	return i
}

// sentenceInitial reports whether token i is the first word of its
// sentence (after opening quotes or bullets), where capitals mean nothing.
func (a *analysis) sentenceInitial(i int) bool {
	lo, _ := a.sentRange(a.toks[i].sent)
	for k := lo; k < i; k++ {
		if a.toks[k].word || a.toks[k].digit {
			return false
		}
	}
	return true
}

// resolvePlace reads tokens [i, j) as a place. strict (title-cased text,
// sentence starts) accepts only places the KB knows or the article has
// used as places in plain prose. Persons' names are never places.
func (a *analysis) resolvePlace(i, j int, strict bool) (place, bool) {
	if i >= j {
		return place{}, false
	}
	strict = strict || a.sentenceInitial(i)
	for k := i; k < j; k++ {
		// words of office holders' names count at the end of a run
		// only, and not after a geographic head: "Port Ilsen" is no
		// person for a holder named Port, nor "Mount Varn" for one
		// named Varn
		if a.persons[a.toks[k].low] || k == j-1 && a.ix.persons[a.toks[k].low] && !a.geoHeaded(i, k) {
			return place{}, false
		}
	}
	// The whole run, then shorter tails ("Eastern Korvia" → "Korvia").
	for s := i; s < j; s++ {
		if !a.ix.placeFirst[strings.TrimSuffix(a.toks[s].low, ".")] {
			continue
		}
		if p, ok := placeName(a.k, a.phrase(s, j)); ok {
			return place{key: p.Key, name: p.Name, country: p.Country, known: true,
				start: a.toks[i].start, end: a.toks[j-1].end, tokEnd: j}, true
		}
	}
	if a.k != nil {
		if _, ok := a.k.Institution(a.phrase(i, j)); ok {
			return place{}, false
		}
	}
	low := a.lowPhrase(i, j)
	if strict && !a.known[low] {
		a.doubt = true
		return place{}, false
	}
	return place{key: low, name: dropPossessive(a.phrase(i, j)), start: a.toks[i].start, end: a.toks[j-1].end, tokEnd: j}, true
}

// thingAfter extends a place phrase ending at token j with the lower-case
// thing nouns that follow it ("Korvala bridge", "Korvala toll bridge",
// "Amsel water treaty"), returning the new end.
func (a *analysis) thingAfter(j, end int) int {
	k := j
	for k < end && k < j+2 && !a.toks[k].cap && a.has(k, fThing) {
		k++
	}
	if k == j && k+1 < end && a.modifierWord(k) && !a.toks[k+1].cap && a.has(k+1, fThing) {
		return k + 2
	}
	return k
}

// thingKey is the key of the thing named [q, e) with the thing nouns
// [e, e2) after it: the name and the last noun, so that "the Amsel water
// treaty" and "the Amsel treaty" are one thing.
func (a *analysis) thingKey(q, e, e2 int) string {
	if e2 <= e {
		return a.lowPhrase(q, e)
	}
	return a.lowPhrase(q, e) + " " + a.toks[e2-1].low
}

// geoHeaded reports whether a geographic head word ("Mount", "Mt",
// "Lake", "Cape") opens a name before token k of the run from i.
func (a *analysis) geoHeaded(i, k int) bool {
	for q := i; q < k; q++ {
		if l := strings.TrimSuffix(a.toks[q].low, "."); mvoc().geoHeads[l] || mvoc().nameAbbrevs[l] {
			return true
		}
	}
	return false
}
