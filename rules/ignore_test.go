package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIgnoreFilter(t *testing.T) {
	ig, err := LoadIgnore("testdata/ignore/ok.yml")
	require.NoError(t, err)
	require.Len(t, ig.Entries, 2)
	assert.Equal(t, 1, ig.Entries[0].Line)
	assert.Equal(t, 3, ig.Entries[1].Line)
	ds := []Discrepancy{
		{ID: "0123456789ab", Rule: "event-date"},
		{ID: "ffffffffffff", Rule: "event-date"},
		{ID: "eeeeeeeeeeee", Rule: "person-title"},
	}
	kept, ignored := ig.Filter(ds)
	assert.Equal(t, []Discrepancy{ds[1]}, kept)
	assert.Equal(t, []Discrepancy{ds[0], ds[2]}, ignored)

	var none *Ignore
	kept, ignored = none.Filter(ds)
	assert.Equal(t, ds, kept)
	assert.Empty(t, ignored)
}

func TestIgnoreIsStrict(t *testing.T) {
	_, err := LoadIgnore("testdata/ignore/bad.yml")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `testdata/ignore/bad.yml:2: unknown key "why"`)

	tests := []struct{ name, data, want string }{
		{"no reason", "- id: abc\n", "x.yml:1: entry abc needs a reason"},
		{"no id", "- reason: because\n", "x.yml:1: entry needs an id"},
		{"not a list", "id: abc\n", "x.yml:1: cannot unmarshal !!map"},
		{"wrong type", "- id: [a, b]\n  reason: r\n", "x.yml:1: cannot unmarshal !!seq"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseIgnore("x.yml", []byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err = LoadIgnore("testdata/ignore/missing.yml")
	var le *LoadError
	assert.ErrorAs(t, err, &le)
}
