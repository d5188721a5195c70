package read_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// UTF-8 text with a stray byte stays UTF-8: only the bad bytes become
// U+FFFD, and a note names the first one's offset. Text that is not
// mostly UTF-8 is still read as Windows-1252.
func TestReadStrayBytes(t *testing.T) {
	for _, c := range []struct {
		name, file, data string
		text             string
		encoding         string
		note             string // "" for none
	}{
		{"stray byte among accents", "a.txt", "Caf\xc3\xa9 owners \xe2\x80\x94 and one \xff stray.\n",
			"Café owners — and one \uFFFD stray.\n", "", "invalid UTF-8 at byte offset 25: 1 bad byte(s)"},
		{"two bad bytes in a row", "b.txt", "Na\xc3\xafve \xc3\xa9t\xc3\xa9 \xfe\xff end.\n",
			"Naïve été \uFFFD\uFFFD end.\n", "", "invalid UTF-8 at byte offset 13: 2 bad byte(s)"},
		{"legacy file", "c.txt", "Caf\xe9 owners \x96 and \x93quotes\x94.\n",
			"Café owners – and “quotes”.\n", "windows-1252", ""},
		{"markdown", "d.md", "---\ntitle: T\n---\nCaf\xc3\xa9 \xff ok.\n", "Café \uFFFD ok.", "", "invalid UTF-8 at byte offset 23"},
		{"jsonl line", "e.jsonl", `{"id":"x","text":"Caf` + "\xc3\xa9 \xff" + ` ok."}` + "\n", "Café \uFFFD ok.", "", "invalid UTF-8 at byte offset"},
	} {
		t.Run(c.name, func(t *testing.T) {
			arts, problems := read.Bytes(c.file, []byte(c.data), read.Options{})
			require.Len(t, arts, 1)
			assert.Equal(t, c.text, strings.TrimSpace(arts[0].Text)+strings.Repeat("\n", strings.Count(c.text, "\n")))
			assert.Equal(t, c.encoding, arts[0].Meta["encoding"])
			if c.note == "" {
				assert.Empty(t, problems)
				return
			}
			require.Len(t, problems, 1)
			assert.ErrorIs(t, problems[0], read.ErrInvalidUTF8)
			assert.True(t, problems[0].Kept())
			assert.Contains(t, problems[0].Reason, c.note)
		})
	}
}
