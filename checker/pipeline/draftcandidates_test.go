package pipeline_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
)

// A draft that names its event by another place or other words than the
// indexed articles of its story shares no event key with them: the index
// finds them by the draft's names, places, numbers and event words, and
// coreference decides which tell of the draft's event.
func TestDraftFindsItsStoryThroughTheIndex(t *testing.T) {
	quakeTown := inventedArticle("quake-town", "2031-03-04", "A strong earthquake struck the mountain town of Dunmere on Monday, killing 12 people, Governor Anselm Treck said.\n\nThe quake, of magnitude 6.2, destroyed hundreds of homes in Dunmere.")
	fair := inventedArticle("fair-opens", "2031-03-04", "The spring fair opened in Brenholt on Monday with 40 stalls, organiser Mila Ferrand said.")
	common := inventedArticle("common-words", "2031-03-05", "People in the market town said on Monday that hundreds of homes still had no power, and officials said repairs would take weeks.")
	tests := []struct {
		name  string
		index []*article.Article
		draft *article.Article
		// want: the findings' claim values (article=value), sorted; none
		// when empty
		want []string
		// read: indexed articles the draft check must read (and compare
		// when coreference puts them in the draft's story); absent: those
		// it must not read
		read, absent []string
	}{
		{
			name:  "the quake named by another place",
			index: []*article.Article{quakeTown, fair},
			draft: inventedArticle("quake-valley", "2031-03-05", "A powerful tremor hit the Ostrel valley on Monday, killing 12 people, said Governor Anselm Treck.\n\nThe tremor, of magnitude 5.4, flattened homes across the Ostrel valley."),
			want:  []string{"quake-town=6.2 quake-valley=5.4"},
		},
		{
			name:  "the quake named by another word and another place",
			index: []*article.Article{fair, inventedArticle("quake-province", "2031-07-14", "An earthquake struck the coastal province of Sarrand on Sunday, killing 31 people, Interior Minister Oda Vellin said.\n\nThe earthquake, of magnitude 6.8, destroyed homes in Sarrand.")},
			draft: inventedArticle("quake-island", "2031-07-15", "A tremor shook the island of Quist on Sunday, killing 31 people, said Interior Minister Oda Vellin.\n\nThe tremor, of magnitude 7.1, cut the ferry link to Quist."),
			want:  []string{"quake-island=7.1 quake-province=6.8"},
		},
		{
			name:   "the quake named by another place beside an article sharing only common words",
			index:  []*article.Article{quakeTown, common},
			draft:  inventedArticle("quake-valley", "2031-03-05", "A powerful tremor hit the Ostrel valley on Monday, killing 12 people, said Governor Anselm Treck.\n\nThe tremor, of magnitude 5.4, flattened homes across the Ostrel valley."),
			want:   []string{"quake-town=6.2 quake-valley=5.4"},
			absent: []string{"common-words"},
		},
		{
			name:  "a quake of the same governor's region a year later",
			index: []*article.Article{quakeTown, fair},
			draft: inventedArticle("quake-later", "2032-04-20", "A powerful tremor hit the Ostrel valley on Sunday, killing 40 people, said Governor Anselm Treck.\n\nThe tremor, of magnitude 5.1, flattened homes across the Ostrel valley."),
			read:  []string{"quake-town"},
		},
		{
			name:   "a draft sharing only common words with the index",
			index:  []*article.Article{quakeTown, fair},
			draft:  inventedArticle("power-cut", "2031-03-05", "People in the market town said on Monday that hundreds of homes still had no power, and officials said repairs would take weeks."),
			absent: []string{"quake-town", "fair-opens"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := testOptions(t)
			opt.Stories = true
			ix := openIndex(t, "ix")
			check(t, listed(tt.index), ix, opt)
			rep, err := pipeline.CheckDraft([]*article.Article{tt.draft}, ix, opt)
			require.NoError(t, err)
			got := findingValues(rep)
			if len(tt.want) == 0 {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, tt.want, got)
			}
			for _, id := range tt.read {
				assert.Contains(t, rep.Meta, id)
			}
			for _, id := range tt.absent {
				assert.NotContains(t, rep.Meta, id)
			}
			// the draft check finds what checking the draft with the
			// whole index finds
			full, _ := check(t, listed(append(append([]*article.Article(nil), tt.index...), tt.draft)), openIndex(t, "full"), opt)
			assert.Equal(t, findingsInvolving(full, tt.draft.ID), findingsOf(rep))
		})
	}
}

// findingValues is findingsOf without the subject keys.
func findingValues(rep *pipeline.Report) []string {
	var out []string
	for _, f := range findingsOf(rep) {
		_, vals, _ := strings.Cut(f, " ")
		out = append(out, vals)
	}
	return out
}

// findingsInvolving is findingsOf, only the findings with a claim of
// article id.
func findingsInvolving(rep *pipeline.Report, id string) []string {
	var out []string
	for _, f := range findingsOf(rep) {
		if strings.Contains(f, " "+id+"=") {
			out = append(out, f)
		}
	}
	return out
}
