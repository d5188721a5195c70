package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOpenIndexLockedWithinTimeout(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	first, err := OpenIndex(dir)
	require.NoError(t, err)
	defer first.Close()

	for _, open := range []struct {
		name string
		fn   func(string) (*Index, error)
	}{
		{"writer", OpenIndex},
	} {
		t.Run(open.name, func(t *testing.T) {
			start := time.Now()
			second, err := open.fn(dir)
			elapsed := time.Since(start)
			if second != nil {
				_ = second.Close()
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrIndexLocked)
			assert.Contains(t, err.Error(), "another crosscheck process holds the index at "+dir)
			assert.Less(t, elapsed, 3*time.Second)
			assert.GreaterOrEqual(t, elapsed, time.Second, "should wait for the lock before giving up")
		})
	}
}

func TestOpenIndexAgainAfterClose(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := OpenIndex(dir)
	require.NoError(t, err)
	_, err = ix.Add(idxTestDocs(3))
	require.NoError(t, err)
	require.NoError(t, ix.Close())

	ix, err = OpenIndex(dir)
	require.NoError(t, err)
	defer ix.Close()
	n, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 3, n)
	assert.Equal(t, dir, ix.Path())
}

func TestOpenIndexReadOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := OpenIndex(dir)
	require.NoError(t, err)
	_, err = ix.Add(idxTestDocs(5))
	require.NoError(t, err)
	require.NoError(t, ix.Close())

	r1, err := OpenIndexReadOnly(dir)
	require.NoError(t, err)
	defer r1.Close()
	r2, err := OpenIndexReadOnly(dir)
	require.NoError(t, err, "readers share the index")
	defer r2.Close()

	n, err := r2.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 5, n)
	hits, total, err := r1.Search("Quillmouth", 10, 0)
	require.NoError(t, err)
	assert.EqualValues(t, 5, total)
	assert.Len(t, hits, 5)

	// A reader writes nothing: documents indexed as they are pass as
	// unchanged (so an unchanged corpus can be checked on a read-only
	// file system); a changed or a new one is refused.
	st, err := r1.Add(idxTestDocs(5))
	require.NoError(t, err)
	assert.Equal(t, IndexStats{Unchanged: 5}, st)
	changed := idxTestDocs(1)
	changed[0].Article.Text += "\nThe harbour master said so."
	_, err = r1.Add(changed)
	assert.ErrorIs(t, err, ErrReadOnly)
	_, err = r1.Add(idxTestDocs(6)[5:])
	assert.ErrorIs(t, err, ErrReadOnly)
	n, err = r2.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 5, n, "nothing was written")
}

func TestOpenIndexRefusesWhatIsNotAnIndex(t *testing.T) {
	base := t.TempDir()
	missing := filepath.Join(base, "missing")
	empty := filepath.Join(base, "empty")
	require.NoError(t, os.Mkdir(empty, 0o755))
	notes := filepath.Join(base, "notes")
	require.NoError(t, os.Mkdir(notes, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(notes, "todo.txt"), []byte("buy rope"), 0o644))
	file := filepath.Join(base, "plain.txt")
	require.NoError(t, os.WriteFile(file, []byte("not a directory"), 0o644))
	corrupt := filepath.Join(base, "corrupt")
	require.NoError(t, os.Mkdir(corrupt, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(corrupt, idxMetaFile), []byte("{"), 0o644))

	tests := []struct {
		name     string
		path     string
		readOnly bool
		want     error
	}{
		{"read-only missing", missing, true, ErrNoIndex},
		{"read-only empty dir", empty, true, ErrNoIndex},
		{"read-only other files", notes, true, ErrNotIndex},
		{"writable other files", notes, false, ErrNotIndex},
		{"writable regular file", file, false, ErrNotIndex},
		{"read-only regular file", file, true, ErrNotIndex},
		{"writable corrupt meta", corrupt, false, ErrNotIndex},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			open := OpenIndex
			if tt.readOnly {
				open = OpenIndexReadOnly
			}
			ix, err := open(tt.path)
			if ix != nil {
				_ = ix.Close()
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			var ie *IndexError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tt.path, ie.Path)
		})
	}
	_, err := os.Stat(filepath.Join(notes, idxMetaFile))
	assert.ErrorIs(t, err, os.ErrNotExist, "a refused directory is left alone")
}

func TestOpenIndexCreatesInEmptyDir(t *testing.T) {
	dir := t.TempDir()
	ix, err := OpenIndex(dir)
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	ix, err = OpenIndexReadOnly(dir)
	require.NoError(t, err)
	require.NoError(t, ix.Close())
}

func TestOpenIndexRefusesForeignBleveIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "foreign")
	bi, err := bleve.New(dir, bleve.NewIndexMapping())
	require.NoError(t, err)
	require.NoError(t, bi.Close())

	for _, open := range []func(string) (*Index, error){OpenIndex, OpenIndexReadOnly} {
		ix, err := open(dir)
		if ix != nil {
			_ = ix.Close()
		}
		assert.ErrorIs(t, err, ErrNotIndex)
	}
}

func TestIndexStoresAndIndexesWhatTheMappingSays(t *testing.T) {
	ix := idxTestClaimsIndex(t)
	req := bleve.NewSearchRequest(bleve.NewDocIDQuery([]string{"a"}))
	req.Fields = []string{"*"}
	res, err := ix.h.bi.Search(req)
	require.NoError(t, err)
	require.Len(t, res.Hits, 1)
	var stored []string
	for f := range res.Hits[0].Fields {
		stored = append(stored, f)
	}
	assert.ElementsMatch(t, []string{idxFID, idxFTitle, idxFText, idxFSource, idxFFormat, idxFPath, idxFURL,
		idxFPublished, idxFPublishedAt, idxFPublishedFrom, idxFPublishedText, idxFHash, idxFClaims, idxFParagraphs}, stored,
		"subjects are indexed, not stored; absent optional fields are not stored")

	tests := []struct {
		field, term string
		want        uint64
	}{
		{idxFSubjects, idxKeyVote, 2},     // indexed keyword
		{idxFSource, "Harbor Ledger", 3},  // keyword: the whole value is one term
		{idxFClaims, "chair", 0},          // stored only
		{idxFHash, idxTestHash(t, ix), 0}, // stored only: read back, never searched
		{"_all", "text", 0},               // no _all field
		{"unmapped", "x", 0},
	}
	for _, tt := range tests {
		q := bleve.NewTermQuery(tt.term)
		q.SetField(tt.field)
		res, err := ix.h.bi.Search(bleve.NewSearchRequest(q))
		require.NoError(t, err)
		assert.Equal(t, tt.want, res.Total, "%s:%s", tt.field, tt.term)
	}
	fields, err := ix.h.bi.Fields()
	require.NoError(t, err)
	assert.NotContains(t, fields, "_all")
}
