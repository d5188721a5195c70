package pipeline_test

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// inventedArticle is an article of invented sentences, paragraphs split
// on blank lines.
func inventedArticle(id, date, text string) *article.Article {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		panic(err)
	}
	return &article.Article{ID: id, Text: text, Published: d, PublishedFrom: article.DateFromMetadata, Paragraphs: article.SplitParagraphs(text)}
}

// findingsOf lists each discrepancy as its subject key and the claim
// values it sets against each other, sorted.
func findingsOf(rep *pipeline.Report) []string {
	var out []string
	for _, d := range rep.Discrepancies {
		var vals []string
		for _, c := range d.Claims {
			vals = append(vals, c.Article+"="+c.Value)
		}
		sort.Strings(vals)
		out = append(out, d.SubjectKey+" "+strings.Join(vals, " "))
	}
	sort.Strings(out)
	return out
}

// Event claims are compared per story: the articles reporting one event
// meet whatever words and places they key it by, two events of one kind
// never meet, and a background event meets only itself.
func TestEventClaimsComparedPerStory(t *testing.T) {
	tests := []struct {
		name string
		arts []*article.Article
		// want: the subject key prefix and the values of the findings
		// expected; none when empty
		want []string
	}{
		{
			name: "one quake named by its town and by its valley",
			arts: []*article.Article{
				inventedArticle("quake-town", "2031-03-04", "A strong earthquake struck the mountain town of Dunmere on Monday, killing 12 people, Governor Anselm Treck said.\n\nThe quake, of magnitude 6.2, destroyed hundreds of homes in Dunmere."),
				inventedArticle("quake-valley", "2031-03-05", "A powerful tremor hit the Ostrel valley on Monday, killing 12 people, said Governor Anselm Treck.\n\nThe tremor, of magnitude 5.4, flattened homes across the Ostrel valley."),
			},
			want: []string{"event:earthquake:dunmere quake-town=6.2 quake-valley=5.4"}, // the story keeps the key most of its claims had
		},
		{
			name: "two quakes in one town half a year apart",
			arts: []*article.Article{
				inventedArticle("spring-quake", "2031-03-04", "A strong earthquake struck the mountain town of Dunmere on Monday, killing 12 people, officials said.\n\nThe quake of magnitude 6.2 destroyed hundreds of homes in Dunmere, Governor Anselm Treck said."),
				inventedArticle("autumn-quake", "2031-09-22", "An earthquake struck the mountain town of Dunmere on Saturday, killing 40 people, officials said.\n\nThe quake of magnitude 5.1 destroyed dozens of homes in Dunmere, Mayor Brisa Quell said."),
			},
		},
		{
			name: "an earlier quake is compared with itself only",
			arts: []*article.Article{
				inventedArticle("toll-early", "2031-03-04", "A strong earthquake struck the mountain town of Dunmere on Monday, killing 12 people, officials said.\n\nIn 2019 an earthquake in the delta town of Kellmark killed 300 people."),
				inventedArticle("toll-later", "2031-03-05", "The earthquake that struck the mountain town of Dunmere on Monday killed 12 people, Governor Anselm Treck said.\n\nIn 2019 an earthquake in the delta town of Kellmark killed 280 people."),
			},
			want: []string{"event:earthquake:kellmark toll-early=300 toll-later=280"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := testOptions(t)
			opt.Stories = true
			rep, _ := check(t, listed(tt.arts), openIndex(t, "ix"), opt)
			got := findingsOf(rep)
			if len(tt.want) == 0 {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, len(tt.want), "%v", got)
			assert.Equal(t, tt.want, got)
		})
	}
}

// A check with stories reads the summary each article got at extraction,
// stored with its claims: the report is the same when the summaries are
// stored, when the index has none (made without stories: they are
// analysed from the stored texts) and when the check is incremental.
func TestStoriesFromStoredSummaries(t *testing.T) {
	const seed, base, added = 5, 120, 30
	opt := testOptions(t)
	opt.Stories = true
	fresh := openIndex(t, "fresh")
	want, _ := check(t, generated(seed, 0, base+added), fresh, opt)
	require.NotEmpty(t, want.Discrepancies)
	stored := 0
	require.NoError(t, fresh.EachClaims(func(info store.ArticleInfo, _ store.PackedClaims) error {
		if info.Story != "" {
			stored++
		}
		return nil
	}))
	assert.Equal(t, base+added, stored, "every article's summary is stored")

	t.Run("incremental", func(t *testing.T) {
		grown := openIndex(t, "grown")
		check(t, generated(seed, 0, base), grown, opt)
		got, st := check(t, generated(seed, base, base+added), grown, opt)
		assert.True(t, st.Incremental)
		assert.Equal(t, reportJSON(t, want), reportJSON(t, got))
	})
	t.Run("no summary stored", func(t *testing.T) {
		plain := openIndex(t, "plain")
		without := opt
		without.Stories = false
		check(t, generated(seed, 0, base+added), plain, without)
		got, err := pipeline.CheckIndex(plain, opt)
		require.NoError(t, err)
		assert.Equal(t, want.Discrepancies, got.Discrepancies)
		assert.Equal(t, want.Claims, got.Claims)
	})
}

// A draft is compared per story with the indexed articles that share an
// event subject with it, read with their stored summaries.
func TestDraftComparedPerStory(t *testing.T) {
	opt := testOptions(t)
	opt.Stories = true
	ix := openIndex(t, "ix")
	check(t, listed([]*article.Article{
		inventedArticle("quake-town", "2031-03-04", "A strong earthquake struck the mountain town of Dunmere on Monday, killing 12 people, Governor Anselm Treck said.\n\nThe quake, of magnitude 6.2, destroyed hundreds of homes in Dunmere."),
		inventedArticle("fair-opens", "2031-03-04", "The spring fair opened in Brenholt on Monday with 40 stalls, organiser Mila Ferrand said."),
	}), ix, opt)
	draft := inventedArticle("quake-valley", "2031-03-05", "A powerful tremor hit Dunmere and the Ostrel valley on Monday, killing 12 people, said Governor Anselm Treck.\n\nThe tremor, of magnitude 5.4, flattened homes across the Ostrel valley.")
	rep, err := pipeline.CheckDraft([]*article.Article{draft}, ix, opt)
	require.NoError(t, err)
	assert.Equal(t, []string{"event:earthquake:dunmere quake-town=6.2 quake-valley=5.4"}, findingsOf(rep))
}
