package people

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// tokenShape's ASCII path must agree with the Unicode one.
func TestTokenShapeASCII(t *testing.T) {
	for _, s := range []string{"Anna", "anna", "US", "U", "u", "U.S", "then-president", "Putin-Trump", "1,000", "43-year-old", "A1", ",", "-", "x"} {
		require.Equal(t, tokenShapeUnicode(s), tokenShape(s), s)
	}
}
