package pipeline

import "github.com/crosscheck/crosscheck/checker/claim"

// claimKey is what makes two claims of one article the same claim.
type claimKey struct {
	art  string
	subj claim.Key
	kind claim.Kind
	s, e int
	val  string
}

func keyOf(c *claim.Claim) claimKey {
	return claimKey{c.Evidence.Article, c.SubjectKey, c.Kind, c.Evidence.Start, c.Evidence.End, c.Value}
}

// dedupeClaims keeps the first of claims that agree on article, subject,
// kind, span and value: two extractors reading the same words must not
// count twice. It works in place and keeps the order.
func dedupeClaims(cs []claim.Claim) []claim.Claim {
	if len(cs) < 2 {
		return cs
	}
	// Articles carry a dozen claims or so: pairwise is cheaper than a map.
	const pairwiseUpTo = 48
	out := cs[:0]
	if len(cs) <= pairwiseUpTo {
		for i := range cs {
			k := keyOf(&cs[i])
			dup := false
			for j := range out {
				if keyOf(&out[j]) == k {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, cs[i])
			}
		}
		return out
	}
	if sortedByRun(cs) {
		return dedupeRuns(cs)
	}
	return dedupeMap(cs)
}

// dedupeMap is dedupeClaims by a map of every claim's key.
func dedupeMap(cs []claim.Claim) []claim.Claim {
	out := cs[:0]
	seen := make(map[claimKey]bool, len(cs))
	for i := range cs {
		k := keyOf(&cs[i])
		if !seen[k] {
			seen[k] = true
			out = append(out, cs[i])
		}
	}
	return out
}

// sameRun: a and b agree on all of claimKey but the span's end, which
// extract.Sort does not order by.
func sameRun(a, b *claim.Claim) bool {
	return a.Evidence.Article == b.Evidence.Article && a.Evidence.Start == b.Evidence.Start &&
		a.Kind == b.Kind && a.SubjectKey == b.SubjectKey && a.Value == b.Value
}

// sortedByRun reports whether claims that agree on claimKey but the
// span's end are next to each other, as extract.Sort leaves them: every
// claim agrees with the one before it, or sorts after it.
func sortedByRun(cs []claim.Claim) bool {
	for i := 1; i < len(cs); i++ {
		a, b := &cs[i-1], &cs[i]
		if sameRun(a, b) {
			continue
		}
		if a.Evidence.Article != b.Evidence.Article {
			if a.Evidence.Article > b.Evidence.Article {
				return false
			}
			continue
		}
		if a.Evidence.Start != b.Evidence.Start {
			if a.Evidence.Start > b.Evidence.Start {
				return false
			}
			continue
		}
		if a.Kind != b.Kind {
			if a.Kind > b.Kind {
				return false
			}
			continue
		}
		if a.SubjectKey != b.SubjectKey {
			if a.SubjectKey > b.SubjectKey {
				return false
			}
			continue
		}
		if a.Value > b.Value {
			return false
		}
	}
	return true
}

// dedupeRuns is dedupeClaims for claims sorted as extract.Sort leaves
// them: a duplicate is in the run of its first, so no map of every claim
// is needed (a long article has a million).
func dedupeRuns(cs []claim.Claim) []claim.Claim {
	out := cs[:0]
	run := 0 // where the current run starts in out
	for i := range cs {
		if len(out) == 0 || !sameRun(&out[run], &cs[i]) {
			run = len(out)
			out = append(out, cs[i])
			continue
		}
		dup := false
		for j := run; j < len(out); j++ {
			if out[j].Evidence.End == cs[i].Evidence.End {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, cs[i])
		}
	}
	return out
}
