package pipeline

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Both full links, a full check's and a re-check's that cannot place its
// articles, save the same link: every article's story, the stories'
// names, the key each event claim is compared under and the document
// frequencies. A re-check placing articles relies on all of them.
func TestFullLinksSaveTheSameLink(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	rs, err := rules.Default()
	require.NoError(t, err)
	opt := Options{KB: k, Rules: rs, Stories: true}
	ix, err := store.OpenIndex(filepath.Join(t.TempDir(), "ix"))
	require.NoError(t, err)
	defer ix.Close()
	const n = 90
	src := Source{Each: func(fn func(*article.Article) error) error {
		return gen.Stream(gen.Options{Articles: n, Seed: 6}, fn)
	}}
	_, _, err = Check(src, ix, opt)
	require.NoError(t, err)
	c, _, err := loadCache(ix, fingerprint(opt))
	require.NoError(t, err)
	require.NotNil(t, c)
	require.NotNil(t, c.link, "a check with stories saves its link")
	ls := c.link
	assert.Equal(t, n, ls.Linked)
	assert.Len(t, ls.Parts, n, "every generated article is in a story")
	assert.NotEmpty(t, ls.Names)
	assert.NotEmpty(t, ls.Keys)

	_, _, again, err := indexStoryClaims(ix, opt)
	require.NoError(t, err)
	want, err := json.Marshal(again)
	require.NoError(t, err)
	got, err := json.Marshal(ls)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got))
}
