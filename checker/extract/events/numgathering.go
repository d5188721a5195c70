package events

import "strings"

// gatheringsFile is data/gatherings.yml.
type gatheringsFile struct {
	Classes     []string `yaml:"classes"`
	CrowdClass  string   `yaml:"crowd_class"`
	UnrestNouns []string `yaml:"unrest_nouns"`
	UnrestPreps []string `yaml:"unrest_preps"`
}

type gatheringVocab struct {
	classes     map[string]bool
	crowdClass  string
	unrestNouns map[string]bool
	unrestPreps map[string]bool
}

func loadGatherings() (*gatheringVocab, error) {
	var f gatheringsFile
	if err := decode("gatherings.yml", &f); err != nil {
		return &gatheringVocab{}, err
	}
	return &gatheringVocab{classes: set(f.Classes), crowdClass: f.CrowdClass,
		unrestNouns: set(f.UnrestNouns), unrestPreps: set(f.UnrestPreps)}, nil
}

// gatheringKey keys a figure no event of its sentence claims in an
// article that tells of a protest or strike: a crowd ("police put the
// march at 30,000"), or, in an article of no disaster, what befell people
// in its unrest ("police said 18 people had been injured in the
// violence"). Riots and clashes are no events of their own, so that two
// nights' riots do not give two dates to one event; their tolls are the
// gathering's, keyed by the story's place. A figure in a background
// clause, or in a sentence that names another place or another kind of
// event, keys nothing.
func (a *analysis) gatheringKey(q quantity, si int, counts string, ev articleEvents) (string, string) {
	if gvoc().crowdClass == "" {
		return "", ""
	}
	consequence := isConsequence(counts)
	switch {
	case counts == "crowd":
	case consequence && ev.disaster == "" && a.unrestAfter(q, si):
	default:
		return "", ""
	}
	mlo, mhi := a.sentenceMentionRange(si)
	for j := mlo; j < mhi; j++ {
		m := &a.mentions[j]
		if !gvoc().classes[m.class] && !(counts == "crowd" && voc().disasters[m.class]) {
			return "", "" // "1,000 people attended the funeral"
		}
	}
	if bg, _, _ := a.backgroundClause(q, si, consequence); bg {
		return "", ""
	}
	if _, other := a.otherPlace(si); other && !a.townMarch(q, si, counts) {
		return "", "" // "in Bramsk, 20,000 marched": another town's march
	}
	an, ok := a.storyAnchor()
	if !ok || !a.tellsOfGathering(si) {
		return "", ""
	}
	return keyOf(gvoc().crowdClass, an.key), "the " + voc().classNoun[gvoc().crowdClass] + " in " + an.name
}

// unrestAfter reports a figure's verb followed by the unrest it befell
// people in: "were injured in the riots", "arrested during the clashes".
func (a *analysis) unrestAfter(q quantity, si int) bool {
	_, hi := a.sentRange(si)
	for k := q.last; k+1 < hi && k < q.last+8; k++ {
		if a.isClauseBreak(k) {
			return false
		}
		if !gvoc().unrestPreps[a.toks[k].low] {
			continue
		}
		for j := k + 1; j < hi && j <= k+3; j++ {
			if gvoc().unrestNouns[a.toks[j].low] {
				return true
			}
		}
	}
	return false
}

// tellsOfGathering reports a current protest or strike the article keys,
// named by sentence si or before it: a figure ahead of any word of it
// may be another occasion's.
func (a *analysis) tellsOfGathering(si int) bool {
	keyed, named := false, false
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.historical || !gvoc().classes[m.class] {
			continue
		}
		keyed = keyed || m.key != ""
		named = named || m.sent <= si
	}
	return keyed && named
}

// crowdOfGathering puts a crowd keyed by a strike on the protest at the
// strike's place: the marchers of a strike day are its protest's.
func crowdOfGathering(key, subject string) (string, string) {
	cl := classOf(key)
	if cl == gvoc().crowdClass || !gvoc().classes[cl] {
		return key, subject
	}
	return keyOf(gvoc().crowdClass, identOf(key)), strings.Replace(subject, voc().classNoun[cl], voc().classNoun[gvoc().crowdClass], 1)
}

// crowdPlace is another place than the story's that a crowd's clause
// puts it in before the figure: "In Bramsk, 4,000 people marched" is
// Bramsk's march, not the story's.
func (a *analysis) crowdPlace(q quantity, lo int) (place, bool) {
	an, _ := a.storyAnchor()
	for e := q.before(); e > lo; e-- {
		if a.isClauseBreak(e-1) && a.tx(e-1) != "," {
			break
		}
		if !a.toks[e-1].cap {
			continue
		}
		s := a.capRunBack(e, lo)
		if s == e {
			continue
		}
		if s > lo && mvoc().locative[a.toks[s-1].low] {
			if pl, ok := a.resolvePlace(s, e, false); ok && pl.key != an.key {
				return bareSettlement(pl), true
			}
		}
		e = s
	}
	return place{}, false
}

// townMarch reports a crowd the story's protest drew in another town,
// named right before it: "clashes broke out in Bramsk, where about
// 50,000 people marched". It is the story's, scoped by that town (see
// additiveCrowd), as "in Bramsk, another 20,000 marched" is.
func (a *analysis) townMarch(q quantity, si int, counts string) bool {
	if counts != "crowd" {
		return false
	}
	lo, _ := a.sentRange(si)
	_, ok := a.additiveCrowd(q, lo)
	return ok
}
