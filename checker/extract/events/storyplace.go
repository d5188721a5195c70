package events

import (
	"strings"
	"unicode"
)

// storyPlaces are the places an article's news happens in, by which its
// events that name no place of their own are keyed: "the November 10
// election" in an article datelined HARUNOKI is the Harunoki election.
type storyPlaces struct {
	done     bool
	dateline place // "VELMARRA, Ardesia (Agency) —", "Tarnow —"
	lead     place // the first place the lead sentence names
	headline place // the first place the headline names
	leadTok  int   // first token of the lead sentence after its dateline or byline
}

// findStoryPlaces reads the dateline, the lead sentence and the headline
// once per article.
func (a *analysis) findStoryPlaces() *storyPlaces {
	sp := &a.story
	if sp.done {
		return sp
	}
	sp.done = true
	lp := a.leadParagraph()
	for si := range a.d.Sentences {
		p := a.paragraphOf(si)
		if p < lp && sp.headline.key == "" {
			if pl, ok := a.firstPlace(si, a.sentTok[si], true); ok {
				sp.headline = pl
			}
		}
		if p != lp {
			continue
		}
		lo, _ := a.sentRange(si)
		from := lo
		if pl, e, ok := a.datelinePlace(lo); ok {
			sp.dateline, from = pl, e
		} else if e, ok := a.bylineEnd(lo); ok {
			from = e
		}
		sp.leadTok = from
		if pl, ok := a.firstPlace(si, from, false); ok {
			sp.lead = pl
		}
		break
	}
	return sp
}

// datelinePlace reads a dateline at token lo: a place in capitals followed
// by a comma, a parenthesis or a dash ("VELMARRA, Ardesia (Agency) —",
// "KARETH (Agency) —"), or a place in any case followed by a dash
// ("Tarnow —"). It returns the place and the token after the dateline's
// dash.
func (a *analysis) datelinePlace(lo int) (place, int, bool) {
	_, hi := a.sentRange(a.toks[lo].sent)
	e := lo
	caps := true
	for e < hi && e < lo+3 && a.toks[e].word && a.toks[e].cap && a.toks[e].expr < 0 {
		caps = caps && allCaps(a.tx(e))
		e++
	}
	if e == lo || e >= hi {
		return place{}, 0, false
	}
	next := a.tx(e)
	dash := isDash(next) && next != ":"
	if !dash && !(caps && (next == "," || next == "(")) {
		return place{}, 0, false
	}
	pl, ok := a.datelineName(lo, e, caps)
	if !ok {
		return place{}, 0, false
	}
	// the dateline runs to its dash: "VELMARRA, Ardesia (Agency) —"
	end := e
	for q := e; q < hi && q < e+12; q++ {
		if t := a.tx(q); isDash(t) && t != ":" {
			end = q + 1
			break
		}
	}
	return pl, end, true
}

// datelineName resolves the dateline's words [i, j): capitals are read as
// the name they spell ("VELMARRA" is Velmarra).
func (a *analysis) datelineName(i, j int, caps bool) (place, bool) {
	if !caps {
		return a.resolvePlace(i, j, false)
	}
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		words = append(words, titleWord(a.tx(k)))
	}
	name := strings.Join(words, " ")
	pl := place{key: a.lowPhrase(i, j), name: name, start: a.toks[i].start, end: a.toks[j-1].end, tokEnd: j}
	if p, ok := placeName(a.k, name); ok {
		pl.key, pl.name, pl.country, pl.known = p.Key, p.Name, p.Country, true
	}
	for k := i; k < j; k++ {
		if a.isPerson(k) {
			return place{}, false
		}
	}
	a.known[pl.key] = true
	return pl, true
}

// bylineEnd returns the token after a byline that opens the lead
// ("OUTLET (22/3/2025):", "OUTLET, DATE (Agency) —").
func (a *analysis) bylineEnd(lo int) (int, bool) {
	_, hi := a.sentRange(a.toks[lo].sent)
	for q := lo; q < hi && q < lo+16; q++ {
		if t := a.tx(q); isDash(t) {
			if q > lo && a.tx(q-1) == ")" {
				return q + 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// placePreps lead to a place in running text.
var storyPreps = map[string]bool{"in": true, "of": true, "at": true, "for": true, "from": true,
	"near": true, "into": true, "outside": true, "across": true, "around": true, "to": true}

// firstPlace returns the first place after a preposition in sentence si
// from token from. Headlines (title case) accept only places the KB or
// the article vouches for.
func (a *analysis) firstPlace(si, from int, strict bool) (place, bool) {
	_, hi := a.sentRange(si)
	strict = strict || a.strictSentence(si)
	for q := from; q+1 < hi; q++ {
		if !a.has(q, fStoryPrep) || !storyPreps[a.toks[q].low] {
			continue
		}
		s := a.skipThe(q+1, hi)
		e := a.capRunFrom(s, hi)
		if e == s {
			continue
		}
		if pl, ok := a.resolvePlace(s, e, strict); ok && !voc().orgHeads[a.toks[e-1].low] {
			return pl, true
		}
	}
	if strict {
		// a headline names its place anywhere: "Can Tarnow's New Mayor Deliver?"
		for q := from; q < hi; q++ {
			e := a.capRunFrom(q, hi)
			if e == q {
				continue
			}
			if pl, ok := a.resolvePlace(q, e, true); ok && !voc().orgHeads[a.toks[e-1].low] {
				return pl, true
			}
			q = e - 1
		}
	}
	return place{}, false
}

// storyPlace is the place that keys an unnamed event of class mentioned in
// sentence si: the dateline's (not for gatherings: a reporter files from
// a capital about a summit elsewhere), else the lead's, the headline's,
// and last a place of the sentence itself.
func (a *analysis) storyPlace(class string, si int) (place, bool) {
	sp := a.findStoryPlaces()
	venue := voc().classMode[class] == modeVenue
	if !venue && sp.dateline.key != "" {
		return sp.dateline, true
	}
	if venue {
		lo, _ := a.sentRange(si)
		if pl, ok := a.firstPlace(si, max(lo, a.leadSkip(si)), false); ok {
			return pl, true
		}
	}
	for _, pl := range []place{sp.lead, sp.headline} {
		if pl.key != "" {
			return pl, true
		}
	}
	if !venue {
		lo, _ := a.sentRange(si)
		return a.firstPlace(si, lo, false)
	}
	return place{}, false
}

// leadSkip is the first token of sentence si worth reading for places: the
// lead sentence's dateline and byline are not part of its news.
func (a *analysis) leadSkip(si int) int {
	lo, _ := a.sentRange(si)
	sp := a.findStoryPlaces()
	if sp.leadTok > lo && a.toks[sp.leadTok-1].sent == si {
		return sp.leadTok
	}
	return lo
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// titleWord writes "VELMARRA" as "Velmarra".
func titleWord(s string) string {
	var b strings.Builder
	first := true
	for _, r := range s {
		if first {
			b.WriteRune(unicode.ToUpper(r))
			first = false
			continue
		}
		b.WriteRune(unicode.ToLower(r))
		if r == '-' || r == ' ' {
			first = true
		}
	}
	return b.String()
}
