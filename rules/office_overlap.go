package rules

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// checkOverlap reports different holders named as present in one article,
// or in articles at most window days apart.
func (r *officeHolder) checkOverlap(p *Pass, hs []holderClaim) {
	if distinctIdentities(hs) < 2 {
		return
	}
	uf := newUnionFind(len(hs))
	byArticle := map[string][]int{}
	var dated []int
	for i, h := range hs {
		byArticle[h.c.Evidence.Article] = append(byArticle[h.c.Evidence.Article], i)
		if h.hasRef {
			dated = append(dated, i)
		}
	}
	for _, idx := range byArticle {
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				if hs[idx[a]].identity != hs[idx[b]].identity {
					uf.union(idx[a], idx[b])
				}
			}
		}
	}
	slices.SortStableFunc(dated, func(a, b int) int { return hs[a].ref.Compare(hs[b].ref) })
	window := time.Duration(r.window) * 24 * time.Hour
	for a := 0; a < len(dated); a++ {
		for b := a + 1; b < len(dated) && hs[dated[b]].ref.Sub(hs[dated[a]].ref) <= window; b++ {
			if hs[dated[a]].identity != hs[dated[b]].identity {
				uf.union(dated[a], dated[b])
			}
		}
	}
	comps := map[int][]int{}
	for i := range hs {
		comps[uf.find(i)] = append(comps[uf.find(i)], i)
	}
	roots := make([]int, 0, len(comps))
	for root, members := range comps {
		if len(members) > 1 {
			roots = append(roots, root)
		}
	}
	slices.Sort(roots)
	for _, root := range roots {
		r.reportOverlap(p, hs, comps[root])
	}
}

func distinctIdentities(hs []holderClaim) int {
	seen := map[string]bool{}
	for _, h := range hs {
		seen[h.identity] = true
	}
	return len(seen)
}

func (r *officeHolder) reportOverlap(p *Pass, hs []holderClaim, members []int) {
	k := p.Ctx.kb()
	byID := map[string][]*claim.Claim{}
	var all []*claim.Claim
	for _, i := range members {
		byID[hs[i].identity] = append(byID[hs[i].identity], hs[i].c)
		all = append(all, hs[i].c)
	}
	ids := sortedKeys(byID)
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Compare(len(byID[a]), len(byID[b])) })
	var parts []string
	for _, id := range ids {
		parts = append(parts, holderName(k, hs[members[0]].office, byID[id])+" in "+joinAnd(articlesOf(byID[id])))
	}
	subj := officeSubject(k, hs[members[0]].office, all, p.SubjectKey)
	last := len(parts) - 1
	summary := sentenceSubject(subj, p.SubjectKey) + " is given as " + strings.Join(parts[:last], ", ") + " but " + parts[last] + " at the same time."
	p.Report(Discrepancy{Kind: claim.KindOffice, Severity: r.severity, Subject: subj, Summary: summary, Claims: refsOf(all, "")})
}
