package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Removing articles journals the subjects their claims were about, so a
// check after it re-compares exactly those.
func TestRemoveJournalsRemovedSubjects(t *testing.T) {
	ix := idxTestOpen(t)
	docs := idxTestDocs(4)
	_, err := ix.Add(docs)
	require.NoError(t, err)
	mark, err := ix.JournalMark()
	require.NoError(t, err)
	require.NoError(t, ix.SaveCheckState([]byte("saved"), mark))

	removed, err := ix.Remove([]string{"doc-00003", "no-such-doc", "doc-00001", "doc-00003"})
	require.NoError(t, err)
	assert.Equal(t, []string{"doc-00001", "doc-00003"}, removed)

	n, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 2, n)
	_, _, err = ix.Get("doc-00001")
	assert.ErrorIs(t, err, ErrNotFound)

	st, err := ix.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []string{"event:crossing:ferry-1", "event:crossing:ferry-3"}, st.Changes.Subjects)
	assert.Equal(t, -2, st.Changes.Claims)

	removed, err = ix.Remove([]string{"no-such-doc"})
	require.NoError(t, err)
	assert.Empty(t, removed)
}

func TestRemoveRefusedReadOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := OpenIndex(dir)
	require.NoError(t, err)
	_, err = ix.Add(idxTestDocs(1))
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	ro, err := OpenIndexReadOnly(dir)
	require.NoError(t, err)
	defer ro.Close()
	_, err = ro.Remove([]string{"doc-00000"})
	assert.ErrorIs(t, err, ErrReadOnly)
	removed, err := ro.Remove([]string{"no-such-doc"})
	require.NoError(t, err, "removing nothing writes nothing")
	assert.Empty(t, removed)
}

// ArticlesUnder finds the articles read from inside a root, whatever
// spelling of the root was used.
func TestArticlesUnder(t *testing.T) {
	ix := idxTestOpen(t)
	base := t.TempDir()
	docs := idxTestDocs(3)
	docs[0].Article.Path = filepath.Join(base, "news", "a.txt")
	docs[1].Article.Path = filepath.Join(base, "newsroom", "b.txt")
	docs[2].Article.Path = ""
	_, err := ix.Add(docs)
	require.NoError(t, err)

	wd, err := os.Getwd()
	require.NoError(t, err)
	rel, err := filepath.Rel(wd, filepath.Join(base, "news"))
	require.NoError(t, err)
	for _, root := range []string{filepath.Join(base, "news"), filepath.Join(base, "news") + "/", rel} {
		got, err := ix.ArticlesUnder([]string{root})
		require.NoError(t, err)
		assert.Equal(t, map[string]string{"doc-00000": docs[0].Article.Path}, got, root)
	}
}
