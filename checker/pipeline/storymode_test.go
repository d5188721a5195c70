package pipeline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// quakeMix is a source of one invented quake named by two places in two
// articles (per story they meet, by subject key they do not) followed by
// generated articles; its articles are made anew at each read.
func quakeMix(seed uint64, n int) pipeline.Source {
	return pipeline.Source{Each: func(fn func(*article.Article) error) error {
		for _, a := range []*article.Article{
			inventedArticle("quake-town", "2031-03-04", "A strong earthquake struck the mountain town of Dunmere on Monday, killing 12 people, Governor Anselm Treck said.\n\nThe quake, of magnitude 6.2, destroyed hundreds of homes in Dunmere."),
			inventedArticle("quake-valley", "2031-03-05", "A powerful tremor hit the Ostrel valley on Monday, killing 12 people, said Governor Anselm Treck.\n\nThe tremor, of magnitude 5.4, flattened homes across the Ostrel valley."),
		} {
			if err := fn(a); err != nil {
				return err
			}
		}
		return generated(seed, 0, n).Each(fn)
	}}
}

// quakeDraft names the quake of quakeMix by a third place.
func quakeDraft() []*article.Article {
	return []*article.Article{inventedArticle("draft", "2031-03-05", "An earthquake shook the Karrow pass and the Ostrel valley on Monday, killing 14 people, said Governor Anselm Treck.\n\nThe quake, of magnitude 5.4, cut the road through the Karrow pass.")}
}

// storedSummaries counts the indexed articles stored with a story summary.
func storedSummaries(t *testing.T, ix *store.Index) int {
	t.Helper()
	n := 0
	require.NoError(t, ix.EachClaims(func(info store.ArticleInfo, _ store.PackedClaims) error {
		if info.Story != "" {
			n++
		}
		return nil
	}))
	return n
}

// An index made in one mode and checked in the other gives what a fresh
// index in that mode gives: with stories on, an index made without them
// (an older crosscheck's default) never yields a by-subject check (the
// summaries it lacks are analysed from the stored texts, or computed and
// stored when the articles are read again, each article indexed again
// once); with stories off, the stored summaries are ignored and dropped
// on the next read. The same holds for drafts.
func TestStoriesSwitchedOnAnIndex(t *testing.T) {
	const seed, n = 7, 60
	withStories := testOptions(t)
	withStories.Stories = true
	byKey := testOptions(t)

	fresh := map[bool]*store.Index{true: openIndex(t, "fresh-stories"), false: openIndex(t, "fresh-keys")}
	want := map[bool]*pipeline.Report{}
	wantDraft := map[bool][]string{}
	for stories, ix := range fresh {
		opt := byKey
		if stories {
			opt = withStories
		}
		want[stories], _ = check(t, quakeMix(seed, n), ix, opt)
		d, err := pipeline.CheckDraft(quakeDraft(), ix, opt)
		require.NoError(t, err)
		wantDraft[stories] = findingsOf(d)
	}
	require.NotEqual(t, findingsOf(want[true]), findingsOf(want[false]), "the modes differ on this corpus")
	require.NotEqual(t, wantDraft[true], wantDraft[false], "the modes differ on this draft")
	summaries := storedSummaries(t, fresh[true])
	require.Equal(t, n+2, summaries, "every article of this corpus has a summary")
	assert.Zero(t, storedSummaries(t, fresh[false]))

	for _, tc := range []struct {
		name     string
		made, to pipeline.Options
	}{
		{"stories on, index made without", byKey, withStories},
		{"stories off, index made with", withStories, byKey},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := openIndex(t, "ix")
			_, st := check(t, quakeMix(seed, n), ix, tc.made)
			require.Equal(t, n+2, st.Index.Indexed)

			// read as it is (check --index DIR, serve)
			got, err := pipeline.CheckIndex(ix, tc.to)
			require.NoError(t, err)
			assert.Equal(t, findingsOf(want[tc.to.Stories]), findingsOf(got))
			assert.Equal(t, want[tc.to.Stories].Discrepancies, got.Discrepancies)
			d, err := pipeline.CheckDraft(quakeDraft(), ix, tc.to)
			require.NoError(t, err)
			assert.Equal(t, wantDraft[tc.to.Stories], findingsOf(d), "a draft")

			// the articles read again: stored again once, as the mode stores them
			got, st = check(t, quakeMix(seed, n), ix, tc.to)
			assert.False(t, st.Incremental, "a check saved in the other mode is not reused")
			assert.Equal(t, n+2, st.Index.Replaced)
			assert.Equal(t, reportJSON(t, want[tc.to.Stories]), reportJSON(t, got))
			if tc.to.Stories {
				assert.Equal(t, summaries, storedSummaries(t, ix))
			} else {
				assert.Zero(t, storedSummaries(t, ix))
			}
			got, st = check(t, quakeMix(seed, n), ix, tc.to)
			assert.Equal(t, n+2, st.Index.Unchanged, "once")
			assert.Equal(t, reportJSON(t, want[tc.to.Stories]), reportJSON(t, got))
		})
	}
}

// StreamDocs (crosscheck index) stores each article as Check does in the
// same mode: a check after it finds every article unchanged.
func TestStreamDocsStoresWhatCheckStores(t *testing.T) {
	const seed, n = 8, 30
	for _, stories := range []bool{true, false} {
		opt := testOptions(t)
		opt.Stories = stories
		ix := openIndex(t, "ix")
		w := ix.NewIndexer(1000)
		_, err := pipeline.StreamDocs(quakeMix(seed, n), opt, w.Put)
		require.NoError(t, err)
		require.NoError(t, w.Flush())
		if stories {
			assert.Equal(t, n+2, storedSummaries(t, ix))
		} else {
			assert.Zero(t, storedSummaries(t, ix))
		}
		_, st := check(t, quakeMix(seed, n), ix, opt)
		assert.Equal(t, n+2, st.Index.Unchanged, "stories %t", stories)
	}
}
