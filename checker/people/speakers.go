package people

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// speaker is who a quote is attributed to: a person, or a description of
// someone unnamed ("a former diplomat").
type speaker struct {
	person     int // -1 when unresolved
	desc       string
	start, end int // as written
}

// maxAttribution is how far after a quote its verb of saying may be
// ("…,” Anna Berg, a spokeswoman for the ministry, said).
const maxAttribution = 14

// tokIndex returns the index of the first token starting at or after off.
func (a *analysis) tokIndex(off int) int {
	return sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].start) >= off })
}

// quoteClaims attributes every quote and makes its claim. A quote with no
// attribution of its own takes the speaker of the quote before it in the
// same paragraph ("“A,” she said. “B.”") or of the quote it continues
// from the paragraph before; one still without a speaker, or whose
// speaker is a pronoun nobody fits, has no claim.
func (a *analysis) quoteClaims(out []claim.Claim) []claim.Claim {
	var last *speaker
	lastPara := -1
	for qi := range a.quotes {
		q := &a.quotes[qi]
		if q.para != lastPara {
			// A quote left open at a paragraph's end goes on in the next
			// paragraph's opening quote, with the same speaker.
			goesOn := qi > 0 && q.para == lastPara+1 && a.quotes[qi-1].close == a.d.Paragraphs[lastPara].End &&
				q.open == a.d.Paragraphs[q.para].Start
			if !goesOn {
				last = nil
			}
			lastPara = q.para
		}
		sp, found, ok := a.attribute(qi)
		if !found {
			if last == nil {
				continue
			}
			sp, ok = *last, true
		}
		if !ok {
			last = nil
			continue
		}
		last = &sp
		out = append(out, a.quoteClaim(q, sp))
	}
	return out
}

func (a *analysis) quoteClaim(q *quoteSpan, sp speaker) claim.Claim {
	qv := &claim.QuoteValue{Words: q.words, Speaker: normalizeSpace(a.d.Text[sp.start:sp.end])}
	value := "desc:" + sp.desc
	if sp.person >= 0 {
		qv.SpeakerKey = a.people[sp.person].key
		value = qv.SpeakerKey
	}
	c := a.newClaim(claim.KindQuote, "quote:"+q.words, a.d.Text[q.wStart:q.wEnd], value, q.wStart, q.wEnd, claim.Asserted)
	c.ValueText = a.d.Text[q.wStart:q.wEnd]
	c.Quote = qv
	// A quote spanning sentences cites all of them.
	if si := a.d.SentenceAt(q.wEnd - 1); si >= 0 && a.d.Sentences[si].End > c.Evidence.SentenceEnd {
		c.Evidence.SentenceEnd = a.d.Sentences[si].End
		c.Evidence.Sentence = a.d.Text[c.Evidence.SentenceStart:c.Evidence.SentenceEnd]
	}
	return c
}

// attribute finds the speaker of quote qi: first after the quote ("…,”
// said X" / "…,” X said"), then before it ("X said: “…”", "according to
// X, “…”"). found is false when no attribution is written; ok is false
// when it is written but cannot be resolved (an unresolved "he").
func (a *analysis) attribute(qi int) (sp speaker, found, ok bool) {
	q := &a.quotes[qi]
	openTok := a.tokIndex(q.open)
	closeTok := -1
	if q.close < a.d.Paragraphs[q.para].End {
		closeTok = a.tokIndex(q.close)
	}
	if closeTok >= 0 && closeTok < len(a.toks) {
		end := a.sentEnd(closeTok)
		if qi+1 < len(a.quotes) {
			if n := a.tokIndex(a.quotes[qi+1].open); n < end {
				end = n
			}
		}
		if sp, found, ok = a.attributeAfter(closeTok+1, end); found {
			return sp, found, ok
		}
	}
	if openTok < len(a.toks) && openTok > 0 {
		lo := a.sentStart(openTok)
		if qi > 0 {
			if p := a.tokIndex(a.quotes[qi-1].close) + 1; p > lo && p <= openTok {
				lo = p
			}
		}
		return a.attributeBefore(lo, openTok)
	}
	return sp, false, false
}

