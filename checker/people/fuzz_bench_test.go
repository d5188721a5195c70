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
		generateArticle(rand.New(rand.NewSource(1)), 600),
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
	}
	genQuotes = []string{
		"We will rebuild every house in the valley", "Nothing will change for the fishermen",
		"The plan is sound and will stay", "Everything depends on the board's decision",
	}
)

// generateArticle writes an invented news article of about size bytes.
func generateArticle(r *rand.Rand, size int) string {
	var b strings.Builder
	b.WriteString("Harbour Council Weighs New Plan As Talks Resume\n")
	for b.Len() < size {
		name := genGiven[r.Intn(len(genGiven))] + " " + genFamily[r.Intn(len(genFamily))]
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

func BenchmarkExtract(b *testing.B) {
	k := testKB(b)
	r := rand.New(rand.NewSource(7))
	docs := make([]*text.Doc, 32)
	total := 0
	for i := range docs {
		s := generateArticle(r, 5000)
		docs[i] = text.NewDoc(fmt.Sprint(i), s, testRef)
		total += len(s)
	}
	Extract(docs[0], k) // build the KB tables outside the timing
	b.SetBytes(int64(total / len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(docs[i%len(docs)], k)
	}
}

func BenchmarkPeople(b *testing.B) {
	k := testKB(b)
	s := generateArticle(rand.New(rand.NewSource(9)), 5000)
	d := text.NewDoc("b", s, testRef)
	People(d, k)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		People(d, k)
	}
}

// Extract is deterministic and safe to call from several goroutines (the
// buffer pool and the per-KB tables are shared).
func TestExtractConcurrentDeterministic(t *testing.T) {
	k := testKB(t)
	r := rand.New(rand.NewSource(11))
	docs := make([]*text.Doc, 8)
	for i := range docs {
		docs[i] = text.NewDoc(fmt.Sprint(i), generateArticle(r, 3000), testRef)
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
