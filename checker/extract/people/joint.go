package people

// jointPartner finds the second speaker of a joint statement: "said Ada
// Morrow and Tero Kask", "Morrow and Kask said". Both said the words; the
// quote is theirs together, not one speaker's against the other's.
func (a *analysis) jointPartner(sp speaker) (speaker, bool) {
	if sp.person < 0 && sp.surname == "" || sp.end <= sp.start {
		return speaker{}, false
	}
	first := a.tokIndex(sp.start)
	last := a.tokIndex(sp.end) - 1
	if first >= len(a.toks) || last < first {
		return speaker{}, false
	}
	if sp.surname != "" {
		first = last // after a title ("Mayor Kask"), the name is the last word
	}
	lo, hi := a.sentStart(first), a.sentEnd(last)
	if n := last + 1; n+1 < hi && a.toks[n].low == "and" {
		if p, ok := a.speakerStartingAt(n + 1); ok && !sameSpeaker(p, sp) {
			return p, true
		}
	}
	if b := first - 1; b-1 >= lo && a.toks[b].low == "and" {
		if p, ok := a.speakerEndingAt(b - 1); ok && !sameSpeaker(p, sp) {
			return p, true
		}
	}
	return speaker{}, false
}

func sameSpeaker(x, y speaker) bool {
	return x.person >= 0 && x.person == y.person || x.person < 0 && y.person < 0 && x.surname != "" && x.surname == y.surname
}

// speakerStartingAt: a person's mention, or a lone surname, starts at k
// and ends its noun phrase.
func (a *analysis) speakerStartingAt(k int) (speaker, bool) {
	if mi := a.tokMent[k]; mi >= 0 {
		m := a.mentions[mi]
		if m.first == k && a.toks[m.last].shape&sPoss == 0 {
			return speaker{person: m.person, start: m.start, end: m.end}, true
		}
		return speaker{}, false
	}
	if a.loneSurname(k) {
		return speaker{person: -1, surname: a.toks[k].low, start: int(a.toks[k].start), end: a.nameEnd(k)}, true
	}
	return speaker{}, false
}

// speakerEndingAt: a person's mention, or a lone surname, ends at k.
func (a *analysis) speakerEndingAt(k int) (speaker, bool) {
	if mi := a.tokMent[k]; mi >= 0 {
		m := a.mentions[mi]
		if m.last == k {
			return speaker{person: m.person, start: m.start, end: m.end}, true
		}
		return speaker{}, false
	}
	if a.loneSurname(k) && (k == a.sentStart(k) || a.toks[k-1].shape&sCap == 0 || a.toks[k-1].shape&sSentFirst != 0 && a.toks[k-1].pkinds != 0) {
		return speaker{person: -1, surname: a.toks[k].low, start: int(a.toks[k].start), end: a.nameEnd(k)}, true
	}
	return speaker{}, false
}

// loneSurname: token k is a capitalised word that could be a surname
// standing alone and no title word or body.
func (a *analysis) loneSurname(k int) bool {
	t := &a.toks[k]
	return a.loneSurnameShape(k) && t.shape&sPoss == 0 && t.words&wOrgWord == 0 && t.pkinds == 0
}
