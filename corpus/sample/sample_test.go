package sample

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// record is the shape of one article in the .json and .jsonl files.
type record struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Date   string `json:"date"`
	Text   string `json:"text"`
}

// sampleArticle is one article of the corpus: a whole file, or one JSONL line.
type sampleArticle struct {
	ID     string
	Format string
	Date   time.Time
	Body   string // the words a reader would see
}

func embeddedNames(t *testing.T) []string {
	t.Helper()
	entries, err := fs.ReadDir(FS(), Root)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		require.False(t, e.IsDir(), "no sub-directories expected: %s", e.Name())
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func readEmbedded(t *testing.T, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(FS(), path.Join(Root, name))
	require.NoError(t, err)
	return b
}

func TestEveryFileOnDiskIsEmbedded(t *testing.T) {
	entries, err := os.ReadDir(Root)
	require.NoError(t, err)
	var onDisk []string
	for _, e := range entries {
		onDisk = append(onDisk, e.Name())
	}
	sort.Strings(onDisk)
	assert.Equal(t, onDisk, embeddedNames(t))
}

func TestFilesAreNonEmptyUTF8(t *testing.T) {
	for _, name := range embeddedNames(t) {
		t.Run(name, func(t *testing.T) {
			b := readEmbedded(t, name)
			assert.NotEmpty(t, bytes.TrimSpace(b))
			assert.True(t, utf8.Valid(b), "invalid UTF-8")
			assert.False(t, bytes.Contains(b, []byte("\r")), "use LF line endings")
		})
	}
}

func TestEveryFormatIsPresent(t *testing.T) {
	seen := map[string]bool{}
	for _, name := range embeddedNames(t) {
		seen[formatOf(name)] = true
	}
	for _, f := range []string{"txt", "md", "html", "json", "jsonl"} {
		assert.True(t, seen[f], "no .%s article", f)
	}
}

func TestJSONRecordsParse(t *testing.T) {
	for _, name := range embeddedNames(t) {
		f := formatOf(name)
		if f != "json" && f != "jsonl" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			recs := parseRecords(t, name, readEmbedded(t, name))
			require.NotEmpty(t, recs)
			for _, r := range recs {
				assert.NotEmpty(t, r.ID)
				assert.NotEmpty(t, r.Title)
				assert.NotEmpty(t, r.Source)
				assert.NotEmpty(t, r.Text)
				_, err := parseDate(r.Date)
				assert.NoError(t, err, "date of %s", r.ID)
			}
		})
	}
}

func TestArticles(t *testing.T) {
	arts := loadArticles(t)
	require.GreaterOrEqual(t, len(arts), 6)
	require.LessOrEqual(t, len(arts), 8)

	ids := map[string]bool{}
	for _, a := range arts {
		t.Run(a.ID, func(t *testing.T) {
			assert.False(t, ids[a.ID], "duplicate id")
			ids[a.ID] = true
			assert.True(t, strings.HasPrefix(a.ID, "skerran-"), "ids share the story prefix")
			assert.False(t, a.Date.IsZero(), "every article has a publication date")
			n := len(strings.Fields(a.Body))
			assert.GreaterOrEqual(t, n, 150, "words")
			assert.LessOrEqual(t, n, 450, "words")
		})
	}
}

// The integrator builds golden tests from EXPECTED.md, so it must cover
// every article.
func TestExpectedNamesEveryArticle(t *testing.T) {
	b, err := os.ReadFile("EXPECTED.md")
	require.NoError(t, err)
	for _, a := range loadArticles(t) {
		assert.Contains(t, string(b), a.ID, "EXPECTED.md does not mention %s", a.ID)
	}
}

// The HTML traps only work if the script and chrome really carry dates
// and words that are not part of the story.
func TestHTMLTrapsArePresent(t *testing.T) {
	for _, name := range embeddedNames(t) {
		if formatOf(name) != "html" {
			continue
		}
		page := string(readEmbedded(t, name))
		for _, want := range []string{"<script>", "<nav", "<footer", `property="article:published_time"`} {
			assert.Contains(t, page, want, name)
		}
		script := between(page, "<script>", "</script>")
		require.Contains(t, script, "2024", "the script should carry a date the story never uses")
		assert.NotContains(t, visibleText(page), "2024", "the template dates must stay inside <script>")
	}
}

func formatOf(name string) string {
	return strings.TrimPrefix(path.Ext(name), ".")
}

func idOf(name string) string {
	return strings.TrimSuffix(name, path.Ext(name))
}

func parseRecords(t *testing.T, name string, b []byte) []record {
	t.Helper()
	if formatOf(name) == "json" {
		var r record
		require.NoError(t, json.Unmarshal(b, &r))
		return []record{r}
	}
	var out []record
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), "line %d", line)
		out = append(out, r)
	}
	require.NoError(t, sc.Err())
	return out
}

