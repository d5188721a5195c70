package events

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// link gives every mention its event key: from its own identity, from the
// participants of the same clause or article, from an earlier mention
// (anaphors: "That meeting", "the talks"), or from the story's place when
// it names no place of its own ("the November 10 election" in an article
// from Tarnow).
func (a *analysis) link() {
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.kind != identNone {
			m.key = keyOf(m.class, m.ident)
		}
	}
	a.markHistory()
	a.pastMeetings()
	a.joinClauseParticipants()
	a.splitVenues()
	a.joinArticleParticipants()
	a.linkAnaphors()
	a.linkDisasters()
	a.venueChoices()
}

func keyOf(class, ident string) string { return string(claim.EventKey(class, ident)) }

// ownKey reports whether mention m is keyed by its own identity.
func (m *mention) ownKey() bool { return m.kind != identNone && m.key == keyOf(m.class, m.ident) }

// rekey gives m another event's key; its own place, if it had one, becomes
// where it is.
func (m *mention) rekey(key string) {
	if m.kind == identPlace && m.loc == nil && !m.topic {
		pl := m.place
		m.loc = &pl
	}
	m.key = key
}

// joinClauseParticipants: "Varga and Okoro met in Brindle for the summit
// in Brindle": a place-identified gathering in the clause of a
// participant-identified one of its class is that one, held there.
func (a *analysis) joinClauseParticipants() {
	for i := range a.mentions {
		m := &a.mentions[i]
		if !m.ownKey() || m.kind != identPlace || m.named || voc().classMode[m.class] != modeVenue {
			continue
		}
		var only *mention
		n := 0
		lo, hi := a.sentenceMentionRange(m.sent)
		for j := lo; j < hi; j++ {
			o := &a.mentions[j]
			if o.class == m.class && o.kind == identWith && !o.historical && a.sameClause(m, o) {
				if only == nil || only.key != o.key {
					n++
				}
				only = o
			}
		}
		if n == 1 {
			m.rekey(only.key)
		}
	}
}

// splitVenues: an article that has the same participants meet in two
// places tells of two meetings, which their places tell apart.
func (a *analysis) splitVenues() {
	venues := map[string]string{} // participant key → its venue, "" when several
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.kind != identWith || m.loc == nil || voc().classMode[m.class] != modeVenue {
			continue
		}
		if v, seen := venues[m.key]; !seen {
			venues[m.key] = m.loc.key
		} else if v != m.loc.key {
			venues[m.key] = ""
		}
	}
	for i := range a.mentions {
		m := &a.mentions[i]
		if v, ok := venues[m.key]; ok && v == "" && m.loc != nil {
			m.kind, m.place, m.ident, m.loc = identPlace, *m.loc, m.loc.key, nil
			m.key = keyOf(m.class, m.ident)
		}
	}
}

// joinArticleParticipants: once an article says who meets where ("Varo
// and Aske will meet in Kareth"), "the summit in Kareth" is their
// meeting; once it says who buys what, "the Halloway takeover" is that
// deal.
func (a *analysis) joinArticleParticipants() {
	type byPlace struct{ class, place string }
	venue := map[byPlace]string{} // → participant key, "" when several
	deal := map[byPlace]string{}  // company → deal key, "" when several
	note := func(m map[byPlace]string, k byPlace, key string) {
		if v, seen := m[k]; !seen {
			m[k] = key
		} else if v != key {
			m[k] = ""
		}
	}
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.kind != identWith || m.historical {
			continue
		}
		switch voc().classMode[m.class] {
		case modeVenue:
			if m.loc != nil {
				note(venue, byPlace{m.class, m.loc.key}, m.key)
			}
		case modeParties:
			for _, p := range splitWith(m.with) {
				note(deal, byPlace{m.class, p}, m.key)
			}
		}
	}
	for i := range a.mentions {
		m := &a.mentions[i]
		if !m.ownKey() || m.historical {
			continue
		}
		switch {
		case m.kind == identPlace && !m.named && voc().classMode[m.class] == modeVenue:
			if key := venue[byPlace{m.class, m.ident}]; key != "" {
				m.rekey(key)
			}
		case m.kind == identWith && voc().classMode[m.class] == modeParties && len(splitWith(m.with)) == 1:
			if key := deal[byPlace{m.class, m.with}]; key != "" {
				m.key = key
			}
		}
	}
}

