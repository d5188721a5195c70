package events

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/seeds"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
)

var update = flag.Bool("update", false, "rewrite testdata/seeds.golden.json")

// seed is one seed article ready for Extract.
type seed struct {
	name   string
	doc    *text.Doc
	exprs  []temporal.Expression
	info   ArticleInfo
	claims []claim.Claim
}

// seedRefs are the seeds' reference dates: 000 has a dateline; 001 states
// its date in the lead ("on Sunday, September 28, 2025"); the others none.
var seedRefs = map[string]string{"000": "2025-09-28", "001": "2025-09-28"}

// leadingDateline parses a first line like "Sunday, September 28, 2025".
func leadingDateline(doc string) (ArticleInfo, bool) {
	line := doc
	if i := strings.IndexByte(doc, '\n'); i >= 0 {
		line = doc[:i]
	}
	s := strings.TrimSpace(line)
	t, err := time.Parse("Monday, January 2, 2006", s)
	if err != nil {
		return ArticleInfo{PublishedFrom: FromUnknown, DatelineStart: -1, DatelineEnd: -1}, false
	}
	start := strings.Index(doc, s)
	return ArticleInfo{Published: t, PublishedFrom: FromDateline, PublishedText: s, DatelineStart: start, DatelineEnd: start + len(s)}, true
}

func loadSeeds(t *testing.T) []seed {
	t.Helper()
	dir := seeds.Dir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	if len(files) == 0 && os.Getenv("CI") != "" {
		t.Fatalf("no seeds in %s", dir)
	}
	k := testKB(t)
	var out []seed
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		name := filepath.Base(f)[:3]
		info, _ := leadingDateline(string(b))
		var ref time.Time
		if r, ok := seedRefs[name]; ok {
			ref, _ = time.Parse("2006-01-02", r)
		}
		d := text.NewDoc(name, string(b), ref)
		exprs := temporal.Tag(d.Text, temporal.Options{Reference: ref})
		out = append(out, seed{name: name, doc: d, exprs: exprs, info: info, claims: Extract(d, exprs, info, k)})
	}
	return out
}

func seedByName(t *testing.T, seeds []seed, name string) seed {
	for _, s := range seeds {
		if s.name == name {
			return s
		}
	}
	t.Fatalf("seed %s not found", name)
	return seed{}
}

// goldenClaim is the part of a claim the golden file pins down.
type goldenClaim struct {
	Kind      claim.Kind `json:"kind"`
	Subject   string     `json:"subject_key"`
	Value     string     `json:"value"`
	ValueText string     `json:"value_text"`
	Modality  string     `json:"modality"`
	Start     int        `json:"start"`
}

func TestSeedsGolden(t *testing.T) {
	seeds := loadSeeds(t)
	got := map[string][]goldenClaim{}
	for _, s := range seeds {
		list := []goldenClaim{}
		for _, c := range s.claims {
			list = append(list, goldenClaim{c.Kind, c.SubjectKey.String(), c.Value, c.ValueText, string(c.Modality), c.Evidence.Start})
		}
		got[s.name] = list
		assertInvariants(t, s.doc, s.claims)
	}
	path := filepath.Join("testdata", "seeds.golden.json")
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
	}
	b, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run TestSeedsGolden -update")
	want := map[string][]goldenClaim{}
	require.NoError(t, json.Unmarshal(b, &want))
	assert.Equal(t, want, got)
}

// find returns the claims of a seed matching kind, subject and value
// (empty strings match anything).
func find(cs []claim.Claim, kind claim.Kind, subject, value string) []claim.Claim {
	var out []claim.Claim
	for _, c := range cs {
		if c.Kind == kind && (subject == "" || c.SubjectKey.String() == subject) && (value == "" || c.Value == value) {
			out = append(out, c)
		}
	}
	return out
}

// hasText reports whether one of cs has the value text and lies in a
// sentence containing ctx.
func hasText(cs []claim.Claim, valueText, ctx string) bool {
	for _, c := range cs {
		if c.ValueText == valueText && strings.Contains(c.Evidence.Sentence, ctx) {
			return true
		}
	}
	return false
}

