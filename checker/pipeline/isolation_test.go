package pipeline_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
)

// panicOn is an extractor that fails on any article containing marker,
// as a bug in a real extractor would.
func panicOn(marker string) func(d *text.Doc, _ []temporal.Expression) []claim.Claim {
	return func(d *text.Doc, _ []temporal.Expression) []claim.Claim {
		if strings.Contains(d.Text, marker) {
			var xs []int
			_ = xs[len(d.Text)] // index out of range
		}
		return nil
	}
}

// One article that crashes an extractor is reported with its path (and
// line in JSONL) as an internal error; every other article is checked.
func TestCheckIsolatesExtractorPanic(t *testing.T) {
	dir := t.TempDir()
	const a = "2025-05-14\n\nThe Norrvik ferry fire killed 12 people on Tuesday, officials said.\n"
	const b = "2025-05-15\n\nThe Norrvik ferry fire killed 19 people on Tuesday, officials said.\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(a), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte(b), 0o644))
	jsonl := `{"id":"j1","text":"Harbour notes for Tuesday."}` + "\n" + `{"id":"j2","text":"CRASHME in a record."}` + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(jsonl), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.txt"), []byte("CRASHME here.\n"), 0o644))

	opt := testOptions(t)
	opt.Extract.Extra = append(opt.Extract.Extra, panicOn("CRASHME"))
	ix := openIndex(t, "ix")
	rep, st, err := pipeline.Check(pipeline.Source{Paths: []string{dir}}, ix, opt)
	require.NoError(t, err)
	var internal []read.Problem
	for _, p := range st.Problems {
		if errors.Is(p, read.ErrInternal) {
			internal = append(internal, p)
		}
	}
	require.Len(t, internal, 2, "%v", st.Problems)
	assert.Equal(t, filepath.Join(dir, "c.txt"), internal[0].Path)
	assert.Equal(t, filepath.Join(dir, "feed.jsonl"), internal[1].Path)
	assert.Equal(t, 2, internal[1].Line)
	assert.Contains(t, internal[1].Error(), "index out of range")
	assert.Contains(t, internal[1].Error(), "isolation_test.go")
	assert.Equal(t, 3, rep.Articles, "the three good articles are checked")
	n, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 3, n, "the failed articles are not indexed, so a later run tries them again")
	assert.NotEmpty(t, rep.Discrepancies, "the good articles' conflict is still found")
}

func TestCheckDraftReportsExtractorPanic(t *testing.T) {
	opt := testOptions(t)
	opt.Extract.Extra = append(opt.Extract.Extra, panicOn("CRASHME"))
	ix := openIndex(t, "ix")
	_, err := pipeline.CheckDraft([]*article.Article{{ID: "d", Path: "draft.md", Text: "CRASHME"}}, ix, opt)
	require.Error(t, err)
	assert.ErrorIs(t, err, read.ErrInternal)
	assert.Contains(t, err.Error(), "draft.md")
}

// Stop (Ctrl-C) ends a run after the articles already read: they are
// indexed whole, and the next run adds the rest.
func TestCheckStopsCleanly(t *testing.T) {
	opt := testOptions(t)
	opt.Workers = 2
	stop := make(chan struct{})
	opt.Stop = stop
	opt.Progress = func(done int) {
		if done == 5 {
			close(stop)
		}
	}
	ix := openIndex(t, "ix")
	_, st, err := pipeline.Check(generated(7, 0, 200), ix, opt)
	require.ErrorIs(t, err, pipeline.ErrInterrupted)
	n, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, st.Articles, n, "every article handed over is indexed")
	assert.Less(t, st.Articles, 200)

	opt.Stop, opt.Progress = nil, nil
	rep, _ := check(t, generated(7, 0, 200), ix, opt)
	assert.Equal(t, 200, rep.Articles)
}

// Two files with the same name in two folders are two articles: the
// contradiction between them is found.
func TestCheckSameNameFilesBothChecked(t *testing.T) {
	dir := t.TempDir()
	const a = "2025-05-14\n\nThe Norrvik ferry fire killed 12 people on Tuesday, officials said.\n"
	const b = "2025-05-14\n\nThe Norrvik ferry fire killed 31 people on Tuesday, officials said.\n"
	for name, body := range map[string]string{"a/story.txt": a, "b/story.txt": b} {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	rep, st, err := pipeline.Check(pipeline.Source{Paths: []string{dir}}, openIndex(t, "ix"), testOptions(t))
	require.NoError(t, err)
	assert.Equal(t, 2, rep.Articles)
	require.NotEmpty(t, rep.Discrepancies, "%v", st.Problems)
	arts := map[string]bool{}
	for _, c := range rep.Discrepancies[0].Claims {
		arts[c.Article] = true
	}
	assert.Equal(t, map[string]bool{"a/story": true, "b/story": true}, arts)
}
