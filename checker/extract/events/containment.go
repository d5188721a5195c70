package events

// Which of the article's places lie inside which, from its own words and
// the knowledge base: "Iran's Tarnow island", "Tarnow, Ardesia", "the
// Velmar island of Tarnow", "Tarnow in Ardesia". A story told of an
// island in one sentence and of its country in the next is one story,
// keyed by the island.

// containment maps a place key to the keys of the places the article says
// it lies in. Computed once.
func (a *analysis) containment() map[string][]string {
	if a.inside != nil {
		return a.inside
	}
	a.inside = map[string][]string{}
	add := func(child, parent place) {
		if child.key == "" || parent.key == "" || child.key == parent.key {
			return
		}
		a.inside[child.key] = append(a.inside[child.key], parent.key)
	}
	for si := range a.d.Sentences {
		lo, hi := a.sentRange(si)
		strict := a.strictSentence(si)
		for s := lo; s < hi; s++ {
			if !a.capWord(s) {
				continue
			}
			e := a.capRunFrom(s, hi)
			if e == s {
				continue
			}
			y, ok := a.resolvePlace(s, e, strict)
			if !ok {
				s = e - 1
				continue
			}
			switch {
			case possessive(a.tx(e - 1)):
				// "Iran's Tarnow island"
				if x, ok := a.placeAt(e, hi, strict); ok {
					add(x, y)
				}
			case e+1 < hi && a.tx(e) == ",":
				// "Tarnow, Ardesia": a known country or region after, or
				// any place that ends the apposition ("Velmar, Tarnow,
				// said"), not a list ("Tarnow, Velmar and Ostry")
				if x, ok := a.placeAt(e+1, hi, strict); ok && (x.known || a.appositionEnd(x.tokEnd, hi) && !(s > lo && a.tx(s-1) == ",")) {
					add(y, x)
				}
			case e+2 < hi && mvoc().areaNouns[a.toks[e].low] && a.toks[e+1].low == "of":
				// "the Velmar section of Tarnow"
				if x, ok := a.placeAt(e+2, hi, strict); ok {
					add(y, x)
				}
			case e+1 < hi && a.toks[e].low == "in":
				// "Tarnow in Ardesia"
				if x, ok := a.placeAt(a.skipThe(e+1, hi), hi, strict); ok {
					add(y, x)
				}
			case e+2 < hi && voc().settlements[a.toks[e].low] && a.toks[e+1].low == "of":
				// "the Velmar island of Tarnow"
				if x, ok := a.placeAt(e+2, hi, strict); ok {
					add(x, y)
				}
			}
			s = e - 1
		}
	}
	return a.inside
}

// appositionEnd reports the end of an apposition at token p: a comma, a
// full stop or the end of the sentence, not "and" or "or".
func (a *analysis) appositionEnd(p, hi int) bool {
	if p >= hi {
		return true
	}
	switch a.tx(p) {
	case ",", ".", ";", ")":
		return p+1 >= hi || a.toks[p+1].low != "and" && a.toks[p+1].low != "or"
	}
	return false
}

// placeAt resolves the capitalised run at token s as a place.
func (a *analysis) placeAt(s, hi int, strict bool) (place, bool) {
	e := a.capRunFrom(s, hi)
	if e == s {
		return place{}, false
	}
	return a.resolvePlace(s, e, strict)
}

// within reports whether place key x lies inside place key y: by the
// article's words, transitively, or as a known place of country y.
func (a *analysis) within(x, y string, country string) bool {
	if x == y {
		return false
	}
	if country != "" && country == y {
		return true
	}
	seen := map[string]bool{x: true}
	todo := []string{x}
	for len(todo) > 0 {
		c := todo[0]
		todo = todo[1:]
		for _, p := range a.containment()[c] {
			if p == y {
				return true
			}
			if !seen[p] {
				seen[p] = true
				todo = append(todo, p)
			}
		}
	}
	return false
}
