package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
)

// joiningArticles are invented articles added to quakeMix: one more
// report of its quake with another toll, and two reports of a ferry
// sinking no indexed article tells of, with two tolls, that name its
// place apart (only their story compares them). Made anew at each call.
func joiningArticles() []*article.Article {
	return []*article.Article{
		inventedArticle("quake-pass", "2031-03-06", "The earthquake that struck Dunmere and the Ostrel valley on Monday killed 15 people, Governor Anselm Treck said.\n\nThe quake, of magnitude 6.2, destroyed hundreds of homes in Dunmere and the Ostrel valley."),
		inventedArticle("ferry-a", "2031-05-10", "The sinking of a ferry off the island of Varrow on Friday killed 9 people, harbour master Teodor Binks said.\n\nThe ferry Maren Star capsized in high winds near Varrow."),
		inventedArticle("ferry-b", "2031-05-11", "The capsizing of the ferry Maren Star near Kell Point on Friday killed 11 people, said harbour master Teodor Binks.\n\nRescuers searched the waters off Varrow for survivors of the Maren Star."),
	}
}

// A re-check in stories mode that adds a few articles places them in the
// saved stories (one joins the quake's story, two start their own)
// without linking the corpus again, and reports exactly what a check of
// the whole corpus from scratch reports.
func TestRecheckPlacesAddedArticlesInStories(t *testing.T) {
	const seed, n = 7, 200
	opt := testOptions(t)
	opt.Stories = true
	whole := pipeline.Source{Each: func(fn func(*article.Article) error) error {
		if err := quakeMix(seed, n).Each(fn); err != nil {
			return err
		}
		return listed(joiningArticles()).Each(fn)
	}}
	want, st := check(t, whole, openIndex(t, "fresh"), opt)
	require.False(t, st.Incremental)
	found := findingsOf(want)
	assert.Contains(t, found, "event:earthquake:dunmere quake-pass=15 quake-town=12 quake-valley=12", "the added report joins the quake's story")
	assert.Contains(t, found, "event:sinking:kell point ferry-a=9 ferry-b=11", "the two ferry reports, which name its place apart, make a story of their own")

	ix := openIndex(t, "grown")
	before, st := check(t, quakeMix(seed, n), ix, opt)
	total := st.Rechecked
	require.NotEqual(t, findingsOf(before), found)
	got, st := check(t, listed(joiningArticles()), ix, opt)
	assert.True(t, st.Incremental)
	assert.False(t, st.Relinked, "the new articles are placed, the corpus not linked again")
	assert.Less(t, st.Rechecked, total/10, "only the subjects of the stories the new articles touch are checked")
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got))

	// Nothing new: the same report; the saved stories stand.
	again, st := check(t, listed(joiningArticles()), ix, opt)
	assert.True(t, st.Incremental)
	assert.Zero(t, st.Rechecked)
	assert.Equal(t, reportJSON(t, want), reportJSON(t, again))
	got, err := pipeline.CheckIndex(ix, opt)
	require.NoError(t, err)
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got))
}

// A re-check links the whole corpus again, as a check from scratch
// does, when the saved stories cannot be kept: the corpus grew by more
// than a few per cent since the last full link, or an article was
// removed. Either way the report is the full check's.
func TestRecheckRelinksWhenStoriesCannotBeKept(t *testing.T) {
	const seed, base = 9, 120
	opt := testOptions(t)
	opt.Stories = true

	t.Run("grown by more than the share", func(t *testing.T) {
		const added = 12 // 10%
		want, _ := check(t, generated(seed, 0, base+added), openIndex(t, "fresh"), opt)
		ix := openIndex(t, "grown")
		check(t, generated(seed, 0, base), ix, opt)
		got, st := check(t, generated(seed, base, base+added), ix, opt)
		assert.True(t, st.Incremental)
		assert.True(t, st.Relinked)
		assert.Equal(t, reportJSON(t, want), reportJSON(t, got))

		// the full link saved is the new reference: a few more are placed
		want, _ = check(t, generated(seed, 0, base+added+2), openIndex(t, "fresh2"), opt)
		got, st = check(t, generated(seed, base+added, base+added+2), ix, opt)
		assert.True(t, st.Incremental)
		assert.False(t, st.Relinked)
		assert.Equal(t, reportJSON(t, want), reportJSON(t, got))
	})
	t.Run("an article removed", func(t *testing.T) {
		arts := generatedList(t, seed, 0, base+2)
		kept := append(append([]*article.Article(nil), arts[:40]...), arts[41:]...)
		want, _ := check(t, listed(kept), openIndex(t, "fresh"), opt)
		ix := openIndex(t, "removed")
		check(t, listed(arts[:base]), ix, opt)
		gone, err := ix.Remove([]string{arts[40].ID})
		require.NoError(t, err)
		require.Len(t, gone, 1)
		got, st := check(t, listed(arts[base:]), ix, opt)
		assert.True(t, st.Incremental)
		assert.True(t, st.Relinked)
		assert.Equal(t, reportJSON(t, want), reportJSON(t, got))
	})
	t.Run("an article replaced", func(t *testing.T) {
		arts := generatedList(t, seed, 0, base+2)
		// the same id with another text: its place in the stories may move
		changed := *arts[30]
		changed.Text = arts[31].Text
		replaced := append(append(append([]*article.Article(nil), arts[:30]...), &changed), arts[31:]...)
		want, _ := check(t, listed(replaced), openIndex(t, "fresh"), opt)
		ix := openIndex(t, "replaced")
		check(t, listed(arts[:base]), ix, opt)
		got, st := check(t, listed(append([]*article.Article{&changed}, arts[base:]...)), ix, opt)
		assert.True(t, st.Incremental)
		assert.True(t, st.Relinked, "an article written again was linked before: the corpus is linked in full")
		assert.Equal(t, reportJSON(t, want), reportJSON(t, got))
	})
}

// The same re-checks of the same corpus save the same state, byte for
// byte: placing articles depends on nothing but the index.
func TestRecheckIsDeterministic(t *testing.T) {
	const seed, n = 7, 120
	opt := testOptions(t)
	opt.Stories = true
	var states []string
	for _, name := range []string{"one", "two"} {
		ix := openIndex(t, name)
		check(t, quakeMix(seed, n), ix, opt)
		_, st := check(t, listed(joiningArticles()), ix, opt)
		require.False(t, st.Relinked)
		data, err := os.ReadFile(filepath.Join(ix.Path(), "crosscheck.state"))
		require.NoError(t, err)
		states = append(states, string(data))
	}
	assert.Equal(t, states[0], states[1])
}
