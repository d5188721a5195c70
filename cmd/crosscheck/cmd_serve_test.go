package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Bad serve flags are usage errors with a message, before any index is
// opened.
func TestServeFlagErrors(t *testing.T) {
	tests := []struct {
		args []string
		says string
	}{
		{[]string{"serve", "--draft-timeout", "0s"}, "--draft-timeout"},
		{[]string{"serve", "--draft-timeout", "2m"}, "--draft-timeout"},
		{[]string{"serve", "--max-draft-checks", "-1"}, "--max-draft-checks"},
		{[]string{"serve", "--sample", "--cors-origin", "not-an-origin"}, "CORS origin"},
		{[]string{"serve", "--sample", "--ref", "2031-13-01"}, "--ref"},
	}
	for _, tc := range tests {
		t.Run(tc.says, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			assert.NotEqual(t, exitClean, code)
			assert.Contains(t, stderr, tc.says)
		})
	}
}

func TestListFlag(t *testing.T) {
	var l listFlag
	assert.NoError(t, l.Set("a.test, b.test"))
	assert.NoError(t, l.Set("c.test"))
	assert.NoError(t, l.Set(" , "))
	assert.Equal(t, listFlag{"a.test", "b.test", "c.test"}, l)
	assert.Equal(t, "a.test,b.test,c.test", l.String())
}
