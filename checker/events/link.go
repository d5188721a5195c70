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
		if m.key == "" && m.definite && !a.contrasted(m) {
			if j, ok := last[m.class]; ok && m.sent-a.mentions[j].sent <= 2 {
				m.key = a.mentions[j].key
				m.anaphor = true
			}
		}
		if m.key != "" {
			last[m.class] = i
		}
	}
	a.linkDisasters()
}

// linkDisasters keys a definite bare disaster mention ("injured in the
// fire") that no nearby mention keys to the article's one event of its
// class: an article rarely reports two fires, but when it names two, a
// bare "the fire" could be either and stays unkeyed.
func (a *analysis) linkDisasters() {
	only := map[string]string{} // class → its one key, "" when several
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.key == "" || !voc.disasters[m.class] {
			continue
		}
		if k, seen := only[m.class]; !seen {
			only[m.class] = m.key
		} else if k != m.key {
			only[m.class] = ""
		}
	}
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.key == "" && m.definite && m.kind == identNone && !a.contrasted(m) {
			if k := only[m.class]; k != "" {
				m.key, m.anaphor = k, true
			}
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

// contrasted reports whether a mention's modifiers set it apart from
// earlier mentions of its class: "the last election", "the next summit".
func (a *analysis) contrasted(m *mention) bool {
	for q := m.zoneStart; q < m.typeTok; q++ {
		if voc.contrast[a.toks[q].low] {
			return true
		}
	}
	return false
}
