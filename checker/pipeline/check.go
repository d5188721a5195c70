package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
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
	// DraftClaims counts the claims read in the drafts of a draft check,
	// and ComparedClaims those of them about a subject the corpus also
	// has claims about: a check that compared nothing is no pass.
	DraftClaims    int `json:"draft_claims,omitempty"`
	ComparedClaims int `json:"compared_claims,omitempty"`
	// Removed lists the articles this run removed from the index because
	// their files are no longer in the paths checked.
	Removed []string `json:"removed,omitempty"`
	// NoEventArticles lists the articles read in this run (or the drafts)
	// that yielded no claim about any event (see NoEventReason).
	NoEventArticles []string `json:"no_event_articles,omitempty"`
	// Warnings are failures that did not change the result, such as a
	// check that could not be saved with the index for reuse.
	Warnings []string `json:"warnings,omitempty"`

	// Meta describes every article a discrepancy cites (for tables).
	Meta map[string]rules.ArticleMeta `json:"-"`
}

// Check reads src, extracts and indexes every article into ix (reusing
// what is already there), then checks every claim in the index.
//
// Each check is saved with the index. When the saved one was made by the
// same program with the same rules, knowledge base and extraction
// options, only the subjects whose claims changed since (by this run or
// any other write) are checked again, and the report is the same as a
// full check's.
func Check(src Source, ix *store.Index, opt Options) (*Report, Stats, error) {
	grow, restore := limitHeap()
	defer restore()
	opt.reading = func(n int) { grow(int64(n) * heapPerTextByte) }
	// Only the story summaries read the extractors' expressions and
	// sentences.
	opt.claimsOnly = !opt.Stories
	fp := fingerprint(opt)
	var kept *claimStore
	if !cacheFits(ix, fp) {
		// A full check follows: keep the claims instead of reading them
		// back from the index.
		kept = newClaimStore()
	}
	w := ix.NewIndexer(1000)
	seen := map[string]bool{}
	noEvents := map[string]bool{}
	st, err := stream(src, opt, func(r extract.Result) prepared {
		return prepare(ix, r, kept, opt.Stories, opt.KB)
	}, func(p prepared) error {
		if p.err != nil {
			return p.err
		}
		seen[p.id] = true
		noEvents[p.id] = p.noEvents // a later article with the ID wins
		if kept != nil {
			if err := kept.addSplit(p.meta, p.claims, p.story, p.features); err != nil {
				return err
			}
			if len(kept.arts)%1024 == 0 {
				grow(kept.held())
			}
		}
		return w.PutPrepared(p.doc)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	st.Index = w.Stats()
	if err == nil {
		st.Removed, err = RemoveGone(ix, src, seen, st.Problems)
	}
	if err != nil {
		return nil, st, err
	}
	t := time.Now()
	rep, err := checkIndexed(ix, opt, fp, kept, &st)
	st.CheckSeconds = time.Since(t).Seconds()
	if rep != nil {
		rep.Removed = st.Removed
		rep.NoEventArticles = trueKeys(noEvents)
	}
	return rep, st, err
}

// CheckIndex checks every claim stored in the index, reading nothing new
// (and, like Check, re-checking only what changed since the saved check).
func CheckIndex(ix *store.Index, opt Options) (*Report, error) {
	_, restore := limitHeap()
	defer restore()
	var st Stats
	return checkIndexed(ix, opt, fingerprint(opt), nil, &st)
}

// prepared is one article as the extraction workers hand it to the sink.
type prepared struct {
	id       string
	noEvents bool // no claim about an event
	doc      *store.Prepared
	meta     rules.ArticleMeta
	claims   store.PackedClaims // kept for a full check only
	// the encoded story summary, kept for a full check only: split
	// against the store's feature table when features is set (see
	// coref.FeatureTable), else whole
	story    string
	features *string
	err      error
}

// prepare builds the index document and, when kept is set, the packed
// claims, metadata and story summary a full check groups: work done on
// all cores. With stories, the article's story summary is computed here,
// once, and stored with its claims.
func prepare(ix *store.Index, r extract.Result, kept *claimStore, stories bool, k *kb.KB) prepared {
	story := encodedStory(r, stories, k)
	doc, err := ix.Prepare(store.Doc{Article: r.Article, Claims: r.Claims, Story: story})
	p := prepared{id: r.Article.ID, noEvents: !HasEventClaim(r.Claims), doc: doc, err: err}
	if kept != nil && err == nil {
		p.claims = doc.Claims()
		p.meta = detachMeta(meta(r))
		p.story = story
		if story != "" {
			if rest, feats, ok := kept.table.Split(story); ok {
				p.story, p.features = rest, &feats
			}
		}
	}
	return p
}

// checkIndexed checks the whole index: from the saved check when it fits
// (store is nil then), else in full, with the claims already in store
// and those of every other indexed article.
func checkIndexed(ix *store.Index, opt Options, fp string, kept *claimStore, st *Stats) (*Report, error) {
	if kept == nil {
		cache, state, err := loadCache(ix, fp)
		if err != nil {
			// A saved check that cannot be read costs time, not the check.
			rep, err2 := checkFull(ix, opt, fp, newClaimStore(), st)
			if rep != nil {
				rep.Warnings = append([]string{fmt.Sprintf("the saved check could not be read (%v); checked everything again", err)}, rep.Warnings...)
			}
			return rep, err2
		}
		if cache != nil && worthIncremental(cache, state) {
			st.Incremental = true
			return checkChanged(ix, opt, cache, state, st)
		}
		kept = newClaimStore()
	}
	return checkFull(ix, opt, fp, kept, st)
}

// checkFull checks every subject: the claims in store and those of the
// indexed articles store lacks, read in one pass over the index.
func checkFull(ix *store.Index, opt Options, fp string, kept *claimStore, st *Stats) (*Report, error) {
	mark, err := ix.JournalMark()
	if err != nil {
		return nil, err
	}
	n, err := ix.Count()
	if err != nil {
		return nil, err
	}
	// Every article of this run is indexed: when the counts agree, the
	// index holds nothing else.
	if int(n) != len(kept.arts) {
		err := ix.EachClaims(func(info store.ArticleInfo, cs store.PackedClaims) error {
			if kept.has(info.ID) {
				return nil
			}
			return kept.add(metaOfInfo(info, opt), cs, info.Story)
		})
		if err != nil {
			return nil, err
		}
	}
	var link *linkState
	if opt.Stories {
		if link, err = storeStories(ix, opt, kept); err != nil {
			return nil, err
		}
	}
	metas := kept.metas()
	six := kept.subjects()
	ctx := &rules.Context{KB: opt.KB, Articles: metas}
	found, err := checkSubjects(len(six.keys), func(i int, buf []claim.Claim) (string, []claim.Claim, error) {
		buf, err := six.gather(kept, i, buf)
		return six.keys[i], buf, err
	}, ctx, opt)
	if err != nil {
		return nil, err
	}
	st.Rechecked = len(six.keys)
	cache := &checkCache{cacheHead: cacheHead{Version: cacheVersion, Fingerprint: fp, Claims: kept.claims(), SubjectCount: len(six.keys)}, link: link}
	for i, ds := range found {
		if len(ds) > 0 {
			cache.Subjects = append(cache.Subjects, subjectResult{Key: six.keys[i], Discrepancies: ds})
		}
	}
	sortSubjects(cache.Subjects)
	cache.Meta = citedMeta(cache.Subjects, metas, nil)
	rep := reportOf(cache, len(kept.arts))
	rep.Warnings = saveWarning(saveCache(ix, cache, mark))
	return rep, nil
}

// sortSubjects puts results in key order: the saved check and the
// report do not depend on the order subjects were checked in.
func sortSubjects(ss []subjectResult) {
	slices.SortFunc(ss, func(a, b subjectResult) int { return strings.Compare(a.Key, b.Key) })
}

// reportOf is the report of a check: every subject's discrepancies in
// the rules' order.
func reportOf(c *checkCache, articles int) *Report {
	n := 0
	for _, s := range c.Subjects {
		n += len(s.Discrepancies)
	}
	ds := make([]rules.Discrepancy, 0, n)
	for _, s := range c.Subjects {
		ds = append(ds, s.Discrepancies...)
	}
	rules.Sort(ds)
	return &Report{Version: ReportVersion, Articles: articles, Claims: c.Claims, Discrepancies: ds, Meta: c.Meta}
}

// citedMeta is the metadata of the articles the discrepancies cite, from
// metas, else from old.
func citedMeta(subjects []subjectResult, metas, old map[string]rules.ArticleMeta) map[string]rules.ArticleMeta {
	out := map[string]rules.ArticleMeta{}
	for _, s := range subjects {
		for _, d := range s.Discrepancies {
			for _, c := range d.Claims {
				if _, done := out[c.Article]; done {
					continue
				}
				if m, ok := metas[c.Article]; ok {
					out[c.Article] = m
				} else if m, ok := old[c.Article]; ok {
					out[c.Article] = m
				}
			}
		}
	}
	return out
}

// metaOfInfo is the rule engine's view of an indexed article.
func metaOfInfo(info store.ArticleInfo, opt Options) rules.ArticleMeta {
	ref, from := info.Reference(opt.Extract.RefPolicy)
	return rules.ArticleMeta{ID: info.ID, Title: info.Title, Source: info.Source, Reference: ref, ReferenceFrom: from, Path: info.Path}
}
