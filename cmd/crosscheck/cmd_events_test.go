package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type eventsJSON struct {
	Version int `json:"version"`
	Stories []struct {
		ID       string   `json:"id"`
		Articles []string `json:"articles"`
	} `json:"stories"`
	Events []struct {
		ID       string `json:"id"`
		Story    string `json:"story"`
		Class    string `json:"class"`
		Mentions []struct {
			Article    string `json:"article"`
			Start, End int
			Text       string `json:"text"`
		} `json:"mentions"`
		Time         *string  `json:"time"`
		Place        *string  `json:"place"`
		Participants []string `json:"participants"`
	} `json:"events"`
}

func TestEventsJSONOnTheSample(t *testing.T) {
	code, out, stderr := runCLI(t, "events", "--format", "json")
	require.Equal(t, exitClean, code, stderr)
	var got eventsJSON
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, 1, got.Version)
	require.NotEmpty(t, got.Stories)
	require.NotEmpty(t, got.Events)
	stories := map[string]bool{}
	for _, s := range got.Stories {
		stories[s.ID] = true
	}
	for _, e := range got.Events {
		assert.True(t, stories[e.Story], e.ID)
		assert.NotEmpty(t, e.Class, e.ID)
		assert.NotEmpty(t, e.Mentions, e.ID)
		assert.NotNil(t, e.Time, "time is always present")
		assert.NotNil(t, e.Place, "place is always present")
		assert.NotNil(t, e.Participants, "participants is a list")
	}
}

func TestEventsWithGivenMentions(t *testing.T) {
	dir := t.TempDir()
	corpusFile := filepath.Join(dir, "c.jsonl")
	text1 := "A blaze destroyed the Kestrel mill on Monday. The fire burned for hours."
	text2 := "Crews put out the Kestrel mill blaze at dawn, the fire chief said."
	lines := []string{}
	for id, text := range map[string]string{"m1": text1, "m2": text2} {
		b, _ := json.Marshal(map[string]string{"id": id, "text": text})
		lines = append(lines, string(b))
	}
	require.NoError(t, os.WriteFile(corpusFile, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	span := func(text, w string) map[string]int {
		i := strings.Index(text, w)
		return map[string]int{"start": i, "end": i + len(w)}
	}
	given := map[string][]map[string]int{
		"m1": {span(text1, "blaze"), span(text1, "burned"), span(text1, "destroyed")},
		"m2": {span(text2, "blaze"), span(text2, "said")},
	}
	mf := filepath.Join(dir, "m.json")
	b, _ := json.Marshal(given)
	require.NoError(t, os.WriteFile(mf, b, 0o644))

	code, out, stderr := runCLI(t, "events", "--mentions", mf, "--format", "json", corpusFile)
	require.Equal(t, exitClean, code, stderr)
	var got eventsJSON
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	n := 0
	for _, e := range got.Events {
		for _, m := range e.Mentions {
			n++
			text := map[string]string{"m1": text1, "m2": text2}[m.Article]
			assert.Equal(t, text[m.Start:m.End], m.Text)
		}
	}
	assert.Equal(t, 5, n, "exactly the given mentions")

	code, out, _ = runCLI(t, "events", "--mentions", mf, corpusFile)
	assert.Equal(t, exitClean, code)
	assert.Contains(t, out, "blaze")

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"m1": [{"start": 5, "end": 900}]}`), 0o644))
	code, _, stderr = runCLI(t, "events", "--mentions", bad, corpusFile)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "m1")

	require.NoError(t, os.WriteFile(bad, []byte(`[1,2]`), 0o644))
	code, _, _ = runCLI(t, "events", "--mentions", bad, corpusFile)
	assert.Equal(t, exitUsage, code)

	code, _, _ = runCLI(t, "events", "--format", "csv", corpusFile)
	assert.Equal(t, exitUsage, code)
}
