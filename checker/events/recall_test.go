package events

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// The generator's dateline layout, in which GroundTruth writes dates.
const genDateLayout = "Monday, January 2, 2006"

// extractArticle runs Extract as the pipeline does: the reference date is
// the publication day.
func extractArticle(a *corpus.Article, k *kb.KB) []claim.Claim {
	var ref time.Time
	if a.HasDate() {
		y, m, d := a.Published.Date()
		ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	d := text.NewDoc(a.ID, a.Text, ref)
	exprs := temporal.Tag(a.Text, temporal.Options{Reference: ref})
	info := ArticleInfo{Published: a.Published, PublishedFrom: string(a.PublishedFrom),
		PublishedText: a.PublishedText, DatelineStart: -1, DatelineEnd: -1}
	if a.DatelineSpan != nil {
		info.DatelineStart, info.DatelineEnd = a.DatelineSpan.Start, a.DatelineSpan.End
	}
	return Extract(d, exprs, info, k)
}

// plantKind maps a generator plant to the claim kind that carries it.
var plantKind = map[string]claim.Kind{
	gen.PlantDate: claim.KindDate, gen.PlantPlace: claim.KindLocation, gen.PlantNumber: claim.KindNumber,
}

// plantedValue normalises a value as GroundTruth writes it to compare with
// claims: an ISO date, a lower-case place, a number.
func plantedValue(kind claim.Kind, s string) (string, error) {
	switch kind {
	case claim.KindDate:
		t, err := time.Parse(genDateLayout, s)
		if err != nil {
			return "", err
		}
		return t.Format(time.DateOnly), nil
	case claim.KindLocation:
		return strings.ToLower(s), nil
	}
	return parsePlantedNumber(s)
}

// parsePlantedNumber reads "$3.7 billion", "$450 million", "1,234",
// "61 percent", "2.4 kilometres" as the claim value formatNumber writes.
func parsePlantedNumber(s string) (string, error) {
	f := strings.Fields(strings.TrimPrefix(s, "$"))
	if len(f) == 0 {
		return "", fmt.Errorf("empty number %q", s)
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(f[0], ",", ""), 64)
	if err != nil {
		return "", err
	}
	if len(f) > 1 {
		switch f[1] {
		case "billion":
			v *= 1e9
		case "million":
			v *= 1e6
		}
	}
	return formatNumber(v), nil
}

// eventClaimValue is what a claim says, comparable with plantedValue.
func eventClaimValue(c *claim.Claim) string {
	if c.Kind == claim.KindNumber && c.Number != nil {
		return formatNumber(c.Number.Value)
	}
	return c.Value
}

// recallRow counts one plant kind.
type recallRow struct {
	planted   int // articles with this plant
	extracted int // the planted value is claimed for some event
	paired    int // … under a key where another article of the event claims the true value
}

// recallResult is the harness's outcome over one generated corpus.
type recallResult struct {
	rows map[string]*recallRow
	// wrong lists event claims of unplanted articles whose value is
	// neither the event's true value nor, for numbers, any value of the
	// event: claims the generator's text does not make.
	wrong []string
	// eventClaims counts event claims per kind over all articles.
	eventClaims map[claim.Kind]int
}

// measureRecall generates n articles and scores the planted values.
func measureRecall(t testing.TB, n int, seed uint64) recallResult {
	t.Helper()
	opt := gen.Options{Articles: n, Seed: seed}
	truths, err := gen.GroundTruth(opt)
	require.NoError(t, err)
	arts := gen.Articles(opt)
	require.Len(t, arts, len(truths))
	k := testKB(t)

	claims := make([][]claim.Claim, len(arts))
	for i, a := range arts {
		require.Equal(t, truths[i].ID, a.ID)
		claims[i] = extractArticle(a, k)
	}
	res := recallResult{rows: map[string]*recallRow{}, eventClaims: map[claim.Kind]int{}}
	for _, p := range []string{gen.PlantDate, gen.PlantPlace, gen.PlantNumber} {
		res.rows[p] = &recallRow{}
	}
	// trueVals: per event, kind, subject key and value, whether an
	// unplanted article (or one planted with another kind) claims it.
	type fact struct {
		event int
		kind  claim.Kind
		key   string
		value string
	}
	said := map[fact]bool{}
	for i, tr := range truths {
		for ci := range claims[i] {
			c := &claims[i][ci]
			if !strings.HasPrefix(c.SubjectKey, "event:") {
				continue
			}
			res.eventClaims[c.Kind]++
			if plantKind[tr.Planted] == c.Kind {
				continue // this article's claims of its planted kind are not the truth
			}
			said[fact{tr.Event, c.Kind, c.SubjectKey, eventClaimValue(c)}] = true
		}
	}
	for i, tr := range truths {
		kind, ok := plantKind[tr.Planted]
		if !ok {
			continue
		}
		told, err := plantedValue(kind, tr.Told)
		require.NoError(t, err, tr.Told)
		truth, err := plantedValue(kind, tr.True)
		require.NoError(t, err, tr.True)
		row := res.rows[tr.Planted]
		row.planted++
		ext, pair := false, false
		for ci := range claims[i] {
			c := &claims[i][ci]
			if c.Kind != kind || !strings.HasPrefix(c.SubjectKey, "event:") || eventClaimValue(c) != told {
				continue
			}
			ext = true
			if said[fact{tr.Event, kind, c.SubjectKey, truth}] {
				pair = true
			}
		}
		if ext {
			row.extracted++
		}
		if pair {
			row.paired++
		}
	}
	res.wrong = wrongClaims(truths, claims)
	return res
}

// wrongClaims finds event claims of unplanted articles that contradict
// the plan: a date other than the event's, a number that is none of the
// event's, a location other than its place.
func wrongClaims(truths []gen.Truth, claims [][]claim.Claim) []string {
	// Every value any article of an event gives, per kind: numbers are not
	// in the truth of unplanted articles, so the union over the event's
	// number plants and claims is the best reference there is.
	var out []string
	for i, tr := range truths {
		if tr.Planted != "" {
			continue
		}
		day, place := eventDayPlace(tr.EventText)
		for ci := range claims[i] {
			c := &claims[i][ci]
			if !strings.HasPrefix(c.SubjectKey, "event:") {
				continue
			}
			switch c.Kind {
			case claim.KindDate:
				if c.Date != nil && c.Date.Granularity == "day" && c.Value != day {
					out = append(out, fmt.Sprintf("%s date %s=%s %q", tr.ID, c.SubjectKey, c.Value, c.Evidence.Sentence))
				}
			case claim.KindLocation:
				if c.Value != place {
					out = append(out, fmt.Sprintf("%s location %s=%s %q", tr.ID, c.SubjectKey, c.Value, c.Evidence.Sentence))
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// eventDayPlace reads "flood in Valmora on 2031-03-04".
func eventDayPlace(s string) (string, string) {
	i := strings.LastIndex(s, " on ")
	j := strings.Index(s, " in ")
	if i < 0 || j < 0 || j > i {
		return "", ""
	}
	return s[i+4:], strings.ToLower(s[j+4 : i])
}

func TestGeneratorRecall(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 400 articles")
	}
	res := measureRecall(t, 400, 11)
	for _, p := range []string{gen.PlantDate, gen.PlantPlace, gen.PlantNumber} {
		r := res.rows[p]
		t.Logf("%-6s planted %3d  extracted %3d (%5.1f%%)  comparable %3d (%5.1f%%)", p, r.planted,
			r.extracted, pct(r.extracted, r.planted), r.paired, pct(r.paired, r.planted))
	}
	t.Logf("event claims: %v; wrong claims in unplanted articles: %d", res.eventClaims, len(res.wrong))
	if os.Getenv("RECALL_VERBOSE") != "" {
		for _, w := range res.wrong {
			t.Log(w)
		}
	}
	assert.Empty(t, res.wrong, "claims the generated text does not make")
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
