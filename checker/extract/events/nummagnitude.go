package events

import "strings"

// otherFigureKey keys a figure that neither its sentence nor the
// article's main events claimed: a gathering's figures, then a
// magnitude that speaks of the article's one disaster.
func (a *analysis) otherFigureKey(q quantity, si int, counts string, ev articleEvents) (string, string) {
	if key, subject := a.gatheringKey(q, si, counts, ev); key != "" {
		return key, subject
	}
	return a.magnitudeKey(q, si, counts, ev)
}

// magnitudeKey keys a magnitude given in a sentence that names no event
// but speaks of one already named: "the survey puts the magnitude at
// 6.1", "the agency said it had a magnitude of 5.9". It is the article's
// one disaster's. A magnitude away from its event may be an aftershock's
// or an earlier quake's: a sentence that names an aftershock, another
// place or another time keys nothing, nor one that refers back to
// nothing ("a magnitude of 5.9 was recorded").
func (a *analysis) magnitudeKey(q quantity, si int, counts string, ev articleEvents) (string, string) {
	if counts != "magnitude" || ev.disaster == "" {
		return "", ""
	}
	if mlo, mhi := a.sentenceMentionRange(si); mhi > mlo {
		return "", "" // its sentence's event decides
	}
	lo, hi := a.sentRange(si)
	back := false
	for k := lo; k < hi; k++ {
		l := a.toks[k].low
		if strings.HasPrefix(l, "aftershock") {
			return "", ""
		}
		if k+1 < hi && voc().magnitude[a.toks[k+1].low] && (l == "the" || l == "its") || l == "it" && k < q.first {
			back = true
		}
	}
	if !back {
		return "", ""
	}
	if bg, _, _ := a.backgroundClause(q, si, false); bg {
		return "", ""
	}
	if _, other := a.otherPlace(si); other {
		return "", ""
	}
	return ev.disaster, a.subj[ev.disaster]
}

// sourceName names the source written from token s to e without the
// country it opens with: "<country> Seismic Institute" and "Seismic
// Institute" are one source, however the country is written.
func (a *analysis) sourceName(s, e int) string {
	for k := e - 1; k > s; k-- {
		if pl, ok := a.resolvePlace(s, k, false); ok && pl.known && pl.country == "" {
			return a.lowPhrase(k, e)
		}
	}
	return a.lowPhrase(s, e)
}
