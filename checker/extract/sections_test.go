package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// An article longer than SectionBytes is read section by section: a
// paragraph repeated until the article is several sections long yields
// the paragraph's claims once for each copy, each with offsets that
// point into the whole text at the same words.
func TestLongArticleSectionsPointIntoWholeText(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	para := "Deputy Harbour Minister Odile Farrant opened the Quenby lock on 12 May 2025. " +
		"At least 40 barges were stranded at the Quenby lock last week, the harbour office said.\n\n"
	copies := 2*SectionBytes/len(para) + 3
	text := strings.Repeat(para, copies)
	require.Greater(t, len(article.Parts(text, sectionSize)), 8)

	short := Article(&article.Article{ID: "p", Text: para}, k, Options{})
	require.NoError(t, short.Err)
	require.NotEmpty(t, short.Claims)
	long := Article(&article.Article{ID: "p", Text: text, Paragraphs: article.SplitParagraphs(text)}, k, Options{})
	require.NoError(t, long.Err)
	require.Len(t, long.Claims, copies*len(short.Claims))
	for i, c := range long.Claims {
		want := short.Claims[i%len(short.Claims)]
		off := (i / len(short.Claims)) * len(para)
		assert.Equal(t, want.Evidence.Start+off, c.Evidence.Start, "claim %d", i)
		assert.Equal(t, want.Kind, c.Kind)
		assert.Equal(t, want.SubjectKey, c.SubjectKey)
		assert.Equal(t, para[want.Evidence.Start:want.Evidence.End], text[c.Evidence.Start:c.Evidence.End])
		assert.Equal(t, c.Evidence.Sentence, text[c.Evidence.SentenceStart:c.Evidence.SentenceEnd])
	}
	require.Len(t, long.Sentences, copies*len(short.Sentences))
	for i, s := range long.Sentences {
		assert.Equal(t, i, s.Index)
		want := short.Sentences[i%len(short.Sentences)]
		assert.Equal(t, para[want.Start:want.End], text[s.Start:s.End])
	}
	require.Len(t, long.Expressions, copies*len(short.Expressions))
	for i, e := range long.Expressions {
		assert.Equal(t, e.Text, text[e.Start:e.End], "expression %d", i)
	}
}

// ArticleClaims gives a long article's claims without its analysis.
func TestArticleClaimsOfLongArticle(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	para := "Deputy Harbour Minister Odile Farrant opened the Quenby lock on 12 May 2025.\n\n"
	text := strings.Repeat(para, SectionBytes/len(para)+2)
	a := &article.Article{ID: "p", Text: text}
	whole := Article(a, k, Options{})
	lean := ArticleClaims(a, k, Options{})
	require.NotEmpty(t, whole.Expressions)
	assert.Equal(t, whole.Claims, lean.Claims)
	assert.Empty(t, lean.Expressions)
	assert.Empty(t, lean.Sentences)
	short := &article.Article{ID: "s", Text: para}
	assert.Equal(t, Article(short, k, Options{}), ArticleClaims(short, k, Options{}), "a short article is read whole either way")
}
