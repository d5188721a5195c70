package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Any number of readers open beside a writer that holds the index, see
// what it had committed, and see what it adds after a Refresh; closing
// them leaves nothing behind.
func TestReadersBesideWriter(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "idx")
	w, err := OpenIndex(dir)
	require.NoError(t, err)
	defer w.Close()
	docs := idxTestDocs(6)
	_, err = w.Add(docs[:3])
	require.NoError(t, err)

	var readers []*Index
	for range 3 {
		r, err := OpenIndexReadOnly(dir)
		require.NoError(t, err, "a reader beside an open writer")
		readers = append(readers, r)
		n, err := r.Count()
		require.NoError(t, err)
		assert.EqualValues(t, 3, n)
	}
	r := readers[0]

	_, err = w.Add(docs[3:])
	require.NoError(t, err)
	n, err := r.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 3, n, "a reader's view is fixed until it refreshes")
	changed, err := r.Refresh()
	require.NoError(t, err)
	assert.True(t, changed)
	n, err = r.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 6, n)
	_, _, err = r.Get(docs[5].Article.ID)
	require.NoError(t, err)

	// A writer can still be the one writer; a second is refused.
	_, err = OpenIndex(dir)
	assert.ErrorIs(t, err, ErrIndexLocked)

	for _, r := range readers {
		require.NoError(t, r.Close())
	}
	entries, err := os.ReadDir(base)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.Contains(e.Name(), idxReading), "leftover snapshot %s", e.Name())
	}
}

// A writer can start while readers are open (they hold no lock on the
// index), and a reader's operations fail cleanly after Close.
func TestWriterBesideReaders(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	w, err := OpenIndex(dir)
	require.NoError(t, err)
	_, err = w.Add(idxTestDocs(2))
	require.NoError(t, err)
	require.NoError(t, w.Close())

	r, err := OpenIndexReadOnly(dir)
	require.NoError(t, err)
	w, err = OpenIndex(dir)
	require.NoError(t, err, "a writer beside an open reader")
	require.NoError(t, w.Close())
	require.NoError(t, r.Close())
	_, err = r.Count()
	assert.Error(t, err)
}
