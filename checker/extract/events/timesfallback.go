package events

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// A clock time in a sentence that mentions no event of its own ("The
// gunman entered the office about 10 a.m. and opened fire") is the time
// of the article's one disaster when the sentence says so with the
// disaster's word or a cue ("opened fire", "gunfire"). An article that
// gives several such times tells a sequence (the alarm at 11, the
// boarding at 12:30): none of them is claimed.

// disasterTimeClaims claims those times.
func (a *analysis) disasterTimeClaims(claimed map[int]bool) []claim.Claim {
	if len(a.exprs) == 0 {
		return nil
	}
	key := ""
	var out []claim.Claim
	for ti := range a.exprs {
		if claimed[ti] || !a.clockExpr(ti) {
			continue
		}
		first, last := a.exprTokens(ti)
		if first < 0 || a.zoned(last+1) || a.inParens(first) {
			continue
		}
		si := a.toks[first].sent
		if a.sentenceKeyed(si) {
			continue
		}
		if key == "" {
			if key = a.articleEvents().disaster; key == "" {
				return nil
			}
		}
		if !a.disasterCue(si, classOf(key)) {
			continue
		}
		m := mention{key: key, premodExpr: -1}
		if c, ok := a.timeClaim(&m, ti, claim.Asserted); ok {
			out = append(out, c)
		}
	}
	return oneTimeOnly(out, claimed, a)
}

// oneTimeOnly keeps times that are all one clock reading, the article's
// other clock times of events included; several different ones tell a
// sequence.
func oneTimeOnly(cs []claim.Claim, claimed map[int]bool, a *analysis) []claim.Claim {
	if len(cs) == 0 {
		return nil
	}
	clock := clockOf(cs[0].Value)
	for i := 1; i < len(cs); i++ {
		if clockOf(cs[i].Value) != clock {
			return nil
		}
	}
	for ei := range claimed {
		if v := a.exprs[ei].Value; hasClock(v) && clockOf(v) != clock {
			return nil
		}
	}
	return cs
}

func clockOf(v string) string { return v[strings.IndexByte(v, 'T'):] }

// classOf is the class of an event key ("event:attack:flint" → attack).
func classOf(key string) string { return claim.Key(key).Class() }

// sentenceKeyed reports a keyed event mention in sentence si.
func (a *analysis) sentenceKeyed(si int) bool {
	lo, hi := a.sentenceMentionRange(si)
	for j := lo; j < hi; j++ {
		if a.mentions[j].key != "" {
			return true
		}
	}
	return false
}

// disasterCue reports a word of the disaster's class or a cue in sentence si.
func (a *analysis) disasterCue(si int, class string) bool {
	lo, hi := a.sentRange(si)
	for q := lo; q < hi; q++ {
		if voc().types[a.toks[q].low].class == class {
			return true
		}
		for _, c := range tvoc().cues {
			if a.wordsAt(q, hi, c) {
				return true
			}
		}
	}
	return false
}

// timedExprs marks the expressions whose clock time a claim of cs holds
// already (a time claim's span ends where its expression does).
func (a *analysis) timedExprs(cs []claim.Claim) map[int]bool {
	out := map[int]bool{}
	for i := range cs {
		if cs[i].Kind != claim.KindTime {
			continue
		}
		for ei, e := range a.exprs {
			if e.End == cs[i].Evidence.End {
				out[ei] = true
			}
		}
	}
	return out
}
