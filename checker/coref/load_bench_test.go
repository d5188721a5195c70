package coref

import "testing"

// BenchmarkLoadLexicon is the coreference lexicon's first use (the
// shared lexicon it builds on is read once, before).
func BenchmarkLoadLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := loadLexicon(); err != nil {
			b.Fatal(err)
		}
	}
}
