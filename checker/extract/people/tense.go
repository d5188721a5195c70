package people

import (
	"strconv"
	"strings"
)

type tense int

const (
	tenseUnknown tense = iota
	tensePresent
	tensePast
)

// clauseTense guesses whether the clause around tokens [first, last]
// speaks of now or of the past, for "the NAME administration":
//  1. as a subject, the verb right after it decides ("struggles", "is":
//     present; "imposed", "was": past), skipping adverbs;
//  2. otherwise the nearest listed verb before it in the sentence ("is
//     not only reactive to the … administration's posture": present);
//  3. otherwise a year before the reference year in the sentence means past.
//
// Unknown reads as present: news names the government of the day.
func (a *analysis) clauseTense(first, last int) tense {
	end := a.sentEnd(last)
	if a.toks[last].shape&sPoss == 0 {
		inPP := false // "the X administration in its final days brought": skip the phrase
	verb:
		for k := last + 1; k < end && k <= last+8; k++ {
			t := &a.toks[k]
			if t.shape&sWord == 0 {
				break
			}
			switch {
			case t.words&wPresent != 0:
				return tensePresent
			case t.words&wPast != 0:
				return tensePast
			case t.shape&sCap == 0 && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && (!inPP || a.toks[k-1].shape&sWord != 0 && a.toks[k-1].words&(wDet|wPrep) == 0):
				return tensePast
			case inPP:
				continue
			case t.shape&sCap != 0:
				break verb
			case t.words&wPrep != 0 || t.low == "in":
				inPP = true
				continue
			case strings.HasSuffix(t.low, "ly") || t.low == "also" || t.low == "still" || t.low == "not" || t.low == "now":
				continue
			case len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "us"):
				return tensePresent
			}
			break
		}
	}
	for k := first - 1; k >= a.sentStart(first); k-- {
		if w := a.toks[k].words; w&wPresent != 0 {
			return tensePresent
		} else if w&wPast != 0 {
			return tensePast
		}
	}
	if ref := a.d.Reference; !ref.IsZero() {
		for k := a.sentStart(first); k < end; k++ {
			t := &a.toks[k]
			if len(t.low) != 4 || t.shape&sDigit == 0 {
				continue
			}
			if y, err := strconv.Atoi(t.low); err == nil && y > 1800 && y < ref.Year() {
				return tensePast
			}
		}
	}
	return tenseUnknown
}
