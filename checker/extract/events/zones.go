package events

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// Time-zone conversions: "at about 9:15 p.m. local time (1915 GMT)" gives
// one moment in two zones. The claim (kind time, subject key
// "zone:<article>:<offset>") carries the local time with the article's
// date (XXXX-XX-XX when undated: the rule then asks whether any day of
// the year makes them one moment) and the zone of the place it happened
// (a country that keeps one clock, from the KB), and the other time with
// its zone; the time-zone rule (rules/zone.go) says whether they are one
// moment. A time is claimed only when the sentence's places and the
// story's place agree on one zone.

// zoneClaims claims every local time given again in another zone.
func (a *analysis) zoneClaims() []claim.Claim {
	day := a.ref.String()
	if a.ref.IsZero() {
		day = "XXXX-XX-XX" // undated: the rule tries every day
	}
	var out []claim.Claim
	for ei, e := range a.exprs {
		if e.Type != temporal.Time {
			continue
		}
		local, ok := hourMinute(e.Value)
		if !ok {
			continue
		}
		first, last := a.exprTokens(ei)
		if first < 0 {
			continue
		}
		_, hi := a.sentRange(a.toks[first].sent)
		q := last + 1
		n := a.phraseAt(tvoc().localTime, q, hi)
		if n == 0 {
			continue
		}
		q += n
		if q >= hi || a.tx(q) != "(" {
			continue
		}
		other, q2, ok := a.clockAt(q+1, hi)
		if !ok {
			continue
		}
		// "p. m. ET)": the splitter may end a sentence at "m." before a
		// capital, so the zone is looked for past the sentence's end
		all := len(a.toks)
		zone, n := a.zoneAt(q2, all)
		if zone == "" || q2+n >= all || a.tx(q2+n) != ")" {
			continue
		}
		home := a.homeZone(a.toks[first].sent)
		if home == "" {
			continue
		}
		s, end, ok := a.span(a.toks[first].start, a.toks[q2+n].end)
		if !ok {
			continue
		}
		ev := a.evidence(s, end)
		if si := a.d.SentenceAt(end - 1); si >= 0 && a.d.Sentences[si].End > ev.SentenceEnd {
			// the zone ran into the next sentence ("p. m. | ET)"): the
			// evidence is both
			ev.SentenceEnd = a.d.Sentences[si].End
			ev.Sentence = a.d.Text[ev.SentenceStart:ev.SentenceEnd]
		}
		out = append(out, claim.Claim{
			Kind: claim.KindTime, SubjectKey: claim.ZoneKey(a.d.ID, s),
			Subject: "the time given in " + a.d.ID,
			Value:   day + "T" + local + " " + home + "|T" + other + " " + zone, ValueText: a.d.Text[s:end],
			Modality: claim.Asserted, Reference: a.ref, Evidence: ev,
		})
	}
	return out
}

// hourMinute returns the hh:mm of a TIMEX3 time value ("T21:15",
// "2031-05-04T21:15"), or false for a part of the day ("TMO").
func hourMinute(v string) (string, bool) {
	i := strings.IndexByte(v, 'T')
	if i < 0 || len(v) < i+6 {
		return "", false
	}
	c := v[i+1 : i+6]
	if c[2] != ':' || !allDigits(c[:2]) || !allDigits(c[3:]) {
		return "", false
	}
	return c, true
}

func allDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// clockAt reads a clock time at token q: a time expression ("10:30 p.m.")
// or four digits of a 24-hour clock ("1915"). It returns hh:mm and the
// token after it.
func (a *analysis) clockAt(q, hi int) (string, int, bool) {
	if q >= hi {
		return "", q, false
	}
	if ei := a.toks[q].expr; ei >= 0 && a.exprs[ei].Type == temporal.Time {
		c, ok := hourMinute(a.exprs[ei].Value)
		_, last := a.exprTokens(ei)
		if !ok || last < q {
			return "", q, false
		}
		return c, last + 1, true
	}
	if t := a.tx(q); len(t) == 4 && allDigits(t) {
		h, _ := strconv.Atoi(t[:2])
		m, _ := strconv.Atoi(t[2:])
		if h < 24 && m < 60 {
			return t[:2] + ":" + t[2:], q + 1, true
		}
	}
	return "", q, false
}

// zoneAt returns the zone named at token q and its length in tokens.
func (a *analysis) zoneAt(q, hi int) (string, int) {
	for _, z := range tvoc().zones {
		if a.wordsAt(q, hi, z) {
			return tvoc().zoneIDs[strings.Join(z, " ")], len(z)
		}
	}
	return "", 0
}

// phraseAt returns the length of the first of ps at token q, or 0.
func (a *analysis) phraseAt(ps [][]string, q, hi int) int {
	for _, p := range ps {
		if a.wordsAt(q, hi, p) {
			return len(p)
		}
	}
	return 0
}

// homeZone is the zone of the place a local time of sentence si is in:
// the one zone of the places the sentence names and the story's place,
// or "" when they have none or several.
func (a *analysis) homeZone(si int) string {
	zone := ""
	add := func(pl place) bool {
		country := pl.country
		if country == "" {
			country = pl.key
		}
		p, ok := a.k.PlaceByKey(country)
		if !ok || p.Zone == "" || zone != "" && zone != p.Zone {
			return false
		}
		zone = p.Zone
		return true
	}
	lo, hi := a.sentRange(si)
	for s := lo; s < hi; s++ {
		if !a.capWord(s) {
			continue
		}
		e := a.capRunFrom(s, hi)
		if pl, ok := a.resolvePlace(s, e, a.strictSentence(si)); ok && pl.known && !add(pl) {
			return ""
		}
		s = e - 1
	}
	if pl, ok := a.storyAnchor(); ok && pl.known && !add(pl) {
		return ""
	}
	return zone
}
