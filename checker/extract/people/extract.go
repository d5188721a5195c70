package people

import (
	"cmp"
	"slices"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Extract returns the article's person-centred claims (kinds title,
// office, quote, age), sorted by evidence start. k may be nil: titles and
// quotes are still found, offices need the KB.
func Extract(d *text.Doc, k *kb.KB) []claim.Claim {
	if d == nil {
		return nil
	}
	a := analyze(d, k)
	defer a.release()
	out := a.claimBuf[:0]
	out = a.titleClaims(out)
	out = a.officeClaims(out)
	out = a.quoteClaims(out)
	out = a.ageClaims(out)
	sorted := sortClaims(out)
	clear(out) // the pooled buffer must not keep the claims' strings alive
	a.claimBuf = out
	return sorted
}

// sortClaims orders claims by evidence start, then kind, subject and
// value. It sorts indices and moves each claim once: claims are large.
func sortClaims(cs []claim.Claim) []claim.Claim {
	idx := make([]int32, len(cs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		x, y := &cs[i], &cs[j]
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
	out := make([]claim.Claim, len(cs))
	for i, j := range idx {
		out[i] = cs[j]
	}
	return out
}

// newClaim fills the fields every claim has; value's span is [start, end).
func (a *analysis) newClaim(kind claim.Kind, subjectKey claim.Key, subject, value string, start, end int, mod claim.Modality) claim.Claim {
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
