package read_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/internal/seeds"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readersSeedDir is the shared seed folder beside the repository. CI must
// have it; elsewhere the test is skipped when it is missing.
func readersSeedDir(t *testing.T) string {
	t.Helper()
	return seeds.Dir(t)
}

func TestReadSeeds(t *testing.T) {
	dir := readersSeedDir(t)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var stems []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			stems = append(stems, strings.TrimSuffix(e.Name(), ".txt"))
		}
	}
	sort.Strings(stems)
	require.Len(t, stems, 5)

	arts, stats, problems, err := read.All([]string{dir}, read.Options{})
	require.NoError(t, err)
	assert.Empty(t, problems)
	assert.Equal(t, 5, stats.Files)
	var ids []string
	byID := map[string]*article.Article{}
	for _, a := range arts {
		readersCheckSpans(t, a)
		assert.NotEmpty(t, a.Paragraphs)
		ids = append(ids, a.ID)
		byID[a.ID] = a
	}
	assert.Equal(t, stems, ids)

	first := byID["000_9016116c9163845c"]
	require.NotNil(t, first)
	assert.Equal(t, time.Date(2025, time.September, 28, 0, 0, 0, 0, time.UTC), first.Published)
	assert.Equal(t, article.DateFromDateline, first.PublishedFrom)
	assert.Equal(t, "Sunday, September 28, 2025", first.PublishedText)
	require.NotNil(t, first.DatelineSpan)
	assert.Equal(t, article.Span{Start: 0, End: len("Sunday, September 28, 2025")}, *first.DatelineSpan)
	assert.Equal(t, "Kremlin Extends Summit Invitation to US President for Talks in Moscow Amid High Tensions", first.Title)

	// A section label ("World News") is not a title.
	assert.Equal(t, "Putin Awaits Trump Decision On Moscow Summit Invitation", byID["001_6ca0a769316a5c93"].Title)
	// A first line that is a long paragraph is not a title.
	assert.Empty(t, byID["002_a0f14f4920910d6b"].Title)

	// Text is each file byte for byte.
	for _, stem := range stems {
		raw, err := os.ReadFile(filepath.Join(dir, stem+".txt"))
		require.NoError(t, err)
		assert.Equal(t, string(raw), byID[stem].Text, stem)
	}
}