func loadArticles(t *testing.T) []sampleArticle {
	t.Helper()
	var out []sampleArticle
	for _, name := range embeddedNames(t) {
		b := readEmbedded(t, name)
		switch f := formatOf(name); f {
		case "json", "jsonl":
			for _, r := range parseRecords(t, name, b) {
				d, _ := parseDate(r.Date)
				out = append(out, sampleArticle{ID: r.ID, Format: f, Date: d, Body: r.Text})
			}
		case "txt":
			first, _, _ := strings.Cut(string(b), "\n")
			d, _ := parseDate(first)
			out = append(out, sampleArticle{ID: idOf(name), Format: f, Date: d, Body: string(b)})
		case "md":
			d, _ := parseDate(frontMatterValue(string(b), "date"))
			out = append(out, sampleArticle{ID: idOf(name), Format: f, Date: d, Body: string(b)})
		case "html":
			d, _ := parseDate(metaContent(string(b), `property="article:published_time"`))
			out = append(out, sampleArticle{ID: idOf(name), Format: f, Date: d, Body: visibleText(string(b))})
		default:
			t.Fatalf("unexpected file %s", name)
		}
	}
	return out
}

var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
}

// parseDate reads the date forms the sample uses. Go ignores the weekday
// when parsing, which matters: one dateline has a wrong weekday on purpose.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	var err error
	for _, l := range dateLayouts {
		var d time.Time
		if d, err = time.Parse(l, s); err == nil {
			return d, nil
		}
	}
	return time.Time{}, err
}

func frontMatterValue(doc, key string) string {
	rest, ok := strings.CutPrefix(doc, "---\n")
	if !ok {
		return ""
	}
	block, _, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		return ""
	}
	for _, line := range strings.Split(block, "\n") {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			return strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return ""
}

func metaContent(page, attr string) string {
	i := strings.Index(page, attr)
	if i < 0 {
		return ""
	}
	_, after, ok := strings.Cut(page[i:], `content="`)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(after, `"`)
	return v
}

func between(s, open, close string) string {
	_, after, ok := strings.Cut(s, open)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(after, close)
	return v
}

// visibleText is a rough reader's view of the page for word counts: the
// <article> element with tags removed.
func visibleText(page string) string {
	start := strings.Index(page, "<article")
	end := strings.Index(page, "</article>")
	if start < 0 || end < start {
		return ""
	}
	var b strings.Builder
	inTag := false
	for _, r := range page[start:end] {
		switch {
		case r == '<':
			inTag = true
		case r == '>':
			inTag = false
			b.WriteByte(' ')
		case !inTag:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Every sentence EXPECTED.md quotes as evidence must be in the corpus
// word for word, or the golden tests built from it would test nothing.
func TestExpectedEvidenceIsInTheCorpus(t *testing.T) {
	b, err := os.ReadFile("EXPECTED.md")
	require.NoError(t, err)

	var hay strings.Builder
	for _, name := range embeddedNames(t) {
		raw := readEmbedded(t, name)
		hay.Write(raw)
		if f := formatOf(name); f == "json" || f == "jsonl" {
			for _, r := range parseRecords(t, name, raw) {
				hay.WriteString(r.Text)
			}
		}
	}
	// Markdown emphasis is not part of the text the readers produce.
	corpusText := strings.ReplaceAll(hay.String(), "*", "")

	spans := backtickSpans(string(b))
	require.NotEmpty(t, spans)
	for _, s := range spans {
		if !strings.Contains(s, " ") {
			continue // keys, file names and values, not sentences
		}
		assert.Contains(t, corpusText, s)
	}
}

func backtickSpans(s string) []string {
	var out []string
	for {
		_, after, ok := strings.Cut(s, "`")
		if !ok {
			return out
		}
		span, rest, ok := strings.Cut(after, "`")
		if !ok {
			return out
		}
		out = append(out, span)
		s = rest
	}
}

// The weekday plants must really be wrong and the weekday traps really
// right, and all of them must be in the corpus as written.
func TestWeekdayPlantsAndTraps(t *testing.T) {
	tests := []struct {
		written string
		weekday time.Weekday
		date    time.Time
		right   bool
	}{
		{"Tuesday, 14 May 2025", time.Tuesday, day(2025, time.May, 14), false},
		{"Monday, 27 May 2025", time.Monday, day(2025, time.May, 27), false},
		{"Friday, May 16, 2025", time.Friday, day(2025, time.May, 16), true},
		{"Wednesday, 14 May", time.Wednesday, day(2025, time.May, 14), true},
	}
	var corpusText strings.Builder
	for _, a := range loadArticles(t) {
		corpusText.WriteString(a.Body)
	}
	for _, tt := range tests {
		t.Run(tt.written, func(t *testing.T) {
			assert.Contains(t, corpusText.String(), tt.written)
			assert.Equal(t, tt.right, tt.date.Weekday() == tt.weekday)
		})
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
