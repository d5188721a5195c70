package coref

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// attachSums are the summaries of generated articles, in ID order.
func attachSums(t *testing.T, n int) []*Summary {
	t.Helper()
	k, err := kb.Default()
	require.NoError(t, err)
	var sums []*Summary
	for _, a := range gen.Articles(gen.Options{Articles: n, Seed: 4}) {
		s, err := Analyze(a, AnalyzeOptions{KB: k})
		require.NoError(t, err)
		sums = append(sums, s)
	}
	sort.Slice(sums, func(i, j int) bool { return sums[i].ID < sums[j].ID })
	return sums
}

// Placing an article weighs features as Link does: the similarity of two
// summaries' vectors under the link's document frequencies is the one
// Link groups them by.
func TestDocFreqVectorIsLinks(t *testing.T) {
	sums := attachSums(t, 120)
	fs := internFeatures(sums)
	vecs := fs.vectorize(nil, nil, nil)
	d := fs.docFreq()
	require.Equal(t, len(sums), d.N)
	own := make([]StoryVector, len(sums))
	for i, s := range sums {
		own[i] = d.Vector(s)
	}
	near := 0
	for i := range sums {
		for j := i + 1; j < len(sums); j++ {
			want := dot(vecs[i], vecs[j])
			assert.InDelta(t, want, own[i].Dot(own[j]), 1e-9, "%s %s", sums[i].ID, sums[j].ID)
			if want >= StoryThreshold() {
				near++
			}
		}
	}
	assert.Positive(t, near, "some pairs are close enough to be one story")
}

// A story clustered alone has the events Link finds for it among all.
func TestClusterStoryIsLinks(t *testing.T) {
	sums := attachSums(t, 120)
	res := Link(sums, Options{Window: StoryWindow})
	byID := map[string]*Summary{}
	for _, s := range sums {
		byID[s.ID] = s
	}
	type ev struct {
		class            string
		mentions         int
		seminal, bground bool
		time, place      string
	}
	evsOf := func(evs []*Event) []ev {
		var out []ev
		for _, e := range evs {
			out = append(out, ev{e.Class, len(e.Mentions), e.Seminal, e.Background, e.Time, e.Place})
		}
		return out
	}
	byStory := map[string][]*Event{}
	for _, e := range res.Events {
		byStory[e.Story] = append(byStory[e.Story], e)
	}
	require.Greater(t, len(res.Stories), 3)
	again := attachSums(t, 120) // clustering marks mentions: fresh summaries
	fresh := map[string]*Summary{}
	for _, s := range again {
		fresh[s.ID] = s
	}
	for _, st := range res.Stories {
		var g []*Summary
		for _, id := range st.Articles {
			g = append(g, fresh[id])
		}
		got, evs := ClusterStory(g)
		assert.Equal(t, st.Articles, got.Articles)
		assert.Equal(t, st.Class, got.Class)
		assert.Equal(t, st.Year, got.Year)
		assert.Equal(t, evsOf(byStory[st.ID]), evsOf(evs), "story %s", st.ID)
	}
}

// Splits tells a group of two stories' articles apart, and leaves a
// story as Link made it whole.
func TestDocFreqSplits(t *testing.T) {
	sums := attachSums(t, 160)
	fs := internFeatures(sums)
	d := fs.docFreq()
	res := Link(sums, Options{})
	byID := map[string]*Summary{}
	for _, s := range sums {
		byID[s.ID] = s
	}
	var big [][]*Summary
	for _, st := range res.Stories {
		if len(st.Articles) >= 4 {
			var g []*Summary
			for _, id := range st.Articles {
				g = append(g, byID[id])
			}
			big = append(big, g)
		}
	}
	require.GreaterOrEqual(t, len(big), 2)
	whole := 0
	for _, g := range big {
		if !d.Splits(g) {
			whole++
		}
	}
	t.Logf("%d of %d stories whole", whole, len(big))
	assert.Equal(t, len(big), whole)
	assert.True(t, d.Splits(append(append([]*Summary(nil), big[0]...), big[1]...)), "two stories' articles")
}