// linkAnaphors keys the mentions that name no event of their own, in
// text order: a definite one ("the talks", "her inauguration") refers
// back to the latest current event of its class in this or the two
// previous sentences; one that does not, or that the lead introduces ("a
// strong earthquake"), is the story's event of its class, keyed by the
// story's place. A story verb ("opened fire") refers back the same way,
// or to the article's one named event of its class. Mentions set apart
// ("the last election"), plural or historical ones stay unkeyed.
func (a *analysis) linkAnaphors() {
	last := map[string]int{} // class → index of the latest keyed mention
	only := a.onlyEvents()
	lead := a.leadParagraph()
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.key == "" && a.bare(m) {
			inLead := a.paragraphOf(m.sent) <= lead
			if j, ok := last[m.class]; ok && (m.definite || m.told) && m.sent-a.mentions[j].sent <= 2 {
				m.key, m.anaphor = a.mentions[j].key, true
			} else if k := only[m.class]; k != "" && (m.definite && !inLead || m.told) {
				// "the fire" deep in an article about the Nordlys fire; a story
				// verb anywhere: "opened fire" after "Tarnow depot shooting"
				m.key, m.anaphor = k, true
			} else if (m.definite || m.verb || m.indefinite && inLead) && !voc().noStory[m.class] {
				if pl, ok := a.storyPlace(m.class, m.sent); ok {
					m.key, m.story = keyOf(m.class, pl.key), true
					if m.loc != nil && m.loc.key == pl.key {
						m.loc = nil
					}
				}
			}
		}
		if m.key != "" && !m.historical {
			last[m.class] = i
		}
	}
}

// onlyEvents maps each class to the article's one current event of that
// class that names itself, or "" when it names several.
func (a *analysis) onlyEvents() map[string]string {
	only := map[string]string{}
	for i := range a.mentions {
		m := &a.mentions[i]
		if !m.ownKey() || m.historical {
			continue
		}
		if k, seen := only[m.class]; !seen {
			only[m.class] = m.key
		} else if k != m.key {
			only[m.class] = ""
		}
	}
	return only
}

// bare reports whether an unkeyed mention may take another event's key:
// a single event, not set apart from others, not a past one, not one only
// imagined ("a possible summit").
func (a *analysis) bare(m *mention) bool {
	if m.historical || a.contrasted(m) || voc().types[a.toks[m.typeTok].low].plural && !m.verb && !a.pluralHappening(m) {
		return false
	}
	if voc().classMode[m.class] == modeParties && !m.definite {
		return false // a deal is its parties', never the story place's
	}
	if c := a.premodCue(m); c.status == statusHypothetical {
		return false
	}
	return true
}

// linkDisasters keys a definite bare disaster mention ("injured in the
// fire") that no nearby mention keys to the article's one current event
// of its class: an article rarely reports two fires, but when it names
// two, a bare "the fire" could be either and stays unkeyed.
func (a *analysis) linkDisasters() {
	only := map[string]string{} // class → its one key, "" when several
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.key == "" || !voc().disasters[m.class] || m.historical {
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
		if m.key == "" && m.definite && m.kind == identNone && a.bare(m) {
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
		if voc().contrast[a.toks[q].low] {
			return true
		}
	}
	return false
}

// splitWith splits a participants identifier "a+b" into its parts.
func splitWith(w string) []string { return strings.Split(w, "+") }

// pluralHappening reports a definite plural that is the subject of a verb
// of happening: "The shootings happened shortly after 8:30 p.m.
// Thursday" tells of one spree at one time, not of several events.
func (a *analysis) pluralHappening(m *mention) bool {
	if !m.definite || m.kind != identNone {
		return false
	}
	lo, hi := a.sentRange(m.sent)
	if m.zoneStart != lo && !(m.zoneStart == lo+1 && a.toks[lo].low == "the") {
		return false // the subject opens its sentence
	}
	k := m.typeTok + 1
	for k < hi && voc().adverbs[a.toks[k].low] {
		k++
	}
	return k < hi && a.matchPhrase(voc().happening, k, hi) > 0
}
