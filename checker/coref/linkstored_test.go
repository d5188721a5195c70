package coref

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Stories linked from stored summaries, one story unpacked at a time,
// are those Link finds on the summaries: the same stories, the same
// events with the same mentions, numbered alike; an article whose stored
// summary is missing or damaged takes the one analysed for it, and one
// without any is left out as Link leaves it out.
func TestLinkStoredIsLink(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	arts := append(gen.Articles(gen.Options{Articles: 150, Seed: 3}), synthetic(60)...)
	day := time.Date(2030, 5, 1, 0, 0, 0, 0, time.UTC)
	var sums []*Summary
	var stored []Stored
	analysed := map[string]*Summary{}
	for i, a := range arts {
		s, err := Analyze(a, AnalyzeOptions{KB: k})
		require.NoError(t, err)
		if i%7 == 0 {
			s.Reference = day.AddDate(0, 0, i*3) // some dated far apart: split by time
		}
		st := Stored{ID: s.ID, Summary: s.Encode(), Reference: s.Reference}
		switch i % 50 {
		case 1:
			st.Summary = "" // none stored
			analysed[s.ID] = s
		case 2:
			st.Summary = st.Summary[:len(st.Summary)/2] // damaged
			analysed[s.ID] = s
		case 3:
			st.Summary = "" // none stored, none to be had
			stored = append(stored, st)
			continue
		}
		sums = append(sums, s)
		stored = append(stored, st)
	}
	want := Link(sums, Options{Window: StoryWindow})
	var stories []*Story
	var events []*Event
	err = LinkStored(stored, Options{Window: StoryWindow}, func(id string) (*Summary, error) {
		s := analysed[id]
		if s == nil {
			return nil, nil
		}
		return Analyze(articleOf(arts, id), AnalyzeOptions{KB: k})
	}, func(st *Story, evs []*Event) {
		stories = append(stories, st)
		events = append(events, evs...)
	})
	require.NoError(t, err)
	assert.Greater(t, len(want.Stories), 10)
	assert.Equal(t, want.Stories, stories)
	require.Equal(t, len(want.Events), len(events))
	for i := range events {
		assert.Equal(t, want.Events[i], events[i], "event %d", i)
	}
}

func articleOf(arts []*article.Article, id string) *article.Article {
	for _, a := range arts {
		if a.ID == id {
			return a
		}
	}
	return nil
}