const (
	alaska = "event:meeting:us/alaska"
	moscow = "event:meeting:ru/moscow"
)

func TestSeedsMeetingDates(t *testing.T) {
	seeds := loadSeeds(t)
	s1 := seedByName(t, seeds, "001")
	dates := find(s1.claims, claim.KindDate, alaska, "")
	assert.True(t, hasText(find(dates, claim.KindDate, alaska, "2025-08"), "August", "their August summit in Alaska"), "001 August summit: %v", dates)
	assert.True(t, hasText(find(dates, claim.KindDate, alaska, "2025-08"), "August 2025", "met face-to-face in Alaska"), "001 August 2025, when: %v", dates)

	s4 := seedByName(t, seeds, "004")
	dates = find(s4.claims, claim.KindDate, alaska, "")
	assert.True(t, hasText(find(dates, claim.KindDate, alaska, "XXXX-08-15"), "August 15th", "August 15th Summit"), "004 August 15th: %v", dates)
	assert.True(t, hasText(find(dates, claim.KindDate, alaska, "2025-03"), "March 2025", "Alaska Summit in March 2025"), "004 March 2025: %v", dates)
}

func TestSeedsMeetingStatus(t *testing.T) {
	seeds := loadSeeds(t)
	s1 := seedByName(t, seeds, "001")
	assert.NotEmpty(t, find(s1.claims, claim.KindStatus, alaska, "happened"), "001 Alaska happened")
	assert.Empty(t, find(s1.claims, claim.KindStatus, alaska, "planned"), "001 Alaska never planned")

	s4 := seedByName(t, seeds, "004")
	planned := find(s4.claims, claim.KindStatus, alaska, "planned")
	assert.True(t, hasText(planned, "Planned", "Following The Planned Meeting In Alaska"), "004 planned: %v", planned)
	happened := find(s4.claims, claim.KindStatus, alaska, "happened")
	assert.True(t, hasText(happened, "earlier this year", "Alaska Summit earlier this year") || hasText(happened, "Following", "Alaska Summit earlier this year"), "004 earlier this year: %v", happened)
	assert.True(t, hasText(happened, "laid", "The Alaska Summit in March 2025"), "004 laid the groundwork: %v", happened)

	for _, s := range seeds {
		assert.Empty(t, find(s.claims, claim.KindStatus, moscow, "happened"), "%s: the Moscow summit never happened", s.name)
	}
	s0 := seedByName(t, seeds, "000")
	for _, key := range []string{"event:meeting:ch/geneva", "event:meeting:fi/helsinki"} {
		st := find(s0.claims, claim.KindStatus, key, "")
		require.Len(t, st, 1, key)
		assert.Equal(t, "happened", st[0].Value)
		assert.Empty(t, find(s0.claims, claim.KindDate, key, ""), "%s has no date", key)
	}
}

func TestSeedsArticleDates(t *testing.T) {
	seeds := loadSeeds(t)
	s0 := seedByName(t, seeds, "000")
	art := "article:000"
	dl := find(s0.claims, claim.KindDate, art, "2025-09-28")
	require.Len(t, dl, 1)
	assert.Equal(t, "Sunday, September 28, 2025", dl[0].ValueText)
	by := find(s0.claims, claim.KindDate, art, "2025-09-29")
	require.Len(t, by, 1)
	assert.Equal(t, "29/9/2025", by[0].ValueText)
	wd := find(s0.claims, claim.KindWeekday, art, "")
	require.Len(t, wd, 1)
	assert.Equal(t, "monday", wd[0].Value)
	assert.Contains(t, wd[0].Evidence.Sentence, "announced Monday")
	// the dateline's own weekday is a claim about 2025-09-28
	assert.NotEmpty(t, find(s0.claims, claim.KindWeekday, "date:2025-09-28", "sunday"))
}
