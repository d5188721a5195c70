package gen

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTablesAreWellFormed(t *testing.T) {
	require.Empty(t, tables().errors)
	for _, k := range kindSpecs {
		t.Run(k.noun, func(t *testing.T) {
			assert.GreaterOrEqual(t, len(k.quotes), maxPeople, "each person needs distinct words")
			for _, list := range [][]string{k.headlines, k.leads, k.dated, k.orgs, k.topics, k.background} {
				assert.NotEmpty(t, list)
			}
			for i, r := range k.roles[:plantableRoles] {
				assert.True(t, r.pre != r.altPre || r.appos != r.altAppos, "role %d has no other title", i)
				assert.NotEmpty(t, r.appos)
			}
			for j, n := range k.numbers {
				assert.NotEmpty(t, n.sentences, "number %d", j)
				assert.Less(t, n.lo, n.hi)
			}
		})
	}
}

func TestCompileRejectsBadTemplates(t *testing.T) {
	tests := []struct{ src, want string }{
		{"in {PLACE", "unclosed"},
		{"in {NOWHERE}", "unknown slot"},
	}
	for _, tt := range tests {
		_, err := compile(tt.src, nil)
		require.Error(t, err)
		assert.Contains(t, err.Error(), tt.want)
	}
	tm, err := compile("{P} said {Q}.", personAlias(2))
	require.NoError(t, err)
	var v [slotCount]string
	v[slotP2], v[slotQ2] = "Mayor Ilsa Dorn", "yes"
	assert.Equal(t, "Mayor Ilsa Dorn said yes.", string(tm.render(nil, &v)))
}

func filesDigest(t *testing.T, opt Options) (string, int) {
	t.Helper()
	h := sha256.New()
	n := 0
	require.NoError(t, Files(opt, func(g Generated) error {
		h.Write([]byte(g.ID + "\x00" + g.Name + "\x00" + g.Format + "\x00"))
		h.Write(g.Data)
		n++
		return nil
	}))
	return string(h.Sum(nil)), n
}

func TestSameOptionsSameBytes(t *testing.T) {
	opt := Options{Articles: 700, Seed: 42}
	first, n := filesDigest(t, opt)
	assert.Equal(t, 700, n)
	again, _ := filesDigest(t, opt)
	assert.Equal(t, first, again)

	prev := runtime.GOMAXPROCS(1)
	single, _ := filesDigest(t, opt)
	runtime.GOMAXPROCS(prev)
	assert.Equal(t, first, single, "output must not depend on parallelism")

	other, _ := filesDigest(t, Options{Articles: 700, Seed: 43})
	assert.NotEqual(t, first, other)

	assert.Equal(t, Articles(opt), Articles(opt))
}

func TestArticlesStreamAndFilesAgree(t *testing.T) {
	opt := Options{Articles: 300, Seed: 5}
	arts := Articles(opt)
	require.Len(t, arts, 300)
	i := 0
	require.NoError(t, Stream(opt, func(a *article.Article) error {
		assert.Equal(t, arts[i], a)
		i++
		return nil
	}))
	i = 0
	formats := map[string]int{}
	require.NoError(t, Files(opt, func(g Generated) error {
		a := arts[i]
		i++
		formats[g.Format]++
		assert.Equal(t, a.ID, g.ID)
		assert.Equal(t, a.Path, g.Name)
		assert.Equal(t, a.Format, g.Format)
		assert.Equal(t, article.SplitParagraphs(a.Text), a.Paragraphs, "paragraphs of %s", a.ID)
		data := string(g.Data)
		switch g.Format {
		case FormatTXT:
			assert.Equal(t, a.Text, data)
			assert.True(t, strings.HasPrefix(data, a.PublishedText+"\n\n"+a.Title+"\n\n"))
			assert.Equal(t, a.PublishedText, a.Text[a.DatelineSpan.Start:a.DatelineSpan.End])
		case FormatMD:
			assert.True(t, strings.HasPrefix(data, "---\nid: \""+a.ID+"\"\n"))
			assert.True(t, strings.HasSuffix(data, "---\n\n"+strings.ReplaceAll(a.Text, "\n", "\n\n")+"\n"))
		case FormatHTML:
			assert.Contains(t, data, "<h1>"+html.EscapeString(a.Title)+"</h1>")
			for k := range a.Paragraphs {
				assert.Contains(t, data, "<p>"+html.EscapeString(a.ParagraphText(k))+"</p>")
			}
		case FormatJSON, FormatJSONL:
			var rec map[string]string
			require.NoError(t, json.Unmarshal(g.Data, &rec))
			assert.Equal(t, a.Text, rec["text"])
			assert.Equal(t, a.ID, rec["id"])
			assert.Equal(t, a.PublishedText, rec["date"])
			assert.NotZero(t, a.Line)
		}
		return nil
	}))
	for _, f := range AllFormats {
		assert.NotZero(t, formats[f], "format %s drawn", f)
	}
}

