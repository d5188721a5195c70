package events

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word classes of a token, looked up once per token when the article is
// tokenized, so the scans test bits instead of maps.
const (
	fType uint32 = 1 << iota
	fFunction
	fTitle
	fMonth
	fWeekday
	fDeterminer
	fSpeech
	fThing
	fVerb     // a verb that makes an event mention: "met", "derailed", "opened"
	fModifier // status cue word or adjective that may modify an event noun
	fNumber   // may start a number: number word, vague amount, hyphenated
	fLink     // may link an event to its date or place

	// Scan bits: a word is a key of a table that a scan over every token
	// of the article asks of each one (see scanTables). They only let a
	// scan skip a token at once: where a bit is set, the scan still reads
	// its table.
	fImpact     // voc().impactVerbs
	fStoryPrep  // storyPreps
	fCause      // first word of a phrase of cvoc().phrases
	fOneMore    // mvoc().oneMore
	fWeapon     // wvoc().family
	fKill       // first word of a phrase of voc().killVerbs
	fBackground // first word of a phrase of mvoc().background
	fNone       // first word of a phrase of mvoc().nonePeople
)

// scanBits are the scan bits together.
const scanBits = fImpact | fStoryPrep | fCause | fOneMore | fWeapon | fKill | fBackground | fNone

// nameStop marks words that are never part of a name.
const nameStop = fFunction | fTitle | fMonth | fWeekday | fType | fDeterminer

// buildFlags makes the word → classes table from the vocabulary.
func buildFlags(v *vocabulary) map[string]uint32 {
	m := map[string]uint32{}
	add := func(f uint32, words ...string) {
		for _, w := range words {
			m[w] |= f
		}
	}
	add(fType, keys(v.types)...)
	add(fFunction, keys(v.function)...)
	add(fTitle, keys(v.titles)...)
	add(fMonth, keys(v.months)...)
	add(fWeekday, keys(v.weekdays)...)
	add(fDeterminer, keys(v.determiners)...)
	add(fSpeech, keys(v.speech)...)
	add(fThing, keys(v.thingNouns)...)
	add(fVerb, keys(v.eventVerbs)...)
	add(fVerb, keys(v.storyVerbs)...)
	add(fVerb, keys(v.thingVerbs)...)
	add(fVerb, keys(v.partyVerbs)...)
	add(fVerb, keys(v.idiomSet)...)
	for _, s := range []map[string]bool{v.premodPlan, v.premodDone, v.premodHyp, v.adjectives} {
		add(fModifier, keys(s)...)
	}
	add(fNumber, keys(v.vague)...)
	add(fNumber, keys(v.numberSet)...)
	add(fLink, keys(v.dateLinks)...)
	return m
}

// tokenFlags is voc().flags with the scan bits added: the one table a
// token's lower-case form is looked up in when the article is tokenized.
// scanNonWord is set when a key of a scanned table does not start with a
// letter, so that a token that is not a word is looked up too.
var tokenFlags = sync.OnceValues(func() (map[string]uint32, bool) {
	m := make(map[string]uint32, len(voc().flags))
	for w, f := range voc().flags {
		m[w] = f
	}
	nonWord := false
	add := func(f uint32, words []string) {
		for _, w := range words {
			m[w] |= f
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
				nonWord = true
			}
		}
	}
	for _, t := range scanTables() {
		add(t.bit, t.words)
	}
	return m, nonWord
})

// scanTable is the words of one scanned table with its bit.
type scanTable struct {
	bit   uint32
	words []string
}

// scanTables are the tables behind the scan bits.
func scanTables() []scanTable {
	return []scanTable{
		{fImpact, keys(voc().impactVerbs)},
		{fStoryPrep, keys(storyPreps)},
		{fCause, keys(cvoc().phrases)},
		{fOneMore, keys(mvoc().oneMore)},
		{fWeapon, keys(wvoc().family)},
		{fKill, keys(voc().killVerbs)},
		{fBackground, keys(mvoc().background)},
		{fNone, keys(mvoc().nonePeople)},
	}
}

// has reports whether token i has any of the classes f.
func (a *analysis) has(i int, f uint32) bool { return a.toks[i].flags&f != 0 }
