package events

// link gives every mention its event key: from its own identity, from a
// place-identified mention of the same sentence (participants), or from
// an earlier mention (anaphors: "That meeting", "the talks").
func (a *analysis) link() {
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.kind != identNone {
			m.key = "event:" + m.class + ":" + m.ident
		}
	}
	// "Varga and Okoro met in Brindle for the Varga-Okoro summit": a
	// participant mention joins a place-identified event of its class named
	// in the same clause, when that is the clause's only one.
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.kind != identWith {
			continue
		}
		var only *mention
		n := 0
		lo, hi := a.sentenceMentionRange(m.sent)
		for j := lo; j < hi; j++ {
			o := &a.mentions[j]
			if o.class == m.class && o.kind == identPlace && a.sameClause(m, o) {
				if only == nil || only.key != o.key {
					n++
				}
				only = o
			}
		}
		if n == 1 {
			m.key = only.key
		}
	}
	// A definite bare mention refers back to the latest keyed mention of
	// its class in this or the two previous sentences.
	last := map[string]int{} // class → index of the latest keyed mention
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.key == "" && m.definite {
			if j, ok := last[m.class]; ok && m.sent-a.mentions[j].sent <= 2 {
				m.key = a.mentions[j].key
				m.anaphor = true
			}
		}
		if m.key != "" {
			last[m.class] = i
		}
	}
}

// sameClause reports whether no clause break separates two mentions of
// one sentence.
func (a *analysis) sameClause(m, o *mention) bool {
	from, to := m.typeTok, o.typeTok
	if from > to {
		from, to = to, from
	}
	for q := from + 1; q < to; q++ {
		if a.isClauseBreak(q) {
			return false
		}
	}
	return true
}
