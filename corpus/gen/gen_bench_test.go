package gen

import (
	"testing"
)

// BenchmarkGenerate measures in-memory generation (Articles).
func BenchmarkGenerate(b *testing.B) {
	const n = 1000
	var total int64
	for b.Loop() {
		total = 0
		for _, a := range Articles(Options{Articles: n, Seed: 1}) {
			total += int64(len(a.Text))
		}
	}
	b.SetBytes(total)
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkGenerateFiles measures generation with file rendering (Files).
func BenchmarkGenerateFiles(b *testing.B) {
	const n = 1000
	var total int64
	for b.Loop() {
		total = 0
		err := Files(Options{Articles: n, Seed: 1}, func(g Generated) error {
			total += int64(len(g.Data))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(total)
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkWriteDir measures writing a corpus to disk.
func BenchmarkWriteDir(b *testing.B) {
	const n = 1000
	var written int64
	for b.Loop() {
		dir := b.TempDir()
		_, nb, err := WriteDir(dir, Options{Articles: n, Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		written = nb
	}
	b.SetBytes(written)
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
