package pipeline_test

import (
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// The number rule knows exactly the qualifiers the extractor writes: a
// qualifier it did not know would be compared with a guessed tolerance,
// and one the extractor never writes is a list drifting apart.
func TestNumberRuleKnowsTheExtractorsQualifiers(t *testing.T) {
	var ex struct {
		Approx map[string]string  `yaml:"approx"`
		Vague  map[string]float64 `yaml:"vague_numbers"`
	}
	readYAML(t, "../extract/events/data/numbers.yml", &ex)
	var written []string
	for _, canon := range ex.Approx {
		written = append(written, canon)
	}
	for w := range ex.Vague {
		written = append(written, w)
	}
	slices.Sort(written)
	written = slices.Compact(written)

	var rs struct {
		Rules []struct {
			ID      string `yaml:"id"`
			Options struct {
				Numbers struct {
					Approx   map[string]float64 `yaml:"approx"`
					Exact    []string           `yaml:"exact"`
					AtLeast  []string           `yaml:"at_least"`
					MoreThan []string           `yaml:"more_than"`
					AtMost   []string           `yaml:"at_most"`
					LessThan []string           `yaml:"less_than"`
					Vague    []string           `yaml:"vague"`
				} `yaml:"numbers"`
			} `yaml:"options"`
		} `yaml:"rules"`
	}
	readYAML(t, "../../rules/data/event-number.yml", &rs)
	require.Len(t, rs.Rules, 1)
	n := rs.Rules[0].Options.Numbers
	known := slices.Concat(n.Exact, n.AtLeast, n.MoreThan, n.AtMost, n.LessThan, n.Vague)
	for w := range n.Approx {
		known = append(known, w)
	}
	slices.Sort(known)
	assert.Equal(t, written, known)
}

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, yaml.Unmarshal(b, v))
}
