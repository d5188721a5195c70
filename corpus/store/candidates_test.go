package store

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Candidates finds the articles matching enough of a draft's clues, best
// first, by the index's postings alone.
func TestIndexCandidates(t *testing.T) {
	ix := idxTestOpen(t)
	_, err := ix.Add([]Doc{
		{Article: idxTestArticle("all-three", "Flood in Tessary", "Heavy rain flooded the lower town of Tessary on Monday, river keeper Olund Fray said.\nThe water took 14 homes.")},
		{Article: idxTestArticle("place-number", "Tessary counts the cost", "The flood in Tessary cost 14 homes and the old mill.")},
		{Article: idxTestArticle("name-only", "Keeper retires", "Olund Fray retired from the river office after a long career.")},
		{Article: idxTestArticle("place-only", "Market day", "The market in Tessary opened late.")},
		{Article: idxTestArticle("common-only", "A quiet week", "Heavy rain fell on Monday and people said the town was quiet.")},
		{Article: idxTestArticle("first-name", "A new keeper", "Olund Brask took over the lighthouse.")},
	})
	require.NoError(t, err)
	name := Clue{Any: []string{"olund fray"}}
	place := Clue{Any: []string{"Tessary"}}
	number := Clue{Any: []string{"14"}}
	tests := []struct {
		name     string
		clues    []Clue
		min, n   int
		want     []string
		unranked bool // want is sorted: the order among them is BM25's
		maxDocs  int  // 0: any
	}{
		{"most clues first, fewer than min left out", []Clue{name, place, number}, 2, 10, []string{"all-three", "place-number"}, false, 0},
		{"at most n", []Clue{name, place, number}, 2, 1, []string{"all-three"}, false, 0},
		{"min one takes any clue", []Clue{name, place, number}, 1, 10, []string{"all-three", "name-only", "place-number", "place-only"}, true, 0},
		{"every word of an alternative must occur", []Clue{{Any: []string{"olund marr"}}}, 1, 10, nil, false, 0},
		{"any alternative, stemmed", []Clue{{Any: []string{"deluge", "floods"}}, place}, 2, 10, []string{"all-three", "place-number"}, true, 0},
		{"boost on the name", []Clue{{Any: name.Any, Boost: 5}, place}, 1, 2, []string{"all-three", "name-only"}, false, 0},
		{"boost on the place", []Clue{name, {Any: place.Any, Boost: 5}}, 1, 2, []string{"all-three", "place-only"}, false, 0},
		{"a clue of stop words alone matches nothing", []Clue{{Any: []string{"the"}}}, 1, 10, nil, false, 0},
		{"no clues", nil, 1, 10, nil, false, 0},
		{"no room", []Clue{name}, 1, 0, nil, false, 0},
		{"a word in more articles than maxDocs is left out", []Clue{name, place}, 1, 10, []string{"all-three", "name-only"}, true, 2},
		{"a name is kept by its rarest word", []Clue{{Any: []string{"olund brask"}}}, 1, 10, []string{"first-name"}, false, 1},
		{"too few clues left to match", []Clue{name, place}, 2, 10, nil, false, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			maxDocs := tt.maxDocs
			if maxDocs == 0 {
				maxDocs = 100
			}
			got, err := ix.Candidates(tt.clues, tt.min, tt.n, maxDocs)
			require.NoError(t, err)
			if tt.unranked {
				got = slices.Sorted(slices.Values(got))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
