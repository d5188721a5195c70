package main

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// check --against (per story, the default) reaches the indexed articles
// of a draft's story when the draft names the event by another place: the
// index finds them by the draft's names, numbers and event words. With
// --stories=false event claims are compared by their own keys, which
// differ.
func TestCheckAgainstDraftFindsItsStory(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"quake-town.txt": "March 4, 2031\n\nA strong earthquake struck the mountain town of Dunmere on Monday, killing 12 people, Governor Anselm Treck said.\n\nThe quake, of magnitude 6.2, destroyed hundreds of homes in Dunmere.\n",
		"fair-opens.txt": "March 4, 2031\n\nThe spring fair opened in Brenholt on Monday with 40 stalls, organiser Mila Ferrand said.\n",
	})
	draft := writeFiles(t, map[string]string{
		"quake-valley.txt": "March 5, 2031\n\nA powerful tremor hit the Ostrel valley on Monday, killing 12 people, said Governor Anselm Treck.\n\nThe tremor, of magnitude 5.4, flattened homes across the Ostrel valley.\n",
	})
	for _, tt := range []struct {
		name string
		args []string
		want [][]string // each finding's articles, sorted
	}{
		{"by story, the default", nil, [][]string{{"quake-town", "quake-valley"}}},
		{"by story, asked for", []string{"--stories"}, [][]string{{"quake-town", "quake-valley"}}},
		{"by subject key", []string{"--stories=false"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			idx := filepath.Join(t.TempDir(), "idx")
			runCheckJSON(t, append(append([]string{"--index", idx}, tt.args...), dir)...)
			rep, _ := runCheckJSON(t, append(append([]string{"--against", "--index", idx}, tt.args...), filepath.Join(draft, "quake-valley.txt"))...)
			var got [][]string
			for _, d := range rep.Discrepancies {
				var arts []string
				for _, c := range d.Claims {
					if !slices.Contains(arts, c.Article) {
						arts = append(arts, c.Article)
					}
				}
				slices.Sort(arts)
				got = append(got, arts)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
