package bench

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func TestRunSmall(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	rs, err := rules.Default()
	require.NoError(t, err)
	var phases []string
	res, err := Run(pipeline.Options{KB: k, Rules: rs}, Options{Articles: 64, Seed: 3, Dir: t.TempDir(),
		Rounds: 2, Added: 8, Drafts: 4, DraftWords: 300, Progress: func(p string) { phases = append(phases, p) }})
	require.NoError(t, err)
	assert.Equal(t, 64, res.Articles)
	assert.Positive(t, res.Bytes)
	assert.Positive(t, res.BleveSeconds)
	assert.Positive(t, res.CrosscheckSeconds)
	assert.Equal(t, 2, res.Rounds)
	require.Len(t, res.Ratios, 2)
	assert.InDelta(t, (res.Ratios[0]+res.Ratios[1])/2, res.Ratio, 1e-9, "the median of two")
	assert.Positive(t, res.Claims)
	assert.Positive(t, res.Discrepancies, "the generator plants contradictions")
	assert.Equal(t, 8, res.AddedArticles)
	assert.True(t, res.Incremental, "adding articles re-checks only what they touch")
	assert.Positive(t, res.RecheckedSubjects)
	assert.Equal(t, 4, res.Drafts)
	assert.GreaterOrEqual(t, res.DraftWords, 300)
	assert.LessOrEqual(t, res.DraftP50MS, res.DraftP99MS)
	assert.Len(t, phases, 7, "generate, two rounds of two, add, drafts: %q", phases)
}

func TestMakeDrafts(t *testing.T) {
	opt := gen.Options{Seed: 2}
	drafts, err := makeDrafts(opt, 40, 5, 700)
	require.NoError(t, err)
	require.Len(t, drafts, 5)
	ids := map[string]bool{}
	for _, d := range drafts {
		assert.GreaterOrEqual(t, len(strings.Fields(d.Text)), 700, d.ID)
		assert.NotEmpty(t, d.Paragraphs)
		assert.False(t, ids[d.ID], "IDs are distinct")
		ids[d.ID] = true
	}
	none, err := makeDrafts(opt, 40, 0, 700)
	require.NoError(t, err)
	assert.Empty(t, none)
}

func TestPercentile(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		p      float64
		want   float64
	}{
		{"empty", nil, 50, 0},
		{"one", []float64{7}, 99, 7},
		{"median of four is the second", []float64{1, 2, 3, 4}, 50, 2},
		{"p99 of a hundred is the 99th", hundred(), 99, 99},
		{"p50 of a hundred is the 50th", hundred(), 50, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, percentile(tt.values, tt.p))
		})
	}
}

func hundred() []float64 {
	out := make([]float64, 100)
	for i := range out {
		out[i] = float64(i + 1)
	}
	return out
}

func TestPeakRSS(t *testing.T) {
	if !resetPeakRSS() {
		t.Skip("no /proc/self/clear_refs here")
	}
	assert.Positive(t, PeakRSSMB())
}

func TestSummarize(t *testing.T) {
	var res Result
	res.summarize([]round{
		{bleve: 10, crosscheck: 12, check: 1, crosscheckRSS: 900},
		{bleve: 20, crosscheck: 22, check: 3, crosscheckRSS: 700},
		{bleve: 12, crosscheck: 30, check: 2, crosscheckRSS: 800},
	})
	assert.Equal(t, 3, res.Rounds)
	assert.Equal(t, 12.0, res.BleveSeconds)
	assert.Equal(t, 22.0, res.CrosscheckSeconds)
	assert.Equal(t, 2.0, res.CheckSeconds)
	assert.Equal(t, 800.0, res.PeakRSSMB)
	assert.Equal(t, []float64{1.2, 1.1, 2.5}, res.Ratios)
	assert.Equal(t, 1.2, res.Ratio, "the median of the rounds' ratios, not the ratio of medians")
}
