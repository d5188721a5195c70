package people

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// The generator writes every quote with its speaker's full name beside it,
// in one of four forms (corpus/gen kinds.go, quoteSources):
//
//	"Q," said [Title] First Last.
//	"Q," First Last, role, told reporters.   (or: said.)
//	[Title] First Last said: "Q."
//
// Its names are two capitalised words. generatedSpeaker reads the name
// back from the text around a quote claim, independently of the
// extractor, so that the harness can score speakers.
func generatedSpeaker(doc string, c claim.Claim) (string, bool) {
	before, after := doc[:c.Evidence.Start], doc[c.Evidence.End:]
	if head, ok := strings.CutSuffix(before, " said: \""); ok && strings.HasPrefix(after, ".\"") {
		if stop := strings.LastIndexAny(head, ".\n\""); stop >= 0 {
			head = head[stop+1:]
		}
		return lastWords(head, 2)
	}
	after, ok := strings.CutPrefix(after, ",\" ")
	if !ok {
		return "", false
	}
	if rest, ok := strings.CutPrefix(after, "said "); ok {
		if stop := strings.IndexAny(rest, ".\n"); stop > 0 {
			return lastWords(rest[:stop], 2)
		}
		return "", false
	}
	if stop := strings.IndexByte(after, ','); stop > 0 && after[0] >= 'A' && after[0] <= 'Z' {
		return lastWords(after[:stop], 2)
	}
	return "", false
}

// lastWords returns the last n words of s, joined by one space.
func lastWords(s string, n int) (string, bool) {
	f := strings.Fields(s)
	if len(f) < n {
		return "", false
	}
	return strings.Join(f[len(f)-n:], " "), true
}

// plantedPerson is the name in a planted title ("Deputy Mayor Ana Voss,
// the deputy mayor of Eastvale" or "Ana Voss, a spokeswoman …").
func plantedPerson(told string) string {
	head, _, _ := strings.Cut(told, ",")
	name, _ := lastWords(head, 2)
	return name
}

// TestGeneratedCorpusPeople runs the extractor on a generated corpus and
// scores it against what the generator wrote: quote speakers (every quote
// has a named speaker, so a description or another name is wrong) and the
// planted title changes, found through the person-title rule. The figures
// are logged. The corpus is fixed by its seed, so the asserts are facts
// of this corpus: no false alarm (the generator plants no quote
// contradiction, and no title change it did not plant) and every title
// plant found.
func TestGeneratedCorpusPeople(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 400 articles")
	}
	opt := gen.Options{Articles: 400, Seed: 1}
	arts := gen.Articles(opt)
	truth, err := gen.GroundTruth(opt)
	require.NoError(t, err)
	require.Len(t, arts, len(truth))
	k, err := kb.Default()
	require.NoError(t, err)
	set, err := rules.Default()
	require.NoError(t, err)

	var all []claim.Claim
	quotes, scored, right, wrongPerson := 0, 0, 0, 0
	var wrong []string
	for _, a := range arts {
		d := text.NewDoc(a.ID, a.Text, a.Published.Truncate(24*time.Hour))
		cs := Extract(d, k)
		all = append(all, cs...)
		quotes += strings.Count(a.Text, "\"") / 2
		for _, c := range ofKind(cs, claim.KindQuote) {
			name, ok := generatedSpeaker(a.Text, c)
			if !ok {
				continue
			}
			scored++
			if c.Value == "person:"+strings.ToLower(name) {
				right++
				continue
			}
			if strings.HasPrefix(c.Value, "person:") {
				wrongPerson++
			}
			if len(wrong) < 10 {
				wrong = append(wrong, a.ID+": "+c.Value+" for "+name+": "+c.Evidence.Sentence)
			}
		}
	}
	ds := set.Check(all, &rules.Context{KB: k})

	// Title plants: the person-title rule must name the planted person
	// and cite the planted article.
	type plant struct{ key, article, change, kind string }
	var plants []plant
	for _, tr := range truth {
		if tr.Planted == gen.PlantTitle {
			key := "person:" + strings.ToLower(plantedPerson(tr.Told))
			plants = append(plants, plant{key, tr.ID, tr.True + " → " + tr.Told, titleChange(tr.True, tr.Told)})
		}
	}
	found, falseTitles, falseQuotes := 0, 0, 0
	var missed []string
	missedRankOrDomain := 0
	for _, pl := range plants {
		hit := false
		for _, x := range ds {
			hit = hit || x.Rule == "person-title" && x.SubjectKey == pl.key && citesArticle(x, pl.article)
		}
		switch {
		case hit:
			found++
		default:
			missed = append(missed, pl.article+" ("+pl.kind+"): "+pl.change)
			if pl.kind != "other" {
				missedRankOrDomain++
			}
		}
	}
	for _, x := range ds {
		switch x.Rule {
		case "quote-attribution":
			falseQuotes++
		case "person-title":
			if !slices.ContainsFunc(plants, func(pl plant) bool { return pl.key == x.SubjectKey && citesArticle(x, pl.article) }) {
				falseTitles++
			}
		}
	}

	t.Logf("quotes: %d in the text, %d claims scored, %d right (precision %.3f), %d given to another person",
		quotes, scored, right, ratio(right, scored), wrongPerson)
	for _, w := range wrong {
		t.Logf("  wrong speaker %s", w)
	}
	t.Logf("title plants: %d planted, %d found (recall %.3f), %d other person-title findings", len(plants), found, ratio(found, len(plants)), falseTitles)
	for _, m := range missed {
		t.Logf("  missed %s", m)
	}
	t.Logf("quote-attribution findings: %d (the generator plants none)", falseQuotes)

	require.NotEmpty(t, plants, "the corpus must plant title changes")
	require.Positive(t, scored, "the harness must be able to score quotes")
	// False alarms: the generator plants no quote contradiction, and a
	// quote given to the wrong person is one in waiting.
	assert.Zero(t, falseQuotes, "quote-attribution findings")
	assert.Zero(t, wrongPerson, "quotes given to another person")
	assert.Zero(t, falseTitles, "person-title findings without a plant")
	// Rank and portfolio changes are what the person-title rule tells
	// apart by design; other changes depend on the head vocabulary.
	assert.Zero(t, missedRankOrDomain, "rank or portfolio changes missed")
}

// titleChange classifies a planted title change: "rank" when one title
// adds a rank that makes another post, "domain" when only the portfolio
// changes, else "other".
func titleChange(was, told string) string {
	w, n := strings.ToLower(strings.SplitN(was, ",", 2)[1]), strings.ToLower(strings.SplitN(told, ",", 2)[1])
	for _, r := range []string{"deputy ", "vice ", "lieutenant "} {
		if strings.Replace(w, r, "", 1) == strings.Replace(n, r, "", 1) && w != n {
			return "rank"
		}
	}
	wf, nf := strings.Fields(w), strings.Fields(n)
	if len(wf) == len(nf) && len(wf) > 2 && wf[2] == "minister" && nf[2] == "minister" && wf[1] != nf[1] {
		return "domain" // "the trade minister of X" → "the finance minister of X"
	}
	return "other"
}

func citesArticle(x rules.Discrepancy, id string) bool {
	for _, c := range x.Claims {
		if c.Article == id {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
