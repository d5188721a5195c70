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

func TestReadHTML(t *testing.T) {
	tests := []struct {
		file       string
		title      string
		source     string
		url        string
		date       time.Time
		extraction string
		firstPara  string
		encoding   string
	}{
		// og:title beats <title>; og:url beats canonical; the NewsArticle
		// in the JSON-LD @graph beats the WebPage beside it.
		{file: "full.html", title: "Lantern Festival Draws Record Crowd in Orrin", source: "The Brisk Gazette",
			url: "https://gazette.example/orrin-lanterns", date: time.Date(2031, time.October, 12, 8, 15, 0, 0, time.UTC),
			extraction: "readability",
			firstPara:  "More than forty thousand people filled the harbour front in Orrin on Saturday night for the annual lantern festival, the organisers said on Sunday."},
		// <title> with the site name cut off; JSON-LD in a comment, typed by a list.
		{file: "jsonld-plain.html", title: "Tidal Barrier Fails Test", source: "Coastline Weekly",
			url: "https://coast.example/barrier", date: readersDay(2030, time.February, 14), extraction: "readability",
			firstPara: "The tidal barrier at Selham failed its annual test on Thursday when two of its five gates did not close, engineers said."},
		// <h1> title; <time> inside the article, not the one in <nav>.
		{file: "time-only.html", title: "Mill Town Elects Its First Youth Council",
			date: time.Date(2032, time.May, 17, 9, 0, 0, 0, time.UTC), extraction: "readability", firstPara: "May 17, 2032"},
		{file: "tiny.html", extraction: "readability", firstPara: "Short wire item: the bridge reopened."},
		{file: "cp1252.html", title: "Café Reopens", extraction: "readability", encoding: "windows-1252",
			firstPara: "The café on the pier reopened, its owner said, calling it “a fresh start” for the town."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := readersOne(t, readersFixture("html", tt.file))
			assert.Equal(t, strings.TrimSuffix(tt.file, ".html"), a.ID)
			assert.Equal(t, "html", a.Format)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.source, a.Source)
			assert.Equal(t, tt.url, a.URL)
			assert.Equal(t, tt.date, a.Published)
			if !tt.date.IsZero() {
				assert.Equal(t, article.DateFromMetadata, a.PublishedFrom)
			}
			assert.Equal(t, tt.extraction, a.Meta["extraction"])
			assert.Equal(t, tt.encoding, a.Meta["encoding"])
			require.NotEmpty(t, a.Paragraphs)
			assert.Equal(t, tt.firstPara, a.ParagraphText(0))
		})
	}
}

// Navigation, scripts, styles, headers, asides and footers never reach the
// text, and every block is a line of its own.
func TestReadHTMLDropsBoilerplate(t *testing.T) {
	a := readersOne(t, readersFixture("html", "full.html"))
	for _, leaked := range []string{
		"November 30, 2027", "December 1, 2027", // <script> in <head>
		"October 9, 2026",  // <script> in the article
		"March 3, 2029",    // <style>
		"January 5, 2028",  // page <header>
		"February 2, 2026", // <nav>
		"April 7, 2025",    // <aside>
		"July 4, 2024",     // <footer>
		"trackPage", "font-family", "Archive", "Copyright",
	} {
		assert.NotContains(t, a.Text, leaked)
	}
	var paras []string
	for i := range a.Paragraphs {
		paras = append(paras, a.ParagraphText(i))
	}
	assert.Contains(t, paras, "Record numbers")
	assert.Contains(t, paras, "Lanterns launched: 12,000")
	assert.Contains(t, paras, "Volunteers: 340")
	assert.Contains(t, paras, "The council will discuss next year's budget for the event at its meeting on October 20, Hallam added.")
}

