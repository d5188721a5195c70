package rules

import "testing"

// BenchmarkLoadDefault: the built-in rules as every check loads them.
func BenchmarkLoadDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}
