package events

import "strings"

// Quantities whose words say what they measure: magnitudes, prices per
// share, margins and parts of a whole.

// magnitudeAt reports a magnitude: "magnitude 6.4", "a magnitude of 6.1",
// "the 6.4 magnitude quake".
func (a *analysis) magnitudeAt(q quantity, lo, hi int) bool {
	b := q.before() - 1
	if b >= lo && (a.toks[b].low == "of" || a.toks[b].low == "at") {
		b-- // "a magnitude of 6.1", "puts the magnitude at 6.1"
	}
	if b >= lo && voc().magnitude[a.toks[b].low] {
		return true
	}
	if q.last+2 < hi && a.toks[q.last].low == "on" && a.toks[q.last+1].low == "the" && voc().magnitude[a.toks[q.last+2].low] {
		return true // "6.1 on the Richter scale"
	}
	return q.last < hi && voc().magnitude[a.toks[q.last].low]
}

// perShareAt reads "per share", "a share" or "euro-per-share" at token p
// and the currency the last names.
func (a *analysis) perShareAt(p, hi int) (string, bool) {
	n := a.matchPhrase(voc().perShare, p, hi)
	if n == 0 {
		return "", false
	}
	if cur, _, ok := strings.Cut(a.toks[p].low, "-"); ok {
		return voc().currencyWord[cur], true
	}
	return "", true
}

// margin reports a count that is a difference, not a total: "by more than
// 2,000 votes", "a margin of 2,000 votes".
func (a *analysis) margin(q quantity, lo int) bool {
	b := q.before()
	for n := 1; n <= 2; n++ {
		if s := b - n; s >= lo && a.matchPhrase(voc().marginWords, s, b) == n {
			return true
		}
	}
	return false
}

// bareNumber reports whether no noun follows a number ending before token
// p ("injuring 140 as houses collapsed", "killed two."): then it counts
// the people of the verb before it, not "140 sailors".
func (a *analysis) bareNumber(p, hi int) bool {
	return p >= hi || !a.toks[p].word || a.toks[p].flags&fFunction != 0
}

// wholeOf names the whole a percentage is of, from token p after "of":
// "the river's flow", "the shares" → "flow", "shares".
func (a *analysis) wholeOf(p, hi int) string {
	for p < hi && (voc().determiners[a.toks[p].low] || possessive(a.tx(p)) || a.isQuote(p)) {
		p++
	}
	if p >= hi {
		return ""
	}
	t := a.toks[p]
	if !t.word || t.cap || t.expr >= 0 || t.flags&(fFunction|fType) != 0 {
		return ""
	}
	return t.low
}

// serviceOf names the service a share is of when the whole after "of"
// is one of measures.yml share_scopes, written in capitals or not, before
// one of service_heads: "35 per cent of web services" and "45 percent of
// Internet services" are both shares of the internet; "70 percent of web
// surfers" is none.
func (a *analysis) serviceOf(p, hi int) string {
	for p < hi && (voc().determiners[a.toks[p].low] || possessive(a.tx(p)) || a.isQuote(p)) {
		p++
	}
	if p+1 >= hi || !a.toks[p].word || !mvoc().serviceHeads[a.toks[p+1].low] {
		return ""
	}
	return mvoc().shareScopes[a.toks[p].low]
}
