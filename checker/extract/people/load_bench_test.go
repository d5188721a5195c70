package people

import (
	"testing"

	"github.com/crosscheck/crosscheck/checker/lexicon"
)

// BenchmarkLoadVocabulary is what the package's first use costs for its
// word lists (the shared lexicon is read before, once).
func BenchmarkLoadVocabulary(b *testing.B) {
	lex, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := loadVocabulary(rolesYAML, lex.Titles); err != nil {
			b.Fatal(err)
		}
		mustLoadAgeWords(agesYAML)
	}
}
