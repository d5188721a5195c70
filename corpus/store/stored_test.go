package store

import (
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// TestEachStoredIsBleveSearch holds the direct reading of stored fields to
// what Bleve's search gives, on an index of several segments with
// replaced and removed articles and a long article in parts.
func TestEachStoredIsBleveSearch(t *testing.T) {
	ix := idxTestOpen(t)
	docs := idxTestDocs(40)
	for i := 0; i < len(docs); i += 8 { // one segment a batch
		_, err := ix.Add(docs[i : i+8])
		require.NoError(t, err)
	}
	// replaced: the new version lives in a later segment
	again := idxTestDocs(12)[4:12:12]
	for i := range again {
		again[i].Article.Title += " (revised)"
		again[i].Claims = append(again[i].Claims, idxTestClaim(again[i].Article.ID, idxKeyVote, "2031-04-10", 1))
	}
	_, err := ix.Add(again)
	require.NoError(t, err)
	_, err = ix.Remove([]string{"doc-00001", "doc-00030"})
	require.NoError(t, err)
	long := idxTestArticle("long", "Harbour log", idxLongText(5*idxChunkBytes/2, 39000, "zephyrine barge"))
	_, err = ix.Add([]Doc{{Article: long, Claims: []claim.Claim{idxTestClaim("long", idxKeyVote, "2031-04-08", 3)}}})
	require.NoError(t, err)

	subject := func(k string) query.Query {
		tq := query.NewTermQuery(k)
		tq.SetField(idxFSubjects)
		return tq
	}
	queries := map[string]query.Query{
		"all":      query.NewMatchAllQuery(),
		"subject":  subject(idxKeyVote),
		"subjects": query.NewDisjunctionQuery([]query.Query{subject("event:crossing:ferry-3"), subject(idxKeyVote)}),
		"ids":      query.NewDocIDQuery([]string{"doc-00001", "doc-00005", "doc-00039", "long", "none"}),
	}
	fieldSets := map[string][]string{"info": idxInfoFields, "scan": idxScanFields, "path": {idxFPath}}

	type row struct {
		ID     string
		Fields map[string]interface{}
	}
	collect := func(each func(fn func(string, map[string]interface{}) error) error) []row {
		var rows []row
		require.NoError(t, each(func(id string, f map[string]interface{}) error {
			rows = append(rows, row{id, f})
			return nil
		}))
		return rows
	}
	bix, release := ix.use()
	defer release()
	for qn, q := range queries {
		for fn, fields := range fieldSets {
			t.Run(qn+"/"+fn, func(t *testing.T) {
				q := ix.idxArticlesOnly(q)
				direct := collect(func(fn func(string, map[string]interface{}) error) error {
					ok, err := ix.idxEachStored(bix, q, fields, fn)
					require.True(t, ok, "a crosscheck index is read directly")
					return err
				})
				searched := collect(func(fn func(string, map[string]interface{}) error) error {
					return ix.idxEachSearch(bix, q, fields, fn)
				})
				require.NotEmpty(t, searched)
				assert.Equal(t, searched, direct)
			})
		}
	}
}