// Short repeated blocks after the lead survive extraction.
func TestReadHTMLKeepsNotices(t *testing.T) {
	a := readersOne(t, readersFixture("html", "fallback-notices.html"))
	for _, notice := range []string{
		"Berths for the summer can be booked at the harbour office from the first of April",
		"Dogs on the pontoons must be kept on a lead at all times, the harbour master said",
		"Parking on the quay road is limited to two hours between May and September",
	} {
		assert.Contains(t, a.Text, notice)
	}
}

func TestReadHTMLNoText(t *testing.T) {
	arts, problems := read.File(readersFixture("html", "empty-body.html"), read.Options{})
	assert.Empty(t, arts)
	require.Len(t, problems, 1)
	assert.ErrorIs(t, problems[0], read.ErrRecordNoText)
}

func TestReadHTMLForms(t *testing.T) {
	tests := []struct {
		name  string
		page  string
		title string
		date  time.Time
		text  string
	}{
		{"hidden-and-roles",
			`<body><div role="navigation">Menu June 1, 2020</div><p hidden>Secret</p><div aria-hidden="true">Icons</div><p>The mill reopened.</p></body>`,
			"", time.Time{}, "The mill reopened."},
		{"br-and-pre",
			`<body><article><p>Line one<br>line two</p><pre>  kept
  as is</pre></article></body>`,
			"", time.Time{}, "Line one\nline two\n  kept\n  as is"},
		{"dateline-in-text",
			`<body><article><p>Monday, June 2, 2031</p><p>The mill reopened on Monday after a fire in the spring.</p></article></body>`,
			"", readersDay(2031, time.June, 2), "Monday, June 2, 2031\nThe mill reopened on Monday after a fire in the spring."},
		{"meta-name-date",
			`<head><meta name="DATE" content="June 3, 2031"><meta name="twitter:title" content="Mill Reopens"></head><body><p>The mill reopened.</p></body>`,
			"Mill Reopens", readersDay(2031, time.June, 3), "The mill reopened."},
		{"page-header-gone-article-header-kept",
			`<body><header>Site Banner</header><article><header><p>Mill Reopens After Fire</p></header><p>The mill reopened.</p></article></body>`,
			"", time.Time{}, "Mill Reopens After Fire\nThe mill reopened."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, problems := read.Bytes(tt.name+".html", []byte(tt.page), read.Options{})
			require.Empty(t, problems)
			require.Len(t, arts, 1)
			a := arts[0]
			readersCheckSpans(t, a)
			assert.Equal(t, tt.text, a.Text)
			assert.Equal(t, tt.date, a.Published)
			if tt.title != "" {
				assert.Equal(t, tt.title, a.Title)
			}
		})
	}
}

// Pages readability cannot take still give their text.
func TestReadHTMLOversizedPages(t *testing.T) {
	t.Run("too many elements for readability", func(t *testing.T) {
		page := "<html><body><nav>Menu</nav><article>" + strings.Repeat("<p>Harbour news.</p>", 50001) + "</article></body></html>"
		arts, problems := read.Bytes("many.html", []byte(page), read.Options{})
		require.Empty(t, problems)
		require.Len(t, arts, 1)
		assert.Equal(t, "fallback (page too large for readability)", arts[0].Meta["extraction"])
		assert.Len(t, arts[0].Paragraphs, 50001)
		assert.NotContains(t, arts[0].Text, "Menu")
	})
	t.Run("nested deeper than the parser allows", func(t *testing.T) {
		page := "<html><body><script>var d = 1;</script>" + strings.Repeat("<div>", 600) + "Deep harbour news.<br>Second line." + "</body></html>"
		arts, problems := read.Bytes("deep.html", []byte(page), read.Options{})
		require.Len(t, arts, 1)
		assert.Equal(t, "Deep harbour news.\nSecond line.", arts[0].Text)
		assert.Equal(t, "tokenizer", arts[0].Meta["extraction"])
		require.Len(t, problems, 1)
		// Read all the same: a warning that leaves the exit status alone.
		assert.ErrorIs(t, problems[0], read.ErrHTMLUnstructured)
		assert.True(t, problems[0].Kept())
	})
}
