package read_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readDated reads one JSONL record with text, URL and optional metadata date.
func readDated(t *testing.T, text, url, date string) *article.Article {
	t.Helper()
	rec := map[string]string{"id": "a", "text": text}
	if url != "" {
		rec["url"] = url
	}
	if date != "" {
		rec["date"] = date
	}
	line, err := json.Marshal(rec)
	require.NoError(t, err)
	arts, problems := read.Bytes("dated.jsonl", line, read.Options{})
	require.Empty(t, problems)
	require.Len(t, arts, 1)
	return arts[0]
}

const datedBody = "The harbour council of Brenmoor voted to close the ferry pier after the storm, a spokesman said.\n" +
	"Repairs will take most of the spring, the council added in a statement on its website.\n"

func TestArticleDatelineForms(t *testing.T) {
	tests := []struct {
		name, lead, want string
		from             article.DateSource
	}{
		{"last updated with weekday and zone", "Last Updated: Tuesday, 4 March 2031, 09:12 GMT", "2031-03-04", article.DateFromDateline},
		{"first published with time and zone", "First Published: April 9, 2030 7:41 AM EDT", "2030-04-09", article.DateFromDateline},
		{"time before date", "UPDATED 11:02 PM EST Jan 7, 2029", "2029-01-07", article.DateFromDateline},
		{"date then last updated", "14 August 2030 Last updated at 16:20 BST", "2030-08-14", article.DateFromDateline},
		{"published on weekday", "Published on Thursday, 12 September 2030", "2030-09-12", article.DateFromDateline},
		{"posted then updated", "Posted: Feb 3, 2031 6:15 PM ET Last Updated: Feb 4, 2031 9:00 AM ET", "2031-02-03", article.DateFromDateline},
		{"spaced numeric two-digit year", "10 / 21 / 29", "2029-10-21", article.DateFromDateline},
		{"month typo, letter missing", "Octobr 21, 2029", "2029-10-21", article.DateFromDateline},
		{"month typo, letter wrong", "Septenber 12, 2030 at 8:00 am", "2030-09-12", article.DateFromDateline},
		{"posted without colon", "Posted on Thu Sep 12, 2030 08:15 AM PDT", "2030-09-12", article.DateFromDateline},
		{"clock with stray space", "Sep 12, 2030 3: 05pm EDT", "2030-09-12", article.DateFromDateline},
		{"a. m. with spaces", "7:15 a. m. Sep. 12, 2030", "2030-09-12", article.DateFromDateline},
		{"ordinal with of", "8: 56am Thursday 12th of September 2030", "2030-09-12", article.DateFromDateline},
		{"place prefix", "Kestrel Bay, Sep 12, 2030/10:00 am (KBN)", "2030-09-12", article.DateFromDateline},
		{"all-caps place prefix", "BRENMOOR, NW, September 12, 2030", "2030-09-12", article.DateFromDateline},
		{"agency and zone", "KBN Sep 12, 2030, 05. 51PM IST HARBOURTOWN:", "2030-09-12", article.DateFromDateline},
		{"release label", "FOR IMMEDIATE RELEASE September 12, 2030", "2030-09-12", article.DateFromDateline},
		{"day-first numeric after time", "Last updated 13:26 21/09/2030", "2030-09-21", article.DateFromDateline},
		{"dotted day-first", "Article posted on 09.11.2030", "2030-11-09", article.DateFromDateline},
		{"hours label", "Thu Sep 12 2030, 01:19 hrs", "2030-09-12", article.DateFromDateline},
		{"iso with label", "published: 2030-09-12 11:47:35", "2030-09-12", article.DateFromDateline},
		{"byline with date", "By Ann Roe and Jo Poe | September 12, 2030", "2030-09-12", article.DateFromByline},
		{"wire dateline", "BRENMOOR, Sept. 12, 2030 (Harbour Press) — " + datedBody, "2030-09-12", article.DateFromDateline},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readDated(t, "Ferry Pier Closes After Storm\n"+tt.lead+"\n"+datedBody, "", "")
			require.True(t, a.HasDate(), "no date from %q", tt.lead)
			assert.Equal(t, tt.want, a.Published.Format(time.DateOnly))
			assert.Equal(t, tt.from, a.PublishedFrom)
			require.NotEmpty(t, a.DateSources)
			assert.Equal(t, tt.from, a.DateSources[0].From)
			require.NotNil(t, a.DatelineSpan)
		})
	}
}

