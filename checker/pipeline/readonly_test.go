package pipeline_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// A corpus that has not changed since it was indexed can be checked on an
// index opened read-only (a read-only file system, a copy shipped to a
// fact-checker): the report is the writer's; a new article is refused
// with ErrReadOnly and nothing is written.
func TestCheckUnchangedCorpusOnReadOnlyIndex(t *testing.T) {
	const seed, n = 11, 60
	opt := testOptions(t)
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := store.OpenIndex(dir)
	require.NoError(t, err)
	want, _ := check(t, generated(seed, 0, n), ix, opt)
	require.NotEmpty(t, want.Discrepancies, "the generated corpus plants contradictions")
	require.NoError(t, ix.Close())

	ro, err := store.OpenIndexReadOnly(dir)
	require.NoError(t, err)
	defer ro.Close()
	got, st, err := pipeline.Check(generated(seed, 0, n), ro, opt)
	require.NoError(t, err)
	assert.Equal(t, n, st.Index.Unchanged)
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got))

	_, _, err = pipeline.Check(generated(seed, 0, n+1), ro, opt)
	assert.ErrorIs(t, err, store.ErrReadOnly)
	count, err := ro.Count()
	require.NoError(t, err)
	assert.EqualValues(t, n, count)
}
