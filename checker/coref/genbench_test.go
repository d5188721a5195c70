package coref

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// BenchmarkLinkGenerated times Link on the generated articles `crosscheck
// bench` checks: long articles of many stories that share most words.
func BenchmarkLinkGenerated(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{2000, 10000} {
		arts := gen.Articles(gen.Options{Articles: n, Seed: 1})
		sums := make([]*Summary, len(arts))
		for i, a := range arts {
			if sums[i], err = Analyze(a, AnalyzeOptions{KB: k}); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			start := cputime.Now()
			for b.Loop() {
				Link(sums, Options{Window: StoryWindow})
			}
			cputime.Report(b, start)
		})
	}
}

// BenchmarkAnalyzeGenerated times the summary a check computes (and
// stores) for each generated article at extraction: Analyze and Encode.
func BenchmarkAnalyzeGenerated(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	arts := gen.Articles(gen.Options{Articles: 500, Seed: 1})
	start := cputime.Now()
	for b.Loop() {
		for _, a := range arts {
			s, err := Analyze(a, AnalyzeOptions{KB: k})
			if err != nil {
				b.Fatal(err)
			}
			_ = s.Encode()
		}
	}
	cputime.Report(b, start)
}
