package read

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A wrapper's opening and closing marks can overlap ("<!-->"): then there
// is nothing wrapped, and nothing may be sliced out (the fuzzer found a
// panic here).
func TestUnwrapScriptJSON(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<!-- {"a":1} -->`, `{"a":1}`},
		{`<![CDATA[{"a":1}]]>`, `{"a":1}`},
		{`//<![CDATA[ {"a":1} //]]>`, `{"a":1}`},
		{"<!-->", "<!-->"},
		{"<!--->", "<!--->"},
		{"<!---->", ""},
		{"<![CDATA[]]>", ""},
		{`{"a":1}`, `{"a":1}`},
	} {
		t.Run(c.in, func(t *testing.T) {
			assert.NotPanics(t, func() { assert.Equal(t, c.want, unwrapScriptJSON(c.in)) })
		})
	}
}
