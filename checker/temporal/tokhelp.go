package temporal

import (
	"slices"
	"strings"
)

// Token helpers shared by the matchers. Every index may be out of range.

var noTok tok

func (t *tagger) at(i int) *tok {
	if i < 0 || i >= len(t.toks) {
		return &noTok
	}
	return &t.toks[i]
}

func (t *tagger) str(i int) string {
	k := t.at(i)
	return t.text[k.start:k.end]
}

// punct reports whether token i is the punctuation s.
func (t *tagger) punct(i int, s string) bool {
	k := t.at(i)
	return k.kind == kPunct && t.text[k.start:k.end] == s
}

// dash reports whether token i is a hyphen or an en/em dash.
func (t *tagger) dash(i int) bool {
	k := t.at(i)
	if k.kind != kPunct {
		return false
	}
	s := t.text[k.start:k.end]
	return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2012" || s == "\u2010" || s == "\u2011"
}

// apostrophe reports whether token i is ' or ’.
func (t *tagger) apostrophe(i int) bool {
	return t.punct(i, "'") || t.punct(i, "\u2019")
}

// partAt is the part of day token k names (0 for none or a plural:
// "nights" makes a set, not a time).
func (t *tagger) partAt(k int) int8 {
	if l := t.at(k).lex; l.flags&fPlural == 0 {
		return l.part
	}
	return 0
}

// word reports whether token i is the special word id.
func (t *tagger) word(i int, id wordID) bool {
	k := t.at(i)
	return k.kind == kWord && k.lex.word == id
}

func (t *tagger) flag(i int, f uint16) bool {
	k := t.at(i)
	return k.kind == kWord && k.lex.flags&f != 0
}

// glued reports whether token i touches token i-1 (no space between).
func (t *tagger) glued(i int) bool {
	return i > 0 && i < len(t.toks) && !t.toks[i].space
}

// num returns the value of number token i with exactly the given digit
// counts (lo..hi digits).
func (t *tagger) num(i, lo, hi int) (int, bool) {
	k := t.at(i)
	if k.kind != kNum {
		return 0, false
	}
	d := k.end - k.start
	if d < lo || d > hi {
		return 0, false
	}
	return k.n, true
}

// ordinalSuffix reports whether token i is st/nd/rd/th glued to a number.
func (t *tagger) ordinalSuffix(i int) bool {
	k := t.at(i)
	if k.kind != kWord || !t.glued(i) || k.end-k.start != 2 {
		return false
	}
	s := t.text[k.start:k.end]
	switch s[0] | 0x20 {
	case 's':
		return s[1]|0x20 == 't'
	case 'n', 'r':
		return s[1]|0x20 == 'd'
	case 't':
		return s[1]|0x20 == 'h'
	}
	return false
}

// sentenceStart returns the first token of the sentence holding token i.
func (t *tagger) sentenceStart(i int) int {
	for k := i; k > 0 && i-k < 60; k-- {
		if t.toks[k].nl {
			return k
		}
		p := &t.toks[k-1]
		if p.kind == kPunct && t.toks[k].space {
			switch t.text[p.start:p.end] {
			case ".":
				if t.abbreviation(k - 2) {
					continue // "9 a.m. Tuesday", "Sept. 28", "Dr. Osk"
				}
				fallthrough
			case "!", "?":
				if t.toks[k].upper || t.toks[k].kind != kWord {
					return k
				}
			}
		}
	}
	if i < 60 {
		return 0
	}
	return i - 60
}

// sentenceInitial reports whether token i opens its sentence (possibly
// after an opening quote).
func (t *tagger) sentenceInitial(i int) bool {
	s := t.sentenceStart(i)
	for k := s; k < i; k++ {
		if t.toks[k].kind != kPunct {
			return false
		}
	}
	return true
}

type tense int8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
)

// tense guesses whether the sentence around token i looks back or ahead:
// the nearest cue before the token decides ("will meet on Sunday", "said
// Friday"), else the nearest after it ("Sunday will see"). Future markers
// (will, due, expected) and past verbs ("said", "-ed" forms not after
// is/are/be) are the cues.
func (t *tagger) tense(i int) tense { return t.tenseOf(i, false) }

// tenseOf is tense; strong ignores weak future markers (would, set).
func (t *tagger) tenseOf(i int, strong bool) tense {
	lo := max(t.sentenceStart(i), i-tenseReach)
	for k := i - 1; k >= lo; k-- {
		if strong && t.weakFuture(k) {
			continue
		}
		if c := t.tenseCue(k); c != tenseUnknown {
			return c
		}
	}
	for k := i + 1; k < i+12 && k < len(t.toks); k++ {
		if tk := &t.toks[k]; tk.kind == kPunct && tk.end-tk.start == 1 {
			if c := t.text[tk.start]; c == '.' || c == '!' || c == '?' || c == ';' {
				break // the next sentence has its own tense
			}
		}
		if strong && t.weakFuture(k) {
			continue
		}
		if c := t.tenseCue(k); c != tenseUnknown {
			return c
		}
	}
	return tenseUnknown
}