func TestArticleDatelineAfterSubheadlines(t *testing.T) {
	text := "Ferry Pier Closes After Storm\n" +
		"The council says the pier is unsafe after waves tore away part of its deck.\n" +
		"Fishing boats will use the old slipway until the repairs are finished.\n" +
		"PUBLISHED: SATURDAY, JUNE 8, 2030, 6:05 AM\n" +
		"UPDATED: SUNDAY, JUNE 9, 2030, 10:40 AM\n" + datedBody
	a := readDated(t, text, "", "")
	require.True(t, a.HasDate())
	assert.Equal(t, "2030-06-08", a.Published.Format(time.DateOnly))
	assert.Equal(t, "Ferry Pier Closes After Storm", a.Title)
}

// Numeric dates whose order is not certain follow the article's other dates.
func TestArticleDateOrder(t *testing.T) {
	tests := []struct {
		name, lead, url, body, want string
	}{
		{"month first by default", "8:40 AM PDT 3/6/2031", "", datedBody, "2031-03-06"},
		{"address month decides", "06/03/2031", "https://news.example/2031/03/pier-closes.html", datedBody, "2031-03-06"},
		{"weekday decides", "Tue 06/03/2031", "", datedBody, "2031-06-03"},
		{"address day decides", "Posted 04/05/2031", "https://news.example/story/20310504/pier", datedBody, "2031-05-04"},
		{"text months decide", "04/05/2031",
			"", "The storm reached Brenmoor in May, the worst May storm in forty years, a spokesman said.\nMore rain is expected in May and June, forecasters said on Sunday.\n", "2031-05-04"},
		{"a part above 12 decides", "Updated 9/14/2030 1:03 PM", "https://news.example/2030/10/pier.html", datedBody, "2030-09-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readDated(t, "Ferry Pier Closes\n"+tt.lead+"\n"+tt.body, tt.url, "")
			require.True(t, a.HasDate())
			assert.Equal(t, tt.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestArticleURLDates(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://news.example/world/2031/mar/04/pier-closes", "2031-03-04"},
		{"https://news.example/2031/03/04/pier-closes/", "2031-03-04"},
		{"http://news.example/2031/3/4/4081296/pier-closes", "2031-03-04"},
		{"https://news.example/movies/pier-closes-20310304", "2031-03-04"},
		{"https://news.example/article/20310304/local/1234567/1/", "2031-03-04"},
		{"https://news.example/local/2031-03-04-pier-closes_N.htm", "2031-03-04"},
		{"https://news.example/stories/2031/10/pier_web_2031_03_04_q.html", "2031-03-04"},
		{"https://news.example/2031/WORLD/03/04/pier.closes/", "2031-03-04"},
		{"https://news.example/newswire/2031/03/04-1", "2031-03-04"},
		{"https://news.example/article/2031/03/04/uk-pier-idUKBRE12345AB20310304", "2031-03-04"},
		{"news.example/news/story/2031-03-04/pier-closes/", "2031-03-04"},
		{"https://news.example/page.jsp?ymd=20310304&content_id=3718580", "2031-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			a := readDated(t, "Ferry Pier Closes\n"+datedBody, tt.url, "")
			require.True(t, a.HasDate())
			assert.Equal(t, tt.want, a.Published.Format(time.DateOnly))
			assert.Equal(t, article.DateFromURL, a.PublishedFrom)
			assert.Nil(t, a.DatelineSpan)
		})
	}
}

// Dates about the event, ids in addresses and impossible dates are not
// publication dates.
func TestArticleDateTraps(t *testing.T) {
	tests := []struct{ name, lead, url string }{
		{"event date in a sentence", "The storm struck on June 3, 2030, and tore the deck away.", ""},
		{"said on a date", "Officials said on Monday, June 3, 2030 that the pier would close", ""},
		{"label with other words", "End of Season: Friday, June 7, 2030", ""},
		{"a label the lexicon does not know", "Born: March 3, 1950", ""},
		{"a related story", "Related: June 3, 2030: Storm Wrecks Pier", ""},
		{"relative age and a download date", "Posted 2 years, 40 days ago [retrieved on 2 May 2031]", ""},
		{"headline holding a date", "Storm Wrecks Brenmoor Pier June 3, 2030", ""},
		{"capitals headline holding a date", "STORM WRECKS PIER JUNE 3, 2030", ""},
		{"impossible day", "Published: February 30, 2031", ""},
		{"impossible numeric", "31/04/2030", ""},
		{"far future", "Published: March 4, 2090", ""},
		{"far future numeric", "Posted 03/04/2095", ""},
		{"quoted date", `"June 3, 2030 was the worst day," he said`, ""},
		{"version numbers", "Build 1.2.2030.4", ""},
		{"id that is not a valid date", "", "https://news.example/people/article/0,,20697025,00.html"},
		{"long number holding digits of a date", "", "https://news.example/articles/2007/1175971051701.html"},
		{"title number after month", "", "https://news.example/2031/08/5-reasons-the-pier-closed.html"},
		{"numeric id", "", "https://news.example/story?id=2066717"},
		{"archive listing", "", "https://blog.example/2031_03_01_archive.html"},
		{"year before the web", "", "https://news.example/1985/03/04/pier"},
		{"digits in the host", "", "https://20310304.example/pier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Ferry Pier Closes\n"
			if tt.lead != "" {
				text += tt.lead + "\n"
			}
			a := readDated(t, text+datedBody, tt.url, "")
			assert.False(t, a.HasDate(), "dated %v from %s", a.Published, a.PublishedFrom)
			assert.Empty(t, a.DateSources)
		})
	}
}

// Every place that dates the article is kept, the chosen one first:
// metadata, then a dateline or byline, then the address.
func TestArticleDateSources(t *testing.T) {
	t.Run("metadata wins and the rest are kept", func(t *testing.T) {
		a := readDated(t, "Ferry Pier Closes\nPosted: March 9, 2031\n"+datedBody,
			"https://news.example/2031/03/10/pier", "2031-03-04")
		assert.Equal(t, "2031-03-04", a.Published.Format(time.DateOnly))
		assert.Equal(t, article.DateFromMetadata, a.PublishedFrom)
		require.Len(t, a.DateSources, 3)
		assert.Equal(t, []article.DateSource{article.DateFromMetadata, article.DateFromDateline, article.DateFromURL},
			[]article.DateSource{a.DateSources[0].From, a.DateSources[1].From, a.DateSources[2].From})
		assert.Equal(t, "2031-03-09", a.DateSources[1].Date)
		assert.Equal(t, "March 9, 2031", a.DateSources[1].Text)
		assert.Equal(t, "2031-03-10", a.DateSources[2].Date)
	})
	t.Run("dateline before address", func(t *testing.T) {
		a := readDated(t, "Ferry Pier Closes\nPublished March 5, 2031\n"+datedBody,
			"https://news.example/2031/03/04/pier", "")
		assert.Equal(t, "2031-03-05", a.Published.Format(time.DateOnly))
		assert.Equal(t, article.DateFromDateline, a.PublishedFrom)
		require.Len(t, a.DateSources, 2)
		assert.Equal(t, article.DateFromURL, a.DateSources[1].From)
	})
	t.Run("a revision stamp yields to an earlier address", func(t *testing.T) {
		a := readDated(t, "Ferry Pier Closes\nUpdated: March 20, 2031\n"+datedBody,
			"https://news.example/2031/03/04/pier", "")
		assert.Equal(t, "2031-03-04", a.Published.Format(time.DateOnly))
		assert.Equal(t, article.DateFromURL, a.PublishedFrom)
		require.Len(t, a.DateSources, 2)
		assert.True(t, a.DateSources[1].Updated)
	})
	t.Run("published beats updated in the lead", func(t *testing.T) {
		a := readDated(t, "Ferry Pier Closes\nUPDATED 03/20/2031 at 11:00 AM\nOriginally published 03/04/2031 at 10:20 AM\n"+datedBody, "", "")
		assert.Equal(t, "2031-03-04", a.Published.Format(time.DateOnly))
	})
}
