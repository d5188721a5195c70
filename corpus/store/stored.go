package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// idxEachStored is idxEach for a scorch index: one snapshot, the query's
// matches read straight from its searcher, and of each match only the
// wanted stored text fields copied out of its segment. Bleve's search
// path loads every hit as a whole document: a second lookup of its ID in
// every segment, then a copy and a field object for each stored field,
// the article's text included. A draft check reads a few hundred
// articles' claims that way, and it was a third of the process's CPU.
// ok is false when the index is not a scorch snapshot; the caller then
// takes Bleve's search path. An error from fn is returned as it is.
func (ix *Index) idxEachStored(bix bleve.Index, q query.Query, fields []string, fn func(id string, f map[string]interface{}) error) (ok bool, err error) {
	adv, err := bix.Advanced()
	if err != nil {
		return false, nil
	}
	r, err := adv.Reader()
	if err != nil {
		return true, fmt.Errorf("index %s: %w", ix.path, err)
	}
	defer idxClose(r, &err)
	snap, isScorch := r.(*scorch.IndexSnapshot)
	if !isScorch {
		return false, nil
	}
	hits, err := idxMatches(snap, bix, q)
	if err != nil {
		return true, fmt.Errorf("index %s: %w", ix.path, err)
	}
	segs := snap.Segments()
	offsets := make([]uint64, len(segs)) // as scorch numbers documents: segment after segment
	var running uint64
	for i, s := range segs {
		offsets[i] = running
		running += s.Segment().Count()
	}
	want := make(map[string]bool, len(fields))
	for _, f := range fields {
		want[f] = true
	}
	for _, h := range hits {
		si := idxSegmentOf(offsets, h.num)
		f := make(map[string]interface{}, len(fields))
		err := segs[si].VisitDocument(h.num-offsets[si], func(name string, typ byte, val []byte, _ []uint64) bool {
			if typ != 't' || !want[name] {
				return true
			}
			v := string(val)
			switch old := f[name].(type) {
			case nil:
				f[name] = v
			case []interface{}: // stored more than once, as Bleve's hits give it
				f[name] = append(old, v)
			default:
				f[name] = []interface{}{old, v}
			}
			return true
		})
		if err != nil {
			return true, fmt.Errorf("index %s: article %s: %w", ix.path, h.id, err)
		}
		if err := fn(h.id, f); err != nil {
			return true, err
		}
	}
	return true, nil
}

// idxMatch is a query's match: its ID and its number in the snapshot.
type idxMatch struct {
	id  string
	num uint64
}

// idxMatches runs q on the snapshot and returns its matches in ID order.
func idxMatches(snap *scorch.IndexSnapshot, bix bleve.Index, q query.Query) (out []idxMatch, err error) {
	ctx := context.Background()
	s, err := q.Searcher(ctx, snap, bix.Mapping(), search.SearcherOptions{})
	if err != nil {
		return nil, err
	}
	defer idxClose(s, &err)
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: snap}
	for {
		m, err := s.Next(sctx)
		if err != nil {
			return nil, err
		}
		if m == nil {
			break
		}
		id, err := snap.ExternalID(m.IndexInternalID)
		if err != nil {
			return nil, err
		}
		out = append(out, idxMatch{id, m.IndexInternalID.Value()})
		sctx.DocumentMatchPool.Put(m)
	}
	slices.SortFunc(out, func(a, b idxMatch) int { return cmp.Compare(a.id, b.id) })
	return out, nil
}

// idxSegmentOf is the index of the segment holding document number num:
// the last whose first number is at most num (scorch's own rule; an empty
// segment shares its first number with the next).
func idxSegmentOf(offsets []uint64, num uint64) int {
	return sort.Search(len(offsets), func(x int) bool { return offsets[x] > num }) - 1
}
