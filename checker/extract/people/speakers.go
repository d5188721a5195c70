package people

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// speaker is who a quote is attributed to: a person, an organisation
// ("Varda Rail said in a statement") or a description of someone unnamed
// ("a spokesman for Varda Rail", "a former diplomat").
type speaker struct {
	person     int    // -1 when not a person
	surname    string // lower case, for someone named only by surname
	org        string // lower-case name when an organisation speaks
	desc       string
	start, end int      // as written
	partner    *speaker // the other speaker of a joint statement ("said A and B")
}

// maxAttribution is how far after a quote its verb of saying may be
// ("…,” Anna Berg, a crane driver who has worked at the port for
// years, said).
const maxAttribution = 28

// tokIndex returns the index of the first token starting at or after off.
func (a *analysis) tokIndex(off int) int {
	return sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].start) >= off })
}

// quoteClaims attributes every quote and makes its claim. A quote with no
// attribution of its own takes the speaker of the quote before it in the
// same paragraph ("“A,” she said. “B.”") or of the quote it continues
// from the paragraph before, unless someone else is named since that
// quote. A "he" or "she" the resolver left open is the previous quote's
// speaker when the sex does not clash. A quote still without a speaker
// has no claim.
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
		if found && ok {
			if p, joint := a.jointPartner(sp); joint {
				sp.partner = &p
			}
		}
		switch {
		case !found && last != nil && !a.namesOther(qi, last.person):
			sp, ok = *last, true
		case found && !ok && last != nil && a.pronounFits(sp.desc, last.person):
			sp, ok = *last, true
		}
		if !ok {
			last = nil
			continue
		}
		last = &sp
		out = append(out, a.quoteClaim(q, sp))
		if sp.partner != nil {
			out = append(out, a.quoteClaim(q, *sp.partner))
		}
	}
	return out
}

func (a *analysis) quoteClaim(q *quoteSpan, sp speaker) claim.Claim {
	qv := &claim.QuoteValue{Words: q.words, Speaker: normalizeSpace(a.d.Text[sp.start:sp.end])}
	var value string
	switch {
	case sp.person >= 0:
		qv.SpeakerKey = a.people[sp.person].key
		value = qv.SpeakerKey.String()
	case sp.surname != "":
		// Named only by surname here: the rules may match it with a full
		// name another article gives.
		qv.SpeakerKey = claim.SurnameKey(sp.surname)
		value = qv.SpeakerKey.String()
	case sp.org != "":
		value = claim.OrgKey(sp.org).String()
	default:
		value = claim.DescKey(sp.desc).String()
	}
	c := a.newClaim(claim.KindQuote, claim.QuoteKey(q.words), a.d.Text[q.wStart:q.wEnd], value, q.wStart, q.wEnd, claim.Asserted)
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
	lo := -1 // where an attribution before the quote may start
	if openTok < len(a.toks) && openTok > 0 {
		lo = a.sentStart(openTok)
		if qi > 0 {
			if p := a.tokIndex(a.quotes[qi-1].close) + 1; p > lo && p <= openTok {
				lo = p
			}
		}
	}
	if closeTok >= 0 && closeTok < len(a.toks) {
		end := a.sentEnd(closeTok)
		if qi+1 < len(a.quotes) {
			if n := a.tokIndex(a.quotes[qi+1].open); n < end {
				end = n
			}
		}
		// "according to X" after the quote names the source only when the
		// quote opens its sentence ("She added that “…,” according to the
		// agency": she is the speaker).
		according := lo < 0 || !a.hasWord(lo, openTok)
		if sp, found, ok = a.attributeAfter(closeTok+1, end, according); found {
			return sp, found, ok
		}
	}
	if lo >= 0 {
		return a.attributeBefore(lo, openTok)
	}
	return sp, false, false
}

// hasWord reports whether tokens [lo, hi) hold a word.
func (a *analysis) hasWord(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if a.toks[k].shape&sWord != 0 {
			return true
		}
	}
	return false
}

