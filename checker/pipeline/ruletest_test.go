package pipeline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
)

// Every built-in rule's own test cases pass with the real extractors, as
// `crosscheck rules test` runs them (rules' own tests use claims only).
func TestBuiltInRuleCasesWithTheExtractors(t *testing.T) {
	opt := testOptions(t)
	results := opt.Rules.RunTests(pipeline.RuleTestExtractor(opt.KB, extract.Options{}), opt.KB)
	require.NotEmpty(t, results)
	for _, r := range results {
		assert.True(t, r.Pass, "%s:%d %s/%s: %s", r.File, r.Line, r.Rule, r.Case, r.Msg)
		assert.False(t, r.Skipped, "%s:%d: an extractor is given, nothing is skipped", r.File, r.Line)
	}
}
