package read_test

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadMDFrontMatterAndMarkup(t *testing.T) {
	a := readersOne(t, readersFixture("md", "front.md"))
	assert.Equal(t, "kessing-bridge-01", a.ID)
	assert.Equal(t, "md", a.Format)
	assert.Equal(t, "Kessing Bridge to Close for Repairs", a.Title)
	assert.Equal(t, "The Kessing Ledger", a.Source)
	assert.Equal(t, "https://ledger.example/kessing-bridge", a.URL)
	assert.Equal(t, readersDay(2031, time.June, 2), a.Published)
	assert.Equal(t, article.DateFromMetadata, a.PublishedFrom)
	assert.Equal(t, map[string]string{
		"author": "Tova Lindqvist",
		"tags":   "transport, kessing",
		"desk":   "{editor: R. Amsel}",
	}, a.Meta)

	var paras []string
	for i := range a.Paragraphs {
		paras = append(paras, a.ParagraphText(i))
	}
	assert.Equal(t, []string{
		"Kessing Bridge to Close for Repairs",
		"The old bridge over the Maren will close on June 9, the roads office said.",
		"Detours via the north road",
		"Ferry service doubled",
		`"We have no choice," said engineer Pia Sorvik.`,
		"closure: 6 weeks",
		"Traffic officers will be posted at both ends.  Escaped *stars* & entities.",
	}, paras)
	for _, markup := range []string{"**", "](", "<div", "Buy now", "```", "map.png", "---", "> "} {
		assert.NotContains(t, a.Text, markup)
	}
}

func TestReadMD(t *testing.T) {
	tests := []struct {
		file    string
		id      string
		title   string
		date    time.Time
		text    string
		problem error // the one problem expected, if any
		meta    map[string]string
	}{
		{file: "no-front.md", id: "no-front", title: "Dunmore Votes on Park Plan",
			text: "Dunmore Votes on Park Plan\nDunmore's council will vote on the park plan on Thursday, a spokesman said."},
		// Broken front matter is reported; the body is still read.
		{file: "bad-front.md", id: "bad-front", text: "The body survives a broken header.",
			problem: read.ErrRecordMalformed},
		// A date that is not understood is reported and kept in Meta.
		{file: "bad-date.md", id: "bad-date", title: "Quarry Dispute Heads to Court",
			text: "The quarry dispute will be heard in the district court.", problem: read.ErrUnparsedDate,
			meta: map[string]string{"date": "sometime next spring"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, problems := read.File(readersFixture("md", tt.file), read.Options{})
			require.Len(t, arts, 1)
			a := arts[0]
			readersCheckSpans(t, a)
			assert.Equal(t, tt.id, a.ID)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.date, a.Published)
			assert.Equal(t, tt.text, a.Text)
			assert.Equal(t, tt.meta, a.Meta)
			if tt.problem == nil {
				assert.Empty(t, problems)
				return
			}
			require.Len(t, problems, 1)
			assert.ErrorIs(t, problems[0], tt.problem)
		})
	}
}

func TestReadMDFrontMatterOnly(t *testing.T) {
	arts, problems := read.File(readersFixture("md", "front-only.md"), read.Options{})
	assert.Empty(t, arts)
	require.Len(t, problems, 1)
	assert.ErrorIs(t, problems[0], read.ErrRecordNoText)
}

func TestReadMDBodyForms(t *testing.T) {
	tests := []struct {
		name string
		src  string
		text string
	}{
		{"rule-not-front-matter", "---\nA story after a rule.\n", "A story after a rule."},
		{"crlf-front-matter", "---\r\ntitle: Pier Reopens\r\n---\r\nThe pier\r\nreopened.\r\n", "The pier reopened."},
		{"dots-close-front-matter", "---\ntitle: T\n...\nBody line.\n", "Body line."},
		{"nested-quote-list", "> - one *two*\n>   three\n", "one two three"},
		{"hard-break", "first  \nsecond\n", "first second"},
		{"setext", "Big News\n========\n\nBody.\n", "Big News\nBody."},
		{"table", "| a | b |\n|---|---|\n| 1 | 2 |\n", "a | b\n1 | 2"},
		{"autolink-code", "See <https://x.example> and `a\nb`.\n", "See https://x.example and a b."},
		{"entities", "Caf&eacute; &#233; &amp;\n", "Café é &"},
		{"html-only-plus-text", "<script>alert(1)</script>\n\nText.\n", "Text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, problems := read.Bytes(tt.name+".md", []byte(tt.src), read.Options{})
			require.Empty(t, problems)
			require.Len(t, arts, 1)
			readersCheckSpans(t, arts[0])
			assert.Equal(t, tt.text, arts[0].Text)
		})
	}
}

// Lines nested absurdly deep are read as plain text (goldmark is quadratic
// in nesting depth); ordinary nesting is untouched.
func TestReadMDDeepNesting(t *testing.T) {
	tests := []struct {
		name, src, text string
	}{
		{"quotes", strings.Repeat(">", 100000) + " Deep words.\n", "Deep words."},
		{"lists", strings.Repeat("- ", 50000) + "Deep words.\n", "Deep words."},
		{"shallow", "> > - Shallow words.\n", "Shallow words."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, problems := read.Bytes(tt.name+".md", []byte(tt.src), read.Options{})
			require.Empty(t, problems)
			require.Len(t, arts, 1)
			assert.Equal(t, tt.text, arts[0].Text)
		})
	}
}