// attributeAfter reads an attribution in tokens [from, end) after a
// quote: "said X", "X said", "X, ROLE, said" (the role may hold any words:
// "who has worked there for years") or, when according is set, "according
// to X". Before the first
// comma a clause break or a stop ends the search ("…,” though he
// emphasized" is another clause); after it only a verb right after a
// comma counts, so that a verb inside the role ("a nurse who said …") is
// not taken for the attribution.
func (a *analysis) attributeAfter(from, end int, according bool) (speaker, bool, bool) {
	v := -1
	sawComma := false
	for k := from; k < end && k-from <= maxAttribution; k++ {
		t := &a.toks[k]
		if t.words&wSpeech != 0 {
			if !sawComma || a.afterAppositive(k, from) {
				v = k
				break
			}
			continue
		}
		switch {
		case according && !sawComma && t.low == "according" && k+1 < end && a.toks[k+1].low == "to":
			return a.checkSpeaker(a.phraseAfter(k+2, end))
		case a.isPunct(k, ",") || a.isPunct(k, "("):
			sawComma = true
		case a.isPunct(k, ";") || a.isPunct(k, ":") || a.isPunct(k, "?") || a.isPunct(k, "!") || (a.isPunct(k, ".") && !a.acronymDot(k)):
			return speaker{}, false, false
		case !sawComma && t.words&wClauseBreak != 0:
			return speaker{}, false, false
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

// afterAppositive: the verb at v follows a comma or a closing bracket,
// maybe with auxiliaries and adverbs between (", later said").
func (a *analysis) afterAppositive(v, lo int) bool {
	k := a.skipAuxBack(v, lo) - 1
	return k >= lo && (a.isPunct(k, ",") || a.isPunct(k, ")"))
}

// skipAuxBack returns the start of the auxiliaries and -ly adverbs that
// end right before token v, no further back than lo.
func (a *analysis) skipAuxBack(v, lo int) int {
	e := v
	for e > lo && (a.toks[e-1].words&wAux != 0 || a.toks[e-1].shape&sWord != 0 && strings.HasSuffix(a.toks[e-1].low, "ly")) {
		e--
	}
	return e
}

// attributeBefore reads an attribution in tokens [lo, open) before a
// quote: the verb of saying or "according to" nearest the quote.
func (a *analysis) attributeBefore(lo, open int) (speaker, bool, bool) {
	v := -1
	for k := open - 1; k >= lo; k-- {
		if a.toks[k].words&wSpeech != 0 {
			v = k
			break
		}
		if a.toks[k].low == "according" && k+1 < open && a.toks[k+1].low == "to" {
			return a.checkSpeaker(a.phraseAfter(k+2, open))
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
	if sp.person < 0 && sp.surname == "" && sp.org == "" && sp.desc == "" {
		return sp, false, false
	}
	if sp.person < 0 && bareSubjects[sp.desc] {
		return sp, true, false
	}
	return sp, true, true
}

// pronounFits: an unresolved "he" or "she" can be person pi (whose sex,
// when known, matches).
func (a *analysis) pronounFits(pronoun string, pi int) bool {
	if pi < 0 {
		return false
	}
	g, ok := vocab().gender[pronoun]
	if !ok || vocab().words[pronoun]&wPronoun == 0 {
		return false
	}
	p := a.people[pi].gender
	return p == 0 || p == g
}

// namesOther reports whether the text from the previous quote to the end
// of quote qi's sentence, outside quoted words, mentions a person other
// than pi: then a quote without its own attribution is not simply the
// previous speaker going on.
func (a *analysis) namesOther(qi, pi int) bool {
	q := &a.quotes[qi]
	first := a.tokIndex(q.open)
	if first >= len(a.toks) {
		return false
	}
	last := a.tokIndex(q.close)
	if last >= len(a.toks) {
		last = len(a.toks) - 1
	}
	from := a.sentStart(first)
	if qi > 0 {
		from = min(from, a.tokIndex(a.quotes[qi-1].close))
	}
	for k := from; k < a.sentEnd(last); k++ {
		if p := a.personAt(k); p >= 0 && p != pi && !a.inQuote(int(a.toks[k].start)) {
			return true
		}
	}
	return false
}
