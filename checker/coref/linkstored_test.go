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

// Summaries split against a feature table (their features numbered, the
// rest kept apart) link as the whole summaries do: the same stories,
// events and document frequencies, whichever articles are split; a
// summary that does not decode is not split.
func TestLinkStoredSplitIsWhole(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	arts := append(gen.Articles(gen.Options{Articles: 120, Seed: 5}), synthetic(40)...)
	var whole []Stored
	for i, a := range arts {
		s, err := Analyze(a, AnalyzeOptions{KB: k})
		require.NoError(t, err)
		st := Stored{ID: s.ID, Summary: s.Encode(), Reference: s.Reference}
		if i%40 == 2 {
			st.Summary = st.Summary[:len(st.Summary)/2] // damaged
		}
		whole = append(whole, st)
	}
	analysed := func(id string) (*Summary, error) {
		return Analyze(articleOf(arts, id), AnalyzeOptions{KB: k})
	}
	link := func(stored []Stored) ([]*Story, []*Event, *DocFreq) {
		var stories []*Story
		var events []*Event
		freq, err := LinkStoredFreq(stored, Options{Window: StoryWindow}, analysed, func(st *Story, evs []*Event) {
			stories = append(stories, st)
			events = append(events, evs...)
		})
		require.NoError(t, err)
		return stories, events, freq
	}
	wantStories, wantEvents, wantFreq := link(whole)
	require.Greater(t, len(wantStories), 10)
	for _, tc := range []struct {
		name  string
		split func(i int) bool
	}{
		{"all", func(int) bool { return true }},
		{"every third", func(i int) bool { return i%3 == 0 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			table := NewFeatureTable()
			stored := make([]Stored, len(whole))
			splits := 0
			for i, st := range whole {
				stored[i] = st
				if !tc.split(i) {
					continue
				}
				rest, feats, ok := table.Split(st.Summary)
				if i%40 == 2 {
					assert.False(t, ok, "damaged summary %d split", i)
					continue
				}
				require.True(t, ok, "summary %d", i)
				assert.Less(t, len(rest)+len(feats), len(st.Summary))
				stored[i].Summary, stored[i].Table, stored[i].Features = rest, table, feats
				splits++
			}
			assert.Positive(t, splits)
			stories, events, freq := link(stored)
			assert.Equal(t, wantStories, stories)
			assert.Equal(t, wantEvents, events)
			assert.Equal(t, wantFreq, freq)
		})
	}
}
