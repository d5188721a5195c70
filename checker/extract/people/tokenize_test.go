package people

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/text"
)

// appendTokens must split exactly like text.Tokens.
func TestAppendTokensMatchesText(t *testing.T) {
	inputs := []string{
		"",
		"U.S. President Anna Berg's plan, 1,000 people, 3.5% and don't-stop.",
		"“Quoted,” she said — Putin-Trump?  ‘x’ «y» \u00a0 Ünal Öz’s İstanbul",
		"a.B c.d e,f 1,a a,1 x- -y ' ’ . ,",
		"\xff\xfe broken \xc3 utf8",
		generateArticle(rand.New(rand.NewSource(3)), 3000, true),
	}
	for _, s := range inputs {
		requireSameTokens(t, s)
	}
}

func requireSameTokens(t *testing.T, s string) {
	t.Helper()
	want := text.Tokens(s, 0, len(s))
	got := appendTokens(nil, s, 0, len(s))
	require.Len(t, got, len(want), s)
	for i, w := range want {
		require.Equal(t, [2]int32{int32(w.Start), int32(w.End)}, got[i], "token %d %q in %q", i, w.Text, s)
	}
}

func FuzzAppendTokens(f *testing.F) {
	f.Add("U.S. President Anna Berg's plan, 1,000 people")
	f.Add("\xff’s a.B")
	f.Fuzz(func(t *testing.T, s string) { requireSameTokens(t, s) })
}

// tokenShape's ASCII path must agree with the Unicode one.
func TestTokenShapeASCII(t *testing.T) {
	for _, s := range []string{"Anna", "anna", "US", "U", "u", "U.S", "then-president", "Putin-Trump", "1,000", "43-year-old", "A1", ",", "-", "x"} {
		require.Equal(t, tokenShapeUnicode(s), tokenShape(s), s)
	}
}
