package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/sample"
)

// sampleClaims extracts the built-in sample corpus, by article ID.
func sampleClaims(t *testing.T) map[string][]claim.Claim {
	t.Helper()
	arts, _, _, err := read.AllFS(sample.FS(), sample.Root, read.Options{})
	require.NoError(t, err)
	require.NotEmpty(t, arts)
	k := testKB(t)
	out := map[string][]claim.Claim{}
	for _, a := range arts {
		out[a.ID] = extractArticle(a, k)
	}
	return out
}

// sampleFact is one claim of the sample reduced to what EXPECTED.md
// plants: kind, subject, value and, for numbers, what is counted.
type sampleFact struct {
	article string
	kind    claim.Kind
	key     string
	value   string
	text    string // value as written
}

func TestSamplePlantedSides(t *testing.T) {
	cs := sampleClaims(t)
	const (
		opening = "event:opening:skerran bridge"
		fire    = "event:fire:orla bright"
		talks   = "event:meeting:with:halvard+renko"
	)
	for _, f := range []sampleFact{
		// C1: 04's odd date, and 03's "opened on Wednesday"
		{"skerran-04-ledger", claim.KindDate, opening, "2025-03", "March 2025"},
		{"skerran-03-wire", claim.KindDate, opening, "2025-05-14", "Wednesday"},
		{"skerran-03-wire", claim.KindStatus, opening, "happened", "opened"},
		// C2: one construction, two towns
		{"skerran-03-wire", claim.KindLocation, talks, "marrowick", "Marrowick"},
		{"skerran-06-beacon", claim.KindLocation, talks, "tollandy", "Tollandy"},
		// C4: happened earlier this year (2025)
		{"skerran-07-review", claim.KindStatus, opening, "happened", "earlier this year"},
		{"skerran-07-review", claim.KindDate, opening, "2025", "earlier this year"},
		// C8: 34 and 9 injured
		{"skerran-02-courier", claim.KindNumber, fire, "34", "34"},
		{"skerran-03-wire", claim.KindNumber, fire, "9", "9"},
		// C9: 12 killed, then 19
		{"skerran-01-gazette", claim.KindNumber, fire, "12", "12"},
		{"skerran-02-courier", claim.KindNumber, fire, "12", "12"},
		{"skerran-04-ledger", claim.KindNumber, fire, "12", "12"},
		{"skerran-05-coastline", claim.KindNumber, fire, "19", "19"},
		{"skerran-06-beacon", claim.KindNumber, fire, "19", "19"},
		// T10: number words
		{"skerran-03-wire", claim.KindNumber, fire, "12", "a dozen"},
		{"skerran-07-review", claim.KindNumber, fire, "19", "Nineteen"},
	} {
		found := false
		for _, c := range cs[f.article] {
			if c.Kind == f.kind && c.SubjectKey.String() == f.key && c.Value == f.value && c.ValueText == f.text {
				found = true
			}
		}
		assert.True(t, found, "%s: no %s claim %s = %s [%s]", f.article, f.kind, f.key, f.value, f.text)
	}
}

func TestSampleTraps(t *testing.T) {
	cs := sampleClaims(t)
	counts := map[string]map[string]bool{} // subject and count → values
	for id, list := range cs {
		for _, c := range list {
			switch c.Kind {
			case claim.KindLocation:
				// T7: past meetings are not the talks' venue
				assert.NotContains(t, []string{"no/oslo", "pt/lisbon"}, c.Value, "%s: %s", id, c.Evidence.Sentence)
			case claim.KindNumber:
				k := c.SubjectKey.String() + " " + c.Number.Counts
				if counts[k] == nil {
					counts[k] = map[string]bool{}
				}
				counts[k][c.Value] = true
			}
		}
	}
	// T8 and T9: no two values for one subject and count, except the
	// rising toll of C9 and the injured of C8
	for k, vs := range counts {
		switch k {
		case "event:fire:orla bright people killed", "event:fire:orla bright people injured":
			continue
		}
		assert.Len(t, vs, 1, "%s: %v", k, vs)
	}
	assert.Equal(t, map[string]bool{"3700000000": true}, counts["thing:skerran bridge cost"], "T9")
	assert.Equal(t, map[string]bool{"12": true, "19": true}, counts["event:fire:orla bright people killed"], "C9")
	assert.Equal(t, map[string]bool{"34": true, "9": true}, counts["event:fire:orla bright people injured"], "C8")
}
