package corpus_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus"
)

// Readers share only immutable tables and parsers, so callers may read in
// parallel; run with -race to check.
func TestReadersConcurrent(t *testing.T) {
	dirs := []string{readersFixture("txt"), readersFixture("md"), readersFixture("html"), readersFixture("json")}
	want, _, _, err := corpus.ReadAll(dirs, corpus.ReadOptions{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	results := make([][]*corpus.Article, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _, _, _ = corpus.ReadAll(dirs, corpus.ReadOptions{})
		}()
	}
	wg.Wait()
	for _, got := range results {
		assert.Equal(t, want, got)
	}
}
