package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Text that ends right after an event word (a caption, a truncated scrape)
// once made the phrase matcher read past the last token.
func TestExtractTextEndingAfterVerb(t *testing.T) {
	k := testKB(t)
	ref := time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"The Ridgeway bridge opened",
		"The Ridgeway bridge closed",
		"The new Tolven stadium opened",
		"Crowds watched as the Halmer tunnel opened",
		"opened",
		"The bridge opened to",
		"At least 12 people",
		"The ferry sank in",
	} {
		t.Run(s, func(t *testing.T) {
			assert.NotPanics(t, func() { check(t, s, ref, k) })
		})
	}
}
