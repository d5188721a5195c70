package pipeline

import (
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// draftHops is how far a draft check follows event subjects from the
// drafts' own to find the indexed articles of their stories: the
// articles sharing an event key with a draft, then those sharing one
// with them. A query by key each time, never a scan.
const draftHops = 2

// draftStories keys the drafts' event claims (rewritten in place) by the
// stories the drafts form with the indexed articles near them (those
// sharing an event key, draftHops, and those the index finds for the
// drafts' names, places, numbers and event words, draftCandidateIDs), and
// returns those articles' event claims grouped by the same keys, with
// the articles' metadata.
//
// draftSums are the drafts' story summaries, made from their extraction
// (nil where coreference failed).
func draftStories(ix *store.Index, opt Options, drafts []*article.Article, draftSums []*coref.Summary, claims [][]claim.Claim, metas map[string]rules.ArticleMeta) (map[string][]claim.Claim, map[string]store.ArticleInfo, error) {
	isDraft := func(id string) bool { _, ok := metas[id]; return ok }
	sums := map[string]*coref.Summary{}
	refs := map[string]time.Time{}
	seenKey := map[string]bool{}
	var next []string
	addKeys := func(cs []claim.Claim) {
		for i := range cs {
			k := cs[i].SubjectKey.String()
			if cs[i].SubjectKey.IsEvent() && !seenKey[k] {
				seenKey[k] = true
				next = append(next, k)
			}
		}
	}
	for i, a := range drafts {
		refs[a.ID] = metas[a.ID].Reference
		if s := draftSums[i]; s != nil {
			sums[a.ID] = s
		}
		addKeys(claims[i])
	}
	// the articles the drafts' names, places and event words point to,
	// loaded with the first hop's; their keys are not followed: most of
	// them tell of other stories
	own := make([]*coref.Summary, 0, len(drafts))
	for _, a := range drafts {
		if s := sums[a.ID]; s != nil {
			own = append(own, s)
		}
	}
	candidates, err := draftCandidateIDs(ix, opt.KB, own)
	if err != nil {
		return nil, nil, err
	}
	infos := map[string]store.ArticleInfo{}
	corpusClaims := map[string][]claim.Claim{}
	for hop := 0; hop < draftHops && (len(next) > 0 || hop == 0 && len(candidates) > 0); hop++ {
		keys := next
		next = nil
		slices.Sort(keys)
		found := map[string]store.ArticleInfo{}
		if len(keys) > 0 {
			if _, found, err = ix.SubjectClaims(keys); err != nil {
				return nil, nil, err
			}
		}
		ids := make([]string, 0, len(found))
		for id := range found {
			if _, done := infos[id]; !done && !isDraft(id) {
				ids = append(ids, id)
			}
		}
		if hop == 0 {
			for _, id := range candidates {
				if _, byKey := found[id]; !byKey && !isDraft(id) {
					ids = append(ids, id)
				}
			}
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		// every claim of the articles found, with their summaries, in
		// one search rather than one per article
		err = ix.EachClaimsOf(ids, func(info store.ArticleInfo, pc store.PackedClaims) error {
			id := info.ID
			meta, byKey := found[id]
			if !byKey {
				meta = info // a candidate
			}
			infos[id] = meta
			refs[id] = metaOfInfo(meta, opt).Reference
			s, err := storedSummary(ix, opt, id, info.Story)
			if err != nil {
				return err
			}
			if s != nil {
				sums[id] = s
			}
			cs, err := pc.Claims()
			if err != nil {
				return err
			}
			corpusClaims[id] = cs
			if byKey {
				addKeys(cs)
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	m := linkStories(sums, refs)
	for i, a := range drafts {
		for j := range claims[i] {
			m.note(a.ID, &claims[i][j])
		}
	}
	for id, cs := range corpusClaims {
		for j := range cs {
			m.note(id, &cs[j])
		}
	}
	for i, a := range drafts {
		for j := range claims[i] {
			claims[i][j].SubjectKey = claim.Key(m.key(a.ID, &claims[i][j]))
		}
	}
	groups := map[string][]claim.Claim{}
	for id, cs := range corpusClaims {
		for j := range cs {
			if cs[j].SubjectKey.IsEvent() {
				k := m.key(id, &cs[j])
				groups[k] = append(groups[k], cs[j])
			}
		}
	}
	return groups, infos, nil
}
