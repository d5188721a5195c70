package read_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A date that is not text at all (a list, an object) is kept in Meta and
// reported, never silently ignored.
func TestReadDateThatIsNoText(t *testing.T) {
	for _, c := range []struct{ file, data, want string }{
		{"a.md", "---\ntitle: T\ndate: [1, 2]\n---\nBody text here.\n", "a.md:3: date not understood: date is \"1, 2\""},
		{"b.jsonl", `{"id":"b","text":"Body.","date":[1,2]}` + "\n", "b.jsonl:1: date not understood: date is \"[1,2]\""},
		{"c.json", `{"id":"c","text":"Body.","published":{"y":2025}}`, `c.json:1: date not understood: published is "{"y":2025}"`},
	} {
		t.Run(c.file, func(t *testing.T) {
			arts, problems := read.Bytes(c.file, []byte(c.data), read.Options{})
			require.Len(t, arts, 1)
			assert.False(t, arts[0].HasDate())
			require.Len(t, problems, 1)
			assert.ErrorIs(t, problems[0], read.ErrUnparsedDate)
			assert.Equal(t, c.want, problems[0].Error())
		})
	}
}

// Only web addresses become an article's URL.
func TestReadDropsUnsafeURLs(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://example.org/a", "https://example.org/a"},
		{"http://example.org/a", "http://example.org/a"},
		{"/news/a", "/news/a"},
		{"javascript:alert(1)", ""},
		{" JavaScript:alert(1)", ""},
		{"data:text/html,<b>x</b>", ""},
		{"vbscript:msgbox", ""},
	} {
		t.Run(c.url, func(t *testing.T) {
			data := `{"id":"u","text":"Body.","url":` + strconv.Quote(c.url) + `}`
			arts, _ := read.Bytes("u.json", []byte(data), read.Options{})
			require.Len(t, arts, 1)
			assert.Equal(t, c.want, arts[0].URL)
			if c.want == "" {
				assert.Equal(t, strings.TrimSpace(c.url), arts[0].Meta["url_refused"])
			}
		})
	}
}
