package people

import (
	"strconv"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// frame is when an office mention places its holder: now (compared with
// the knowledge base and other articles), in the past or in the future.
type frame int

const (
	framePresent frame = iota
	framePast
	frameFuture
)

// titleFrame places a title held by a named person, the phrase spanning
// tokens [first, last] (title and name): "under President X" and "a
// former member of President X's council" are the past; "President X
// takes office" is the future; otherwise the title is a current one.
func (a *analysis) titleFrame(first, last int) frame {
	switch {
	case a.eraBefore(first, wEraPrep), a.formerScopeBefore(first), a.eraAfter(last), a.pastFrameSentence(first), a.pastYear(first),
		a.toks[last].shape&sPoss != 0 && a.undoneBefore(first):
		return framePast
	case a.takesOfficeAfter(last):
		return frameFuture
	}
	return framePresent
}

// governmentFrame places "the NAME administration" (tokens [first, last]):
// used as a modifier ("a last-minute X administration rule") it names
// what a government made, not who governs now; after "under", "in" it is
// an era; "by the X administration" takes the tense of its participle;
// otherwise the clause's verb decides (clauseTense).
func (a *analysis) governmentFrame(first, last int) frame {
	switch {
	case a.attributive(first), a.eraBefore(first, wGovEraPrep), a.eraAfter(last), a.pastFrameSentence(first), a.undoneBefore(first):
		return framePast
	case a.takesOfficeAfter(last):
		return frameFuture
	}
	if t, ok := a.agentTense(first); ok {
		if t == tensePast {
			return framePast
		}
		return framePresent
	}
	if a.clauseTense(first, last) == tensePast {
		return framePast
	}
	return framePresent
}

// attributive: a government phrase without "the" or a possessive before
// it, inside its sentence, modifies a noun ("overturned a last-minute X
// administration regulation"). Opening a sentence or a headline it is the
// subject ("X administration overturns rule").
func (a *analysis) attributive(first int) bool {
	if a.toks[first].shape&sSentFirst != 0 {
		return false
	}
	p := first - 1
	if p < a.sentStart(first) {
		return false
	}
	if a.tokTitleCased(first) {
		return false // a headline drops its articles
	}
	t := &a.toks[p]
	if t.shape&sWord == 0 {
		return !a.isPunct(p, ",") && !a.isPunct(p, ":") && t.low != "“" && t.low != "\"" && t.low != "(" && t.low != "—"
	}
	return t.low != "the" && t.shape&sPoss == 0
}

// undoneBefore: a verb of undoing governs the phrase at first ("reversing
// the X administration's rule"), a few words before it in its clause.
func (a *analysis) undoneBefore(first int) bool {
	lo := a.sentStart(first)
	for k := first - 1; k >= lo && first-k <= 6; k-- {
		t := &a.toks[k]
		if t.shape&sWord == 0 || t.words&(wClauseBreak|wSpeech) != 0 {
			return false
		}
		if t.words&wUndoVerb != 0 {
			return true
		}
	}
	return false
}

// eraBefore: the phrase at first follows an era preposition, maybe with
// "the" between ("under President X", "in the X administration").
func (a *analysis) eraBefore(first int, flag wordFlag) bool {
	p := first - 1
	lo := a.sentStart(first)
	if p >= lo && a.toks[p].low == "the" {
		p--
	}
	return p >= lo && a.toks[p].words&flag != 0
}

// formerScopeBefore: a "former" earlier in the same noun phrase, with a
// connector between, makes the holder's title the name of an era: "a
// former member of President X's council", "ex-aide to President X".
func (a *analysis) formerScopeBefore(first int) bool {
	lo := a.sentStart(first)
	connector := false
	for k := first - 1; k >= lo && first-k <= 8; k-- {
		t := &a.toks[k]
		if t.shape&sWord == 0 {
			if a.acronymDot(k) {
				continue
			}
			return false
		}
		if t.words&(wSpeech|wClauseBreak|wAux) != 0 || a.tokMent[k] >= 0 {
			return false
		}
		switch t.low {
		case "of", "to", "for", "with", "under":
			connector = true
			continue
		}
		if t.words&wFormerRank != 0 && (t.low != "then" || t.shape&sGlued != 0) {
			return connector
		}
	}
	return false
}

// eraAfter: an era noun follows the name, maybe after a possessive and an
// ordinal ("X's first term", "the X years", "the X administration era").
func (a *analysis) eraAfter(last int) bool {
	end := a.sentEnd(last)
	k := last + 1
	for k < end && k <= last+3 && a.toks[k].words&wEraModifier != 0 {
		k++
	}
	return k < end && a.toks[k].words&wEraNoun != 0 && a.toks[k].shape&sCap == 0
}

// pastFrameSentence: the sentence opens with "At the time" or the like.
func (a *analysis) pastFrameSentence(first int) bool {
	s := a.sentStart(first)
	for s < first && a.toks[s].shape&sWord == 0 {
		s++ // an opening quotation mark
	}
	return a.phraseAt(s, vocab().pastFrames)
}

// takesOfficeAfter: "takes office" or the like follows the phrase, maybe
// after a possessive's noun-less end: the office is still to come.
func (a *analysis) takesOfficeAfter(last int) bool {
	k := last + 1
	for k < a.sentEnd(last) && (a.toks[k].low == "officially" || a.toks[k].low == "formally") {
		k++
	}
	return a.phraseAt(k, vocab().takesOffice)
}

// phraseAt: one of the phrases starts at token i, within its sentence.
func (a *analysis) phraseAt(i int, phrases [][]string) bool {
	if i >= len(a.toks) {
		return false
	}
	end := a.sentEnd(i)
	for _, ph := range phrases {
		if i+len(ph) > end {
			continue
		}
		ok := true
		for j, w := range ph {
			if a.toks[i+j].low != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// pastYear: "In 2005, President X signed", "President X signed it in
// 2005": a year before the reference year, after "in", in the sentence.
func (a *analysis) pastYear(first int) bool {
	ref := a.d.Reference
	if ref.IsZero() {
		return false
	}
	for k := a.sentStart(first) + 1; k < a.sentEnd(first); k++ {
		t := &a.toks[k]
		if len(t.low) != 4 || t.shape&sDigit == 0 || a.toks[k-1].low != "in" {
			continue
		}
		if y, err := strconv.Atoi(t.low); err == nil && y > 1800 && y < ref.Year() {
			return true
		}
	}
	return false
}

// agentTense reads "by the X administration" after a participle: "are
// being examined by" is present, "rules enacted by", "was signed by" past.
// false when the phrase is not such an agent.
func (a *analysis) agentTense(first int) (tense, bool) {
	lo := a.sentStart(first)
	by := first - 1
	if by >= lo && a.toks[by].low == "the" {
		by--
	}
	if by < lo || a.toks[by].low != "by" {
		return tenseUnknown, false
	}
	for k := by - 1; k >= lo && by-k <= 7; k-- {
		t := &a.toks[k]
		if t.shape&sWord == 0 {
			return tenseUnknown, false
		}
		if !participle(t) {
			continue
		}
		if p := k - 1; p >= lo && a.toks[p].words&wPresentAux != 0 {
			return tensePresent, true
		}
		return tensePast, true
	}
	return tenseUnknown, false
}

// participle: a past participle by its form or the past-verb list.
func participle(t *tok) bool {
	n := len(t.low)
	return t.shape&sCap == 0 && (t.words&wPast != 0 || n > 4 && t.low[n-2:] == "ed" || n > 4 && t.low[n-2:] == "en")
}

// markIncoming: when a sentence says the holder it names is leaving
// office ("before leaving the stage, the X administration aims …"),
// another holder of that office the article names as present is the
// incoming one: a claim about the future, not about now.
func (a *analysis) markIncoming(cs []claim.Claim) {
	leaving := map[string]string{} // office → the outgoing holder
	for i := range cs {
		c := &cs[i]
		if c.Office != nil && c.Office.Present && a.outgoingSentence(c.Evidence.Start) {
			if h, ok := leaving[c.Office.Office]; ok && h != c.Office.Holder {
				return // two holders said to be leaving: leave them all be
			}
			leaving[c.Office.Office] = c.Office.Holder
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.Office == nil || !c.Office.Present {
			continue
		}
		if h, ok := leaving[c.Office.Office]; ok && h != c.Office.Holder {
			c.Office.Present = false
		}
	}
}

// outgoingSentence: the sentence at byte offset off holds an outgoing
// phrase ("final days", "before leaving").
func (a *analysis) outgoingSentence(off int) bool {
	si := a.d.SentenceAt(off)
	if si < 0 {
		return false
	}
	for k := a.sentTok[si]; k < a.sentTok[si+1]; k++ {
		if a.phraseAt(k, vocab().outgoing) {
			return true
		}
	}
	return false
}
