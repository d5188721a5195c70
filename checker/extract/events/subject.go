package events

import "strings"

// Rule summaries read "<subject> is dated …": an event's subject is a noun
// phrase built from what identifies it ("the flood in Tarnow", "the
// Ridgeway bridge opening", "the Varga-Okoro talks"), the same for every
// claim about the event, never the clause that mentioned it ("Floodwaters
// swept through Tarnow").

// subjects names every event key of the article once: by the first
// mention that identifies the event itself, else by its story place.
func (a *analysis) subjects() map[string]string {
	out := make(map[string]string, 8)
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.key == "" || m.anaphor {
			continue
		}
		if _, done := out[m.key]; done {
			continue
		}
		if m.ownKey() || m.story {
			out[m.key] = a.subjectOf(m)
		}
	}
	for i := range a.mentions {
		m := &a.mentions[i]
		if _, done := out[m.key]; m.key != "" && !done {
			out[m.key] = a.subjectOf(m)
		}
	}
	return out
}

// subjectOf writes the noun phrase for mention m's event.
func (a *analysis) subjectOf(m *mention) string {
	noun := m.noun
	if noun == "" || voc().types[noun].plural || voc().disasters[m.class] {
		// a disaster by its class's word: "floodwaters", "quake" → flood, earthquake
		noun = voc().classNoun[m.class]
	}
	if m.story || !m.ownKey() {
		if m.story {
			if pl, ok := a.storyPlace(m.class, m.sent); ok {
				return "the " + noun + " in " + pl.name
			}
		}
		return a.keySubject(m.key, noun)
	}
	switch m.kind {
	case identPlace:
		switch {
		case m.named:
			return "the " + m.place.name + " " + noun
		case m.topic:
			return "the " + noun + " for " + m.place.name
		case m.prep != "" && m.prep != "in" && m.prep != "at" && !m.place.known:
			return "the " + noun + " " + m.prep + " " + m.place.name // "aboard the Nordlys"
		}
		return "the " + noun + " in " + m.place.name
	case identThing:
		return "the " + a.thingText(m) + " " + noun
	case identWith:
		switch {
		case m.holder:
			return "the " + noun + " of " + m.withText
		case m.buyer != "":
			return m.buyer + "'s " + noun + " of " + m.target
		case m.target != "":
			return "the " + noun + " of " + m.target
		case !containsAnd(m.withText):
			return "the " + m.withText + " " + noun
		}
		return "the " + noun + " between " + m.withText
	}
	return "the " + noun
}

// thingText is a thing's name as written ("Ridgeway bridge").
func (a *analysis) thingText(m *mention) string {
	if s, e, ok := a.span(m.place.start, m.place.end); ok {
		return a.d.Text[s:e]
	}
	return m.place.name
}

func containsAnd(s string) bool { return strings.Contains(s, " and ") }

// keySubject writes the subject of an event the article only refers to
// ("the fire" of an event named in another sentence's terms) from its
// key: "the fire in Vessa Star", "the meeting between Varga and Okoro".
func (a *analysis) keySubject(key, noun string) string {
	class, id := classOf(key), identOf(key)
	if w, ok := strings.CutPrefix(id, "with:"); ok {
		parts := splitWith(w)
		for i, p := range parts {
			parts[i] = titleWords(p)
		}
		return "the " + noun + " between " + joinAnd(parts)
	}
	if a.k != nil {
		if p, ok := a.k.PlaceByKey(id); ok {
			return "the " + noun + " in " + p.Name
		}
	}
	if id != "" && voc().classMode[class] != modeParties {
		return "the " + noun + " in " + titleWords(id)
	}
	return "the " + noun
}

// titleWords writes "vessa star" as "Vessa Star", a thing's last noun
// aside ("korvala bridge" is "Korvala bridge").
func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i == len(words)-1 && i > 0 && voc().thingNouns[w] {
			continue
		}
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}
