package events

import "strings"

// storyVerbMention reads a verb by which a headline or lead tells its news
// when no noun names the event ("a climber fell 150 metres at Mount
// Varn", "gunman opened fire", "cables were severed"): the event the
// article is about, keyed by its own place after the verb or, like a
// bare noun, by the story's place. Deeper in the article such verbs tell
// of other acts (each shot, each fall), so they count only in the lead.
// A noun of the class in the sentence names the event itself ("three
// shot in office shooting").
func (a *analysis) storyVerbMention(i, lo, hi int, v verbInfo, strict bool) (mention, bool) {
	si := a.toks[i].sent
	if a.paragraphOf(si) > a.leadParagraph() || !a.verbNear(i, lo, hi, v) {
		return mention{}, false
	}
	for q := lo; q < hi; q++ {
		if ti, ok := voc.types[a.toks[q].low]; ok && ti.class == v.class {
			return mention{}, false
		}
	}
	for q := i + 1; q < hi && q <= i+2; q++ {
		if v.notNext[a.toks[q].low] {
			return mention{}, false // "shot to fame"
		}
	}
	if i > lo && a.toks[i-1].flags&fDeterminer != 0 {
		return mention{}, false // a noun: "a shot", "the fall"
	}
	if m, ok := a.verbMention(i, lo, hi, v, strict); ok {
		return m, true
	}
	tail := i + 1
	if v.particle != "" {
		if tail >= hi || a.toks[tail].low != v.particle {
			return mention{}, false
		}
		tail++
	}
	own, ok := a.auxStatus(a.auxStart(i, lo), i, v.form)
	if !ok || own.status != statusHappened {
		return mention{}, false // news is what happened
	}
	t := a.toks[i]
	return mention{
		class: v.class, sent: si, typeTok: i, zoneStart: i, tailTok: tail,
		start: t.start, end: a.toks[tail-1].end, kind: identNone,
		verb: true, own: own, premodExpr: -1, noun: voc.classNoun[v.class],
	}, true
}

// verbNear reports whether a word the verb needs is within a few tokens
// of it in its sentence ("fell about 150 metres", "cables were cut"): a
// fall of prices or a cut in rates is no accident. A glued unit counts:
// "fell 600m".
func (a *analysis) verbNear(i, lo, hi int, v verbInfo) bool {
	if len(v.near) == 0 {
		return true
	}
	const span = 6
	for q := max(lo, i-span); q < hi && q <= i+span; q++ {
		if q == i {
			continue
		}
		l := a.toks[q].low
		if v.near[l] || v.near[strings.TrimLeft(l, "0123456789.,")] {
			return true
		}
	}
	return false
}
