package store

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestCheckStateMissing(t *testing.T) {
	ix := idxTestOpen(t)
	_, err := ix.LoadCheckState()
	assert.ErrorIs(t, err, ErrNoCheckState)
}

func TestCheckStateJournalsWhatChangedSince(t *testing.T) {
	ix := idxTestOpen(t)
	docs := idxTestDocs(6) // subjects event:crossing:ferry-0 … ferry-5
	_, err := ix.Add(docs)
	require.NoError(t, err)
	mark, err := ix.JournalMark()
	require.NoError(t, err)
	require.NoError(t, ix.SaveCheckState([]byte("saved"), mark))

	st, err := ix.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []byte("saved"), st.Data)
	assert.Equal(t, Changes{}, st.Changes, "nothing written since")

	// One new article, one unchanged, one replaced with another subject.
	added := idxTestDocs(8)[7]
	moved := idxTestDocs(3)[2]
	moved.Article.Title = "Moved"
	moved.Claims = []claim.Claim{
		idxTestClaim(moved.Article.ID, "event:crossing:new-route", "2031-04-10", 0),
		idxTestClaim(moved.Article.ID, "event:crossing:new-route", "2031-04-11", 5),
	}
	_, err = ix.Add([]Doc{added, docs[0], moved})
	require.NoError(t, err)

	st, err = ix.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []byte("saved"), st.Data)
	assert.Equal(t, []string{"event:crossing:ferry-2", "event:crossing:ferry-7", "event:crossing:new-route"}, st.Changes.Subjects,
		"the new article's subject, and the replaced one's old and new subjects")
	assert.Equal(t, 1+2-1, st.Changes.Claims)
	assert.Equal(t, 1, st.Changes.Batches)
	assert.Equal(t, []string{moved.Article.ID, added.Article.ID}, st.Changes.Written, "the new and the replaced article, not the unchanged one")
	assert.Empty(t, st.Changes.Removed)
	assert.False(t, st.Changes.ArticlesUnknown)

	// Saving at the loaded mark covers those changes.
	require.NoError(t, ix.SaveCheckState([]byte("again"), st.Mark))
	st, err = ix.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []byte("again"), st.Data)
	assert.Empty(t, st.Changes.Subjects)
	assert.Empty(t, st.Changes.Written)

	// A removal is journaled with the article's ID.
	gone, err := ix.Remove([]string{docs[1].Article.ID})
	require.NoError(t, err)
	require.Len(t, gone, 1)
	st, err = ix.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []string{docs[1].Article.ID}, st.Changes.Removed)
	assert.Empty(t, st.Changes.Written)
}

func TestCheckStateSurvivesReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := OpenIndex(dir)
	require.NoError(t, err)
	_, err = ix.Add(idxTestDocs(2))
	require.NoError(t, err)
	require.NoError(t, ix.SaveCheckState([]byte("kept"), 0))
	w := ix.NewIndexer(1)
	for _, d := range idxTestDocs(5)[2:] {
		require.NoError(t, w.Put(d))
	}
	require.NoError(t, w.Flush())
	require.NoError(t, ix.Close())

	ro, err := OpenIndexReadOnly(dir)
	require.NoError(t, err)
	defer ro.Close()
	st, err := ro.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []byte("kept"), st.Data)
	assert.Equal(t, 3, st.Changes.Batches, "a batch of one per document")
	assert.Len(t, st.Changes.Subjects, 3)
	assert.ErrorIs(t, ro.SaveCheckState([]byte("no"), st.Mark), ErrReadOnly)
}

func TestCheckStateRefusesWhatDoesNotMatch(t *testing.T) {
	tests := []struct {
		name  string
		state string
	}{
		{"not a state file", "hello"},
		{"mark past the journal", idxStateMagic + "9\nx"},
		{"mark not a number", idxStateMagic + "nine\nx"},
		{"no newline", idxStateMagic + "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := idxTestOpen(t)
			require.NoError(t, ix.SaveCheckState([]byte("good"), 0))
			require.NoError(t, os.WriteFile(filepath.Join(ix.Path(), idxStateFile), []byte(tt.state), 0o644))
			_, err := ix.LoadCheckState()
			assert.ErrorIs(t, err, ErrNoCheckState)
		})
	}
}

func TestCheckStateMissingJournalEntry(t *testing.T) {
	ix := idxTestOpen(t)
	require.NoError(t, ix.SaveCheckState([]byte("s"), 0))
	_, err := ix.Add(idxTestDocs(1))
	require.NoError(t, err)
	require.NoError(t, ix.h.bi.DeleteInternal(idxJournalEntryKey(1)))
	_, err = ix.LoadCheckState()
	assert.ErrorIs(t, err, ErrNoCheckState)
}

