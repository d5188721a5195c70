package table

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteFitsWidthAndKeepsText(t *testing.T) {
	long := strings.Repeat("evidence that must wrap rather than be cut off ", 8) + "END"
	var b bytes.Buffer
	require.NoError(t, Write(&b, 80, []string{"#", "Kind", "Sides"}, [][]string{{"1", "date", long}}))
	for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
		assert.LessOrEqual(t, utf8.RuneCountInString(line), 80, line)
	}
	assert.Contains(t, b.String(), "END", "the end of the evidence is wrapped, not cut")
	assert.Equal(t, strings.Count(long, "must"), strings.Count(b.String(), "must"))
}

func TestWriteNarrowColumnsKeepNaturalWidth(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, Write(&b, 100, []string{"ID", "Text"}, [][]string{{"a1", "short"}}))
	assert.Contains(t, b.String(), "| a1 | short |")
}
