package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/article"
)

func TestIndexRoundTrip(t *testing.T) {
	text := "MARLOW BAY, April 9, 2031\nThe harbour council of Marlow Bay voted on Tuesday to close the old pier.\n\n\"It is a sad day,\" said Edda Vorn, the council's chair."
	full := idxTestArticle("full", "Council closes old pier", text)
	full.DatelineSpan = &article.Span{Start: 0, End: 25}
	full.PublishedFrom = article.DateFromDateline
	full.Line = 7
	full.Format = "jsonl"
	full.Meta = map[string]string{"author": "Tobin Rask", "section": "Harbour"}

	bare := &article.Article{ID: "bare", Text: "Only words.", PublishedFrom: article.DateUnknown}
	zoned := idxTestArticle("zoned", "Late edition", "Printed just before midnight.")
	zoned.Published = time.Date(2031, 4, 9, 23, 30, 0, 0, time.FixedZone("", 3*3600))

	fullClaims := []claim.Claim{
		idxTestClaim("full", "event:vote:marlow-bay-pier", "2031-04-08", 70),
		{Kind: claim.KindQuote, SubjectKey: "quote:it is a sad day", Value: "person:edda vorn", Modality: claim.Reported,
			Evidence: claim.Evidence{Article: "full", Start: 100, End: 115, Sentence: "\"It is a sad day,\""},
			Quote:    &claim.QuoteValue{Words: "it is a sad day", Speaker: "Edda Vorn", SpeakerKey: "person:edda vorn"}},
	}
	tests := []struct {
		name   string
		doc    Doc
		sameTZ bool
	}{
		{"all fields", Doc{Article: full, Claims: fullClaims}, true},
		{"bare article, no claims", Doc{Article: bare}, true},
		{"date with zone", Doc{Article: zoned}, false},
	}
	ix := idxTestOpen(t)
	var docs []Doc
	for _, tt := range tests {
		docs = append(docs, tt.doc)
	}
	st, err := ix.Add(docs)
	require.NoError(t, err)
	assert.Equal(t, IndexStats{Indexed: len(docs)}, st)

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, claims, err := ix.Get(tt.doc.Article.ID)
			require.NoError(t, err)
			want := *tt.doc.Article
			if !tt.sameTZ {
				assert.True(t, want.Published.Equal(got.Published))
				_, wantOff := want.Published.Zone()
				_, gotOff := got.Published.Zone()
				assert.Equal(t, wantOff, gotOff, "the zone offset survives")
				got.Published, want.Published = time.Time{}, time.Time{}
			}
			assert.Equal(t, &want, got)
			assert.Equal(t, tt.doc.Claims, claims)
		})
	}
}

func TestIndexGetMissing(t *testing.T) {
	ix := idxTestOpen(t)
	_, _, err := ix.Get("nowhere")
	assert.ErrorIs(t, err, ErrNotFound)
}

func TestIndexReindexSkipsUnchangedAndReplacesChanged(t *testing.T) {
	ix := idxTestOpen(t)
	docs := idxTestDocs(20)
	st, err := ix.Add(docs)
	require.NoError(t, err)
	assert.Equal(t, IndexStats{Indexed: 20}, st)

	st, err = ix.Add(idxTestDocs(20))
	require.NoError(t, err)
	assert.Equal(t, IndexStats{Unchanged: 20}, st)

	changed := idxTestDocs(20)
	changed[3].Article.Text = "The ferry to Brannock was cancelled because of fog."
	changed[3].Article.Paragraphs = article.SplitParagraphs(changed[3].Article.Text)
	st, err = ix.Add(changed)
	require.NoError(t, err)
	assert.Equal(t, IndexStats{Replaced: 1, Unchanged: 19}, st)

	claimsOnly := idxTestDocs(20)
	claimsOnly[5].Claims[0].Value = "2031-04-10"
	st, err = ix.Add(claimsOnly[5:6])
	require.NoError(t, err)
	assert.Equal(t, IndexStats{Replaced: 1}, st, "a claim change alone replaces")

	n, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 20, n)
	a, _, err := ix.Get(docs[3].Article.ID)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "cancelled because of fog")
	_, total, err := ix.Search("fog", 10, 0)
	require.NoError(t, err)
	assert.EqualValues(t, 1, total)
}

func TestIndexerBatchesOverThousand(t *testing.T) {
	ix := idxTestOpen(t)
	const n = 2345
	w := ix.NewIndexer(1000)
	docs := idxTestDocs(n)
	for i := len(docs) - 1; i >= 0; i-- { // reversed: List must sort
		require.NoError(t, w.Put(docs[i]))
	}
	// Handing over the second batch waits for the writer to take it, so
	// the first is written; the second may still be in flight.
	assert.GreaterOrEqual(t, w.Stats().Indexed, 1000, "at most one batch is in flight before Flush")
	require.NoError(t, w.Close())
	assert.Equal(t, IndexStats{Indexed: n}, w.Stats())

	count, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, n, count)
	infos, err := ix.List()
	require.NoError(t, err)
	require.Len(t, infos, n)
	for i, info := range infos {
		require.Equal(t, fmt.Sprintf("doc-%05d", i), info.ID)
	}
	assert.Equal(t, "Ferry 0", infos[0].Title)
	assert.Equal(t, article.DateFromMetadata, infos[0].PublishedFrom)
	assert.Equal(t, 2031, infos[0].Published.Year())
}

func TestIndexerLaterDuplicateWins(t *testing.T) {
	ix := idxTestOpen(t)
	first := idxTestDocs(1)[0]
	second := idxTestDocs(1)[0]
	second.Article.Title = "Second telling"
	st, err := ix.Add([]Doc{first, second})
	require.NoError(t, err)
	assert.Equal(t, IndexStats{Indexed: 1}, st)
	a, _, err := ix.Get(first.Article.ID)
	require.NoError(t, err)
	assert.Equal(t, "Second telling", a.Title)
}

func TestIndexerRejectsBadDocs(t *testing.T) {
	ix := idxTestOpen(t)
	w := ix.NewIndexer(0)
	assert.ErrorIs(t, w.Put(Doc{}), ErrBadDoc)
	assert.ErrorIs(t, w.Put(Doc{Article: &article.Article{Text: "no id"}}), ErrBadDoc)
	require.NoError(t, w.Flush())
	assert.Equal(t, IndexStats{}, w.Stats())
}

func TestIndexListAndInfos(t *testing.T) {
	ix := idxTestOpen(t)
	_, err := ix.Add(idxTestDocs(5))
	require.NoError(t, err)
	infos, err := ix.ArticleInfos([]string{"doc-00004", "doc-00001", "doc-00004", "absent"})
	require.NoError(t, err)
	require.Len(t, infos, 2)
	assert.Equal(t, "Ferry 4", infos["doc-00004"].Title)
	assert.Equal(t, "feeds/doc-00001.md", infos["doc-00001"].Path)
	assert.Equal(t, "md", infos["doc-00001"].Format)
	assert.Equal(t, "https://ledger.example/doc-00001", infos["doc-00001"].URL)
	assert.Equal(t, "Harbor Ledger", infos["doc-00001"].Source)

	empty := idxTestOpen(t)
	list, err := empty.List()
	require.NoError(t, err)
	assert.Empty(t, list)
}
