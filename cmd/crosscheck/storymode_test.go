package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storyCorpus is one invented quake told by two outlets that name it by
// different places, and an unrelated fair: per story the two quake
// articles meet, by subject key they do not.
var storyCorpus = map[string]string{
	"quake-town.txt":   "March 4, 2031\n\nA strong earthquake struck the mountain town of Dunmere on Monday, killing 12 people, Governor Anselm Treck said.\n\nThe quake, of magnitude 6.2, destroyed hundreds of homes in Dunmere.\n",
	"quake-valley.txt": "March 5, 2031\n\nA powerful tremor hit the Ostrel valley on Monday, killing 12 people, said Governor Anselm Treck.\n\nThe tremor, of magnitude 5.4, flattened homes across the Ostrel valley.\n",
	"fair-opens.txt":   "March 4, 2031\n\nThe spring fair opened in Brenholt on Monday with 40 stalls, organiser Mila Ferrand said.\n",
}

// index stores the story summaries check reads by default, and none with
// --stories=false: switching stores every article again, once.
func TestIndexStoresStorySummaries(t *testing.T) {
	dir := writeFiles(t, storyCorpus)
	idx := filepath.Join(t.TempDir(), "idx")
	for _, step := range []struct {
		args []string
		want string
	}{
		{nil, "3 articles indexed (0 replaced), 0 unchanged"},
		{nil, "0 articles indexed (0 replaced), 3 unchanged"},
		{[]string{"--stories=false"}, "0 articles indexed (3 replaced), 0 unchanged"},
		{[]string{"--stories=false"}, "0 articles indexed (0 replaced), 3 unchanged"},
		{[]string{"--stories"}, "0 articles indexed (3 replaced), 0 unchanged"},
	} {
		code, _, stderr := runCLI(t, append(append([]string{"index", "--index", idx}, step.args...), dir)...)
		require.Equal(t, exitClean, code, stderr)
		assert.Contains(t, stderr, step.want, "%v", step.args)
	}
}
