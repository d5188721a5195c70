package coref

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Every sentence here is invented for these tests.

// linkDated analyses the articles, gives those in dated their reference
// date, and links them with and without the story window.
func linkDated(t *testing.T, dated map[string]time.Time, arts ...*article.Article) (plain, windowed *Result) {
	t.Helper()
	k, err := kb.Default()
	require.NoError(t, err)
	var sums []*Summary
	for _, a := range arts {
		s, err := Analyze(a, AnalyzeOptions{KB: k})
		require.NoError(t, err)
		s.Reference = dated[a.ID]
		sums = append(sums, s)
	}
	return Link(sums, Options{}), Link(sums, Options{Window: StoryWindow})
}

// the dated reports of a quake on an island
var islandQuakeDated = []*article.Article{
	art("d1", "A strong earthquake struck the island of Marvosk on Sunday, killing 8 people in the villages of Telbrin and Oskavar. It was felt in the port of Drevnik. Marvosk governor Ruslan Edevik said rescue teams reached Telbrin by boat."),
	art("d2", "The quake on Marvosk island killed 8 people, governor Ruslan Edevik said, and flattened homes in Telbrin and Oskavar. The Halvani seismic institute put its magnitude at 6.0 and said it was felt in Drevnik."),
	art("d3", "Rescuers dug through the ruins of Oskavar after the earthquake on Marvosk. Ruslan Edevik, the island's governor, said 8 had died and that Telbrin had no power."),
	art("d4", "Survivors of the Marvosk earthquake slept in tents in Telbrin and Oskavar as governor Ruslan Edevik asked for blankets. The Halvani seismic institute recorded several aftershocks."),
}

var islandDates = map[string]time.Time{
	"d1": time.Date(2019, 3, 10, 0, 0, 0, 0, time.UTC),
	"d2": time.Date(2019, 3, 11, 0, 0, 0, 0, time.UTC),
	"d3": time.Date(2019, 3, 11, 0, 0, 0, 0, time.UTC),
	"d4": time.Date(2019, 3, 12, 0, 0, 0, 0, time.UTC),
}

func TestUndatedReportsOfAnotherQuakeStandApart(t *testing.T) {
	arts := append([]*article.Article(nil), islandQuakeDated...)
	arts = append(arts,
		art("u1", "An earthquake shook the island of Marvosk on Tuesday, injuring 3 people near the town of Keshvard. Marvosk governor Talia Ombrecht said walls fell in the villages of Zurnabi and Kovvel. The Halvani seismic institute said the quake was felt in the port of Drevnik."),
		art("u2", "Three people were hurt when a quake hit Marvosk near Keshvard, governor Talia Ombrecht said. Houses cracked in Zurnabi and Kovvel, and the Pellanor news agency reported minor damage. The Halvani seismic institute recorded aftershocks near Drevnik."),
		art("u3", "The earthquake near Keshvard on Marvosk island damaged houses in Zurnabi, the Pellanor news agency said, quoting governor Talia Ombrecht. Kovvel had no injuries. The tremor was felt in Drevnik, the Halvani seismic institute said."),
		unrelated,
	)
	plain, windowed := linkDated(t, islandDates, arts...)
	// the words alone make one story of the two quakes at one island
	require.Equal(t, plain.StoryOf("d1"), plain.StoryOf("u1"), "the test needs one story without dates")
	for _, id := range []string{"d2", "d3", "d4"} {
		assert.Equal(t, windowed.StoryOf("d1"), windowed.StoryOf(id), id)
	}
	for _, id := range []string{"u2", "u3"} {
		assert.Equal(t, windowed.StoryOf("u1"), windowed.StoryOf(id), id)
	}
	assert.NotEqual(t, windowed.StoryOf("d1"), windowed.StoryOf("u1"), "undated reports of another quake: another story")
}

func TestUndatedReportsOfTheSameQuakeStay(t *testing.T) {
	arts := append([]*article.Article(nil), islandQuakeDated...)
	arts = append(arts,
		art("s1", "Governor Ruslan Edevik said the death toll from the Marvosk earthquake stood at 8, with most victims in Telbrin. Aid reached Oskavar by boat from the mainland port of Drevnik."),
		art("s2", "Aid ships from Drevnik reached Marvosk, where the earthquake killed 8 in Telbrin and Oskavar, governor Ruslan Edevik said. The Halvani seismic institute warned of aftershocks."),
		art("s3", "Boats from Drevnik carried tents to Oskavar and Telbrin after the Marvosk quake, said Ruslan Edevik, who governs the island."),
		unrelated,
	)
	plain, windowed := linkDated(t, islandDates, arts...)
	require.Equal(t, plain.StoryOf("d1"), plain.StoryOf("s1"), "the test needs one story without dates")
	for _, id := range []string{"d2", "d3", "d4", "s1", "s2", "s3"} {
		assert.Equal(t, windowed.StoryOf("d1"), windowed.StoryOf(id), id)
	}
}
