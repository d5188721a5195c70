package store

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

const (
	idxKeyVote  = "event:vote:marlow-bay"
	idxKeyChair = "person:edda vorn"
	idxKeyFair  = "event:fair:tessary"
)

func idxTestClaimsIndex(t *testing.T) *Index {
	t.Helper()
	ix := idxTestOpen(t)
	_, err := ix.Add([]Doc{
		{Article: idxTestArticle("b", "Second", "text b"), Claims: []claim.Claim{
			idxTestClaim("b", idxKeyVote, "2031-04-08", 40),
			idxTestClaim("b", idxKeyFair, "2031-05-01", 10),
			idxTestClaim("b", idxKeyVote, "2031-04-09", 5),
		}},
		{Article: idxTestArticle("a", "First", "text a"), Claims: []claim.Claim{
			idxTestClaim("a", idxKeyChair, "chair", 3),
			idxTestClaim("a", idxKeyVote, "2031-04-08", 20),
		}},
		{Article: idxTestArticle("c", "Third", "text c"), Claims: []claim.Claim{
			idxTestClaim("c", idxKeyFair, "2031-05-02", 0),
		}},
	})
	require.NoError(t, err)
	return ix
}

func TestClaimsForSubjects(t *testing.T) {
	ix := idxTestClaimsIndex(t)
	many := []string{idxKeyVote}
	for i := range 1100 { // more keys than one disjunction takes
		many = append(many, fmt.Sprintf("person:nobody %04d", i))
	}
	many = append(many, idxKeyChair)

	type ref struct {
		article string
		start   int
	}
	tests := []struct {
		name string
		keys []string
		want map[string][]ref
	}{
		{"one key across articles, sorted by article then offset", []string{idxKeyVote},
			map[string][]ref{idxKeyVote: {{"a", 20}, {"b", 5}, {"b", 40}}}},
		{"two keys, others in the same articles left out", []string{idxKeyChair, idxKeyFair, idxKeyChair},
			map[string][]ref{idxKeyChair: {{"a", 3}}, idxKeyFair: {{"b", 10}, {"c", 0}}}},
		{"unknown key", []string{"event:none:nowhere"}, map[string][]ref{}},
		{"no keys", nil, map[string][]ref{}},
		{"many keys in chunks", many,
			map[string][]ref{idxKeyVote: {{"a", 20}, {"b", 5}, {"b", 40}}, idxKeyChair: {{"a", 3}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.ClaimsForSubjects(tt.keys)
			require.NoError(t, err)
			refs := map[string][]ref{}
			for key, cs := range got {
				for _, c := range cs {
					assert.Equal(t, key, c.SubjectKey.String())
					refs[key] = append(refs[key], ref{c.Evidence.Article, c.Evidence.Start})
				}
			}
			assert.Equal(t, tt.want, refs)
		})
	}
}

func TestSubjectsSortedWithCounts(t *testing.T) {
	ix := idxTestClaimsIndex(t)
	type entry struct {
		key   string
		count int
	}
	var got []entry
	require.NoError(t, ix.Subjects(func(key string, n int) error {
		got = append(got, entry{key, n})
		return nil
	}))
	assert.Equal(t, []entry{{idxKeyFair, 2}, {idxKeyVote, 2}, {idxKeyChair, 1}}, got)

	stop := errors.New("stop")
	calls := 0
	err := ix.Subjects(func(string, int) error { calls++; return stop })
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 1, calls)
}

func TestSubjectsAfterReplace(t *testing.T) {
	ix := idxTestClaimsIndex(t)
	_, err := ix.Add([]Doc{{Article: idxTestArticle("c", "Third", "text c, revised"),
		Claims: []claim.Claim{idxTestClaim("c", "event:fair:calvern", "2031-05-02", 0)}}})
	require.NoError(t, err)
	counts := map[string]int{}
	require.NoError(t, ix.Subjects(func(key string, n int) error {
		counts[key] = n
		return nil
	}))
	assert.Equal(t, 1, counts["event:fair:calvern"])
	assert.Equal(t, 1, counts[idxKeyFair], "the replaced article no longer holds the old key")
	got, err := ix.ClaimsForSubjects([]string{idxKeyFair})
	require.NoError(t, err)
	assert.Len(t, got[idxKeyFair], 1)
}

func TestSubjectClaimsReturnsTheArticlesMetadata(t *testing.T) {
	ix := idxTestClaimsIndex(t)
	claims, infos, err := ix.SubjectClaims([]string{idxKeyVote, idxKeyVote, "event:none"})
	require.NoError(t, err)
	require.Len(t, claims[idxKeyVote], 3)
	assert.NotContains(t, claims, "event:none")
	assert.Equal(t, []string{"a", "b"}, sortedInfoIDs(infos), "the articles holding the key, each once")
	assert.Equal(t, "First", infos["a"].Title)
	assert.Equal(t, "Harbor Ledger", infos["b"].Source)
	assert.Equal(t, 2031, infos["b"].Published.Year())

	none, noInfos, err := ix.SubjectClaims(nil)
	require.NoError(t, err)
	assert.Empty(t, none)
	assert.Empty(t, noInfos)
}

func sortedInfoIDs(m map[string]ArticleInfo) []string {
	out := make([]string, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// A document's story summary is stored with its claims: the scans that
// read claims read it back, a listing leaves it out, and a new summary
// alone makes the document changed.
func TestStoryStoredWithClaims(t *testing.T) {
	ix := idxTestOpen(t)
	docs := []Doc{
		{Article: idxTestArticle("s1", "With", "text s1"), Claims: []claim.Claim{idxTestClaim("s1", idxKeyVote, "2031-04-08", 0)}, Story: "\x01summary of s1"},
		{Article: idxTestArticle("s2", "Without", "text s2"), Claims: []claim.Claim{idxTestClaim("s2", idxKeyVote, "2031-04-09", 0)}},
	}
	_, err := ix.Add(docs)
	require.NoError(t, err)

	want := map[string]string{"s1": "\x01summary of s1", "s2": ""}
	scanned := map[string]string{}
	require.NoError(t, ix.EachClaims(func(info ArticleInfo, _ PackedClaims) error {
		scanned[info.ID] = info.Story
		return nil
	}))
	assert.Equal(t, want, scanned, "EachClaims")
	_, infos, err := ix.SubjectClaims([]string{idxKeyVote})
	require.NoError(t, err)
	require.Len(t, infos, 2)
	for id, info := range infos {
		assert.Equal(t, want[id], info.Story, "SubjectClaims %s", id)
	}
	list, err := ix.List()
	require.NoError(t, err)
	for _, info := range list {
		assert.Empty(t, info.Story, "List %s", info.ID)
	}

	docs[1].Story = "\x01summary of s2"
	st, err := ix.Add(docs)
	require.NoError(t, err)
	assert.Equal(t, IndexStats{Replaced: 1, Unchanged: 1}, st)
}