func TestArticleShape(t *testing.T) {
	arts := Articles(Options{Articles: 400, Seed: 9})
	total := 0
	for _, a := range arts {
		total += len(a.Text)
		assert.True(t, a.HasDate())
		assert.NotEmpty(t, a.Title)
		assert.Greater(t, len(a.Paragraphs), 5)
	}
	mean := total / len(arts)
	assert.Greater(t, mean, 4000)
	assert.Less(t, mean, 6500)
}

func TestWriteDir(t *testing.T) {
	opt := Options{Articles: 1200, Seed: 3, Formats: []string{"txt", "jsonl", "json"}}
	dir := t.TempDir()
	files, size, err := WriteDir(dir, opt)
	require.NoError(t, err)

	var seen, records int
	var onDisk int64
	perDir := map[string]int{}
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		if d.IsDir() {
			return nil
		}
		seen++
		perDir[filepath.Dir(path)]++
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		onDisk += int64(len(data))
		switch filepath.Ext(path) {
		case ".json":
			var recs []map[string]string
			require.NoError(t, json.Unmarshal(data, &recs))
			assert.LessOrEqual(t, len(recs), bundleSize)
			records += len(recs)
		case ".jsonl":
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			assert.LessOrEqual(t, len(lines), bundleSize)
			records += len(lines)
		default:
			records++
		}
		return nil
	}))
	assert.Equal(t, files, seen)
	assert.Equal(t, size, onDisk)
	assert.Equal(t, 1200, records)
	for d, n := range perDir {
		assert.LessOrEqual(t, n, shardSize, d)
	}

	again := t.TempDir()
	_, _, err = WriteDir(again, opt)
	require.NoError(t, err)
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		a, _ := os.ReadFile(path)
		b, err := os.ReadFile(filepath.Join(again, rel))
		require.NoError(t, err)
		assert.Equal(t, a, b, rel)
		return nil
	}))
}

func TestShardingOverThousandFiles(t *testing.T) {
	dir := t.TempDir()
	files, _, err := WriteDir(dir, Options{Articles: 1001, Seed: 1, Formats: []string{"md"}})
	require.NoError(t, err)
	assert.Equal(t, 1001, files)
	first, err := os.ReadDir(filepath.Join(dir, "s0000"))
	require.NoError(t, err)
	second, err := os.ReadDir(filepath.Join(dir, "s0001"))
	require.NoError(t, err)
	assert.Len(t, first, 1000)
	assert.Len(t, second, 1)
}

func TestPlantedContradictions(t *testing.T) {
	opt := Options{Articles: 1600, Seed: 11, ArticlesPerEvent: 8, Contradictions: 0.3}
	truth, err := GroundTruth(opt)
	require.NoError(t, err)
	arts := Articles(opt)
	require.Len(t, truth, len(arts))

	planted := map[string]int{}
	eligible := 0
	for i, tr := range truth {
		a := arts[i]
		require.Equal(t, a.ID, tr.ID)
		assert.Equal(t, i/8, tr.Event)
		if i%8 == 0 {
			assert.Empty(t, tr.Planted, "the first article of an event is the reference")
			continue
		}
		eligible++
		if tr.Planted == "" {
			continue
		}
		planted[tr.Planted]++
		assert.NotEqual(t, tr.True, tr.Told)
		switch tr.Planted {
		case PlantPlace, PlantNumber, PlantDate:
			body := a.Text
			if a.DatelineSpan != nil { // the publication date may be the true date
				body = body[a.DatelineSpan.End:]
			}
			if tr.Planted == PlantNumber { // "19" is also in "January 19"
				body = monthDayRe.ReplaceAllString(body, "")
			}
			assert.True(t, containsWord(body, tr.Told), "%s: %s %q", a.ID, tr.Planted, tr.Told)
			assert.False(t, containsWord(body, tr.True), "%s: %s %q", a.ID, tr.Planted, tr.True)
		case PlantTitle:
			// Told is "Pre Name, appos" or "Name, appos": the appositive
			// part is written in full.
			_, appos, ok := strings.Cut(tr.Told, ", ")
			require.True(t, ok)
			assert.Contains(t, a.Text, ", "+appos+",", a.ID)
		}
	}
	share := float64(planted[PlantDate]+planted[PlantTitle]+planted[PlantNumber]+planted[PlantPlace]) / float64(eligible)
	assert.InDelta(t, 0.3, share, 0.05)
	for _, k := range plantKinds {
		assert.NotZero(t, planted[k], k)
	}

	none, err := GroundTruth(Options{Articles: 200, Seed: 11, Contradictions: -1})
	require.NoError(t, err)
	for _, tr := range none {
		assert.Empty(t, tr.Planted)
	}
}

