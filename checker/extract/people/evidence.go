package people

// Evidence that a capitalised run is a person's name, read around it.

// functionAfter: a comma or a function word follows token last.
func (a *analysis) functionAfter(last int) bool {
	n := last + 1
	if n >= len(a.toks) || a.toks[n].sent != a.toks[last].sent {
		return false
	}
	return a.isPunct(n, ",") || a.toks[n].words&(wPrep|wDet|wAux|wClauseBreak) != 0
}

// titleWordFollows: a lower-case title word follows token last ("Red
// Lantern volunteer"), so the capitalised run names a body.
func (a *analysis) titleWordFollows(last int) bool {
	n := last + 1
	if n >= len(a.toks) || a.toks[n].sent != a.toks[last].sent || a.toks[n].shape&sCap != 0 {
		return false
	}
	return a.toks[n].pkinds&(pHead|pRank|pDomain|pOrg) != 0
}

// lowerWordAfter: a lower-case word follows token last in its sentence.
func (a *analysis) lowerWordAfter(last int) bool {
	n := last + 1
	if n >= len(a.toks) || a.toks[n].sent != a.toks[last].sent {
		return false
	}
	sh := a.toks[n].shape
	return sh&sWord != 0 && sh&(sCap|sDigit) == 0
}

// appositiveAfter: "Ada Morrow, a retired teacher": a comma, then a
// lower-case determiner opening a description of the person.
func (a *analysis) appositiveAfter(last int) bool {
	n := last + 1
	if !a.isPunct(n, ",") || n+1 >= len(a.toks) || a.toks[n+1].sent != a.toks[last].sent {
		return false
	}
	t := &a.toks[n+1]
	return t.words&wDet != 0 && t.shape&sCap == 0
}

// honorificBefore: "Ms. Berg", "Dr Varro".
func (a *analysis) honorificBefore(s int) bool {
	p := s - 1
	if a.isPunct(p, ".") {
		p--
	}
	return p >= 0 && a.toks[p].sent == a.toks[s].sent && a.toks[p].words&wHonorific != 0 && a.toks[p].shape&sCap != 0
}

// speechAfter: "Anna Berg said".
func (a *analysis) speechAfter(last int) bool {
	n := last + 1
	return n < len(a.toks) && a.toks[n].sent == a.toks[last].sent && a.toks[n].words&wSpeech != 0
}

// titleAfterName: "NAME, TITLE,", "NAME (TITLE)", "NAME, who is TITLE".
func (a *analysis) titleAfterName(last int) bool {
	_, _, ok := a.postTitle(last)
	return ok
}

// kbHolder: the knowledge base knows the name as an office holder.
func (a *analysis) kbHolder(c nameCand) bool {
	k := a.kb()
	return k != nil && len(k.OfficesOfHolder(a.d.Text[c.start:c.end])) > 0
}
