package store

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/internal/seeds"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// idxTestArticle builds an article about invented people and places.
func idxTestArticle(id, title, text string) *article.Article {
	return &article.Article{
		ID:            id,
		Title:         title,
		Source:        "Harbor Ledger",
		URL:           "https://ledger.example/" + id,
		Published:     time.Date(2031, 4, 9, 0, 0, 0, 0, time.UTC),
		PublishedFrom: article.DateFromMetadata,
		PublishedText: "April 9, 2031",
		Text:          text,
		Paragraphs:    article.SplitParagraphs(text),
		Path:          "feeds/" + id + ".md",
		Format:        "md",
	}
}

// idxTestClaim is a claim about key whose evidence starts at start.
func idxTestClaim(article, key, value string, start int) claim.Claim {
	return claim.Claim{
		Kind:       claim.KindDate,
		SubjectKey: claim.Key(key),
		Subject:    key,
		Value:      value,
		ValueText:  value,
		Modality:   claim.Asserted,
		Evidence:   claim.Evidence{Article: article, Start: start, End: start + len(value)},
	}
}

func idxTestOpen(t testing.TB) *Index {
	t.Helper()
	ix, err := OpenIndex(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	return ix
}

// idxTestDocs makes n small distinct documents, IDs zero-padded.
func idxTestDocs(n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		id := fmt.Sprintf("doc-%05d", i)
		text := fmt.Sprintf("Ferry number %d left Quillmouth harbour at dawn.\nThe crossing to Brannock took %d hours.", i, i%7+1)
		docs[i] = Doc{Article: idxTestArticle(id, fmt.Sprintf("Ferry %d", i), text),
			Claims: []claim.Claim{idxTestClaim(id, fmt.Sprintf("event:crossing:ferry-%d", i%10), "2031-04-09", 0)}}
	}
	return docs
}

// idxSeedsDir is the shared seed folder, or "" (and a skip) when absent;
// under CI a missing folder fails the test.
func idxSeedsDir(t *testing.T) string {
	t.Helper()
	return seeds.Dir(t)
}

// idxTestHash is the stored content hash of article "a".
func idxTestHash(t *testing.T, ix *Index) string {
	t.Helper()
	hashes, err := ix.idxHashes([]idxPending{{id: "a"}})
	require.NoError(t, err)
	require.NotEmpty(t, hashes["a"].hash)
	return hashes["a"].hash
}
