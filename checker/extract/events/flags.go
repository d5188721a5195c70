package events

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
)

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

// has reports whether token i has any of the classes f.
func (a *analysis) has(i int, f uint32) bool { return a.toks[i].flags&f != 0 }