// weakFuture reports a future cue too weak to move a weekday: "would",
// "planned", a passive infinitive.
func (t *tagger) weakFuture(k int) bool {
	return t.toks[k].lex.flags&fWeakFuture != 0 || t.toBePassive(k)
}

// tenseReach is how many tokens back a tense cue may stand: further
// back it belongs to another clause.
const tenseReach = 10

// tenseCue reads one token as a tense cue.
func (t *tagger) tenseCue(k int) tense {
	tk := &t.toks[k]
	if tk.kind != kWord {
		return tenseUnknown
	}
	if t.isTo(k) {
		return tenseFuture // "the ferry is to sail Friday"
	}
	if tk.lex.flags&fFuture != 0 && tk.lex.month == 0 {
		if t.pastPerfectAt(k - 1) {
			return tensePast // "had been due to expire Friday"
		}
		return tenseFuture
	}
	if t.toBePassive(k) {
		return tenseFuture // "guidelines to be published in November"
	}
	if tk.lex.flags&fPastVerb != 0 && tk.lex.word != wLast && !t.passiveAux(k-1) {
		return tensePast // not "would be held"
	}
	s := t.text[tk.start:tk.end]
	if !tk.upper && len(s) > 4 && tk.lex.word == wNone && tk.lex.unit == noUnit && tk.lex.flags&(fFuture|fWeakFuture) == 0 &&
		endsIn(s, lists().pastEndings) && !t.passiveAux(k-1) && t.pastForm(k) {
		return tensePast
	}
	return tenseUnknown
}

// isTo reports "is" or "are" at token k before "to" and a verb: what is
// arranged to happen ("the ferries are to sail Friday").
func (t *tagger) isTo(k int) bool {
	if !t.word(k+1, wTo) { // first: most tokens fail here, without a string compare
		return false
	}
	if !foldIn(t.str(k), lists().bePresent) {
		return false
	}
	nx := t.at(k + 2)
	return nx.kind == kWord && !nx.upper && nx.lex.word == wNone && !lists().functionWords[t.str(k+2)] && !slices.Contains(lists().beInfinitive, t.str(k+2))
}

// toBePassive reports a participle after "to be" at token k: a passive
// infinitive names what is still to happen ("to be held", "to be named").
func (t *tagger) toBePassive(k int) bool {
	// "to" first: most tokens fail there, before any string compare.
	return t.word(k-2, wTo) && foldIn(t.str(k-1), lists().beInfinitive) && t.pastParticiple(k)
}

// pastPerfectAt reports "had" or "had been" ending at token k.
func (t *tagger) pastPerfectAt(k int) bool {
	if t.at(k).kind == kWord && lists().bePerfect[lowerASCII(t.str(k))] {
		k--
	}
	return t.at(k).kind == kWord && lists().pastPerfect[lowerASCII(t.str(k))]
}

// pastForm tells a past verb in -ed at token k from "succeed" or from an
// adjective before its noun ("a still unspecified date").
func (t *tagger) pastForm(k int) bool {
	w := lowerASCII(t.str(k))
	if lists().edNotPast[w] {
		return false
	}
	nx := t.at(k + 1)
	if nx.kind != kWord || nx.upper || lists().functionWords[lowerASCII(t.str(k+1))] {
		return true
	}
	for _, p := range lists().edAdjPrefixes {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	return true
}

// passiveAux reports "is", "are", "be", "been", "being" at token k.
func (t *tagger) passiveAux(k int) bool {
	return lists().passiveAux[lowerASCII(t.str(k))]
}

// lookingAhead reports whether the sentence around token i speaks of the
// future (see tense).
func (t *tagger) lookingAhead(i int) bool {
	return t.tense(i) == tenseFuture
}

// abbreviation reports a word a period after it does not end a sentence
// with: a single letter ("a.m.", "J. Smith"), a month or weekday
// abbreviation, or a title from the lexicon ("Dr.", "Gov.").
func (t *tagger) abbreviation(k int) bool {
	w := t.at(k)
	if w.kind != kWord || !t.glued(k+1) {
		return false
	}
	if w.end-w.start == 1 || w.lex.flags&fAbbrev != 0 {
		return true
	}
	return lists().abbreviations[lowerASCII(t.str(k))]
}

// openingQuote reports a quotation mark at token i that opens a quote:
// glued to the token after it ("This Week").
func (t *tagger) openingQuote(i int) bool {
	return (t.punct(i, "\"") || t.punct(i, "\u201c") || t.punct(i, "`")) && t.glued(i+1) && !t.glued(i)
}

// singularYear reports the unit "year" (not "years") at token k.
func (t *tagger) singularYear(k int) bool {
	u := t.at(k)
	return u.kind == kWord && u.lex.unit == uYear && u.lex.flags&fPlural == 0
}