// attributeAfter reads an attribution in tokens [from, end) after a quote.
func (a *analysis) attributeAfter(from, end int) (speaker, bool, bool) {
	v := -1
	for k := from; k < end && k-from <= maxAttribution; k++ {
		t := &a.toks[k]
		if t.words&wSpeech != 0 {
			v = k
			break
		}
		if t.words&wClauseBreak != 0 || a.isPunct(k, ";") || (a.isPunct(k, ".") && !a.acronymDot(k)) {
			break // "…,” though he emphasized": another clause
		}
	}
	if v < 0 {
		return speaker{}, false, false
	}
	if sp, ok := a.subjectBefore(from, v); ok {
		return a.checkSpeaker(sp)
	}
	return a.checkSpeaker(a.phraseAfter(v+1, end))
}

// attributeBefore reads an attribution in tokens [lo, open) before a quote.
func (a *analysis) attributeBefore(lo, open int) (speaker, bool, bool) {
	for k := open - 2; k >= lo; k-- {
		if a.toks[k].low == "according" && a.toks[k+1].low == "to" {
			return a.checkSpeaker(a.phraseAfter(k+2, open))
		}
	}
	v := -1
	for k := open - 1; k >= lo; k-- {
		if a.toks[k].words&wSpeech != 0 {
			v = k
			break
		}
	}
	if v < 0 {
		return speaker{}, false, false
	}
	if sp, ok := a.subjectBefore(lo, v); ok {
		return a.checkSpeaker(sp)
	}
	return a.checkSpeaker(a.phraseAfter(v+1, open))
}

// bareSubjects are pronouns: as an unresolved speaker they say nothing.
var bareSubjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true, "who": true, "this": true, "that": true}

// checkSpeaker rejects empty attributions and bare pronouns nobody fits.
func (a *analysis) checkSpeaker(sp speaker) (speaker, bool, bool) {
	if sp.person < 0 && sp.desc == "" {
		return sp, false, false
	}
	if sp.person < 0 && bareSubjects[sp.desc] {
		return sp, true, false
	}
	return sp, true, true
}

// subjectBefore is the subject of a verb of saying at v: the person
// mentioned nearest before it (commas may intervene: "Anna Berg, a
// spokeswoman, said"), else the words of its clause ("the palace
// spokesperson") without auxiliaries and adverbs.
func (a *analysis) subjectBefore(lo, v int) (speaker, bool) {
	for k := v - 1; k >= lo; k-- {
		if pi := a.personAt(k); pi >= 0 {
			m := a.mentions[a.tokMent[k]]
			return speaker{person: pi, start: m.start, end: m.end}, true
		}
		if a.toks[k].words&wClauseBreak != 0 || a.isPunct(k, ";") || a.isPunct(k, ":") {
			break
		}
	}
	clause := lo
	for k := v - 1; k >= lo; k-- {
		if a.toks[k].shape&sWord == 0 && !a.acronymDot(k) || a.toks[k].words&wClauseBreak != 0 {
			clause = k + 1
			break
		}
	}
	e := v
	for e > clause && (a.toks[e-1].words&wAux != 0 || strings.HasSuffix(a.toks[e-1].low, "ly")) {
		e--
	}
	sp := a.describe(clause, e)
	return sp, sp.desc != ""
}

// phraseAfter is the speaker named after a verb ("said Anna Berg", "said
// a former diplomat"): a mention, else the words up to a comma or stop.
func (a *analysis) phraseAfter(from, end int) speaker {
	e := from
	for e < end && e-from < 10 {
		if pi := a.personAt(e); pi >= 0 {
			m := a.mentions[a.tokMent[e]]
			return speaker{person: pi, start: m.start, end: m.end}
		}
		t := &a.toks[e]
		if t.shape&sWord == 0 && !a.acronymDot(e) && t.low != "-" {
			break
		}
		e++
	}
	return a.describe(from, e)
}

// describe makes a description speaker from tokens [s, e): lower case,
// leading article dropped.
func (a *analysis) describe(s, e int) speaker {
	for s < e && (a.toks[s].shape&sWord == 0 || a.toks[s].low == "the" || a.toks[s].low == "a" || a.toks[s].low == "an") {
		s++
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
