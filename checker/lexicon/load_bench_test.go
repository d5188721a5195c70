package lexicon

import "testing"

// BenchmarkLoad is the shared lexicon's first use.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}
