package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIgnoreUnused(t *testing.T) {
	ig, err := ParseIgnore("ig.yaml", []byte(`
- id: d-123
  reason: checked with the desk
- id: person-title
  reason: house style
- id: d-gone
  reason: fixed long ago
- id: no-such-rule
  reason: typo
`))
	require.NoError(t, err)
	set, err := Default()
	require.NoError(t, err)
	ds := []Discrepancy{{ID: "d-123", Rule: "event-date"}}
	var ids []string
	for _, e := range ig.Unused(ds, set) {
		ids = append(ids, e.ID)
		assert.Positive(t, e.Line)
	}
	assert.Equal(t, []string{"d-gone", "no-such-rule"}, ids)
	assert.Nil(t, (*Ignore)(nil).Unused(ds, set))
}
