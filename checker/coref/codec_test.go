package coref

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// A stored summary reads back as the summary Analyze made: every
// mention with its frame, every feature and year.
func TestSummaryRoundTrip(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	day := time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		a    *article.Article
	}{
		{"quake with a background event", &article.Article{ID: "q1", Published: day, Text: "A powerful earthquake struck the hill town of Velmora on Tuesday, killing 12 people, Mayor Odile Marchetti said. The 2004 tsunami had spared the town; the quake flattened 3.5 dozen homes near the Sarn river."}},
		{"reporting words beside their sources", &article.Article{ID: "r1", Text: "Police said the suspect, Ivo Marr, was arrested in Brenholt. Marr's lawyer said he would appeal the arrest in September."}},
		{"no event at all", &article.Article{ID: "n1", Text: "Shares of Orvano Foods rose sharply after the grocer reported higher profits."}},
		{"empty", &article.Article{ID: "e1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Analyze(tt.a, AnalyzeOptions{KB: k})
			require.NoError(t, err)
			got, err := DecodeSummary(tt.a.ID, s.Encode())
			require.NoError(t, err)
			assert.True(t, got.Reference.IsZero(), "the reference date is the caller's, not stored")
			got.Reference = s.Reference
			assert.Equal(t, s, got)
		})
	}
}

// A cut or altered summary is an error, never a panic or a wrong
// summary taken for a right one.
func TestSummaryDecodeRejectsDamage(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	s, err := Analyze(&article.Article{ID: "d1", Text: "The fire destroyed a warehouse in Brenholt in 2029; 40 firefighters fought the blaze, chief Anna Roe said."}, AnalyzeOptions{KB: k})
	require.NoError(t, err)
	enc := s.Encode()
	for n := 0; n < len(enc); n++ {
		_, err := DecodeSummary("d1", enc[:n])
		assert.ErrorIs(t, err, ErrSummary, "cut to %d bytes", n)
	}
	_, err = DecodeSummary("d1", enc+"x")
	assert.ErrorIs(t, err, ErrSummary, "a byte too many")
	_, err = DecodeSummary("d1", "\x02"+enc[1:])
	assert.ErrorIs(t, err, ErrSummary, "another format")
}
