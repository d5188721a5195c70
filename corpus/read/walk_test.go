package read_test

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWalk(t *testing.T) {
	root := readersFixture("walk")
	var seen []string
	stats, problems, err := read.Walk([]string{root}, read.Options{}, func(a *article.Article) error {
		readersCheckSpans(t, a)
		seen = append(seen, a.ID+"@"+a.Format)
		return nil
	})
	require.NoError(t, err)
	// Sorted order; hidden files and directories skipped; fn sees both
	// articles with a duplicated ID.
	assert.Equal(t, []string{"a-story@txt", "dup-id@md", "dup-id@jsonl", "feed-2@jsonl", "d-page@html", "e-json@json"}, seen)
	assert.Equal(t, 6, stats.Articles)
	assert.Equal(t, 6, stats.Files) // five readable files and garbage.txt
	assert.Equal(t, map[string]int{"": 1, ".png": 1}, stats.SkippedExt)
	assert.Equal(t, []string{readersFixture("walk", "garbage.txt")}, stats.SkippedFiles)
	assert.Positive(t, stats.Bytes)

	require.Len(t, problems, 2)
	assert.ErrorIs(t, problems[0], read.ErrDuplicateArticleID)
	assert.Equal(t, readersFixture("walk", "c-feed.jsonl"), problems[0].Path)
	assert.Equal(t, 1, problems[0].Line)
	assert.Contains(t, problems[0].Reason, readersFixture("walk", "b-notes.md"))
	assert.ErrorIs(t, problems[1], read.ErrFileBinary)
}

func TestReadAllLaterDuplicateWinsInPlace(t *testing.T) {
	arts, _, problems, err := read.All([]string{readersFixture("walk")}, read.Options{})
	require.NoError(t, err)
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"a-story", "dup-id", "feed-2", "d-page", "e-json"}, ids)
	assert.Equal(t, "Board Notes, Revised", arts[1].Title)
	assert.Len(t, problems, 2)
}

func TestWalkPathsGivenByUser(t *testing.T) {
	missing := readersFixture("walk", "no-such-dir")
	file := readersFixture("walk", "a-story.txt")
	unsupported := readersFixture("walk", "image.png")
	arts, stats, problems, err := read.All([]string{missing, file, unsupported}, read.Options{})
	require.NoError(t, err)
	require.Len(t, arts, 1)
	assert.Equal(t, "a-story", arts[0].ID)
	assert.Equal(t, map[string]int{".png": 1}, stats.SkippedExt)
	require.Len(t, problems, 2)
	assert.ErrorIs(t, problems[0], read.ErrPathMissing)
	assert.Equal(t, missing, problems[0].Path)
	assert.ErrorIs(t, problems[1], read.ErrUnsupportedFormat)
}

// The same file given twice is a duplicate of itself, and reported.
func TestWalkSameFileTwice(t *testing.T) {
	file := readersFixture("walk", "a-story.txt")
	arts, _, problems, err := read.All([]string{file, file}, read.Options{})
	require.NoError(t, err)
	assert.Len(t, arts, 1)
	require.Len(t, problems, 1)
	assert.ErrorIs(t, problems[0], read.ErrDuplicateArticleID)
}

func TestWalkStopsOnCallbackError(t *testing.T) {
	stop := errors.New("enough")
	for _, returned := range []error{stop, fs.SkipAll, fs.SkipDir} {
		t.Run(returned.Error(), func(t *testing.T) {
			calls := 0
			_, _, err := read.Walk([]string{readersFixture("walk")}, read.Options{}, func(*article.Article) error {
				calls++
				return returned
			})
			assert.Equal(t, returned, err)
			assert.Equal(t, 1, calls)
		})
	}
}

func TestWalkFS(t *testing.T) {
	fsys := fstest.MapFS{
		"news/b.txt":          {Data: []byte("Second Story\n\nThe second story is here.\n")},
		"news/a.md":           {Data: []byte("---\nid: first\n---\nThe first story is here.\n")},
		"news/.hidden/c.txt":  {Data: []byte("Hidden.\n")},
		"news/deep/feed.json": {Data: []byte(`[{"text": "A record."}, {"id": "first", "text": "Again."}]`)},
		"news/logo.svg":       {Data: []byte("<svg/>")},
		"news/empty.txt":      {Data: []byte("\n")},
	}
	arts, stats, problems, err := read.AllFS(fsys, "news", read.Options{})
	require.NoError(t, err)
	var ids []string
	for _, a := range arts {
		readersCheckSpans(t, a)
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"first", "b", "feed-1"}, ids)
	assert.Equal(t, "Again.", arts[0].Text)
	assert.Equal(t, "news/deep/feed.json", arts[0].Path)
	assert.Equal(t, map[string]int{".svg": 1}, stats.SkippedExt)
	assert.Equal(t, 4, stats.Files)
	require.Len(t, problems, 2)
	assert.ErrorIs(t, problems[0], read.ErrDuplicateArticleID)
	assert.ErrorIs(t, problems[1], read.ErrFileEmpty)

	_, _, problems, err = read.AllFS(fsys, "nowhere", read.Options{})
	require.NoError(t, err)
	require.Len(t, problems, 1)
	assert.ErrorIs(t, problems[0], read.ErrPathMissing)
}
