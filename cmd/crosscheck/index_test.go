package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles creates files (name → content) in a temp dir.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return dir
}

var invented = map[string]string{
	"a.txt": "Monday, March 3, 2025\nFlood closes the Orvel bridge\nThe Orvel bridge was closed on Monday after the river rose.\n",
	"b.md":  "---\nid: b-story\ntitle: Orvel reopens\ndate: 2025-03-10\nsource: Valley Post\n---\nThe **Orvel bridge** reopened a week later, engineers said.\n",
	"c.jsonl": `{"id":"c1","title":"Rain ends","text":"Rain stopped over the valley.","date":"2025-03-04"}` + "\n" +
		`{"id":"c2","title":"broken` + "\n",
	"notes.pdf": "%PDF-1.4",
}

func TestIndexListSearchRoundTrip(t *testing.T) {
	dir := writeFiles(t, invented)
	idx := filepath.Join(t.TempDir(), "idx")

	code, _, stderr := runCLI(t, "index", "--index", idx, dir)
	assert.Equal(t, exitUsage, code, "a broken JSON line makes the run exit 2")
	assert.Contains(t, stderr, filepath.Join(dir, "c.jsonl")+":2:", "problems are reported as path:line")
	assert.Contains(t, stderr, "3 articles indexed")
	assert.Contains(t, stderr, ".pdf ×1", "unsupported files are counted")

	code, out, _ := runCLI(t, "list", "--index", idx, "--format", "json")
	require.Equal(t, exitClean, code)
	var list struct {
		Articles []store.ArticleInfo `json:"articles"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &list))
	var ids []string
	for _, a := range list.Articles {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"a", "b-story", "c1"}, ids)

	code, out, _ = runCLI(t, "search", "--index", idx, "Orvel bridge")
	require.Equal(t, exitClean, code)
	assert.Contains(t, out, "«")
	assert.Contains(t, out, "2 of 2 hits")

	code, out, _ = runCLI(t, "search", "--index", idx, "--format", "json", `"river rose"`)
	require.Equal(t, exitClean, code)
	assert.Contains(t, out, `"total": 1`)

	// Indexing the same files again changes nothing.
	_, _, stderr = runCLI(t, "index", "--index", idx, dir)
	assert.Contains(t, stderr, "0 articles indexed (0 replaced), 3 unchanged")
}

func TestIndexHeldByAnotherWriter(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	ix, err := store.OpenIndex(idx)
	require.NoError(t, err)
	defer ix.Close()
	dir := writeFiles(t, map[string]string{"a.txt": invented["a.txt"]})
	code, _, stderr := runCLI(t, "index", "--index", idx, dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "in use by another crosscheck process")
	assert.Equal(t, 1, strings.Count(stderr, idx), "the message names the index once: %s", stderr)
	assert.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %s", stderr)
}

func TestNoIndexSaidOnce(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "none")
	code, _, stderr := runCLI(t, "list", "--index", idx)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "no index at "+idx+": run 'crosscheck index PATH...' first")
	assert.Equal(t, 1, strings.Count(stderr, idx), stderr)
}

func TestCheckExitCodes(t *testing.T) {
	// The sample corpus has errors: exit 1 by default, 0 with --fail-on none.
	code, out, _ := runCLI(t, "check")
	assert.Equal(t, exitFound, code)
	assert.Contains(t, out, "discrepancies")
	code, _, _ = runCLI(t, "check", "--fail-on", "none")
	assert.Equal(t, exitClean, code)
	// Only info findings shown and failing on error: clean when none are errors.
	code, out, _ = runCLI(t, "check", "--kind", "title", "--fail-on", "error", "--format", "json")
	var rep checkJSON
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	hasError := false
	for _, d := range rep.Discrepancies {
		assert.Equal(t, "title", d.Kind)
		hasError = hasError || d.Severity == "error"
	}
	if hasError {
		assert.Equal(t, exitFound, code)
	} else {
		assert.Equal(t, exitClean, code)
	}
}

func TestCheckAgainstDraft(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	// Index the sample corpus, then check a draft that contradicts it.
	code, _, stderr := runCLI(t, "index", "--index", idx, filepath.Join("..", "..", "corpus", "sample", "articles"))
	require.Equal(t, exitClean, code, stderr)
	draft := writeFiles(t, map[string]string{"draft.txt": "Thursday, May 15, 2025\nPort chief speaks\n" +
		"Fisheries Minister Hedda Lorne said the port would reopen on Friday.\n"})
	code, out, stderr := runCLI(t, "check", "--against", "--index", idx, "--format", "json", filepath.Join(draft, "draft.txt"))
	require.NotEqual(t, exitUsage, code, stderr)
	var rep checkJSON
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.NotEmpty(t, rep.Discrepancies, "the draft's title for Hedda Lorne contradicts the corpus")
	for _, d := range rep.Discrepancies {
		involvesDraft := false
		for _, c := range d.Claims {
			involvesDraft = involvesDraft || c.Article == "draft"
		}
		assert.True(t, involvesDraft, "only discrepancies involving the draft: %s", d.Summary)
	}
	// The draft was not indexed.
	_, out, _ = runCLI(t, "list", "--index", idx)
	assert.False(t, strings.Contains(out, "draft"), "the draft must not be added to the index")
}

func TestCheckIgnoreFile(t *testing.T) {
	code, out, _ := runCLI(t, "check", "--format", "json")
	require.Equal(t, exitFound, code)
	var all checkJSON
	require.NoError(t, json.Unmarshal([]byte(out), &all))
	require.NotEmpty(t, all.Discrepancies)
	first := all.Discrepancies[0]

	dir := writeFiles(t, map[string]string{
		"ignore.yml": "- id: " + first.ID + "\n  reason: checked with the outlet\n- id: calendar\n  reason: datelines are set by the CMS\n",
		"bad.yml":    "- id: x\n  reasn: typo\n",
	})
	_, out, _ = runCLI(t, "check", "--format", "json", "--ignore", filepath.Join(dir, "ignore.yml"))
	var kept checkJSON
	require.NoError(t, json.Unmarshal([]byte(out), &kept))
	for _, d := range kept.Discrepancies {
		assert.NotEqual(t, first.ID, d.ID)
		assert.NotEqual(t, "calendar", d.Rule)
	}
	assert.Less(t, len(kept.Discrepancies), len(all.Discrepancies))

	code, _, stderr := runCLI(t, "check", "--ignore", filepath.Join(dir, "bad.yml"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "bad.yml:2")
}

func TestCheckFormats(t *testing.T) {
	for _, f := range []string{"csv", "markdown", "line", "table"} {
		code, out, stderr := runCLI(t, "check", "--format", f)
		assert.Equal(t, exitFound, code, stderr)
		assert.NotEmpty(t, out, f)
	}
	_, out, _ := runCLI(t, "check", "--format", "csv")
	assert.True(t, strings.HasPrefix(out, "n,id,rule,kind,severity,subject,article,value"), out)
}

// TestSampleShowsEveryKind: the built-in sample corpus is the README's
// first command; it must show every kind of discrepancy at least once.
func TestSampleShowsEveryKind(t *testing.T) {
	code, out, stderr := runCLI(t, "check", "--format", "json")
	require.Equal(t, exitFound, code, stderr)
	var rep checkJSON
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	seen := map[string]int{}
	for _, d := range rep.Discrepancies {
		seen[d.Kind]++
	}
	for _, k := range []string{"date", "location", "status", "title", "office", "number", "quote", "weekday"} {
		assert.Positive(t, seen[k], "the sample corpus shows a %s discrepancy", k)
	}
	golden(t, "sample.check.json", []byte(out))
}

func TestCheckIndexWithoutPathChecksWhatItHolds(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	dir := writeFiles(t, map[string]string{"a.txt": invented["a.txt"]})
	code, _, stderr := runCLI(t, "index", "--index", idx, dir)
	require.Equal(t, exitClean, code, stderr)
	_, out, _ := runCLI(t, "check", "--index", idx, "--format", "json")
	var rep checkJSON
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, 1, rep.Articles, "the sample corpus must not be added to a user's index")
}
