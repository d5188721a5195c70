package gen

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The in-memory articles are what the corpus readers make of the files.
func TestReadersReadWhatWasWritten(t *testing.T) {
	opt := Options{Articles: 150, Seed: 8}
	dir := t.TempDir()
	_, _, err := WriteDir(dir, opt)
	require.NoError(t, err)
	want := map[string]*article.Article{}
	paths := map[string]bool{}
	for _, a := range Articles(opt) {
		want[a.ID] = a
		paths[a.Path] = true
	}
	seen := 0
	for p := range paths {
		got, problems := read.File(filepath.Join(dir, filepath.FromSlash(p)), read.Options{})
		require.Empty(t, problems, p)
		for _, g := range got {
			w := want[g.ID]
			require.NotNil(t, w, "unexpected ID %s in %s", g.ID, p)
			seen++
			assert.Equal(t, w.Title, g.Title, g.ID)
			assert.True(t, w.Published.Equal(g.Published), "%s: %v vs %v", g.ID, w.Published, g.Published)
			assert.Equal(t, w.PublishedFrom, g.PublishedFrom, g.ID)
			assert.Equal(t, w.Source, g.Source, g.ID)
			assert.Equal(t, w.URL, g.URL, g.ID)
			assert.Equal(t, w.Line, g.Line, g.ID)
			assert.Equal(t, w.Format, g.Format, g.ID)
			assert.Equal(t, w.Text, g.Text, g.ID)
			if w.Format != FormatHTML {
				assert.Equal(t, w.PublishedText, g.PublishedText, g.ID)
				assert.Equal(t, w.Paragraphs, g.Paragraphs, g.ID)
				assert.Equal(t, w.DatelineSpan, g.DatelineSpan, g.ID)
				assert.Equal(t, w.Meta, g.Meta, g.ID)
			}
		}
	}
	assert.Equal(t, len(want), seen)
}
