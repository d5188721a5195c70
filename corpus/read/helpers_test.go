package read_test

import (
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/require"
)

// readersFixture is the path of a fixture under testdata/readers.
func readersFixture(parts ...string) string {
	return filepath.Join(append([]string{"testdata", "readers"}, parts...)...)
}

// readersCheckSpans fails unless every span of a lies inside Text, on UTF-8
// boundaries, and covers non-blank text; Text itself must be valid UTF-8.
func readersCheckSpans(t testing.TB, a *article.Article) {
	t.Helper()
	require.True(t, utf8.ValidString(a.Text), "%s: text is not valid UTF-8", a.ID)
	spans := append([]article.Span(nil), a.Paragraphs...)
	if a.DatelineSpan != nil {
		spans = append(spans, *a.DatelineSpan)
	}
	for i, s := range spans {
		require.True(t, s.Start >= 0 && s.Start < s.End && s.End <= len(a.Text),
			"%s: span %d %+v outside text of %d bytes", a.ID, i, s, len(a.Text))
		require.True(t, utf8.RuneStart(a.Text[s.Start]), "%s: span %d starts inside a rune", a.ID, i)
		require.True(t, s.End == len(a.Text) || utf8.RuneStart(a.Text[s.End]), "%s: span %d ends inside a rune", a.ID, i)
		require.NotEmpty(t, readersTrim(a.Text[s.Start:s.End]), "%s: span %d is blank", a.ID, i)
	}
}

func readersTrim(s string) string {
	start, end := 0, len(s)
	for start < end && (s[start] == ' ' || s[start] == '\t' || s[start] == '\r' || s[start] == '\n') {
		start++
	}
	for end > start && (s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == '\r' || s[end-1] == '\n') {
		end--
	}
	return s[start:end]
}

// readersOne reads a file that must give exactly one article and no problem.
func readersOne(t *testing.T, path string) *article.Article {
	t.Helper()
	arts, problems := read.File(path, read.Options{})
	require.Empty(t, problems)
	require.Len(t, arts, 1)
	readersCheckSpans(t, arts[0])
	return arts[0]
}

// readersDay is midnight UTC of a date, as readers store dates.
func readersDay(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
