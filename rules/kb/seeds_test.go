package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/seeds"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedText reads the seed articles, which live beside the repository in
// shared/seeds. In CI they must be there; elsewhere the test is skipped.
func seedText(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seeds.Dir(t), "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no seed articles")
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

// The words the seed articles use for places resolve to the right places,
// with capitals standing for their countries.
func TestSeedPlaceWordsResolve(t *testing.T) {
	text := seedText(t)
	k := loadDefault(t)
	tests := []struct{ word, key, metonymOf string }{
		{"Moscow", "ru/moscow", "ru"},
		{"Washington", "us/washington", "us"},
		{"Minsk", "by/minsk", "by"},
		{"Russian", "ru", ""},
		{"Ukraine", "ua", ""},
		{"American", "us", ""},
		{"US", "us", ""},
		{"Alaska", "us/alaska", ""},
		{"Zaporizhzhia", "ua/zaporizhzhia", ""},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			require.Contains(t, text, tt.word, "the seeds no longer use this word")
			p, ok := k.Place(tt.word)
			require.True(t, ok)
			assert.Equal(t, tt.key, p.Key)
			assert.Equal(t, tt.metonymOf, p.MetonymOf)
		})
	}
}

// The people and institutions the seeds name resolve to offices, and the
// knowledge base can tell who held them when the seeds were published.
func TestSeedHoldersResolve(t *testing.T) {
	text := seedText(t)
	k := loadDefault(t)
	published := day("2025-09-28")
	for _, name := range []string{"Kremlin", "White House"} {
		require.Contains(t, text, name)
		_, ok := k.Institution(name)
		assert.True(t, ok, name)
	}
	tests := []struct {
		name, office string
		inOffice     bool // holds the office on the publication day
	}{
		{"Putin", "ru:president", true},
		{"Trump", "us:president", true},
		{"Zelensky", "ua:president", true},
		{"Biden", "us:president", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, text, tt.name)
			terms := k.TermsOf(tt.office, tt.name)
			require.NotEmpty(t, terms)
			holder, ok := k.HolderAt(tt.office, published)
			require.True(t, ok)
			assert.Equal(t, tt.inOffice, containsTerm(terms, holder))
		})
	}
}
