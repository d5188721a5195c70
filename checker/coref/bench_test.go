package coref

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// synthetic builds n invented articles: stories of several kinds, each
// with its own invented names, place and year, about ten articles a story.
func synthetic(n int) []*article.Article {
	r := rand.New(rand.NewSource(1))
	syl := []string{"ka", "lo", "mer", "vin", "dro", "sel", "ta", "quo", "bri", "an", "tor", "el"}
	name := func() string {
		s := ""
		for range 2 + r.Intn(2) {
			s += syl[r.Intn(len(syl))]
		}
		return string(s[0]-32) + s[1:]
	}
	kinds := []string{
		"An earthquake struck %s on Tuesday, %d, killing %d people. Mayor %s %s said the quake damaged homes.",
		"Police arrested %s %s in %s in %d after a robbery that left %d people hurt.",
		"A fire destroyed a warehouse in %s in %d; %d firefighters fought the blaze, chief %s %s said.",
		"%s Motors agreed to buy %s Foods in %d for %d million, chief executive %s said.",
	}
	var out []*article.Article
	for i := 0; len(out) < n; i++ {
		k := kinds[i%len(kinds)]
		place, first, last, year, num := name(), name(), name(), 1990+r.Intn(35), 2+r.Intn(90)
		for j := 0; j < 10 && len(out) < n; j++ {
			var text string
			switch i % len(kinds) {
			case 0:
				text = fmt.Sprintf(k, place, year, num, first, last)
			case 1:
				text = fmt.Sprintf(k, first, last, place, year, num)
			case 2:
				text = fmt.Sprintf(k, place, year, num, first, last)
			default:
				text = fmt.Sprintf(k, place, last, year, num, first)
			}
			out = append(out, &article.Article{ID: fmt.Sprintf("a%06d", len(out)), Text: text + " Witnesses said the scene was calm later."})
		}
	}
	return out
}

func BenchmarkRun(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		arts := synthetic(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				if _, err := Run(arts, RunOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLink times story grouping and event clustering alone, on
// summaries computed beforehand (as a check reads them from the index):
// near-linear in the number of articles.
func BenchmarkLink(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		arts := synthetic(n)
		sums := make([]*Summary, len(arts))
		for i, a := range arts {
			s, err := Analyze(a, AnalyzeOptions{})
			if err != nil {
				b.Fatal(err)
			}
			sums[i] = s
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				Link(sums, Options{})
			}
		})
	}
}
