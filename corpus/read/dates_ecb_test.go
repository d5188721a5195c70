package read_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/internal/seeds"
)

// The ECB+ ratchet: of the dev articles that show a day-precise date in
// their first six lines or their address (found here by plain patterns,
// independently of the reader), the reader must date at least
// ecbMinFoundRate, and every date it gives must be one the article shows.

const ecbMinFoundRate = 0.95 // 340 of 355 when this was set; the rest are body dates and traps

var (
	ecbMonth    = `(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?`
	ecbLineDate = []*regexp.Regexp{
		regexp.MustCompile(`\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|-)((?:19|20)\d\d)\b`),
		regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + ecbMonth + `),?\s+((?:19|20)\d\d)\b`),
		regexp.MustCompile(`\b(\d{1,2})\s*([/.])\s*(\d{1,2})\s*[/.]\s*(\d{4}|\d\d)\b`),
		regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`),
	}
	ecbURLDate = []*regexp.Regexp{
		regexp.MustCompile(`/((?:19|20)\d\d)/(?:[A-Za-z]+/)?(\d\d?|` + ecbMonth + `)/(\d\d?)(?:/|-\d|$)`),
		regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?:\D|$)`),
		regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)(\d\d)(\d\d)(?:\D|$)`),
	}
)

// ecbVisible returns every day the article shows in its first six lines
// or its address, with both readings of a numeric date.
func ecbVisible(text, url string) map[string]bool {
	out := map[string]bool{}
	add := func(y, m, d int) {
		if y < 100 {
			y += 2000
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if m >= 1 && m <= 12 && t.Day() == d {
			out[t.Format(time.DateOnly)] = true
		}
	}
	month := func(s string) int {
		s = strings.ToLower(s)
		for i, p := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
			if strings.HasPrefix(s, p) {
				return i + 1
			}
		}
		if n, err := strconv.Atoi(s); err == nil {
			return n
		}
		return 0
	}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" && len(lines) < 6 {
			lines = append(lines, l)
		}
	}
	head := strings.Join(lines, "\n")
	for _, m := range ecbLineDate[0].FindAllStringSubmatch(head, -1) {
		add(num(m[3]), month(m[1]), num(m[2]))
	}
	for _, m := range ecbLineDate[1].FindAllStringSubmatch(head, -1) {
		add(num(m[3]), month(m[2]), num(m[1]))
	}
	for _, m := range ecbLineDate[2].FindAllStringSubmatch(head, -1) {
		add(num(m[4]), num(m[1]), num(m[3]))
		add(num(m[4]), num(m[3]), num(m[1]))
	}
	for _, m := range ecbLineDate[3].FindAllStringSubmatch(head, -1) {
		add(num(m[1]), num(m[2]), num(m[3]))
	}
	for _, re := range ecbURLDate {
		for _, m := range re.FindAllStringSubmatch(url, -1) {
			add(num(m[1]), month(m[2]), num(m[3]))
		}
	}
	return out
}

func TestECBDevArticleDates(t *testing.T) {
	path := seeds.Shared(t, "data/ecbplus/dev.jsonl")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var corpusJSONL bytes.Buffer
	visible := map[string]map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct {
			Doc  string  `json:"doc"`
			Text string  `json:"text"`
			URL  *string `json:"url"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		url := ""
		if rec.URL != nil {
			url = *rec.URL
		}
		id := strings.TrimSuffix(rec.Doc, ".xml")
		line, err := json.Marshal(map[string]string{"id": id, "text": rec.Text, "url": url})
		require.NoError(t, err)
		corpusJSONL.Write(append(line, '\n'))
		visible[id] = ecbVisible(rec.Text, url)
	}
	require.NoError(t, sc.Err())
	arts, problems := read.Bytes("dev.jsonl", corpusJSONL.Bytes(), read.Options{})
	require.Empty(t, problems)
	require.Len(t, arts, len(visible))

	shows, found := 0, 0
	for _, a := range arts {
		v := visible[a.ID]
		if len(v) > 0 {
			shows++
		}
		if !a.HasDate() {
			continue
		}
		day := a.Published.Format(time.DateOnly)
		assert.True(t, v[day], "%s dated %s (%s), which it does not show", a.ID, day, a.PublishedFrom)
		if len(v) > 0 {
			found++
		}
	}
	require.NotZero(t, shows)
	rate := float64(found) / float64(shows)
	t.Logf("ECB+ dev: %d of %d articles that show a date are dated (%.3f)", found, shows, rate)
	assert.GreaterOrEqual(t, rate, ecbMinFoundRate)
}
