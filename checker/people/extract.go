package people

import (
	"cmp"
	"slices"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Extract returns the article's person-centred claims (kinds title,
// office, quote), sorted by evidence start. k may be nil: titles and
// quotes are still found, offices need the KB.
func Extract(d *text.Doc, k *kb.KB) []claim.Claim {
	if d == nil {
		return nil
	}
	a := analyze(d, k)
	defer a.release()
	out := make([]claim.Claim, 0, 2*len(a.titles)+len(a.quotes)+4)
	out = a.titleClaims(out)
	out = a.officeClaims(out)
	out = a.quoteClaims(out)
	slices.SortStableFunc(out, func(x, y claim.Claim) int {
		if c := cmp.Compare(x.Evidence.Start, y.Evidence.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Kind, y.Kind); c != 0 {
			return c
		}
		if c := cmp.Compare(x.SubjectKey, y.SubjectKey); c != 0 {
			return c
		}
		return cmp.Compare(x.Value, y.Value)
	})
	return out
}

// newClaim fills the fields every claim has; value's span is [start, end).
func (a *analysis) newClaim(kind claim.Kind, subjectKey, subject, value string, start, end int, mod claim.Modality) claim.Claim {
	c := claim.Claim{
		Kind:       kind,
		SubjectKey: subjectKey,
		Subject:    normalizeSpace(subject),
		Value:      value,
		ValueText:  a.d.Text[start:end],
		Modality:   mod,
		Reference:  a.ref,
		Evidence:   claim.Evidence{Article: a.d.ID, Start: start, End: end},
	}
	if si := a.d.SentenceAt(start); si >= 0 {
		s := a.d.Sentences[si]
		c.Evidence.SentenceStart, c.Evidence.SentenceEnd = s.Start, s.End
		c.Evidence.Sentence = a.d.Text[s.Start:s.End]
	}
	return c
}
