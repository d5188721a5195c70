package people

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/text"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"“",
		"Ruritanian President Tomas Brandt said: “We will not yield.”",
		"Ada Morrow, a spokeswoman for the ministry, said 'the sea is calm enough now'.",
		"The Brandt administration’s plan. He said “x y z",
		"\xff\xfe Anna \u00a0Berg, the\u2019s «quoted words here» Mr. Quint",
		"President Kovac\n\n“A b c,” said de la",
		"then-\nThen–\nex—Prime then–Prime Minister Oskar Lind. Then-OBC. former-’s then—",
		"“A b c,” Brandvold told. Undersecretary X said: “d e f",
		"“A b c d,” said Morrow and Kask. Kask and Morrow added: “e f g",
		"Club chairman and head coach Ada Quell III has been appointed interim auditor and",
		"Ada Quell, director under President Ilse Varga, a former member of President Tomas Brandt's council. At the time",
		"reversing a last-minute Brandt administration rule before the Brandt administration takes office, by the",
		"Tollan Micro senior security researcher Ines Kovar said the Kovar family",
		"54-year-old Ada Quell (54) and Quell, aged 54, who is 54, then- 15-year-old Quell, 3 year-old",
		"Ada Quell, 54, fell to her death. The late Quell's body, 61 years old,",
		generateArticle(rand.New(rand.NewSource(1)), 600, true),
	} {
		f.Add(s)
	}
	k := testKB(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := text.NewDoc("f", s, testRef)
		for _, c := range Extract(d, k) {
			e := c.Evidence
			if e.Start < 0 || e.Start >= e.End || e.End > len(s) {
				t.Fatalf("bad span %d-%d in %d bytes", e.Start, e.End, len(s))
			}
			if !onRuneBoundary(s, e.Start) || !onRuneBoundary(s, e.End) {
				t.Fatalf("span %d-%d splits a rune", e.Start, e.End)
			}
			if s[e.Start:e.End] != c.ValueText {
				t.Fatalf("value text %q is not the span %q", c.ValueText, s[e.Start:e.End])
			}
		}
		for _, p := range People(d, k) {
			for _, m := range p.Mentions {
				if m.Start < 0 || m.Start >= m.End || m.End > len(s) || s[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
	})
}

// onRuneBoundary reports whether off falls between two runes as a decoder
// walking s from the start sees them (an invalid byte is a rune of its own).
func onRuneBoundary(s string, off int) bool {
	for i := 0; i < len(s); {
		if i == off {
			return true
		}
		if i > off {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return off == len(s)
}

// Invented material for generated articles.
var (
	genGiven   = []string{"Ada", "Tero", "Marta", "Oskar", "Ilse", "Jonas", "Vera", "Lev", "Hana", "Nils", "Petra", "Rafael"}
	genFamily  = []string{"Morrow", "Kask", "Quint", "Lind", "Berglund", "Pell", "Lunn", "Orlo", "Gil", "Amber", "Holm", "de la Cruz"}
	genTitles  = []string{"Ruritanian Foreign Minister", "Zenith Palace spokesman", "Senior aide", "Port director", "Former prime minister", "Energy Minister", "Bordurian President"}
	genFillers = []string{
		"The harbour authority published its yearly report on Monday, citing higher traffic and lower costs.",
		"Talks between the two delegations resumed after a short break, according to people familiar with the matter.",
		"Fishermen in the northern districts have complained for months about the new quotas.",
		"The council is expected to vote on the budget before the end of the month.",
		"Analysts said the market reacted calmly to the announcement.",
		"Regional Outlook: trade volumes rose slightly in the second quarter.",
		"Prices for fuel and grain have climbed since the spring, squeezing small businesses along the coast.",
		"The new ferry line, which opened in March, now carries about 4,000 passengers a week.",
		"Several local groups have asked for a public hearing before any decision is taken.",
		"Officials did not give a date for the next round of negotiations.",
		"The measures would cost roughly 12 million crowns over three years, the finance office estimated.",
		"Weather services warned of strong winds and high tides later in the week.",
	}
	genQuotes = []string{
		"We will rebuild every house in the valley", "Nothing will change for the fishermen",
		"The plan is sound and will stay", "Everything depends on the board's decision",
	}
)

// generateArticle writes an invented news article of about size bytes. In
// a dense article every sentence names someone (six times the claims per
// kilobyte of real news); otherwise about one sentence in four does, about
// a handful of people, as in the seed articles.
func generateArticle(r *rand.Rand, size int, dense bool) string {
	var b strings.Builder
	b.WriteString("Harbour Council Weighs New Plan As Talks Resume\n")
	cast := make([]string, 4)
	for i := range cast {
		cast[i] = genGiven[r.Intn(len(genGiven))] + " " + genFamily[r.Intn(len(genFamily))]
	}
	for b.Len() < size {
		name := cast[r.Intn(len(cast))]
		if dense {
			name = genGiven[r.Intn(len(genGiven))] + " " + genFamily[r.Intn(len(genFamily))]
		} else if r.Intn(4) != 0 {
			b.WriteString(genFillers[r.Intn(len(genFillers))] + " ")
			if r.Intn(3) == 0 {
				b.WriteString("\n")
			}
			continue
		}
		switch r.Intn(6) {
		case 0:
			fmt.Fprintf(&b, "%s %s said the talks would continue. ", genTitles[r.Intn(len(genTitles))], name)
		case 1:
			fmt.Fprintf(&b, "“%s,” %s said on Tuesday. ", genQuotes[r.Intn(len(genQuotes))], name)
		case 2:
			fmt.Fprintf(&b, "%s, a spokeswoman for the ministry, said: “%s.” ", name, genQuotes[r.Intn(len(genQuotes))])
		case 3:
			b.WriteString("The Brandt administration struggles to pass its budget. ")
		case 4:
			fmt.Fprintf(&b, "%s. She added that “%s,” according to the agency. ", genFillers[r.Intn(len(genFillers))], genQuotes[r.Intn(len(genQuotes))])
		default:
			b.WriteString(genFillers[r.Intn(len(genFillers))] + " ")
		}
		if r.Intn(3) == 0 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// benchDocs generates 32 articles of about 5 KB and their mean size.
func benchDocs(dense bool) ([]*text.Doc, int) {
	r := rand.New(rand.NewSource(7))
	docs := make([]*text.Doc, 32)
	total := 0
	for i := range docs {
		s := generateArticle(r, 5000, dense)
		docs[i] = text.NewDoc(fmt.Sprint(i), s, testRef)
		total += len(s)
	}
	return docs, total / len(docs)
}

func benchmarkExtract(b *testing.B, dense bool) {
	k := testKB(b)
	docs, size := benchDocs(dense)
	Extract(docs[0], k) // build the KB tables outside the timing
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(docs[i%len(docs)], k)
	}
}

// BenchmarkExtract: news-like articles (a person in one sentence of four).
func BenchmarkExtract(b *testing.B) { benchmarkExtract(b, false) }

// BenchmarkExtractDense: every sentence names a person, quotes or titles them.
func BenchmarkExtractDense(b *testing.B) { benchmarkExtract(b, true) }

func BenchmarkPeople(b *testing.B) {
	k := testKB(b)
	docs, size := benchDocs(false)
	People(docs[0], k)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		People(docs[i%len(docs)], k)
	}
}

// Extract is deterministic and safe to call from several goroutines (the
// buffer pool and the per-KB tables are shared).
func TestExtractConcurrentDeterministic(t *testing.T) {
	k := testKB(t)
	r := rand.New(rand.NewSource(11))
	docs := make([]*text.Doc, 8)
	for i := range docs {
		docs[i] = text.NewDoc(fmt.Sprint(i), generateArticle(r, 3000, i%2 == 0), testRef)
	}
	want := make([][]string, len(docs))
	for i, d := range docs {
		want[i] = briefs(Extract(d, k))
		require.NotEmpty(t, want[i])
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 5; round++ {
				for i, d := range docs {
					assert.Equal(t, want[i], briefs(Extract(d, k)))
				}
			}
		}()
	}
	wg.Wait()
}

// BenchmarkTokensReference runs text.Tokens alone over the same articles:
// a yardstick for BenchmarkExtract on a busy machine (the ratio of the two
// holds better than either figure).
func BenchmarkTokensReference(b *testing.B) {
	docs, size := benchDocs(false)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := docs[i%len(docs)].Text
		text.Tokens(s, 0, len(s))
	}
}
