package events

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// killDateClaims dates an attack by the killing of the person it is
// identified by: "the killing of Teodor Brask" is the article's attack,
// and "Officer Varno killed Brask on Sunday" or "Brask was shot dead on
// Sunday" gives its day (a date in a dated article, a weekday in an
// undated one). Only a verb of killing whose subject is the killer, or
// whose passive subject is the dead, dates the attack: "was shot on
// Saturday and died on Sunday" tells a death later than the attack. A
// killing told with an event of another kind between the verb and the
// day ("was killed in a crash on Sunday") dates that event, not an
// attack (the day must follow the verb and its object); a person no attack mention of the article names is another
// story's dead.
func (a *analysis) killDateClaims() []claim.Claim {
	var out []claim.Claim
	for si := range a.d.Sentences {
		lo, hi := a.sentRange(si)
		for i := lo; i < hi; i++ {
			if !a.has(i, fKill) {
				continue
			}
			n := a.matchPhrase(voc().killVerbs, i, hi)
			if n == 0 {
				continue
			}
			victim, after := a.killVictim(i, n, lo, hi)
			if victim == "" {
				continue
			}
			ei, ok := a.killDay(after, hi)
			if !ok {
				continue
			}
			key, mi := a.victimAttack(victim)
			if mi < 0 {
				continue
			}
			m := &a.mentions[mi]
			c, ok := a.dateClaim(m, ei, claim.Asserted)
			if !ok {
				c, ok = a.eventWeekdayClaim(m, ei, claim.Asserted)
			}
			if ok {
				c.SubjectKey = key
				out = append(out, c)
			}
			i += n - 1
		}
	}
	return out
}

// killVictim reads the dead of the verb of killing at tokens [i, i+n):
// the name after an active verb whose subject is a killer ("Varno killed
// Brask"), or the name before a passive one ("Brask was killed"). It
// returns the surname, lower case, and the token after the verb phrase
// and its object.
func (a *analysis) killVictim(i, n, lo, hi int) (string, int) {
	if i > lo && voc().pastBe[a.toks[i-1].low] {
		// passive: "Brask was killed"
		j := i - 1
		if j <= lo || !a.capWord(j-1) {
			return "", 0
		}
		return a.toks[j-1].low, i + n
	}
	if i == lo {
		return "", 0
	}
	if p := a.toks[i-1]; !voc().killAgents[p.low] && !a.capWord(i-1) {
		return "", 0
	}
	p := i + n
	e := a.capRunFrom(p, hi)
	if e == p {
		return "", 0
	}
	return a.toks[e-1].low, e
}

// killDay returns the date expression right after the verb of killing
// and its object ("on Sunday", "Saturday night"), from token after, or
// false: a day told after other words ("was killed in a crash on
// Sunday") may be another event's.
func (a *analysis) killDay(after, hi int) (int, bool) {
	q := after
	if q < hi && a.toks[q].low == "on" {
		q++
	}
	if q >= hi || a.toks[q].expr < 0 || !a.dateExpr(a.toks[q].expr) {
		return -1, false
	}
	return a.toks[q].expr, true
}

// victimAttack finds the article's attack (see attackKey: its one
// current attack, else its one death, filed as an attack) when a current
// attack or death mention of the article is identified by the person
// whose surname is victim ("the killing of Teodor Brask"): the attack's
// key and that mention, or -1. A historical mention is another story's;
// a death the article tells of no attack for ("Storm Zeta killed Brask")
// is not filed as one.
func (a *analysis) victimAttack(victim string) (claim.Key, int) {
	key, k := a.attackKey()
	if key == "" || claim.Key(k).Class() != "attack" && !a.tellsOf("attack") {
		return "", -1
	}
	for mi := range a.mentions {
		m := &a.mentions[mi]
		if m.class != "attack" && m.class != "death" || m.key == "" || m.historical || m.kind != identThing {
			continue
		}
		if m.ident == victim || strings.HasSuffix(m.ident, " "+victim) {
			return key, mi
		}
	}
	return "", -1
}
