package events

// idiomMention reads an idiom that names an event ("go to the polls")
// over tokens [i, i+n), with its place right after it ("went to the polls
// in Tarnow") or in its subject ("voters in Tarnow will go to the polls").
func (a *analysis) idiomMention(i, n, lo, hi int, strict bool) (mention, bool) {
	v := voc().idioms[a.lowPhrase(i, i+n)]
	from := a.auxStart(i, lo)
	own, ok := a.auxStatus(from, i, v.form)
	if !ok {
		return mention{}, false
	}
	e := i + n
	var pl place
	found := false
	if e+1 < hi && a.toks[e].low == "in" {
		q := a.skipThe(e+1, hi)
		if end := a.capRunFrom(q, hi); end > q {
			if pl, found = a.resolvePlace(q, end, strict); found {
				e = end
			}
		}
	}
	if !found {
		// the subject's place: "voters in Tarnow", "residents of Tarnow"
		if s := a.capRunBack(from, lo); s < from && s-1 > lo {
			switch a.toks[s-1].low {
			case "in", "of", "across", "throughout":
				pl, found = a.resolvePlace(s, from, strict)
			}
		}
	}
	t := a.toks[i]
	m := mention{
		class: v.class, sent: t.sent, typeTok: i, zoneStart: i, tailTok: e,
		start: t.start, end: a.toks[e-1].end, verb: true, own: own, premodExpr: -1,
		noun: voc().classNoun[v.class],
	}
	if found {
		// without a place, the idiom tells of the story's event:
		// "Voters went to the polls on Saturday"
		m.kind, m.ident, m.place, m.start = identPlace, pl.key, pl, min(t.start, pl.start)
	}
	return m, true
}
