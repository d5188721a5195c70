package pipeline_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// Pathological shapes, read, extracted, indexed and checked whole: one
// line of sentences, words with no sentence end, no spaces at all, and a
// long article of ordinary paragraphs (generated articles' bodies one
// after the other). Cost must grow linearly with size (compare /2MB with
// /8MB: MB/s stays put), and the peak heap (reported as heap-MB) stays a
// small multiple of the input. Sizes above 2 MB run only when asked for:
//
//	go test ./checker/pipeline -run - -bench Shapes -benchtime 1x
//	go test ./checker/pipeline -run - -bench 'Shapes/.*/8MB' -benchtime 1x
//
// BenchmarkShapesBleve indexes the same files with Bleve alone (the same
// mapping, store.PlainBleve): the part of the cost that is Bleve's.
func BenchmarkShapes(b *testing.B) {
	benchmarkShapes(b, func(b *testing.B, path, dir string, i int) {
		ix, err := store.OpenIndex(filepath.Join(dir, "idx"+itoa(i)))
		if err != nil {
			b.Fatal(err)
		}
		opt := testOptions(b)
		opt.Read = read.Options{MaxBytes: 200 << 20}
		if _, _, err := pipeline.Check(pipeline.Source{Paths: []string{path}}, ix, opt); err != nil {
			b.Fatal(err)
		}
		_ = ix.Close()
	})
}

func BenchmarkShapesBleve(b *testing.B) {
	benchmarkShapes(b, func(b *testing.B, path, dir string, i int) {
		_, err := store.PlainBleve(filepath.Join(dir, "bleve"+itoa(i)), 1000, func(fn func(*article.Article) error) error {
			_, _, err := read.Walk([]string{path}, read.Options{MaxBytes: 200 << 20}, fn)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	})
}

// benchmarkShapes writes each shape at each size and times run on it.
func benchmarkShapes(b *testing.B, run func(b *testing.B, path, dir string, i int)) {
	for _, name := range []string{"one-line", "no-sentence", "no-space", "article"} {
		for _, mb := range []int{2, 8, 50} {
			b.Run(name+"/"+itoa(mb)+"MB", func(b *testing.B) {
				if mb > 2 {
					askedFor(b, itoa(mb)+"MB")
				}
				dir := b.TempDir()
				path := filepath.Join(dir, "big.txt")
				if err := os.WriteFile(path, []byte("Title\n\n"+shape(name, mb<<20)+"\n"), 0o644); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(mb << 20))
				var peak uint64
				for i := 0; b.Loop(); i++ {
					done, got := make(chan struct{}), make(chan uint64)
					go func() { got <- watchHeap(done) }()
					run(b, path, dir, i)
					close(done)
					peak = max(peak, <-got)
				}
				b.ReportMetric(float64(peak)/(1<<20), "heap-MB")
			})
		}
	}
}

// shape is n bytes of text of the named shape.
func shape(name string, n int) string {
	sentence := "The ferry fire at Norrvik harbour killed 12 people on Tuesday, May 14, 2025, officials said. "
	repeat := func(s string) string { return strings.Repeat(s, n/len(s)+1)[:n] }
	switch name {
	case "one-line":
		return repeat(sentence)
	case "no-sentence":
		return repeat(strings.ReplaceAll(sentence, ".", ""))
	case "no-space":
		return repeat("abcdefghij")
	}
	var body strings.Builder
	for _, a := range gen.Articles(gen.Options{Articles: 200, Seed: 1}) {
		body.WriteString(a.Text)
		body.WriteString("\n\n")
	}
	return repeat(body.String())
}

// watchHeap samples the heap in use every 10 ms until done is closed and
// returns the largest sample.
func watchHeap(done <-chan struct{}) uint64 {
	var peak uint64
	var ms runtime.MemStats
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for {
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
		select {
		case <-done:
			return peak
		case <-t.C:
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
