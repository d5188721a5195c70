package temporal

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

// fillerSentences and datePhrases are invented; the generator mixes them
// into news-like articles with roughly one date per three sentences.
var fillerSentences = []string{
	"The council of Brennock debated the levy for several hours before adjourning.",
	"Residents of the lower quarter said the water had risen above the old wall.",
	"Engineers from the Halvard institute warned that the embankment could fail.",
	"A spokesman for the ministry declined to comment on the figures.",
	"About 1,200 households remain without power, according to the utility.",
	"The opposition leader, Marit Osk, called the plan a costly mistake.",
	"Traders in the harbour market reported brisk sales of grain and salt.",
	"Observers may disagree about the scale of the damage, but not its cause.",
	"The report runs to 340 pages and cites Section 12 of the water code.",
	"Now, the question is whether the funds will arrive in time.",
	"Talks between the two guilds have stalled over pay and hours.",
	"Local papers, including the Sunday Courier, carried the story on the front page.",
}

var datePhrases = []string{
	"The mayor announced Monday that the dam would be inspected.",
	"Talks resumed on September 28, 2025, in the old mill.",
	"The bridge will reopen in March after repairs.",
	"Rents rose sharply last year and again this month.",
	"The strike ended in mid-August, two weeks after it began.",
	"Records from the 1990s show a similar flood (1947-1991 data).",
	"The guild met at 10 a.m. on Sunday to vote.",
	"A three-day festival is held every year in the square.",
	"Crews worked through Saturday morning, officials said.",
	"The treaty, signed 29/9/2025, expires in early 2030.",
	"In recent years the harbour has silted up.",
	"A decision is expected in the coming weeks.",
}

func genArticle(r *rand.Rand, size int) string {
	var b strings.Builder
	b.WriteString("Sunday, September 28, 2025\n\n")
	for b.Len() < size {
		for p := 0; p < 4 && b.Len() < size; p++ {
			if r.IntN(3) == 0 {
				b.WriteString(datePhrases[r.IntN(len(datePhrases))])
			} else {
				b.WriteString(fillerSentences[r.IntN(len(fillerSentences))])
			}
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkTag(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	articles := make([]string, 32)
	total := 0
	for i := range articles {
		articles[i] = genArticle(r, 5000)
		total += len(articles[i])
	}
	opt := Options{Reference: time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(total / len(articles)))
	b.ReportAllocs()
	cpu0 := cputime.Now()
	b.ResetTimer()
	done := 0
	for i := 0; i < b.N; i++ {
		a := articles[i%len(articles)]
		Tag(a, opt)
		done += len(a)
	}
	b.StopTimer()
	if cpu1 := cputime.Now(); cpu0 > 0 && cpu1 > cpu0 {
		b.ReportMetric(float64(done)/(cpu1-cpu0).Seconds()/1e6, "MB/cpu-s")
	}
}

func TestGeneratedArticleHasDates(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	a := genArticle(r, 5000)
	got := Tag(a, Options{Reference: time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)})
	if len(got) < 10 {
		t.Fatalf("expected many expressions in a generated article, got %d", len(got))
	}
}
