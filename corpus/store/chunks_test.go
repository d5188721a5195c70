package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// idxLongText is text of about n bytes: numbered lines about an invented
// town, with the word marker in the line numbered at.
func idxLongText(n, at int, marker string) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if i == at {
			fmt.Fprintf(&b, "Line %d: the %s crossed the Velmora weir at dawn.\n", i, marker)
			continue
		}
		fmt.Fprintf(&b, "Line %d: the Tarnholt ferry ran late again on a windy morning.\n", i)
	}
	return b.String()
}

func TestSplitJoinsBackAndCutsAtBreaks(t *testing.T) {
	for _, text := range []string{
		"short",
		idxLongText(idxChunkBytes, -1, ""),
		idxLongText(3*idxChunkBytes+17, -1, ""),
		strings.Repeat("word ", idxChunkBytes/2),     // spaces only
		strings.Repeat("é", idxChunkBytes),           // no space: a character boundary
		strings.Repeat("x", 2*idxChunkBytes+1),       // no space, one-byte characters
		strings.Repeat("ab\n", idxChunkBytes/3+1000), // line breaks
	} {
		parts := idxSplit(text)
		assert.Equal(t, text, strings.Join(parts, ""))
		for i, p := range parts {
			assert.LessOrEqual(t, len(p), idxChunkBytes)
			assert.NotEmpty(t, p)
			if i < len(parts)-1 && strings.ContainsAny(text, " \n") {
				assert.Contains(t, " \n", p[len(p)-1:], "part %d ends at a break", i)
			}
			assert.True(t, strings.ToValidUTF8(p, "?") == p, "part %d is whole characters", i)
		}
		if len(text) <= idxChunkBytes {
			assert.Len(t, parts, 1)
		}
	}
}

// A long article is stored in parts and read, listed, counted, searched
// and removed as one article; its claims' offsets point into its whole
// text.
func TestLongArticleIsOneArticle(t *testing.T) {
	ix := idxTestOpen(t)
	text := idxLongText(5*idxChunkBytes/2, 39000, "zephyrine barge") // the marker lies in the third part
	marker := strings.Index(text, "zephyrine barge")
	require.Greater(t, marker, 2*idxChunkBytes*9/10)
	long := idxTestArticle("long", "Harbour log", text)
	c := idxTestClaim("long", "event:crossing:zephyrine barge", "zephyrine barge", marker)
	small := idxTestDocs(2)
	_, err := ix.Add(append(small, Doc{Article: long, Claims: []claim.Claim{c}}))
	require.NoError(t, err)
	require.Len(t, idxSplit(text), 3)

	n, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 3, n)
	list, err := ix.List()
	require.NoError(t, err)
	var ids []string
	for _, a := range list {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"doc-00000", "doc-00001", "long"}, ids)

	a, claims, err := ix.Get("long")
	require.NoError(t, err)
	assert.Equal(t, text, a.Text, "the whole text comes back")
	require.Len(t, claims, 1)
	assert.Equal(t, "zephyrine barge", a.Text[claims[0].Evidence.Start:claims[0].Evidence.End])

	// A word only the third part holds finds the article, once.
	hits, total, err := ix.Search("zephyrine", 10, 0)
	require.NoError(t, err)
	assert.EqualValues(t, 1, total)
	require.Len(t, hits, 1)
	assert.Equal(t, "long", hits[0].ID)
	assert.Equal(t, "Harbour log", hits[0].Title)
	require.NotEmpty(t, hits[0].Fragments)
	assert.Contains(t, strings.Join(hits[0].PlainFragments(), " "), "«zephyrine»")
	// A word every part holds: the article once, beside the small ones.
	hits, total, err = ix.Search("ferry", 10, 0)
	require.NoError(t, err)
	assert.EqualValues(t, 3, total)
	ids = nil
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	assert.ElementsMatch(t, []string{"doc-00000", "doc-00001", "long"}, ids)
	// Pages split the folded hits.
	page, total, err := ix.Search("ferry", 2, 2)
	require.NoError(t, err)
	assert.EqualValues(t, 3, total)
	require.Len(t, page, 1)
	assert.Equal(t, hits[2].ID, page[0].ID)
	// Title and text both.
	hits, _, err = ix.Search("title:harbour", 10, 0)
	require.NoError(t, err)
	require.Len(t, hits, 1)
	assert.Equal(t, "long", hits[0].ID)

	var scanned []string
	require.NoError(t, ix.EachClaims(func(info ArticleInfo, _ PackedClaims) error {
		scanned = append(scanned, info.ID)
		return nil
	}))
	assert.Equal(t, []string{"doc-00000", "doc-00001", "long"}, scanned)

	// Shorter, then removed: no part is left behind.
	shorter := idxTestArticle("long", "Harbour log", text[:3*idxChunkBytes/2])
	st, err := ix.Add([]Doc{{Article: shorter}})
	require.NoError(t, err)
	assert.Equal(t, 1, st.Replaced)
	a, _, err = ix.Get("long")
	require.NoError(t, err)
	assert.Equal(t, shorter.Text, a.Text)
	hits, _, err = ix.Search("zephyrine", 10, 0)
	require.NoError(t, err)
	assert.Empty(t, hits, "the dropped part is gone")
	removed, err := ix.Remove([]string{"long"})
	require.NoError(t, err)
	assert.Equal(t, []string{"long"}, removed)
	n, err = ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 2, n)
	bix, release := ix.use()
	defer release()
	docs, err := bix.DocCount()
	require.NoError(t, err)
	assert.EqualValues(t, 2, docs, "no part document remains")
	hits, total, err = ix.Search("ferry", 10, 0)
	require.NoError(t, err)
	assert.EqualValues(t, 2, total)
	assert.Len(t, hits, 2)
}

// An index of schema version 1 (no parts) is read and written as it was:
// a long article goes in whole.
func TestSchemaV1IndexTakesLongArticleWhole(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	bi, err := bleve.NewUsing(dir, idxMappingOf(idxSchemaV1), scorch.Name, scorch.Name, nil)
	require.NoError(t, err)
	require.NoError(t, bi.SetInternal([]byte(idxSchemaKey), []byte(idxSchemaV1)))
	require.NoError(t, bi.Close())
	ix, err := OpenIndex(dir)
	require.NoError(t, err)
	defer ix.Close()
	assert.False(t, ix.chunked)
	text := idxLongText(3*idxChunkBytes/2, 100, "zephyrine barge")
	_, err = ix.Add([]Doc{{Article: idxTestArticle("long", "Harbour log", text)}})
	require.NoError(t, err)
	bix, release := ix.use()
	docs, err := bix.DocCount()
	release()
	require.NoError(t, err)
	assert.EqualValues(t, 1, docs)
	a, _, err := ix.Get("long")
	require.NoError(t, err)
	assert.Equal(t, text, a.Text)
	hits, total, err := ix.Search("zephyrine", 10, 0)
	require.NoError(t, err)
	assert.EqualValues(t, 1, total)
	require.Len(t, hits, 1)
}

// An index of a schema this crosscheck does not know is refused, never
// misread.
func TestUnknownSchemaRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	bi, err := bleve.NewUsing(dir, idxMapping(), scorch.Name, scorch.Name, nil)
	require.NoError(t, err)
	require.NoError(t, bi.SetInternal([]byte(idxSchemaKey), []byte("3")))
	require.NoError(t, bi.Close())
	_, err = OpenIndex(dir)
	require.ErrorIs(t, err, ErrNotIndex)
	assert.Contains(t, err.Error(), `schema version "3"`)
}
