package events

import "testing"

// BenchmarkLoadVocabulary is the cost every crosscheck process pays at
// start for the extractor's word lists.
func BenchmarkLoadVocabulary(b *testing.B) {
	for b.Loop() {
		if _, err := loadVocabulary(); err != nil {
			b.Fatal(err)
		}
	}
}
