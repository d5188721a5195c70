package temporal

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/seeds"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedsDir finds the shared seed articles: ../../shared/seeds from this
// package, or the module root's sibling shared/seeds.
func seedsDir(t *testing.T) string {
	t.Helper()
	return seeds.Dir(t)
}

// seedWants lists every date expression in each seed, in order.
var seedWants = []struct {
	prefix string
	ref    string
	want   []wantExpr
}{
	{"000_", "2025-09-28", []wantExpr{
		w("Sunday, September 28, 2025", "2025-09-28", wd("Sunday"), res(ResolvedAbsolute)),
		w("29/9/2025", "2025-09-29", res(ResolvedAbsolute)),
		w("Monday", "2025-09-22", wd("Monday"), res(ResolvedReference)), // "announced Monday"
		w("recent years", PastRef),                                      // TIMEX3 leaves "in" out
		w("now", PresentRef),                                            // "For now, the world watches"
		w("now", PresentRef),                                            // "now depends on the response"
	}},
	{"001_", "2025-09-28", []wantExpr{
		w("now", PresentRef), // "at least for now"
		w("Sunday, September 28, 2025", "2025-09-28", wd("Sunday")),
		w("August", "2025-08", gran(GranMonth), res(ResolvedYearFromRef)), // "their August summit"
		w("current", PresentRef), // "the current state of"
		w("August 2025", "2025-08", res(ResolvedAbsolute)),
		w("recent years", PastRef), // "In recent years": TIMEX3 leaves "In" out
		w("recent", PastRef),       // "recent outreach efforts"
		w("current", PresentRef),   // "the current political climate"
		w("now", PresentRef),       // "For now, the Kremlin's message"
	}},
	{"002_", "", []wantExpr{
		w("now", PresentRef), // "is now openly voicing"
		w("Saturday", Unresolved, wd("Saturday"), res(ResolvedUnresolved)), // "on Saturday"
		w("recent", PastRef), // "most recent statement"
		// "any future diplomatic negotiations": "future" before a noun is
		// a kind of talks, not a time (TBAQ-cleaned leaves it untagged).
		w("2025", "2025", gran(GranYear)), // "the 2025 elections"
	}},
	{"003_", "", nil},
	{"004_", "", []wantExpr{
		w("August 15th", "XXXX-08-15", gran(GranDay), res(ResolvedUnresolved)),
		w("earlier this year", Unresolved, res(ResolvedUnresolved)),
		w("currently", PresentRef),
		w("March 2025", "2025-03", gran(GranMonth)),
		w("several years", "PXY", typ(Duration)),
		w("current", PresentRef),
		w("1947-1991", "1947", rng("1991")),
		w("1991-2000", "1991", rng("2000")),
		w("Early 2000s", "200", mod("START"), gran(GranDecade)),
		w("2014 – Present", "2014", rng(PresentRef)),
		w("2025 – Present", "2025", rng(PresentRef)),
	}},
}

func TestSeeds(t *testing.T) {
	dir := seedsDir(t)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, sw := range seedWants {
		t.Run(sw.prefix, func(t *testing.T) {
			var name string
			for _, e := range entries {
				if len(e.Name()) > len(sw.prefix) && e.Name()[:len(sw.prefix)] == sw.prefix {
					name = e.Name()
				}
			}
			require.NotEmpty(t, name, "seed %s missing", sw.prefix)
			b, err := os.ReadFile(filepath.Join(dir, name))
			require.NoError(t, err)
			var opt Options
			if sw.ref != "" {
				opt.Reference, err = time.Parse("2006-01-02", sw.ref)
				require.NoError(t, err)
			}
			got := Tag(string(b), opt)
			var texts []string
			for _, g := range got {
				texts = append(texts, g.Text+" = "+g.Value)
			}
			require.Empty(t, mismatch(got, sw.want), "got %q", texts)
			for _, g := range got {
				assert.NotContains(t, g.Text, "min read")
			}
		})
	}
}

func TestSeedDayFirst(t *testing.T) {
	dir := seedsDir(t)
	matches, err := filepath.Glob(filepath.Join(dir, "000_*"))
	require.NoError(t, err)
	require.Len(t, matches, 1)
	b, err := os.ReadFile(matches[0])
	require.NoError(t, err)
	for _, x := range Tag(string(b), Options{Reference: time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)}) {
		if x.Text == "29/9/2025" {
			require.NotNil(t, x.DayFirst)
			assert.True(t, *x.DayFirst)
			assert.False(t, x.DayFirstGuessed, "29 > 12 decides the order")
			return
		}
	}
	t.Fatal("29/9/2025 not found")
}
