package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// WriteJSON writes what an indenting Encoder writes, byte for byte.
func TestWriteJSONIndentsAsEncoder(t *testing.T) {
	type inner struct {
		S string         `json:"s"`
		N []int          `json:"n"`
		M map[string]any `json:"m,omitempty"`
	}
	for _, v := range []any{
		nil, 0, "", []int{}, map[string]int{}, struct{}{},
		"quote \" backslash \\ brace { ] , : <tag> & é \u2028 \x01",
		[]any{1, "two", []int{}, map[string]any{}, nil, true, 2.5e-9},
		map[string]any{"a": []any{map[string]any{"b": "c,d:{e}"}}, "z": []string{"\\\"", ""}},
		inner{S: "Tarnholt, \"quoted\" {x}", N: []int{1, 2, 3}, M: map[string]any{"k": inner{}}},
		[]inner{{}, {S: "\\"}},
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(v))
		var got bytes.Buffer
		require.NoError(t, WriteJSON(&got, v))
		assert.Equal(t, want.String(), got.String())
	}
}
