package people

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/seeds"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

var update = flag.Bool("update", false, "rewrite testdata/seeds.golden.json")

const goldenPath = "testdata/seeds.golden.json"

// seedsDir finds the shared seed articles beside the repository (or inside
// it). Under CI a missing folder fails the test; elsewhere it skips.
func seedsDir(t *testing.T) string {
	t.Helper()
	return seeds.Dir(t)
}

// seedDocs reads every seed article as a Doc keyed by its file's prefix ("001").
func seedDocs(t *testing.T) map[string]*text.Doc {
	dir := seedsDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	out := map[string]*text.Doc{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		id := strings.SplitN(filepath.Base(f), "_", 2)[0]
		out[id] = text.NewDoc(id, string(b), time.Time{})
	}
	return out
}

type goldenClaim struct {
	Article    string `json:"article"`
	Kind       string `json:"kind"`
	SubjectKey string `json:"subject_key"`
	Value      string `json:"value"`
	ValueText  string `json:"value_text"`
}

func TestSeedsGolden(t *testing.T) {
	docs := seedDocs(t)
	k, err := kb.Default()
	require.NoError(t, err)
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	got := []goldenClaim{}
	for _, id := range ids {
		cs := Extract(docs[id], k)
		checkEvidence(t, docs[id], cs)
		for _, c := range cs {
			got = append(got, goldenClaim{id, string(c.Kind), c.SubjectKey.String(), c.Value, c.ValueText})
		}
	}
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(goldenPath, append(b, '\n'), 0o644))
	}
	b, err := os.ReadFile(goldenPath)
	require.NoError(t, err, "run go test -run TestSeedsGolden -update to create it")
	var want []goldenClaim
	require.NoError(t, json.Unmarshal(b, &want))
	assert.Equal(t, want, got)
}

// TestSeedsHandChecked asserts, claim by claim, what a reader finds in the
// seeds: every title of the two Kremlin officials, every reference to the
// US presidency, the Russian and Ukrainian presidents, and the one quote.
func TestSeedsHandChecked(t *testing.T) {
	docs := seedDocs(t)
	k, err := kb.Default()
	require.NoError(t, err)
	claims := map[string][]claim.Claim{}
	for id, d := range docs {
		claims[id] = Extract(d, k)
	}
	find := func(id string, kind claim.Kind, key, value string) []claim.Claim {
		var out []claim.Claim
		for _, c := range claims[id] {
			if c.Kind == kind && c.SubjectKey.String() == key && (value == "" || c.Value == value) {
				out = append(out, c)
			}
		}
		return out
	}
	tests := []struct {
		name      string
		article   string
		kind      claim.Kind
		key       string
		value     string
		valueText []string // every claim's value text, in order
		present   *bool
	}{
		{"Ushakov senior aide", "003", claim.KindTitle, "person:yuri ushakov", "", []string{"Senior Kremlin aide"}, nil},
		{"Ushakov director", "004", claim.KindTitle, "person:yuri ushakov", "", []string{"Director Of The Russian Leader"}, nil},
		{"Peskov spokesman", "001", claim.KindTitle, "person:dmitry peskov", "", []string{"Kremlin spokesman"}, nil},
		{"Peskov spokesperson", "002", claim.KindTitle, "person:dmitry peskov", "", []string{"Kremlin spokesperson"}, nil},
		{"US presidency in 001", "001", claim.KindOffice, "office:us:president", "donald trump", []string{"Donald Trump"}, ptr(true)},
		{"US presidency in 002 (Trump)", "002", claim.KindOffice, "office:us:president", "donald trump", []string{"Donald Trump"}, ptr(true)},
		{"US presidency in 002 (Biden administration twice, present)", "002", claim.KindOffice, "office:us:president", "joe biden", []string{"Biden", "Biden"}, ptr(true)},
		{"US presidency in 004", "004", claim.KindOffice, "office:us:president", "donald trump", []string{"Donald Trump", "Donald Trump"}, ptr(true)},
		{"Putin Russian president 001", "001", claim.KindOffice, "office:ru:president", "vladimir putin", []string{"Vladimir Putin"}, ptr(true)},
		{"Putin Russian president 002", "002", claim.KindOffice, "office:ru:president", "vladimir putin", []string{"Vladimir Putin"}, ptr(true)},
		{"Putin Russian president 003", "003", claim.KindOffice, "office:ru:president", "vladimir putin", []string{"Vladimir Putin"}, ptr(true)},
		{"Putin's title 003", "003", claim.KindTitle, "person:vladimir putin", "russian president", []string{"Russian President"}, nil},
		{"Zelensky Ukrainian president", "003", claim.KindOffice, "office:ua:president", "volodymyr zelensky", []string{"Volodymyr Zelensky", "Zelensky"}, ptr(true)},
		{"Zelensky's title", "003", claim.KindTitle, "person:volodymyr zelensky", "ukrainian president", []string{"Ukrainian President"}, nil},
		{"quote attributed to Peskov both times", "001", claim.KindQuote, "quote:everything depends on trump's decision", "person:dmitry peskov",
			[]string{"Everything depends on Trump’s decision", "Everything depends on Trump’s decision"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := find(tt.article, tt.kind, tt.key, tt.value)
			var texts []string
			for _, c := range cs {
				texts = append(texts, c.ValueText)
				if tt.present != nil {
					require.NotNil(t, c.Office)
					assert.Equal(t, *tt.present, c.Office.Present, c.Evidence.Sentence)
				}
			}
			assert.Equal(t, tt.valueText, texts)
		})
	}
	// The quote has no other speaker anywhere in the seeds.
	for id := range claims {
		for _, c := range find(id, claim.KindQuote, "quote:everything depends on trump's decision", "") {
			assert.Equal(t, "person:dmitry peskov", c.Value, id)
		}
	}
}

func ptr[T any](v T) *T { return &v }
