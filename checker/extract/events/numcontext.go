package events

// Numbers whose surrounding words say they describe something else than
// the event: a limit rather than a speed reached, a place's population
// rather than the people an event touched.

// speedLimit reports a speed a limit word just before makes a rule, not
// how fast something went: "where the limit is 50 km/h", "a limit of 30".
func (a *analysis) speedLimit(q quantity, lo int) bool {
	b := q.before()
	for s := b - 1; s >= lo && s >= b-3; s-- {
		if a.isClauseBreak(s) {
			return false
		}
		if voc().limitWords[a.toks[s].low] {
			return true
		}
	}
	return false
}

// population reports a number that tells how many live in a place: "a
// market town of 9,000 people", "home to 9,000 residents", "a population
// of about 9,000".
func (a *analysis) population(q quantity, lo int) bool {
	b := q.before()
	for n := 2; n >= 1; n-- {
		if s := b - n; s >= lo && a.matchPhrase(voc().populationOf, s, b) == n {
			return true
		}
	}
	return b-2 >= lo && a.toks[b-1].low == "of" && voc().settlements[a.toks[b-2].low]
}
