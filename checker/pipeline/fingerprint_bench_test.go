package pipeline

import (
	"testing"

	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// BenchmarkFingerprint: every check hashes the rules and the knowledge
// base to know whether the saved check still holds.
func BenchmarkFingerprint(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	rs, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	opt := Options{KB: k, Rules: rs}
	for b.Loop() {
		if fingerprint(opt) == "" {
			b.Fatal("no fingerprint")
		}
	}
}
