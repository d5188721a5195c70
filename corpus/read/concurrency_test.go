package read_test

import (
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Readers share only immutable tables and parsers, so callers may read in
// parallel; run with -race to check.
func TestReadersConcurrent(t *testing.T) {
	dirs := []string{readersFixture("txt"), readersFixture("md"), readersFixture("html"), readersFixture("json")}
	want, _, _, err := read.All(dirs, read.Options{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	results := make([][]*article.Article, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _, _, _ = read.All(dirs, read.Options{})
		}()
	}
	wg.Wait()
	for _, got := range results {
		assert.Equal(t, want, got)
	}
}
