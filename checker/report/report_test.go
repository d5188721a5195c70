package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/rules"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleReport is a hand-built report about an invented story.
func sampleReport() *pipeline.Report {
	sent := "The Varna dam, finished in March 2024, failed on Sunday after days of rain in the valley below the old mill."
	return &pipeline.Report{
		Version: pipeline.ReportVersion, Articles: 3, Claims: 41,
		Discrepancies: []rules.Discrepancy{
			{ID: "aaaa11112222", Rule: "event-date", Kind: "date", Severity: rules.Error, Subject: "the Varna dam", SubjectKey: "event:completion:varna dam",
				Summary: "The Varna dam is dated March 2024 in b1 but June 2023 in c1.",
				Claims: []rules.ClaimRef{
					{Article: "b1", Value: "2024-03", ValueText: "March 2024", Text: sent, Start: 131, End: 141, SentenceStart: 100, SentenceEnd: 100 + len(sent)},
					{Article: "c1", Value: "2023-06", ValueText: "June 2023", Text: "Work on the dam ended in June 2023.", Start: 25, End: 34, SentenceStart: 0, SentenceEnd: 35},
				}},
			{ID: "bbbb33334444", Rule: "quote-attribution", Kind: "quote", Severity: rules.Warning, Subject: "we will rebuild", SubjectKey: "quote:we will rebuild",
				Summary: `The quote "we will rebuild" is attributed to Ilse Brandt in b1 but to Tomas Orel in c1.`,
				Claims: []rules.ClaimRef{
					{Article: "b1", Value: "person:ilse brandt", ValueText: "We will rebuild", Text: `"We will rebuild," said Ilse Brandt.`, Start: 1, End: 16, SentenceStart: 0, SentenceEnd: 36},
					{Article: "c1", Value: "person:tomas orel", ValueText: "We will rebuild", Text: `"We will rebuild," Tomas Orel said.`, Start: 51, End: 66, SentenceStart: 50, SentenceEnd: 86},
				}},
		},
		Meta: map[string]rules.ArticleMeta{
			"b1": {ID: "b1", Title: "Dam fails", Source: "Valley Post", Reference: time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC)},
			"c1": {ID: "c1", Title: "Rain and ruin", Source: "Mill Gazette"},
		},
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

func TestWriteGolden(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, Write(&b, sampleReport(), format, Options{Width: 100}))
			golden(t, "report."+format, b.Bytes())
		})
	}
}

func TestWriteDraftTable(t *testing.T) {
	rep := sampleReport()
	rep.Drafts = []string{"b1"}
	var b bytes.Buffer
	require.NoError(t, Write(&b, rep, "table", Options{Width: 100}))
	golden(t, "report.draft.table", b.Bytes())
	// The corpus side names the article's title and source.
	assert.Contains(t, b.String(), "Mill Gazette")
}

func TestUnknownFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, sampleReport(), "xml", Options{})
	assert.ErrorContains(t, err, `unknown format "xml"`)
}

func TestFilter(t *testing.T) {
	rep := sampleReport()
	Filter(rep, rules.Error, nil, nil)
	require.Len(t, rep.Discrepancies, 1)
	assert.Equal(t, "date", string(rep.Discrepancies[0].Kind))

	rep = sampleReport()
	Filter(rep, rules.Info, []string{"quote"}, nil)
	require.Len(t, rep.Discrepancies, 1)
	assert.Equal(t, "quote", string(rep.Discrepancies[0].Kind))

	rep = sampleReport()
	ig, err := rules.ParseIgnore("ignore.yml", []byte("- id: aaaa11112222\n  reason: checked with the builder\n"))
	require.NoError(t, err)
	Filter(rep, rules.Info, nil, ig)
	require.Len(t, rep.Discrepancies, 1)
	assert.Equal(t, 1, rep.Ignored)
	assert.Contains(t, Summary(rep, 0), "1 ignored")
}

func TestSnippet(t *testing.T) {
	sent := "The Varna dam, finished in March 2024, failed on Sunday after days of rain in the valley below the old mill."
	c := rules.ClaimRef{Text: sent, Start: 27, End: 37, SentenceStart: 0}
	s := Snippet(c, 40)
	assert.Contains(t, s, "March 2024")
	assert.LessOrEqual(t, len(s), 40+2*len("…"))
	assert.Equal(t, sent, Snippet(c, 500))
	// Offsets outside the sentence never panic.
	assert.NotPanics(t, func() { Snippet(rules.ClaimRef{Text: "short", Start: 90, End: 2}, 3) })
}

func TestSpeakerName(t *testing.T) {
	assert.Equal(t, "Ilse Brandt", SpeakerName("person:ilse brandt"))
	assert.Equal(t, "Brandt", SpeakerName("person:?brandt"))
	assert.Equal(t, "a senior official", SpeakerName("desc:a senior official"))
	assert.Equal(t, "plain", SpeakerName("plain"))
}

// A line points at the disagreeing article's file, line and column: in a
// text file by offset, in another format where its sentence is.
func TestLinePointsIntoFiles(t *testing.T) {
	dir := t.TempDir()
	rep := sampleReport()
	d := &rep.Discrepancies[0]
	// b1 is plain text: its sentence starts at byte 100, on line 3.
	b1 := strings.Repeat("x", 60) + "\n" + strings.Repeat("é", 19) + "\n" + d.Claims[0].Text + "\n"
	require.Equal(t, 100, strings.Index(b1, d.Claims[0].Text))
	// c1 is Markdown: front matter moves the sentence away from its offset.
	c1 := "---\ntitle: Rain and ruin\n---\nIntro line.\n\n" + d.Claims[1].Text + "\n"
	for name, body := range map[string]string{"b1.txt": b1, "c1.md": c1} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	rep.Meta["b1"] = rules.ArticleMeta{ID: "b1", Path: filepath.Join(dir, "b1.txt")}
	rep.Meta["c1"] = rules.ArticleMeta{ID: "c1", Path: filepath.Join(dir, "c1.md")}
	rep.Discrepancies = rep.Discrepancies[:1]

	line := func() string {
		var b bytes.Buffer
		require.NoError(t, Write(&b, rep, "line", Options{}))
		return b.String()
	}
	// The summary names b1 first: b1 is the side that disagrees.
	assert.True(t, strings.HasPrefix(line(), filepath.Join(dir, "b1.txt")+":3:32: error: "), line())
	// Named first, c1 is; its sentence is on line 6, the value 26 characters in.
	d.Summary = "The Varna dam is dated June 2023 in c1 but March 2024 in b1."
	assert.True(t, strings.HasPrefix(line(), filepath.Join(dir, "c1.md")+":6:26: error: "), line())
	assert.Contains(t, line(), "[event-date aaaa11112222]")
	// A sentence not in the file as written leaves the path alone.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c1.md"), []byte("rewritten\n"), 0o644))
	assert.True(t, strings.HasPrefix(line(), filepath.Join(dir, "c1.md")+": error: "), line())
	// A file that is gone leaves the article's ID.
	require.NoError(t, os.Remove(filepath.Join(dir, "c1.md")))
	assert.True(t, strings.HasPrefix(line(), "c1: error: "), line())
}

func TestSummaryAgreesInNumber(t *testing.T) {
	rep := sampleReport()
	rep.Articles, rep.Claims = 1, 1
	rep.Discrepancies = rep.Discrepancies[:1]
	assert.Equal(t, "1 article, 1 claim, 1 discrepancy (date 1)", Summary(rep, 0))
	rep.Discrepancies = nil
	assert.Equal(t, "1 article, 1 claim, 0 discrepancies", Summary(rep, 0))
}
