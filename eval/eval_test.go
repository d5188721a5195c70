package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// TestHeldOutStories runs the whole pipeline over every story in testdata
// and scores the report against the story's EXPECTED.yml. It fails when a
// finding that holds today stops holding, and when a known gap closes (so
// that EXPECTED.yml gets updated); known gaps and unjudged discrepancies
// are logged.
func TestHeldOutStories(t *testing.T) {
	opt := defaultOptions(t)
	var scores []Score
	for _, story := range storyDirs(t) {
		t.Run(filepath.Base(story), func(t *testing.T) {
			exp, err := LoadExpected(filepath.Join(story, "EXPECTED.yml"))
			require.NoError(t, err)
			checkArticles(t, story, exp, opt)
			rep, st, err := CheckStory(story, opt)
			require.NoError(t, err)
			require.Empty(t, st.Problems, "input problems")
			assert.Equal(t, len(exp.Published), rep.Articles, "articles checked")
			s := Evaluate(exp, rep.Discrepancies)
			assertFindings(t, s)
			logUnjudged(t, s)
			scores = append(scores, s)
		})
	}
	require.NotEmpty(t, scores)
	t.Log("\n" + table(scores))
}

func defaultOptions(t testing.TB) pipeline.Options {
	k, err := kb.Default()
	require.NoError(t, err)
	rs, err := rules.Default()
	require.NoError(t, err)
	// The held-out stories measure crosscheck as a fact-checker runs it on
	// a story's coverage: with event claims compared per story (--stories).
	return pipeline.Options{KB: k, Rules: rs, Stories: true}
}

// storyDirs lists testdata/<story> directories that hold an EXPECTED.yml.
func storyDirs(t testing.TB) []string {
	entries, err := os.ReadDir("testdata")
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		dir := filepath.Join("testdata", e.Name())
		if _, err := os.Stat(filepath.Join(dir, "EXPECTED.yml")); e.IsDir() && err == nil {
			out = append(out, dir)
		}
	}
	sort.Strings(out)
	require.NotEmpty(t, out, "no stories in testdata")
	return out
}

// checkArticles: the readers produce exactly the articles of the answer
// key, each with its publication date as reference date, and no page
// furniture reaches their text.
func checkArticles(t *testing.T, dir string, exp *Expected, opt pipeline.Options) {
	arts, _, problems, err := read.All([]string{dir}, read.Options{})
	require.NoError(t, err)
	require.Empty(t, problems)
	got := map[string]*article.Article{}
	for _, a := range arts {
		got[a.ID] = a
	}
	for id, want := range exp.Published {
		a, ok := got[id]
		if !assert.True(t, ok, "article %s not read", id) {
			continue
		}
		ref, from := a.Reference(opt.Extract.RefPolicy)
		assert.Equal(t, want, ref.Format(time.DateOnly), "%s: reference date (from %s)", id, from)
	}
	assert.Len(t, got, len(exp.Published), "articles read")
	for id, bad := range exp.TextExcludes {
		a, ok := got[id]
		if !assert.True(t, ok, "text_excludes names unknown article %s", id) {
			continue
		}
		for _, s := range bad {
			assert.NotContains(t, a.Text, s, "%s: page furniture in the text", id)
		}
	}
}

// assertFindings fails on every finding whose state differs from what
// EXPECTED.yml says: a must not found (or a must_not violated) without a
// known gap, or a known gap that no longer is one.
func assertFindings(t *testing.T, s Score) {
	check := func(outs []Outcome, must bool) {
		for _, o := range outs {
			f := o.Finding
			holds := o.Holds(must)
			switch {
			case !holds && f.KnownGap == "":
				t.Errorf("%s (%s) fails: %s\n%s", f.ID, f.Kind, f.Why, describe(o.Hits))
			case holds && f.KnownGap != "":
				t.Errorf("%s (%s) now holds; remove its known_gap from EXPECTED.yml (%s)", f.ID, f.Kind, f.KnownGap)
			case !holds:
				t.Logf("known gap %s (%s): %s%s", f.ID, f.Kind, f.KnownGap, indent(describe(o.Hits)))
			}
		}
	}
	check(s.Must, true)
	check(s.MustNot, false)
}

func logUnjudged(t *testing.T, s Score) {
	if len(s.Unjudged) > 0 {
		t.Logf("%d discrepancies match no finding; judge them and add them to EXPECTED.yml:\n%s", len(s.Unjudged), describe(s.Unjudged))
	}
}

// describe writes discrepancies one per line with their sides.
func describe(ds []*rules.Discrepancy) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "  [%s %s %s] %s\n", d.Kind, d.Severity, d.ID, d.Summary)
		for _, c := range d.Claims {
			fmt.Fprintf(&b, "      %s: %q (%s)\n", c.Article, c.ValueText, c.Value)
		}
	}
	return b.String()
}

func indent(s string) string {
	if s == "" {
		return ""
	}
	return "\n" + s
}

// table writes the per-story and overall figures.
func table(scores []Score) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "story\treported\tmust found\trecall\tmust_not broken\tfalse alarms\tunjudged\tprecision\tjudged precision\t")
	row := func(s Score) {
		fmt.Fprintf(w, "%s\t%d\t%d/%d\t%.2f\t%d/%d\t%d\t%d\t%.2f\t%.2f\t\n",
			s.Story, s.Reported, s.Found(), len(s.Must), s.Recall(),
			broken(s.MustNot), len(s.MustNot), len(s.FalseAlarms), len(s.Unjudged),
			s.Precision(), s.JudgedPrecision())
	}
	for _, s := range scores {
		row(s)
	}
	row(Total(scores))
	w.Flush()
	b.WriteString("false alarms by kind:")
	for _, kc := range FalseAlarmsByKind(scores) {
		fmt.Fprintf(&b, " %s %d", kc.Kind, kc.N)
	}
	b.WriteString("\nmust found by kind:")
	for _, kc := range foundByKind(scores) {
		fmt.Fprintf(&b, " %s", kc)
	}
	b.WriteString("\n")
	return b.String()
}

func broken(outs []Outcome) int {
	n := 0
	for _, o := range outs {
		if !o.Holds(false) {
			n++
		}
	}
	return n
}

// foundByKind lists "kind found/total" for the must findings.
func foundByKind(scores []Score) []string {
	found, total := map[string]int{}, map[string]int{}
	for _, s := range scores {
		for _, o := range s.Must {
			k := string(o.Finding.Kind)
			total[k]++
			if o.Holds(true) {
				found[k]++
			}
		}
	}
	kinds := make([]string, 0, len(total))
	for k := range total {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = fmt.Sprintf("%s %d/%d", k, found[k], total[k])
	}
	return out
}

// BenchmarkCheckStory measures the whole pipeline over one story: reading,
// extraction, indexing into a fresh index, and the rules.
func BenchmarkCheckStory(b *testing.B) {
	opt := defaultOptions(b)
	for _, story := range storyDirs(b) {
		b.Run(filepath.Base(story), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := CheckStory(story, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
