package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// BenchmarkArticle measures the whole extraction (sentence splitting,
// temporal tagging, people and event extractors) on generated ~5 KB
// articles, in MB/s of article text. Run with -cpu 1 for the per-core figure.
func BenchmarkArticle(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	arts := gen.Articles(gen.Options{Articles: 200, Seed: 7})
	var total int64
	for _, a := range arts {
		total += int64(len(a.Text))
	}
	b.SetBytes(total / int64(len(arts)))
	Prepare(k) // the vocabularies load once, at their first use: not per article
	b.ResetTimer()
	i := 0
	start := cputime.Now()
	for b.Loop() {
		r := Article(arts[i%len(arts)], k, Options{})
		r.Doc.Release() // as the pipeline does once done with the article
		i++
	}
	cputime.Report(b, start)
}

// FuzzArticle: any text, no panic, every claim's span inside the text.
func FuzzArticle(f *testing.F) {
	k, err := kb.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, a := range gen.Articles(gen.Options{Articles: 4, Seed: 3}) {
		f.Add(a.Text)
	}
	f.Add("Senior aide Ilse Brandt, Director Of The Port, said \"we go\" on Sunday, 3/4/2025.")
	f.Fuzz(func(t *testing.T, text string) {
		a := &corpusArticle{ID: "f", Text: text}
		r := Article(a.article(), k, Options{})
		for _, c := range r.Claims {
			if c.Evidence.Start < 0 || c.Evidence.End > len(text) || c.Evidence.Start > c.Evidence.End {
				t.Fatalf("claim span out of the text: %+v", c)
			}
			evidenceOK(t, text, c)
		}
	})
}
