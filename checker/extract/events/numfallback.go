package events

// unplacedSuffix marks the key of an event no sentence of its article
// places: such figures meet only one another, unless stories join them.
const unplacedSuffix = "~unplaced"

// unkeyedStoryKey keys a figure of what a disaster does ("the navy
// recovered seven rifles", "the guards fired 14 shots") in an article
// that keys none of its events: it tells of one kind of disaster, never
// placed in a sentence of its own ("the attack", "the raid"), and names a
// place the knowledge base knows most. The figure is that disaster's,
// keyed by that place, but apart from the events articles place themselves
// (unplacedSuffix): a guess at its place may be another year's event
// there. An article that tells of two kinds of disaster, or a figure
// whose sentence sits in a background clause or names another place,
// keys nothing.
func (a *analysis) unkeyedStoryKey(q quantity, si int, counts string, ev articleEvents) (string, string) {
	if !isConsequence(counts) || ev.dominant != "" || ev.disaster != "" || ev.sole != "" {
		return "", ""
	}
	if bg, _, _ := a.backgroundClause(q, si, true); bg {
		return "", ""
	}
	if _, other := a.otherPlace(si); other {
		return "", "" // "a gunman killed five at a mall in Bramsk": another event
	}
	an, ok := a.storyAnchor()
	if !ok || !an.known || an.country == "" {
		return "", "" // a country says too little; an unknown name may be a person's
	}
	class := ""
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.key != "" && !m.historical {
			return "", "" // the article keys an event: its own rules decide
		}
		if m.historical || !voc().disasters[m.class] || mvoc().noFigures[m.class] {
			continue
		}
		if class != "" && class != m.class {
			return "", ""
		}
		class = m.class
	}
	if class == "" {
		return "", ""
	}
	return keyOf(class, an.key+unplacedSuffix), "the " + voc().classNoun[class] + " in " + an.name
}
