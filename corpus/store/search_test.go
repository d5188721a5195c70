package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func idxTestSearchIndex(t *testing.T) *Index {
	t.Helper()
	ix := idxTestOpen(t)
	_, err := ix.Add([]Doc{
		{Article: idxTestArticle("a1", "Flood waters rise in Tessary",
			"Heavy rain flooded the lower town of Tessary on Monday.\nThe river keeper, Olund Fray, said the water rose two metres overnight.")},
		{Article: idxTestArticle("a2", "Bridge unveiled at Calvern",
			"The new bridge at Calvern opened to traffic.\nEngineers said the river crossing cost less than planned & came early.")},
		{Article: idxTestArticle("a3", "Keeper warns of more rain",
			"Olund Fray warned that more rain was due.\nFray said the keeper's office would stay open <all night>.")},
	})
	require.NoError(t, err)
	return ix
}

func TestIndexSearch(t *testing.T) {
	ix := idxTestSearchIndex(t)
	tests := []struct {
		name    string
		query   string
		wantIDs []string // in rank order when order matters, else sorted
		ordered bool
		mark    string // a plain-text fragment must contain this
	}{
		{"plain word matches text", "traffic", []string{"a2"}, true, "«traffic»"},
		{"stemmed word", "floods", []string{"a1"}, true, "«flooded»"},
		{"plain word matches title only", "unveiled", []string{"a2"}, true, ""},
		{"phrase", `"Olund Fray"`, []string{"a1", "a3"}, false, "«Olund» «Fray»"},
		{"phrase words apart do not match", `"river rose"`, nil, false, ""},
		{"field query", "title:keeper", []string{"a3"}, true, ""},
		{"must and must not", "+river -bridge", []string{"a1"}, true, ""},
		{"wildcard", "calv*", []string{"a2"}, true, ""},
		{"no match", "volcano", nil, false, ""},
		{"date range on published", `+published:>="2031-04-01T00:00:00Z" +published:<"2031-05-01T00:00:00Z"`, []string{"a1", "a2", "a3"}, false, ""},
		{"date range excluding all", `+published:>="2032-01-01T00:00:00Z"`, nil, false, ""},
		{"keyword field", `source:"Harbor Ledger" +traffic`, []string{"a2"}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, total, err := ix.Search(tt.query, 10, 0)
			require.NoError(t, err)
			assert.EqualValues(t, len(tt.wantIDs), total)
			var ids []string
			for _, h := range hits {
				ids = append(ids, h.ID)
				assert.Greater(t, h.Score, 0.0)
			}
			if !tt.ordered {
				ids = slices.Sorted(slices.Values(ids))
			}
			assert.Equal(t, tt.wantIDs, ids)
			if tt.mark != "" {
				require.NotEmpty(t, hits)
				require.NotEmpty(t, hits[0].Fragments)
				assert.Contains(t, hits[0].Fragments[0], "<mark>")
				assert.Contains(t, strings.Join(hits[0].PlainFragments(), " "), tt.mark)
			}
		})
	}
}

func TestIndexSearchFragmentsEscapeAndUnescape(t *testing.T) {
	ix := idxTestSearchIndex(t)
	hits, _, err := ix.Search(`"stay open"`, 10, 0)
	require.NoError(t, err)
	require.Len(t, hits, 1)
	require.NotEmpty(t, hits[0].Fragments)
	assert.Contains(t, hits[0].Fragments[0], "&lt;all night&gt;", "HTML fragments are escaped")
	assert.Contains(t, hits[0].PlainFragments()[0], "«stay» «open» <all night>")
	assert.Equal(t, "Keeper warns of more rain", hits[0].Title)
	assert.Equal(t, "Harbor Ledger", hits[0].Source)
}

