package rules

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSeverity(t *testing.T) {
	tests := []struct {
		in   string
		want Severity
		err  bool
	}{
		{"error", Error, false}, {"Warning", Warning, false}, {" info ", Info, false}, {"fatal", 0, true}, {"", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSeverity(tt.in)
			if tt.err {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	assert.True(t, Info < Warning && Warning < Error)
	assert.Equal(t, "severity(7)", Severity(7).String())

	b, err := json.Marshal(struct{ S Severity }{Warning})
	require.NoError(t, err)
	assert.JSONEq(t, `{"S":"warning"}`, string(b))
	var back struct{ S Severity }
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, Warning, back.S)
	assert.Error(t, json.Unmarshal([]byte(`{"S":"loud"}`), &back))
}

func TestDiscrepancyJSONFieldNames(t *testing.T) {
	d := Discrepancy{ID: "abc", Rule: "r", Kind: "date", Severity: Error, Subject: "s", SubjectKey: "event:s", Summary: "x",
		Claims: []ClaimRef{{Article: "a1", Value: "v", ValueText: "V", Text: "t", Start: 1, End: 2, Role: "dateline"}},
		KB:     &KBRef{Office: "zq:governor", Holder: "h"}}
	b, err := json.Marshal(d)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"id", "rule", "kind", "severity", "subject", "subject_key", "summary", "claims", "kb"} {
		assert.Contains(t, m, k)
	}
	c := m["claims"].([]any)[0].(map[string]any)
	for _, k := range []string{"article", "value", "normalized", "text", "start", "end", "sentence_start", "sentence_end", "role"} {
		assert.Contains(t, c, k)
	}
	// The public shape: "value" is the value as written in the article.
	assert.Equal(t, "V", c["value"])
	assert.Equal(t, "v", c["normalized"])
	assert.Equal(t, "error", m["severity"])
}
