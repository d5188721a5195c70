package pipeline_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/internal/cputime"
)

// Benchmarks of the parts of a check. The whole run against plain Bleve
// is `crosscheck bench`; these isolate one step each:
//
//	go test ./checker/pipeline -run - -bench . -benchtime 3x
//	go test ./checker/pipeline -run - -bench Check10k -benchtime 1x -cpuprofile cpu.out

// askedFor skips a slow benchmark unless -bench names it.
func askedFor(b *testing.B, part string) {
	if f := flag.Lookup("test.bench"); f == nil || !strings.Contains(f.Value.String(), part) {
		b.Skipf("run with -bench=%s", part)
	}
}

// benchCorpus writes n generated articles to a temp dir.
func benchCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	src := filepath.Join(b.TempDir(), "corpus")
	_, size, err := gen.WriteDir(src, gen.Options{Articles: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	return src, size
}

// benchmarkCheck reads, extracts, indexes and checks n articles into a
// new index each time: `crosscheck check` on a new corpus.
func benchmarkCheck(b *testing.B, n int, stories bool) {
	src, size := benchCorpus(b, n)
	opt := testOptions(b)
	opt.Stories = stories
	b.SetBytes(size)
	i := 0
	start := cputime.Now()
	for b.Loop() {
		i++
		ix, err := store.OpenIndex(filepath.Join(b.TempDir(), fmt.Sprint("idx", i)))
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := pipeline.Check(pipeline.Source{Paths: []string{src}}, ix, opt); err != nil {
			b.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, start)
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkCheck1k(b *testing.B) {
	for _, stories := range []bool{false, true} {
		b.Run(modeName(stories), func(b *testing.B) { benchmarkCheck(b, 1000, stories) })
	}
}

func BenchmarkCheck10k(b *testing.B) {
	askedFor(b, "10k")
	for _, stories := range []bool{false, true} {
		b.Run(modeName(stories), func(b *testing.B) { benchmarkCheck(b, 10000, stories) })
	}
}

// benchIndexed indexes and checks n generated articles once, event
// claims per story or not.
func benchIndexed(b *testing.B, n int, stories bool) (*store.Index, pipeline.Options) {
	b.Helper()
	opt := testOptions(b)
	opt.Stories = stories
	ix := openIndex(b, "idx")
	if _, _, err := pipeline.Check(generated(1, 0, n), ix, opt); err != nil {
		b.Fatal(err)
	}
	return ix, opt
}

// BenchmarkCheckIndexUnchanged is a check with nothing new: the saved
// check is reused whole (`crosscheck serve` starting, a re-run of check).
func BenchmarkCheckIndexUnchanged(b *testing.B) {
	ix, opt := benchIndexed(b, 2000, false)
	for b.Loop() {
		if _, err := pipeline.CheckIndex(ix, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckAdded adds 10 articles to 2000 and checks again: only the
// subjects they touch are checked. Each round adds other articles (after
// 100 rounds they come again, unchanged).
func BenchmarkCheckAdded(b *testing.B) {
	for _, stories := range []bool{false, true} {
		b.Run(modeName(stories), func(b *testing.B) { benchmarkCheckAdded(b, stories) })
	}
}

// modeName names a benchmark's mode: event claims compared per story or
// by their own keys.
func modeName(stories bool) string {
	if stories {
		return "stories"
	}
	return "keys"
}

func benchmarkCheckAdded(b *testing.B, stories bool) {
	const base, added, pool = 2000, 10, 1000
	ix, opt := benchIndexed(b, base, stories)
	var extra []*article.Article
	if err := generated(1, base, base+pool).Each(func(a *article.Article) error {
		extra = append(extra, a)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	from := 0
	start := cputime.Now()
	for b.Loop() {
		if _, _, err := pipeline.Check(listed(extra[from:from+added]), ix, opt); err != nil {
			b.Fatal(err)
		}
		from = (from + added) % pool
	}
	cputime.Report(b, start)
}

// BenchmarkCheckDraft checks one generated article, under a new ID,
// against 2000 indexed ones.
func BenchmarkCheckDraft(b *testing.B) {
	for _, stories := range []bool{false, true} {
		b.Run(modeName(stories), func(b *testing.B) { benchmarkCheckDraft(b, stories) })
	}
}

func benchmarkCheckDraft(b *testing.B, stories bool) {
	ix, opt := benchIndexed(b, 2000, stories)
	arts := gen.Articles(gen.Options{Articles: 24, Seed: 1})
	draft := *arts[17]
	draft.ID = "draft"
	start := cputime.Now()
	for b.Loop() {
		if _, err := pipeline.CheckDraft([]*article.Article{&draft}, ix, opt); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, start)
}
