package pipeline

import (
	"context"
	"slices"
	"sort"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// CheckDraft checks drafts against the indexed corpus: it extracts the
// drafts' claims, fetches from the index only the claims about the same
// subjects (a query by subject key, never a scan), and reports the
// discrepancies that involve a draft. Drafts are not indexed.
func CheckDraft(drafts []*article.Article, ix *store.Index, opt Options) (*Report, error) {
	return CheckDraftContext(context.Background(), drafts, ix, opt)
}

// CheckDraftContext is CheckDraft that stops, with ctx's error, soon
// after ctx is done: between drafts, after the index query and between
// subjects. A server uses it so that a client that went away or a check
// past its deadline stops burning CPU.
func CheckDraftContext(ctx context.Context, drafts []*article.Article, ix *store.Index, opt Options) (*Report, error) {
	metas := map[string]rules.ArticleMeta{}
	groups := map[string][]claim.Claim{}
	isDraft := map[string]bool{}
	var ids, noEvents []string
	total := 0
	draftClaims := 0
	all := make([][]claim.Claim, len(drafts))
	sums := make([]*coref.Summary, len(drafts))
	for i, a := range drafts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r := extract.Article(a, opt.KB, opt.Extract)
		if r.Err != nil {
			return nil, r.Err
		}
		r.Claims = dedupeClaims(r.Claims)
		if !HasEventClaim(r.Claims) {
			noEvents = append(noEvents, a.ID)
		}
		metas[a.ID] = meta(r)
		isDraft[a.ID] = true
		ids = append(ids, a.ID)
		total += len(r.Claims)
		draftClaims += len(r.Claims)
		all[i] = r.Claims
		if opt.Stories {
			// from the extraction's sentences and tags, not again
			sums[i] = preparedSummary(r, opt.KB)
		}
	}
	// With Stories, event claims are compared by story (see storyMap).
	var eventClaims map[string][]claim.Claim
	var eventInfos map[string]store.ArticleInfo
	if opt.Stories {
		var err error
		if eventClaims, eventInfos, err = draftStories(ix, opt, drafts, sums, all, metas); err != nil {
			return nil, err
		}
	}
	for _, cs := range all {
		for _, c := range cs {
			if c.SubjectKey != "" {
				groups[c.SubjectKey.String()] = append(groups[c.SubjectKey.String()], c)
			}
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The corpus's claims about the same subjects, with the metadata of
	// the articles holding them.
	plain := keys
	if opt.Stories {
		plain = nil
		for _, k := range keys {
			if !claim.Key(k).IsEvent() {
				plain = append(plain, k)
			}
		}
	}
	corpusClaims, infos, err := ix.SubjectClaims(plain)
	if err != nil {
		return nil, err
	}
	if opt.Stories {
		for _, k := range keys {
			if claim.Key(k).IsEvent() {
				corpusClaims[k] = eventClaims[k]
			}
		}
	}
	for id, info := range eventInfos {
		infos[id] = info
	}
	for id, info := range infos {
		if !isDraft[id] {
			metas[id] = metaOfInfo(info, opt)
		}
	}
	if opt.Rules == nil && opt.RulesReady != nil {
		if opt.Rules, err = opt.RulesReady(); err != nil {
			return nil, err
		}
	}
	rctx := &rules.Context{KB: opt.KB, Articles: metas}
	var ds []rules.Discrepancy
	compared := 0
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(corpusClaims[k]) > 0 {
			compared += len(groups[k])
		}
		group := append([]claim.Claim(nil), groups[k]...)
		for _, c := range corpusClaims[k] {
			// A draft that is an updated version of an indexed article
			// replaces it.
			if isDraft[c.Evidence.Article] {
				continue
			}
			group = append(group, c)
			total++
		}
		extract.Sort(group)
		for _, d := range opt.Rules.CheckSubject(claim.Key(k), group, rctx) {
			if involves(d, isDraft) {
				ds = append(ds, d)
			}
		}
	}
	rules.Sort(ds)
	if ds == nil {
		ds = []rules.Discrepancy{}
	}
	sort.Strings(ids)
	sort.Strings(noEvents)
	return &Report{Version: ReportVersion, Articles: len(metas), Claims: total, Discrepancies: ds, Drafts: ids, Meta: metas,
		DraftClaims: draftClaims, ComparedClaims: compared, NoEventArticles: noEvents}, nil
}

func involves(d rules.Discrepancy, ids map[string]bool) bool {
	for _, c := range d.Claims {
		if ids[c.Article] {
			return true
		}
	}
	return false
}
