package events

import "strings"

// isAux reports whether token i may stand between a subject and its verb:
// auxiliaries, modals, "due to", adverbs and negations.
func (a *analysis) isAux(i int) bool {
	l := a.toks[i].low
	switch l {
	case "to", "be", "been", "is", "are", "do", "does", "did":
		return true
	}
	return voc().modalPlan[l] || voc().modalHyp[l] || voc().pastBe[l] || voc().perfect[l] ||
		voc().planStates[l] || voc().adverbs[l] || negation(l)
}

// negation reports whether a word denies the verb after it.
func negation(l string) bool {
	return l == "not" || l == "never" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t")
}

// modalOrTo reports whether token i makes the base form after it a verb.
func (a *analysis) modalOrTo(i int) bool {
	l := a.toks[i].low
	return l == "to" || voc().modalPlan[l] || voc().modalHyp[l] || l == "did" || l == "does" || l == "do" || negation(l)
}

// auxStart returns the first of the auxiliaries right before verb i.
func (a *analysis) auxStart(i, lo int) int {
	j := i
	for j > lo && j > i-6 && a.isAux(j-1) {
		j--
	}
	return j
}

// auxStatus is the status a verb of the given form gives its event, read
// from the auxiliaries [from, i) before it: "will open" and "is due to
// open" are planned, "could open" hypothetical, "opened" and "has been
// opened" happened. A denied verb ("did not open") says nothing true
// about the event: false drops the mention.
func (a *analysis) auxStatus(from, i, form int) (cue, bool) {
	if from >= 2 && voc().planNouns[a.toks[from-1].low] && (a.toks[from-2].low == "no" || negation(a.toks[from-2].low)) {
		return cue{}, false // "no plans to close the plant"
	}
	plan, hyp := -1, -1
	for q := from; q < i; q++ {
		l := a.toks[q].low
		switch {
		case negation(l):
			return cue{}, false
		case voc().reportedFuture[l], voc().modalPlan[l], l == "to", voc().planStates[l]:
			if plan < 0 {
				plan = q
			}
		case voc().modalHyp[l]:
			if hyp < 0 {
				hyp = q
			}
		}
	}
	switch {
	case hyp >= 0:
		return a.cueAt(statusHypothetical, hyp, i+1), true
	case plan >= 0:
		return a.cueAt(statusPlanned, plan, i+1), true
	case form == verbPast:
		return a.cueAt(statusHappened, i, i+1), true
	}
	return cue{}, true
}
