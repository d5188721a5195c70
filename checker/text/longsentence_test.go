package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A run without any sentence end (a one-line scrape, text with no spaces)
// is cut into sentences of at most MaxSentence bytes, at spaces where
// there are any, on rune boundaries always, losing no word.
func TestLongRunsAreCut(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		atSpace   bool
	}{
		{"words without a period", strings.Repeat("harbour ferry fire killed people ", 2000), true},
		{"no spaces", strings.Repeat("abcdefghij", 3000), false},
		{"no spaces, multi-byte", strings.Repeat("é", 7001), false},
		{"short stays whole", "The ferry sank. Twelve died.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, ss := Split(c.doc)
			require.NotEmpty(t, ss)
			var b strings.Builder
			for i, s := range ss {
				assert.LessOrEqual(t, s.End-s.Start, MaxSentence)
				assert.True(t, utf8.RuneStart(c.doc[s.Start]))
				assert.True(t, s.End == len(c.doc) || utf8.RuneStart(c.doc[s.End]))
				if c.atSpace && s.End < len(strings.TrimSpace(c.doc)) {
					assert.Equal(t, byte(' '), c.doc[s.End], "sentence %d cut inside a word", i)
				}
				b.WriteString(s.Text(c.doc))
			}
			assert.Equal(t, strings.Join(strings.Fields(c.doc), ""), strings.Join(strings.Fields(b.String()), ""))
		})
	}
}
