package eval

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseExpectedRejectsBadFiles(t *testing.T) {
	tests := []struct {
		name, yml, want string
	}{
		{"unknown key", "story: s\npublished: {a: 2025-01-01}\nmust:\n  - {id: m, kind: date, values: [x], why: w, colour: red}\n", "colour"},
		{"unknown kind", "story: s\npublished: {a: 2025-01-01}\nmust:\n  - {id: m, kind: weather, values: [x], why: w}\n", "unknown kind"},
		{"duplicate id", "story: s\npublished: {a: 2025-01-01}\nmust:\n  - {id: m, kind: date, values: [x], why: w}\nmust_not:\n  - {id: m, kind: date, values: [y], why: w}\n", "duplicate id"},
		{"matches everything", "story: s\npublished: {a: 2025-01-01}\nmust_not:\n  - {id: n, kind: title, why: w}\n", "matches every title"},
		{"no why", "story: s\npublished: {a: 2025-01-01}\nmust:\n  - {id: m, kind: date, values: [x]}\n", "no why"},
		{"bad severity", "story: s\npublished: {a: 2025-01-01}\nmust:\n  - {id: m, kind: date, values: [x], why: w, severity: loud}\n", "severity"},
		{"exact severity on must_not", "story: s\npublished: {a: 2025-01-01}\nmust_not:\n  - {id: n, kind: date, values: [x], why: w, severity: info}\n", "use min_severity"},
		{"no story", "published: {a: 2025-01-01}\n", "no story"},
		{"no articles", "story: s\n", "no published"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseExpected("x.yml", []byte(tt.yml))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			var ee *ExpectedError
			assert.True(t, errors.As(err, &ee), "typed error")
		})
	}
}

func TestParseExpectedDefaults(t *testing.T) {
	exp, err := ParseExpected("x.yml", []byte("story: s\npublished: {a-01: 2025-01-01}\nmust:\n  - {id: m, kind: number, values: [x], why: w}\nmust_not:\n  - {id: n, kind: number, values: [y], why: w}\n"))
	require.NoError(t, err)
	assert.Equal(t, "s", exp.Story)
	assert.Equal(t, "2025-01-01", exp.Published["a-01"])
	assert.Equal(t, "warning", exp.Must[0].minSeverity.String(), "a must finding is a conflict, not an update")
	assert.Equal(t, "info", exp.MustNot[0].minSeverity.String(), "any report breaks a must-not finding")
}
