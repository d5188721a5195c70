package store

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// idxKeysPerQuery bounds the term queries in one disjunction (Bleve
// refuses very wide clauses).
const idxKeysPerQuery = 512

// ClaimsForSubjects returns, per subject key, the claims with that key
// from every indexed article holding it. Each list is sorted by article ID,
// then evidence position. Keys no article holds are absent.
func (ix *Index) ClaimsForSubjects(keys []string) (map[string][]claim.Claim, error) {
	out, _, err := ix.SubjectClaims(keys)
	return out, err
}

// SubjectClaims is ClaimsForSubjects that also returns the metadata of
// every article holding one of the keys, read in the same pass: loading
// a document's stored fields decompresses them all, text included, so
// one load per article instead of two halves the cost of a draft check.
func (ix *Index) SubjectClaims(keys []string) (map[string][]claim.Claim, map[string]ArticleInfo, error) {
	keys = slices.Compact(slices.Sorted(slices.Values(keys)))
	// Loading stored fields is the cost, and one subject (a date, say) can
	// be held by hundreds of articles: the keys are shared out among the
	// cores, each part searched on its own.
	parts := min(runtime.GOMAXPROCS(0), len(keys), idxClaimWorkers)
	results := make([]idxSubjectPart, parts)
	var wg sync.WaitGroup
	for p := range parts {
		var mine []string
		for i := p; i < len(keys); i += parts {
			mine = append(mine, keys[i])
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[p] = ix.subjectPart(mine)
		}()
	}
	wg.Wait()
	var found []idxHeld
	infos := map[string]ArticleInfo{}
	for _, r := range results {
		if r.err != nil {
			return nil, nil, r.err
		}
		found = append(found, r.found...)
		maps.Copy(infos, r.infos)
	}
	slices.SortStableFunc(found, func(a, b idxHeld) int {
		return cmp.Or(cmp.Compare(a.article, b.article),
			cmp.Compare(a.c.Evidence.Start, b.c.Evidence.Start),
			cmp.Compare(a.c.Evidence.End, b.c.Evidence.End),
			cmp.Compare(a.c.SubjectKey, b.c.SubjectKey))
	})
	out := make(map[string][]claim.Claim)
	for _, h := range found {
		k := h.c.SubjectKey.String()
		out[k] = append(out[k], h.c)
	}
	return out, infos, nil
}

// idxClaimWorkers bounds the searches SubjectClaims runs at once.
const idxClaimWorkers = 4

type idxHeld struct {
	article string
	c       claim.Claim
}

type idxSubjectPart struct {
	found []idxHeld
	infos map[string]ArticleInfo
	err   error
}

// subjectPart reads the claims with the given keys and the metadata of
// the articles holding them.
func (ix *Index) subjectPart(keys []string) idxSubjectPart {
	want := make(map[string]bool, len(keys))
	for _, k := range keys {
		want[k] = true
	}
	r := idxSubjectPart{infos: map[string]ArticleInfo{}} // an article matched by two chunks is read once
	for chunk := range slices.Chunk(keys, idxKeysPerQuery) {
		terms := make([]query.Query, len(chunk))
		for i, k := range chunk {
			tq := query.NewTermQuery(k)
			tq.SetField(idxFSubjects)
			terms[i] = tq
		}
		err := ix.idxEach(query.NewDisjunctionQuery(terms), idxScanFields, func(id string, f map[string]interface{}) error {
			if _, seen := r.infos[id]; seen {
				return nil
			}
			r.infos[id] = idxInfo(id, f)
			pc, err := idxPacked(f[idxFClaims])
			if err != nil {
				return idxCorrupt(ix, id, idxFClaims, err)
			}
			// Only the claims asked for are unpacked.
			for j := range pc.Len() {
				k, err := pc.SubjectKey(j)
				if err != nil {
					return idxCorrupt(ix, id, idxFClaims, err)
				}
				if !want[k] {
					continue
				}
				c, err := pc.Claim(j)
				if err != nil {
					return idxCorrupt(ix, id, idxFClaims, err)
				}
				r.found = append(r.found, idxHeld{id, c})
			}
			return nil
		})
		if err != nil {
			r.err = err
			return r
		}
	}
	return r
}

// Subjects calls fn for every subject key in the index, in sorted order,
// with the number of articles holding it. An error from fn stops the walk
// and is returned.
func (ix *Index) Subjects(fn func(key string, docCount int) error) (err error) {
	bix, release := ix.use()
	defer release()
	adv, err := bix.Advanced()
	if err != nil {
		return fmt.Errorf("index %s: %w", ix.path, err)
	}
	// One reader: the dictionary and the counts come from one snapshot.
	r, err := adv.Reader()
	if err != nil {
		return fmt.Errorf("index %s: %w", ix.path, err)
	}
	defer idxClose(r, &err)
	dict, err := r.FieldDict(idxFSubjects)
	if err != nil {
		return fmt.Errorf("index %s: %w", ix.path, err)
	}
	defer idxClose(dict, &err)
	ctx := context.Background()
	for {
		e, err := dict.Next()
		if err != nil {
			return fmt.Errorf("index %s: %w", ix.path, err)
		}
		if e == nil {
			return nil
		}
		// The dictionary's counts include replaced documents not yet
		// merged away; the postings count does not.
		n, err := idxLiveCount(ctx, r, e.Term)
		if err != nil {
			return fmt.Errorf("index %s: subject %q: %w", ix.path, e.Term, err)
		}
		if n == 0 {
			continue
		}
		if err := fn(e.Term, n); err != nil {
			return err
		}
	}
}

func idxLiveCount(ctx context.Context, r index.IndexReader, term string) (n int, err error) {
	tfr, err := r.TermFieldReader(ctx, []byte(term), idxFSubjects, false, false, false)
	if err != nil {
		return 0, err
	}
	defer idxClose(tfr, &err)
	return int(tfr.Count()), nil
}

// idxClose closes c, keeping the first error.
func idxClose(c io.Closer, err *error) {
	if cerr := c.Close(); *err == nil && cerr != nil {
		*err = cerr
	}
}
