package people

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/checker/text"
)

func BenchmarkScratchTextTokens(b *testing.B) {
	s := generateArticle(rand.New(rand.NewSource(7)), 5000)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		text.Tokens(s, 0, len(s))
	}
}

func BenchmarkScratchToLower(b *testing.B) {
	s := generateArticle(rand.New(rand.NewSource(7)), 5000)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		_ = strings.ToLower(s)
	}
}
