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
