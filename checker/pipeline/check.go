package pipeline

import (
	"sort"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/rules"
)

// ReportVersion is the version of the JSON report shape.
const ReportVersion = 1

// Report is the result of a check: the public JSON shape of `check`.
type Report struct {
	Version       int                 `json:"version"`
	Articles      int                 `json:"articles"`
	Claims        int                 `json:"claims"`
	Discrepancies []rules.Discrepancy `json:"discrepancies"`
	// Ignored counts discrepancies a user's ignore file accepted.
	Ignored int `json:"ignored,omitempty"`
	// Drafts lists the draft article IDs of a draft check.
	Drafts []string `json:"drafts,omitempty"`

	// Meta describes every article a discrepancy cites (for tables).
	Meta map[string]rules.ArticleMeta `json:"-"`
}

// Check reads src, extracts and indexes every article into ix (reusing
// what is already there), then checks every claim in the index.
func Check(src Source, ix *corpus.Index, opt Options) (*Report, Stats, error) {
	var all []claim.Claim
	metas := map[string]rules.ArticleMeta{}
	w := ix.NewIndexer(1000)
	st, err := Stream(src, opt, func(r extract.Result) error {
		metas[r.Article.ID] = meta(r)
		for _, c := range r.Claims {
			all = append(all, slim(c))
		}
		return w.Put(corpus.Doc{Article: r.Article, Claims: r.Claims})
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	st.Index = w.Stats()
	if err != nil {
		return nil, st, err
	}
	// A duplicate ID read twice in this run: the later one won in the
	// index; drop the earlier one's claims.
	all = dedupeByLatest(all, metas)
	// Articles indexed by earlier runs take part too.
	t := time.Now()
	all, err = addIndexed(ix, all, metas, opt)
	if err != nil {
		return nil, st, err
	}
	rep := CheckClaims(all, metas, opt)
	st.CheckSeconds = time.Since(t).Seconds()
	return rep, st, nil
}

// CheckIndex checks every claim stored in the index, reading nothing new.
func CheckIndex(ix *corpus.Index, opt Options) (*Report, error) {
	metas := map[string]rules.ArticleMeta{}
	all, err := addIndexed(ix, nil, metas, opt)
	if err != nil {
		return nil, err
	}
	return CheckClaims(all, metas, opt), nil
}

// addIndexed appends the stored claims of every indexed article not yet
// in metas.
func addIndexed(ix *corpus.Index, all []claim.Claim, metas map[string]rules.ArticleMeta, opt Options) ([]claim.Claim, error) {
	prior, err := ix.List()
	if err != nil {
		return nil, err
	}
	for _, info := range prior {
		if _, seen := metas[info.ID]; seen {
			continue
		}
		a, cs, err := ix.Get(info.ID)
		if err != nil {
			return nil, err
		}
		ref, from := extract.Reference(a, opt.Extract)
		metas[a.ID] = rules.ArticleMeta{ID: a.ID, Title: a.Title, Source: a.Source, Reference: ref, ReferenceFrom: from}
		all = append(all, cs...)
	}
	return all, nil
}

// dedupeByLatest keeps claims once per (article, kind, subject, span):
// when one ID was read twice, extraction ran twice.
func dedupeByLatest(cs []claim.Claim, _ map[string]rules.ArticleMeta) []claim.Claim {
	type key struct {
		art, subj string
		kind      claim.Kind
		s, e      int
		val       string
	}
	seen := make(map[key]bool, len(cs))
	out := cs[:0]
	for _, c := range cs {
		k := key{c.Evidence.Article, c.SubjectKey, c.Kind, c.Evidence.Start, c.Evidence.End, c.Value}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	return out
}

// CheckClaims runs the rules over claims already extracted, grouped by
// subject key. It needs no index.
func CheckClaims(all []claim.Claim, metas map[string]rules.ArticleMeta, opt Options) *Report {
	ctx := &rules.Context{KB: opt.KB, Articles: metas}
	keys, groups := groupClaims(all)
	var ds []rules.Discrepancy
	for _, k := range keys {
		ds = append(ds, opt.Rules.CheckSubject(k, groups[k], ctx)...)
	}
	rules.Sort(ds)
	if ds == nil {
		ds = []rules.Discrepancy{}
	}
	return &Report{Version: ReportVersion, Articles: len(metas), Claims: len(all), Discrepancies: ds, Meta: metas}
}

// CheckDraft checks drafts against the indexed corpus: it extracts the
// drafts' claims, fetches from the index only the claims about the same
// subjects (a query by subject key, never a scan), and reports the
// discrepancies that involve a draft. Drafts are not indexed.
func CheckDraft(drafts []*corpus.Article, ix *corpus.Index, opt Options) (*Report, error) {
	metas := map[string]rules.ArticleMeta{}
	var draftClaims []claim.Claim
	isDraft := map[string]bool{}
	var ids []string
	for _, a := range drafts {
		r := extract.Article(a, opt.KB, opt.Extract)
		metas[a.ID] = meta(r)
		isDraft[a.ID] = true
		ids = append(ids, a.ID)
		draftClaims = append(draftClaims, r.Claims...)
	}
	keys, groups := groupClaims(draftClaims)
	corpusClaims, err := ix.ClaimsForSubjects(keys)
	if err != nil {
		return nil, err
	}
	// Metadata of the corpus articles that share a subject.
	need := map[string]bool{}
	for _, cs := range corpusClaims {
		for _, c := range cs {
			if !isDraft[c.Evidence.Article] {
				need[c.Evidence.Article] = true
			}
		}
	}
	infos, err := ix.ArticleInfos(sortedKeys(need))
	if err != nil {
		return nil, err
	}
	for id, info := range infos {
		ref, from := referenceOf(info, opt)
		metas[id] = rules.ArticleMeta{ID: id, Title: info.Title, Source: info.Source, Reference: ref, ReferenceFrom: from}
	}
	ctx := &rules.Context{KB: opt.KB, Articles: metas}
	var ds []rules.Discrepancy
	total := len(draftClaims)
	for _, k := range keys {
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
		for _, d := range opt.Rules.CheckSubject(k, group, ctx) {
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
	return &Report{Version: ReportVersion, Articles: len(metas), Claims: total, Discrepancies: ds, Drafts: ids, Meta: metas}, nil
}

func referenceOf(info corpus.ArticleInfo, opt Options) (time.Time, string) {
	a := &corpus.Article{ID: info.ID, Published: info.Published, PublishedFrom: info.PublishedFrom}
	return extract.Reference(a, opt.Extract)
}

func involves(d rules.Discrepancy, ids map[string]bool) bool {
	for _, c := range d.Claims {
		if ids[c.Article] {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
