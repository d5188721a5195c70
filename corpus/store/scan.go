package store

import (
	"slices"

	"github.com/blevesearch/bleve/v2/search/query"
)

// idxScanFields are what EachClaims loads: metadata, claims and story
// summary, no text.
var idxScanFields = append(slices.Clone(idxInfoFields), idxFClaims, idxFStory)

// EachClaims calls fn for every indexed article, in ID order, with its
// metadata and stored claims: one paginated pass that never loads article
// texts. An error from fn stops the pass and is returned.
func (ix *Index) EachClaims(fn func(info ArticleInfo, claims PackedClaims) error) error {
	return ix.idxEach(query.NewMatchAllQuery(), idxScanFields, func(id string, f map[string]interface{}) error {
		pc, err := idxPacked(f[idxFClaims])
		if err != nil {
			return idxCorrupt(ix, id, idxFClaims, err)
		}
		return fn(idxInfo(id, f), pc)
	})
}

// EachClaimsOf is EachClaims over the articles with the given IDs only
// (one search per idxPage IDs); IDs not indexed are skipped.
func (ix *Index) EachClaimsOf(ids []string, fn func(info ArticleInfo, claims PackedClaims) error) error {
	for chunk := range slices.Chunk(slices.Compact(slices.Sorted(slices.Values(ids))), idxPage) {
		err := ix.idxEach(query.NewDocIDQuery(chunk), idxScanFields, func(id string, f map[string]interface{}) error {
			pc, err := idxPacked(f[idxFClaims])
			if err != nil {
				return idxCorrupt(ix, id, idxFClaims, err)
			}
			return fn(idxInfo(id, f), pc)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
