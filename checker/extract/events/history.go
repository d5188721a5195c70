package events

import (
	"time"

	"github.com/crosscheck/crosscheck/checker/temporal"
)

// An article's news happened days ago or is planned; an event dated a
// year or more before it ("the 1987 earthquake", "the 2020 election") is
// history: another event than the news, even of the same class and place.
const historyDays = 365

// A pair of leaders meets again and again: their meeting dated weeks
// before the article is a previous one, told apart by its venue.
const previousMeetingDays = 21

// markHistory flags the mentions dated a year or more before the
// reference date.
func (a *analysis) markHistory() {
	for i := range a.mentions {
		m := &a.mentions[i]
		if d, ok := a.daysBefore(a.ownDate(m)); ok && d > historyDays {
			m.historical = true
		} else if a.yearBefore(m) {
			m.historical = true
		}
	}
}

// pastMeetings keys a participants' meeting dated weeks before the
// article by its venue: "August 2025, when Varga and Okoro met in
// Brindle" is the Brindle meeting, not the one the news is about.
func (a *analysis) pastMeetings() {
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.kind != identWith || voc().classMode[m.class] != modeVenue || m.holder {
			continue
		}
		d, ok := a.daysBefore(a.ownDate(m))
		if !ok || d <= previousMeetingDays {
			continue
		}
		if m.loc == nil {
			m.key = ""
			continue
		}
		m.kind, m.place, m.ident, m.loc = identPlace, *m.loc, m.loc.key, nil
		m.key = keyOf(m.class, m.ident)
	}
}

// ownDate is the date expression a mention's own words give it: inside
// its noun phrase, right after it, or "DATE, when … met": -1 when none.
func (a *analysis) ownDate(m *mention) int {
	if m.premodExpr >= 0 {
		return m.premodExpr
	}
	lo, hi := a.sentRange(m.sent)
	if ei := a.forwardDate(a.skipRelative(m.tailTok, hi), hi); ei >= 0 {
		return ei
	}
	return a.whenDate(m, lo)
}

// daysBefore returns how many days before the reference date the period
// of expression ei ends; false when either is unknown.
func (a *analysis) daysBefore(ei int) (int, bool) {
	if ei < 0 || ei >= len(a.exprs) || a.d.Reference.IsZero() || !a.dateExpr(ei) || !claimableDate(a.exprs[ei]) {
		return 0, false
	}
	v, ok := temporal.Parse(a.exprs[ei].Value)
	if !ok || !v.Bounded() {
		return 0, false
	}
	y, mo, d := a.d.Reference.Date()
	ref := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	return int(ref.Sub(v.End).Hours() / 24), true
}

// yearBefore reports a year the tagger left alone in the noun phrase
// ("the 1987 earthquake") that lies over a year before the reference.
func (a *analysis) yearBefore(m *mention) bool {
	if a.d.Reference.IsZero() {
		return false
	}
	for q := m.zoneStart; q < m.typeTok; q++ {
		t := a.toks[q]
		if !t.digit || t.end-t.start != 4 {
			continue
		}
		y, _, ok := parseDigits(a.tx(q))
		if ok && y >= 1800 && int(y) < a.d.Reference.Year()-1 {
			return true
		}
	}
	return false
}
