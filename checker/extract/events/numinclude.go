package events

// includedSeized reports a count listed after "including" or "included"
// in a sentence that tells of a seizure: "seized a cache of arms,
// including seven rifles", "the confiscated weapons included seven
// rifles". What was seized is listed, however far the verb is: only a
// seizure's list is read so, since "killed 30 people, including three
// children" counts a part of a toll that other articles count whole.
func (a *analysis) includedSeized(q quantity, lo int) bool {
	b := q.before() - 1
	if b < lo || !mvoc().including[a.toks[b].low] {
		return false
	}
	for s := b - 1; s >= lo && s >= b-20; s-- {
		switch a.tx(s) {
		case ";", ".":
			return false
		}
		l := a.toks[s].low
		if voc().activeVerbs[l] == "seized" || voc().countedVerbs[l] == "seized" {
			return true
		}
	}
	return false
}

// modelAt reads a weapon model written in two tokens before a counted
// noun, "AK 47 guns": the model's counted name ("ak-47s") and the token
// after the model; false when k starts no such model.
func (a *analysis) modelAt(k, hi int) (string, int, bool) {
	if k+1 >= hi || !modelPrefix(a.tx(k)) || !a.toks[k+1].digit {
		return "", 0, false
	}
	c := voc().counted[a.toks[k].low+"-"+a.tx(k+1)]
	if c == "" {
		return "", 0, false
	}
	return c, k + 2, true
}
