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

// readersSummary is what the JSON tests compare per article.
type readersSummary struct {
	ID, Title, Source string
	Line              int
	Date              time.Time
	Text              string
	Meta              map[string]string
}

func readersSummarize(t *testing.T, arts []*article.Article) []readersSummary {
	t.Helper()
	out := make([]readersSummary, 0, len(arts))
	for _, a := range arts {
		readersCheckSpans(t, a)
		out = append(out, readersSummary{a.ID, a.Title, a.Source, a.Line, a.Published, a.Text, a.Meta})
	}
	return out
}

// readersProblemLines renders problems as "line kind" for comparison.
func readersProblemLines(problems []read.Problem) []string {
	var out []string
	for _, p := range problems {
		out = append(out, strings.TrimPrefix(p.Error(), p.Path+":"))
	}
	return out
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		file     string
		want     []readersSummary
		problems []string
	}{
		{file: "one.json", want: []readersSummary{{
			ID: "tarrow-budget", Title: "Tarrow Budget Passes", Source: "Tarrow Herald", Line: 1,
			Date: readersDay(2031, time.November, 12),
			Text: "The Tarrow county budget passed by five votes to two on Wednesday.\nThe treasurer said taxes would not rise.",
			Meta: map[string]string{"author": "Ned Foss", "wordcount": "18"},
		}}},
		{file: "array.json", want: []readersSummary{
			{ID: "41", Title: "Ferry Strike Ends", Line: 1, Date: readersDay(2031, time.March, 7),
				Text: "The ferry strike in Velmont ended on Friday after nine days."},
			{ID: "array-3", Title: "Port Dues Cut", Source: "Kessing Ledger", Line: 3,
				Date: time.Date(2031, time.March, 8, 14, 0, 0, 0, time.UTC),
				Text: "Port dues at Kessing will be cut by a fifth.\nThe cut starts in May."},
			{ID: "array-5", Title: "Mixed Markup", Line: 5,
				Text: "Dock workers voted to accept the offer.\nThe vote was close.",
				Meta: map[string]string{"date": "not a date", "text_format": "html"}},
		}, problems: []string{
			"3: no text (fields text, body or content)",
			"5: not a JSON object",
			`6: date not understood: "not a date"`,
		}},
		{file: "broken.json", want: []readersSummary{
			{ID: "ok-1", Line: 1, Text: "The first record is fine."},
		}, problems: []string{
			"4: malformed JSON: invalid character ']' looking for beginning of object key string; rest of file not read",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, problems := read.File(readersFixture("json", tt.file), read.Options{})
			assert.Equal(t, tt.want, readersSummarize(t, arts))
			assert.Equal(t, tt.problems, readersProblemLines(problems))
		})
	}
}

func TestReadJSONL(t *testing.T) {
	arts, problems := read.File(readersFixture("json", "records.jsonl"), read.Options{})
	assert.Equal(t, []readersSummary{
		// j-1 appears again on line 7: the later record takes its place.
		{ID: "j-1", Title: "Snow Closes Pass (corrected)", Line: 7, Date: readersDay(2031, time.December, 2),
			Text: "Snow closed the Brannoch pass on Tuesday."},
		{ID: "records-3", Title: "No id here", Line: 4, Date: readersDay(2031, time.December, 3),
			Text: "The ski lifts at Brannoch reopened on Wednesday."},
	}, readersSummarize(t, arts))
	assert.Equal(t, []string{
		"3: line is not valid JSON: unexpected end of JSON input",
		"5: no text (fields text, body or content)",
		"6: line is not a JSON object",
		`7: duplicate id "j-1", also read at testdata/readers/json/records.jsonl:1; this one replaces it`,
	}, readersProblemLines(problems))
	assert.ErrorIs(t, problems[3], read.ErrDuplicateArticleID)
	for _, a := range arts {
		assert.Equal(t, "jsonl", a.Format)
	}
}

func TestReadJSONLWindows1252(t *testing.T) {
	a := readersOne(t, readersFixture("json", "cp1252.jsonl"))
	assert.Equal(t, "The mayor called it “a good day”.", a.Text)
	assert.Equal(t, "windows-1252", a.Meta["encoding"])
}

// MaxBytes limits each JSONL line, not the file, so big feeds stream.
func TestReadJSONLLineLimit(t *testing.T) {
	long := `{"id": "long", "text": "` + strings.Repeat("word ", 100) + `"}`
	data := `{"id": "a", "text": "Short one."}` + "\n" + long + "\n" + `{"id": "b", "text": "Short two."}`
	arts, problems := read.Bytes("feed.jsonl", []byte(data), read.Options{MaxBytes: 200})
	require.Len(t, arts, 2)
	assert.Equal(t, "a", arts[0].ID)
	assert.Equal(t, "b", arts[1].ID)
	assert.Equal(t, 3, arts[1].Line)
	require.Len(t, problems, 1)
	assert.ErrorIs(t, problems[0], read.ErrFileTooLarge)
	assert.Equal(t, 2, problems[0].Line)
}

func TestReadJSONForms(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		data     string
		ids      []string
		problems int
	}{
		{"concatenated objects", "x.json", `{"id":"a","text":"One."} {"id":"b","text":"Two."}`, []string{"a", "b"}, 0},
		{"array then object", "x.json", `[{"id":"a","text":"One."}] {"id":"b","text":"Two."}`, []string{"a", "b"}, 0},
		{"empty array", "x.json", `[]`, nil, 0},
		{"scalar", "x.json", `42`, nil, 1},
		{"truncated", "x.json", `[{"id":"a","text":"One."}, {"id":`, []string{"a"}, 1},
		{"crlf jsonl", "x.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\r\n\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n", []string{"a", "b"}, 0},
		{"binary jsonl", "x.jsonl", "\x00\x01\x02\n\x00\x01\n", nil, 1},
		{"trailing garbage", "x.jsonl", `{"id":"a","text":"One."} extra` + "\n", nil, 1},
		{"big numeric id kept exact", "x.jsonl", `{"id": 12345678901234567890, "text": "One."}`, []string{"12345678901234567890"}, 0},
		{"empty jsonl", "x.jsonl", "\n \n", nil, 1},
		{"bom jsonl", "x.jsonl", "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"One.\"}\n", []string{"a"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, problems := read.Bytes(tt.file, []byte(tt.data), read.Options{})
			var ids []string
			for _, a := range arts {
				readersCheckSpans(t, a)
				ids = append(ids, a.ID)
			}
			assert.Equal(t, tt.ids, ids)
			assert.Len(t, problems, tt.problems, "%v", problems)
		})
	}
}

// A file that is not JSON at all lists a bounded number of problems.
func TestReadJSONLProblemLimit(t *testing.T) {
	data := strings.Repeat("not json\n", 500)
	arts, problems := read.Bytes("junk.jsonl", []byte(data), read.Options{})
	assert.Empty(t, arts)
	require.Len(t, problems, 101)
	assert.Equal(t, "junk.jsonl: 400 more record problems not listed", problems[100].Error())
}
