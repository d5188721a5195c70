package temporal

import "testing"

// BenchmarkLoadLexicon is the decoding of data/lexicon.yml, paid at the
// tagger's first use.
func BenchmarkLoadLexicon(b *testing.B) {
	for b.Loop() {
		var f lexFile
		if err := yamlSet.Unmarshal("data/lexicon.yml", lexiconYAML, &f); err != nil {
			b.Fatal(err)
		}
	}
}