func TestIndexSearchPaging(t *testing.T) {
	ix := idxTestOpen(t)
	_, err := ix.Add(idxTestDocs(25))
	require.NoError(t, err)
	seen := map[string]bool{}
	for from := 0; from < 25; from += 10 {
		hits, total, err := ix.Search("ferry", 10, from)
		require.NoError(t, err)
		assert.EqualValues(t, 25, total)
		for _, h := range hits {
			assert.False(t, seen[h.ID], "page overlap at %s", h.ID)
			seen[h.ID] = true
		}
	}
	assert.Len(t, seen, 25)
	again, _, err := ix.Search("ferry", 25, 0)
	require.NoError(t, err)
	again2, _, err := ix.Search("ferry", 25, 0)
	require.NoError(t, err)
	assert.Equal(t, again, again2, "same query, same order")
}

func TestIndexEmpty(t *testing.T) {
	ix := idxTestOpen(t)
	hits, total, err := ix.Search("anything", 10, 0)
	require.NoError(t, err)
	assert.Zero(t, total)
	assert.Empty(t, hits)
	calls := 0
	require.NoError(t, ix.Subjects(func(string, int) error { calls++; return nil }))
	assert.Zero(t, calls)
	got, err := ix.ClaimsForSubjects([]string{"event:none:nowhere"})
	require.NoError(t, err)
	assert.Empty(t, got)
	n, err := ix.Count()
	require.NoError(t, err)
	assert.Zero(t, n)
	_, _, err = ix.Get("")
	assert.ErrorIs(t, err, ErrNotFound)
}

func TestIndexSearchOddInputs(t *testing.T) {
	ix := idxTestSearchIndex(t)
	for _, q := range []string{"", "   ", "*", "+", `"`, "title:", "\\", "((("} {
		_, _, _ = ix.Search(q, -3, -7) // an error is fine; a panic is not
	}
	hits, _, err := ix.Search("rain", 1_000_000, 1_000_000_000)
	require.NoError(t, err)
	assert.Empty(t, hits)
}

func TestIndexSearchBadQuery(t *testing.T) {
	ix := idxTestSearchIndex(t)
	_, _, err := ix.Search(`title:"unclosed`, 10, 0)
	assert.Error(t, err)
}

func TestIndexSearchSeeds(t *testing.T) {
	dir := idxSeedsDir(t)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var docs []Doc
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		a := &article.Article{ID: e.Name(), Text: string(data), Format: "txt"}
		a.Paragraphs = article.SplitParagraphs(a.Text)
		docs = append(docs, Doc{Article: a})
	}
	require.NotEmpty(t, docs)
	ix := idxTestOpen(t)
	_, err = ix.Add(docs)
	require.NoError(t, err)
	hits, total, err := ix.Search(`"Kremlin spokesman"`, 10, 0)
	require.NoError(t, err)
	require.NotZero(t, total)
	assert.Contains(t, hits[0].PlainFragments()[0], "«Kremlin» «spokesman»")
	for _, d := range docs {
		got, _, err := ix.Get(d.Article.ID)
		require.NoError(t, err)
		assert.Equal(t, d.Article.Text, got.Text, "unicode text round trips")
	}
}

// Equal scores go by article ID, whatever order the articles were
// written in and however the index lays them out.
func TestIndexSearchTiesByID(t *testing.T) {
	ix := idxTestOpen(t)
	var ids []string
	for i := 11; i >= 0; i-- { // written last ID first, a segment each
		id := fmt.Sprintf("tie-%02d", i)
		ids = append([]string{id}, ids...)
		_, err := ix.Add([]Doc{{Article: idxTestArticle(id, "Ferry notes", "The Quillmouth ferry sailed at dawn.")}})
		require.NoError(t, err)
	}
	for _, from := range []int{0, 5} {
		hits, total, err := ix.Search("ferry", 5, from)
		require.NoError(t, err)
		assert.EqualValues(t, len(ids), total)
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
			assert.InDelta(t, hits[0].Score, h.Score, 1e-12)
		}
		assert.Equal(t, ids[from:from+5], got)
	}
}
