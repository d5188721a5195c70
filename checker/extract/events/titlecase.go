package events

// findTitleCase marks paragraphs that Capitalise Every Word (headlines,
// some outlets' body text): there a capital letter is no sign of a name.
func (a *analysis) findTitleCase() {
	n := len(a.d.Paragraphs)
	a.titleCase = grow(a.scratch.titleCase, n)
	a.scratch.titleCase = a.titleCase
	words := make([]int, n)
	caps := make([]int, n)
	for _, t := range a.toks {
		if !t.word || t.end-t.start < 2 {
			continue
		}
		p := a.paragraphOf(t.sent)
		if p < 0 || p >= n {
			continue
		}
		words[p]++
		if t.cap {
			caps[p]++
		}
	}
	for p := range n {
		a.titleCase[p] = words[p] >= 2 && caps[p]*10 >= words[p]*6
	}
}
