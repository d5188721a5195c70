package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An invented story full of dates and figures whose event word the
// lexicon cannot know: nothing about it can be compared.
const unknownEvent = "Monday, March 3, 2025\nVellin counts the cost\n" +
	"The skrimmage above Vellin on Sunday, March 2, 2025 buried 14 houses and killed 4 people, officials said on March 3. " +
	"About 120 residents were moved to the school at Dorran, 12 km away, and 3 roads stay shut until March 10.\n"

// An article that yields no event claim is visible: `claims` says why,
// `check` counts it (and lists it with --verbose and in its JSON).
func TestArticlesWithoutEventClaimsAreReported(t *testing.T) {
	dir := copySample(t)
	writeFile(t, filepath.Join(dir, "vellin.txt"), unknownEvent)

	code, out, stderr := runCLI(t, "claims", "--format", "json", dir)
	require.Equal(t, exitClean, code, stderr)
	var got struct {
		Articles []claimsArticle `json:"articles"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	reasons := map[string]string{}
	for _, a := range got.Articles {
		reasons[a.ID] = a.NoEvents
	}
	assert.Contains(t, reasons["vellin"], "no event was recognised")
	assert.Contains(t, reasons["vellin"], "4 date expressions")
	assert.Empty(t, reasons["skerran-01-gazette"], "an article with event claims needs no reason")

	code, out, _ = runCLI(t, "claims", "--kind", "date", filepath.Join(dir, "vellin.txt"))
	require.Equal(t, exitClean, code)
	assert.Contains(t, out, "no event claims: no event was recognised")

	idx := filepath.Join(t.TempDir(), "idx")
	rep, stderr := runCheckJSON(t, "--index", idx, dir)
	assert.Equal(t, []string{"vellin"}, rep.NoEventArticles)
	assert.Contains(t, stderr, "1 article yielded no event claims")
	assert.Contains(t, stderr, "--verbose lists them")

	_, _, stderr = runCLI(t, "check", "--index", idx, "--verbose", "--fail-on", "none", dir)
	assert.Contains(t, stderr, "1 article yielded no event claims ('crosscheck claims FILE' says why): vellin")

	code, out, stderr = runCLI(t, "check", "--index", idx, "--against", "--format", "json", filepath.Join(dir, "vellin.txt"))
	require.Equal(t, exitClean, code, stderr)
	assert.Contains(t, out, `"no_event_articles": [`)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}
