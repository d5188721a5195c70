package people

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tokenShape's ASCII path must agree with the Unicode one.
func TestTokenShapeASCII(t *testing.T) {
	for _, s := range []string{"Anna", "anna", "US", "U", "u", "U.S", "then-president", "Putin-Trump", "1,000", "43-year-old", "A1", ",", "-", "x"} {
		require.Equal(t, tokenShapeUnicode(s), tokenShape(s), s)
	}
}

// buildTokens' lower-case forms lower ASCII letters, non-ASCII capitals
// (on their own), possessives dropped; a rune the doc's lower case
// lowered without being a capital ("ǅ", "Ⅱ") stays as written.
func TestTokenLowerForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Minister Anna Berg's plan.", "minister|anna|berg|plan|."},
		{"Öz’s İnan café.", "öz|inan|café|."},
		{"ǅemal Ⅱ said.", "ǅemal|Ⅱ|said|."},
		{"The then-Prime Minister spoke.", "the|then|prime|minister|spoke|."},
	}
	for _, tt := range tests {
		a := analyze(doc(tt.in), testKB(t))
		var lows []string
		for _, tk := range a.toks {
			lows = append(lows, tk.low)
		}
		assert.Equal(t, tt.want, strings.Join(lows, "|"), tt.in)
		a.release()
	}
}
