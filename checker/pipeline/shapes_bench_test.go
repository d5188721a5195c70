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
	"github.com/crosscheck/crosscheck/corpus"
)

// Pathological shapes, read, extracted, indexed and checked whole: one
// line of sentences, words with no sentence end, no spaces at all. Cost
// must grow linearly with size (compare /2MB with /8MB: MB/s stays put),
// and the peak heap (reported as heap-MB) stays a small multiple of the
// input. Sizes above 2 MB run only when asked for:
//
//	go test ./checker/pipeline -run - -bench Shapes -benchtime 1x
//	go test ./checker/pipeline -run - -bench 'Shapes/.*/8MB' -benchtime 1x
func BenchmarkShapes(b *testing.B) {
	sentence := "The ferry fire at Norrvik harbour killed 12 people on Tuesday, May 14, 2025, officials said. "
	shapes := map[string]func(n int) string{
		"one-line": func(n int) string { return strings.Repeat(sentence, n/len(sentence)+1)[:n] },
		"no-sentence": func(n int) string {
			s := strings.ReplaceAll(sentence, ".", "")
			return strings.Repeat(s, n/len(s)+1)[:n]
		},
		"no-space": func(n int) string { return strings.Repeat("abcdefghij", n/10+1)[:n] },
	}
	for _, name := range []string{"one-line", "no-sentence", "no-space"} {
		for _, mb := range []int{2, 8, 50} {
			b.Run(name+"/"+itoa(mb)+"MB", func(b *testing.B) {
				if mb > 2 {
					askedFor(b, itoa(mb)+"MB")
				}
				dir := b.TempDir()
				path := filepath.Join(dir, "big.txt")
				if err := os.WriteFile(path, []byte("Title\n\n"+shapes[name](mb<<20)+"\n"), 0o644); err != nil {
					b.Fatal(err)
				}
				opt := testOptions(b)
				opt.Read = corpus.ReadOptions{MaxBytes: 200 << 20}
				b.SetBytes(int64(mb << 20))
				var peak uint64
				for i := 0; b.Loop(); i++ {
					ix, err := corpus.OpenIndex(filepath.Join(dir, "idx"+itoa(i)))
					if err != nil {
						b.Fatal(err)
					}
					done, got := make(chan struct{}), make(chan uint64)
					go func() { got <- watchHeap(done) }()
					if _, _, err := pipeline.Check(pipeline.Source{Paths: []string{path}}, ix, opt); err != nil {
						b.Fatal(err)
					}
					close(done)
					peak = max(peak, <-got)
					_ = ix.Close()
				}
				b.ReportMetric(float64(peak)/(1<<20), "heap-MB")
			})
		}
	}
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
