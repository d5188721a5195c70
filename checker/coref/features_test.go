package coref

import (
	"cmp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Features lists what places an article in a story, strongest first,
// the same whether the summary was just made or read back from storage.
func TestSummaryFeatures(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	tests := []struct {
		name string
		text string
		// want, not: kind and value of features that must be listed, and
		// of features that must not
		want, not []Feature
	}{
		{
			name: "a quake with its town, its official and its toll",
			text: "A strong earthquake struck the hill town of Carrowmere on Monday, killing 27 people, Governor Tilde Aswan said.",
			want: []Feature{{Kind: 'n', Value: "governor tilde aswan"}, {Kind: 'n', Value: "carrowmere"}, {Kind: 'c', Value: "earthquake"}, {Kind: '#', Value: "27"}},
			not:  []Feature{{Kind: 'w', Value: "on"}},
		},
		{
			name: "a name at a sentence's start is a name, a lone capital there is not",
			text: "Orla Pence opened the hall. Later the crowd left.",
			want: []Feature{{Kind: 'n', Value: "orla pence"}},
			not:  []Feature{{Kind: 'n', Value: "later"}},
		},
		{"empty", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Analyze(&article.Article{ID: "a", Text: tt.text}, AnalyzeOptions{KB: k})
			require.NoError(t, err)
			got := s.Features()
			listed := map[Feature]bool{}
			for _, f := range got {
				assert.Positive(t, f.Weight)
				listed[Feature{Kind: f.Kind, Value: f.Value}] = true
			}
			for _, f := range tt.want {
				assert.True(t, listed[f], "%c:%s not listed in %v", f.Kind, f.Value, got)
			}
			for _, f := range tt.not {
				assert.False(t, listed[f], "%c:%s listed", f.Kind, f.Value)
			}
			assert.True(t, slices.IsSortedFunc(got, func(a, b Feature) int { return cmp.Compare(b.Weight, a.Weight) }), "strongest first: %v", got)
			back, err := DecodeSummary("a", s.Encode())
			require.NoError(t, err)
			assert.Equal(t, got, back.Features())
		})
	}
}
