package events

// predicatePlace reads the place a bare event's predicate gives it: "the
// summit will be held in Brindle", "the summit would open in Brindle on 3
// May". At least one link word must come first; "in Brindle" right after
// the noun is placesAfter's. It returns the place and the token after it.
func (a *analysis) predicatePlace(p, hi int, strict bool) (place, int, bool) {
	links := 0
	for q := p; q < hi && links < 6; q++ {
		t := a.toks[q]
		if t.expr >= 0 {
			for q+1 < hi && a.toks[q+1].expr == t.expr {
				q++
			}
			links++
			continue
		}
		if (t.low == "in" || t.low == "at") && links > 0 {
			s := a.skipThe(q+1, hi)
			e := a.capRunFrom(s, hi)
			if e == s {
				return place{}, 0, false
			}
			pl, ok := a.resolvePlace(s, e, strict)
			return pl, e, ok
		}
		if t.flags&fLink == 0 && !voc().dateFillers[t.low] {
			return place{}, 0, false
		}
		links++
	}
	return place{}, 0, false
}

// subjectPlace reads the place of the subject that holds an event named
// at token z: "workers at the port of Tarnow will begin a strike",
// "dockers in Tarnow staged a walkout". The place must sit in the
// clause's subject, a few words from its start.
func (a *analysis) subjectPlace(z, lo int, strict bool) (place, bool) {
	if z <= lo || !voc().hostVerbs[a.toks[z-1].low] {
		return place{}, false
	}
	j := a.auxStart(z-1, lo)
	s := a.capRunBack(j, lo)
	if s == j || s-2 < lo {
		return place{}, false
	}
	p := s - 1
	if a.toks[p].low == "of" && p-3 >= lo && a.toks[p-2].low == "the" {
		p -= 3 // "at the port of Tarnow"
	}
	if l := a.toks[p].low; l != "in" && l != "at" {
		return place{}, false
	}
	// the subject's head, first in its clause: "Dock workers at …"
	h := p
	for h > lo && h > p-3 && a.toks[h-1].word {
		h--
	}
	if h == p || h > lo && !a.isClauseBreak(h-1) && !voc().openers[a.toks[h-1].low] {
		return place{}, false
	}
	return a.resolvePlace(s, j, strict)
}
