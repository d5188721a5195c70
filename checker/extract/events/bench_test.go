package events

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
)

// genArticle writes an invented news article of about size bytes from
// sentence templates, with events, dates, numbers and names.
func genArticle(r *rand.Rand, size int) string {
	places := []string{"Quellport", "Varnholt", "Brindlemoor", "Oslo", "Korvala", "Tessaline"}
	names := []string{"Ilse Varga", "Tomas Okoro", "Mara Quint", "Jonas Reel", "Petra Lind"}
	months := []string{"March", "May", "August", "October"}
	templates := []string{
		"The summit in %[1]s will be held on %[3]s 12, officials said.",
		"At least %[4]d people were killed in the flood in %[1]s, and more than %[5]d homes were destroyed.",
		"Spokesman %[2]s said the planned meeting in %[1]s was still on track.",
		"Following the %[1]s talks earlier this year, trade grew by %[4]d percent.",
		"The opening of the %[1]s bridge cost $%[4]d.%[5]dbn, according to %[2]s, %[4]d.",
		"%[2]s and her deputy met face-to-face in %[1]s in %[3]s 2024.",
		"Critics said a summit in %[1]s could serve as a platform for frank talks.",
		"The ministry announced on Monday that %[5]d troops were deployed near %[1]s.",
		"Past summits, such as those in %[1]s and Oslo, produced little.",
		"Residents of %[1]s waited for news while the weather turned cold and grey.",
	}
	var b strings.Builder
	b.WriteString("Sunday, September 28, 2025\n\nLeaders Prepare For Talks In Oslo\n")
	for b.Len() < size {
		for k := 0; k < 4 && b.Len() < size; k++ {
			tpl := templates[r.Intn(len(templates))]
			fmt.Fprintf(&b, tpl, places[r.Intn(len(places))], names[r.Intn(len(names))], months[r.Intn(len(months))], 10+r.Intn(90), 100+r.Intn(900))
			b.WriteByte(' ')
		}
		b.WriteString("\n")
	}
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	k, err := testKBErr()
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewSource(1))
	ref := time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)
	type input struct {
		d     *text.Doc
		exprs []temporal.Expression
	}
	var ins []input
	total := 0
	for range 20 {
		s := genArticle(r, 5000)
		total += len(s)
		ins = append(ins, input{text.NewDoc("b", s, ref), temporal.Tag(s, temporal.Options{Reference: ref})})
	}
	info := ArticleInfo{Published: ref, PublishedFrom: FromDateline, PublishedText: "Sunday, September 28, 2025", DatelineStart: 0, DatelineEnd: 26}
	b.SetBytes(int64(total / len(ins)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := ins[i%len(ins)]
		_ = Extract(in.d, in.exprs, info, k)
	}
}

func TestGeneratedArticlesHaveClaims(t *testing.T) {
	s := genArticle(rand.New(rand.NewSource(2)), 5000)
	ref := time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)
	d := text.NewDoc("g", s, ref)
	cs := Extract(d, temporal.Tag(s, temporal.Options{Reference: ref}), noInfo, testKB(t))
	assertInvariants(t, d, cs)
	if len(cs) < 10 {
		t.Fatalf("only %d claims from a generated article", len(cs))
	}
}

// BenchmarkTokensBaseline is text.Tokens alone over the same articles:
// the floor Extract is measured against on a busy machine.
func BenchmarkTokensBaseline(b *testing.B) {
	s := genArticle(rand.New(rand.NewSource(1)), 5000)
	d := text.NewDoc("b", s, refDay)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		for _, st := range d.Sentences {
			_ = text.Tokens(s, st.Start, st.End)
		}
	}
}

// BenchmarkExtractVsTokens alternates Extract and a bare text.Tokens pass
// over the same article and reports their cost ratio, a figure that holds
// on a machine too busy for absolute MB/s to mean much.
func BenchmarkExtractVsTokens(b *testing.B) {
	k, err := testKBErr()
	if err != nil {
		b.Fatal(err)
	}
	s := genArticle(rand.New(rand.NewSource(1)), 5000)
	d := text.NewDoc("b", s, refDay)
	exprs := temporal.Tag(s, temporal.Options{Reference: refDay})
	var tExtract, tTokens time.Duration
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		for _, st := range d.Sentences {
			_ = text.Tokens(s, st.Start, st.End)
		}
		t1 := time.Now()
		_ = Extract(d, exprs, noInfo, k)
		t2 := time.Now()
		tTokens += t1.Sub(t0)
		tExtract += t2.Sub(t1)
	}
	b.ReportMetric(float64(tExtract)/float64(tTokens), "x-tokens")
	b.ReportMetric(float64(len(s))*float64(b.N)/tExtract.Seconds()/1e6, "extract-MB/s")
}
