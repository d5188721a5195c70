package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// A file longer than extract.SectionBytes is checked, indexed, found and
// removed as one article: a contradiction between its first paragraph
// and its last is found, with offsets into its whole text as the index
// gives it back.
func TestLongArticleCheckedAsOne(t *testing.T) {
	dir := t.TempDir()
	filler := "The Tarnholt ferry ran late again on a windy morning, the harbour office said.\n\n"
	first := "The opening of the Velmora bridge on 14 May 2031 went ahead, the council said.\n\n"
	last := "The opening of the Velmora bridge on 20 May 2031 went ahead, the council said.\n"
	text := first + strings.Repeat(filler, 2*extract.SectionBytes/len(filler)) + last
	path := filepath.Join(dir, "long.txt")
	require.NoError(t, os.WriteFile(path, []byte("Weir log\n\n"+text), 0o644))
	ix, err := store.OpenIndex(filepath.Join(dir, "idx"))
	require.NoError(t, err)
	defer ix.Close()
	opt := testOptions(t)
	opt.Read = read.Options{MaxBytes: 10 << 20}
	rep, _, err := pipeline.Check(pipeline.Source{Paths: []string{path}}, ix, opt)
	require.NoError(t, err)

	a, claims, err := ix.Get("long")
	require.NoError(t, err)
	require.Greater(t, len(a.Text), 2*extract.SectionBytes)
	assert.True(t, strings.HasSuffix(strings.TrimSpace(a.Text), strings.TrimSpace(last)), "the whole text comes back")
	var found bool
	for _, d := range rep.Discrepancies {
		if d.SubjectKey != "event:opening:velmora bridge" {
			continue
		}
		found = true
		var values []string
		for _, c := range d.Claims {
			values = append(values, c.Value)
			assert.Equal(t, c.Text, a.Text[c.SentenceStart:c.SentenceEnd])
			assert.Equal(t, c.ValueText, a.Text[c.Start:c.End])
		}
		assert.ElementsMatch(t, []string{"2031-05-14", "2031-05-20"}, values)
	}
	assert.True(t, found, "the two dates of the opening disagree: %+v", rep.Discrepancies)
	require.NotEmpty(t, claims)
	for _, c := range claims {
		assert.Equal(t, c.ValueText, a.Text[c.Evidence.Start:c.Evidence.End])
	}

	hits, total, err := ix.Search("\"20 May 2031\"", 10, 0)
	require.NoError(t, err)
	assert.EqualValues(t, 1, total)
	require.Len(t, hits, 1)
	assert.Equal(t, "long", hits[0].ID)
	n, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 1, n)

	// The file gone, a check removes the article with every part.
	require.NoError(t, os.Remove(path))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "other.txt"), []byte("Other\n\n"+filler), 0o644))
	_, st, err := pipeline.Check(pipeline.Source{Paths: []string{dir}}, ix, opt)
	require.NoError(t, err)
	assert.Equal(t, []string{"long"}, st.Removed)
	hits, total, err = ix.Search("\"20 May 2031\"", 10, 0)
	require.NoError(t, err)
	assert.Zero(t, total)
	assert.Empty(t, hits)
}