func TestUnplantedArticlesAgree(t *testing.T) {
	opt := Options{Articles: 400, Seed: 21, Contradictions: -1}
	truth, err := GroundTruth(opt)
	require.NoError(t, err)
	arts := Articles(opt)
	for i, tr := range truth {
		// "flood in Valmora on 2031-03-04": every article names the place.
		place := strings.Fields(strings.SplitN(tr.EventText, " in ", 2)[1])[0]
		assert.Contains(t, arts[i].Text, place, arts[i].ID)
	}
}

func TestFormatsOption(t *testing.T) {
	for _, a := range Articles(Options{Articles: 30, Seed: 2, Formats: []string{" TXT", "txt"}}) {
		assert.Equal(t, FormatTXT, a.Format)
	}
	bad := Options{Articles: 3, Formats: []string{"pdf"}}
	assert.Nil(t, Articles(bad))
	assert.ErrorIs(t, bad.Validate(), ErrFormat)
	assert.ErrorIs(t, Stream(bad, func(*article.Article) error { return nil }), ErrFormat)
	_, _, err := WriteDir(t.TempDir(), bad)
	assert.ErrorIs(t, err, ErrFormat)
	_, err = GroundTruth(bad)
	assert.ErrorIs(t, err, ErrFormat)
	assert.Empty(t, Articles(Options{Articles: -5}))
}

func TestStreamStopsOnError(t *testing.T) {
	stop := errors.New("enough")
	calls := 0
	err := Stream(Options{Articles: 5000, Seed: 1}, func(*article.Article) error {
		calls++
		if calls == 10 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 10, calls)
}

func TestNoRealNames(t *testing.T) {
	// Words from the seed articles: the generator must invent, not borrow.
	real := []string{"Putin", "Trump", "Kremlin", "Moscow", "Alaska", "Ushakov", "Peskov", "Zelensky",
		"Interfax", "TASS", "Russia", "Ukraine", "Washington"}
	for _, a := range Articles(Options{Articles: 500, Seed: 77}) {
		for _, w := range real {
			require.NotContains(t, a.Text, w, a.ID)
		}
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"killed 7 people", "7", true},
		{"in 2037", "7", false},
		{"7,486 homes", "7", false},
		{"7,486 homes", "7,486", true},
		{"cost $3.7 billion.", "$3.7 billion", true},
		{"on Monday, April 8, 2030, the", "Monday, April 8, 2030", true},
		{"at 7.5 km", "7", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, containsWord(tt.text, tt.word), "%q in %q", tt.word, tt.text)
	}
}

func TestGroupDigits(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{{7, "7"}, {999, "999"}, {1000, "1,000"}, {12345, "12,345"}, {1234567, "1,234,567"}}
	for _, tt := range tests {
		assert.Equal(t, tt.want, groupDigits(tt.in))
	}
	assert.Equal(t, "3.7", tenths(37))
	assert.Equal(t, "$3.7 billion", formatNumber(numBillions, 37))
}

var monthDayRe = regexp.MustCompile(`(January|February|March|April|May|June|July|August|September|October|November|December) \d+(, \d{4})?`)

// containsWord reports whether s occurs in text as whole words: "7" is
// not found inside "2037" or "7,486".
func containsWord(text, s string) bool {
	isDigitAt := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	isWordAt := func(i int) bool {
		if i < 0 || i >= len(text) {
			return false
		}
		c := text[i]
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	for from := 0; ; {
		k := strings.Index(text[from:], s)
		if k < 0 {
			return false
		}
		start, end := from+k, from+k+len(s)
		before := isWordAt(start-1) || (start >= 2 && (text[start-1] == ',' || text[start-1] == '.') && isDigitAt(start-2))
		after := isWordAt(end) || (end < len(text) && (text[end] == ',' || text[end] == '.') && isDigitAt(end+1))
		if !before && !after {
			return true
		}
		from = start + 1
	}
}

func TestPublishedBeforePlannedAfterPast(t *testing.T) {
	opt := Options{Articles: 800, Seed: 4, Contradictions: 0.5}
	o, err := opt.normalize()
	require.NoError(t, err)
	for i, a := range Articles(opt) {
		p, _ := planArticle(o, i)
		ev := newEvent(o.seed, p.event)
		told := ev.date
		if p.planted == PlantDate {
			told = ev.altDate
		}
		day := time.Date(a.Published.Year(), a.Published.Month(), a.Published.Day(), 0, 0, 0, 0, time.UTC)
		if ev.kind.spec.planned {
			assert.True(t, day.Before(told), "%s: published %v, event %v", a.ID, day, told)
		} else {
			assert.False(t, day.Before(told), "%s: published %v, event %v", a.ID, day, told)
		}
	}
}