func TestDropCheckState(t *testing.T) {
	ix := idxTestOpen(t)
	require.NoError(t, ix.DropCheckState(), "nothing to drop is fine")
	require.NoError(t, ix.SaveCheckState([]byte("s"), 0))
	require.NoError(t, ix.DropCheckState())
	_, err := ix.LoadCheckState()
	assert.ErrorIs(t, err, ErrNoCheckState)
}

func TestSaveCheckStateRefusesAMarkAhead(t *testing.T) {
	ix := idxTestOpen(t)
	assert.Error(t, ix.SaveCheckState([]byte("s"), 3))
}

func TestNoJournalWithoutCheckState(t *testing.T) {
	ix := idxTestOpen(t)
	_, err := ix.Add(idxTestDocs(3))
	require.NoError(t, err)
	mark, err := ix.JournalMark()
	require.NoError(t, err)
	assert.Zero(t, mark, "nothing is journaled before a check state exists")
	v, err := ix.h.bi.GetInternal(idxJournalEntryKey(1))
	require.NoError(t, err)
	assert.Nil(t, v)
}

func TestIndexerWriteErrorReachesCaller(t *testing.T) {
	ix, err := OpenIndex(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	w := ix.NewIndexer(2)
	require.NoError(t, ix.Close()) // writes now fail
	docs := idxTestDocs(7)
	var putErr error
	for _, d := range docs {
		if putErr = w.Put(d); putErr != nil {
			break
		}
	}
	flushErr := w.Flush()
	assert.True(t, putErr != nil || flushErr != nil, "put: %v, flush: %v", putErr, flushErr)
	assert.NoError(t, w.Flush(), "the error is reported once")
}

func TestIndexerCapsBatchBytes(t *testing.T) {
	ix := idxTestOpen(t)
	require.NoError(t, ix.SaveCheckState(nil, 0)) // the journal counts batches
	w := ix.NewIndexer(1000)
	w.maxBytes = 1500 // a few small documents
	for _, d := range idxTestDocs(40) {
		require.NoError(t, w.Put(d))
		assert.Less(t, w.bytes, 1500, "a batch goes when the cap is reached")
	}
	require.NoError(t, w.Flush())
	assert.Equal(t, IndexStats{Indexed: 40}, w.Stats())
	st, err := ix.LoadCheckState()
	require.NoError(t, err)
	assert.Greater(t, st.Changes.Batches, 4, "40 documents, far below the batch size, went in several batches")
	assert.Equal(t, 40, st.Changes.Claims)
}

func TestEachClaimsVisitsEveryArticleInIDOrder(t *testing.T) {
	ix := idxTestOpen(t)
	docs := idxTestDocs(2345) // more than a page
	_, err := ix.Add(docs)
	require.NoError(t, err)
	i := 0
	err = ix.EachClaims(func(info ArticleInfo, pc PackedClaims) error {
		require.Equal(t, fmt.Sprintf("doc-%05d", i), info.ID)
		cs, err := pc.Claims()
		require.NoError(t, err)
		require.Equal(t, docs[i].Claims, cs)
		i++
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, len(docs), i)

	stop := fmt.Errorf("enough")
	err = ix.EachClaims(func(ArticleInfo, PackedClaims) error { return stop })
	assert.ErrorIs(t, err, stop)
}

// A reader's snapshot links the state rather than copying it: a state
// saved after the reader opened replaces the index's file, never the
// reader's, and closing the reader leaves the index's state.
func TestReaderKeepsTheStateItOpenedWith(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := OpenIndex(dir)
	require.NoError(t, err)
	defer ix.Close()
	_, err = ix.Add(idxTestDocs(2))
	require.NoError(t, err)
	mark, err := ix.JournalMark()
	require.NoError(t, err)
	require.NoError(t, ix.SaveCheckState([]byte("first"), mark))

	ro, err := OpenIndexReadOnly(dir)
	require.NoError(t, err)
	require.NoError(t, ix.SaveCheckState([]byte("second"), mark))
	st, err := ro.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []byte("first"), st.Data)
	require.NoError(t, ro.Close())

	st, err = ix.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []byte("second"), st.Data)
	ro, err = OpenIndexReadOnly(dir)
	require.NoError(t, err)
	defer ro.Close()
	st, err = ro.LoadCheckState()
	require.NoError(t, err)
	assert.Equal(t, []byte("second"), st.Data)
}
