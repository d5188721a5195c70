package pipeline_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// testOptions loads the built-in knowledge base and rules once per test.
func testOptions(t testing.TB) pipeline.Options {
	t.Helper()
	k, err := kb.Default()
	require.NoError(t, err)
	rs, err := rules.Default()
	require.NoError(t, err)
	return pipeline.Options{KB: k, Rules: rs}
}

// generatedList is the generated articles from..to-1, in a slice.
func generatedList(t testing.TB, seed uint64, from, to int) []*article.Article {
	t.Helper()
	var arts []*article.Article
	require.NoError(t, generated(seed, from, to).Each(func(a *article.Article) error {
		arts = append(arts, a)
		return nil
	}))
	return arts
}

// generated is a source of the generated articles from..to-1 (the
// generator makes article i the same whatever the corpus size).
func generated(seed uint64, from, to int) pipeline.Source {
	return pipeline.Source{Each: func(fn func(*article.Article) error) error {
		i := 0
		return gen.Stream(gen.Options{Articles: to, Seed: seed}, func(a *article.Article) error {
			i++
			if i <= from {
				return nil
			}
			return fn(a)
		})
	}}
}

func openIndex(t testing.TB, name string) *store.Index {
	t.Helper()
	ix, err := store.OpenIndex(filepath.Join(t.TempDir(), name))
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	return ix
}

// check runs Check and fails the test on error.
func check(t testing.TB, src pipeline.Source, ix *store.Index, opt pipeline.Options) (*pipeline.Report, pipeline.Stats) {
	t.Helper()
	rep, st, err := pipeline.Check(src, ix, opt)
	require.NoError(t, err)
	return rep, st
}

// reportJSON is the report as `check --format json` prints it, plus the
// metadata tables use.
func reportJSON(t testing.TB, rep *pipeline.Report) string {
	t.Helper()
	b, err := json.MarshalIndent(struct {
		*pipeline.Report
		Meta map[string]rules.ArticleMeta `json:"meta"`
	}{rep, rep.Meta}, "", " ")
	require.NoError(t, err)
	return string(b)
}
