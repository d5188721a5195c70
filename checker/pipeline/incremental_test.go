package pipeline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// An incremental check must print exactly what a check from scratch of
// the same index prints.
func TestIncrementalCheckMatchesFullCheck(t *testing.T) {
	const seed, base, added = 7, 160, 24
	opt := testOptions(t)

	fresh := openIndex(t, "fresh")
	want, st := check(t, generated(seed, 0, base+added), fresh, opt)
	require.False(t, st.Incremental, "a new index has no saved check")
	require.NotEmpty(t, want.Discrepancies, "the generated corpus plants contradictions")

	grown := openIndex(t, "grown")
	_, st = check(t, generated(seed, 0, base), grown, opt)
	require.False(t, st.Incremental)
	total := st.Rechecked

	got, st := check(t, generated(seed, base, base+added), grown, opt)
	assert.True(t, st.Incremental, "the saved check is reused")
	assert.Positive(t, st.Rechecked)
	assert.Less(t, st.Rechecked, total, "only the subjects the new articles touch are checked")
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got))

	// Nothing new: nothing is checked, and the report stands.
	again, st := check(t, generated(seed, base, base+added), grown, opt)
	assert.True(t, st.Incremental)
	assert.Zero(t, st.Rechecked)
	assert.Equal(t, reportJSON(t, want), reportJSON(t, again))
}

// A replaced article takes its old claims away: subjects it left must be
// checked again too.
func TestIncrementalCheckAfterReplace(t *testing.T) {
	const seed, n = 11, 120
	opt := testOptions(t)
	arts := generatedList(t, seed, 0, n)
	// The edited version of one article keeps its ID and says little.
	edited := *arts[9]
	edited.Text = "A short correction replaced this report."
	edited.Paragraphs = article.SplitParagraphs(edited.Text)
	final := append(append([]*article.Article(nil), arts[:9]...), &edited)
	final = append(final, arts[10:]...)

	fresh := openIndex(t, "fresh")
	want, _ := check(t, listed(final), fresh, opt)

	ix := openIndex(t, "edited")
	before, _ := check(t, listed(arts), ix, opt)
	require.NotEqual(t, reportJSON(t, want), reportJSON(t, before), "the edit changes the findings")
	got, st := check(t, listed([]*article.Article{&edited}), ix, opt)
	assert.True(t, st.Incremental)
	assert.Equal(t, 1, st.Index.Replaced)
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got))
}

// Articles indexed by another writer (`crosscheck index`) are journaled
// too, and CheckIndex takes them in.
func TestCheckIndexSeesArticlesIndexedSince(t *testing.T) {
	const seed, base, added = 5, 96, 16
	opt := testOptions(t)
	fresh := openIndex(t, "fresh")
	want, _ := check(t, generated(seed, 0, base+added), fresh, opt)

	ix := openIndex(t, "ix")
	check(t, generated(seed, 0, base), ix, opt)
	w := ix.NewIndexer(5) // several batches, several journal entries
	_, err := pipeline.Stream(generated(seed, base, base+added), opt, func(r extract.Result) error {
		return w.Put(store.Doc{Article: r.Article, Claims: r.Claims})
	})
	require.NoError(t, err)
	require.NoError(t, w.Flush())

	got, err := pipeline.CheckIndex(ix, opt)
	require.NoError(t, err)
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got))
}

// Other options may extract or judge differently: the saved check is not
// reused under them.
func TestSavedCheckNotReusedUnderOtherOptions(t *testing.T) {
	opt := testOptions(t)
	ix := openIndex(t, "ix")
	check(t, generated(3, 0, 40), ix, opt)
	_, st := check(t, generated(3, 40, 48), ix, opt)
	require.True(t, st.Incremental)

	other := opt
	other.Extract.DayFirst = true
	_, st = check(t, generated(3, 48, 50), ix, other)
	assert.False(t, st.Incremental, "day-first extraction is another configuration")
	_, st = check(t, generated(3, 50, 52), ix, other)
	assert.True(t, st.Incremental, "the full check saved its own state")
}

// listed is a source of the given articles.
func listed(arts []*article.Article) pipeline.Source {
	return pipeline.Source{Each: func(fn func(*article.Article) error) error {
		for _, a := range arts {
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	}}
}
