package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// evidenceOK checks what every claim's evidence must keep: its sentence
// is the text at its offsets, holds the value, and is no longer than
// longEvidence unless the value itself is long.
func evidenceOK(t testing.TB, doc string, c claim.Claim) {
	t.Helper()
	e := c.Evidence
	if e.SentenceStart < 0 || e.SentenceEnd > len(doc) || e.SentenceStart > e.SentenceEnd || e.Sentence != doc[e.SentenceStart:e.SentenceEnd] {
		return // not a span of the text (metadata, URL)
	}
	if e.Start < e.SentenceStart || e.End > e.SentenceEnd {
		t.Fatalf("value %d-%d outside its sentence %d-%d", e.Start, e.End, e.SentenceStart, e.SentenceEnd)
	}
	if n := e.SentenceEnd - e.SentenceStart; n > max(longEvidence, e.End-e.Start+2*evidenceMargin) {
		t.Fatalf("evidence of %d bytes", n)
	}
}

func TestClipEvidence(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	sentence := "The tunnel collapse at Vellmark killed 7 workers on Friday, March 7, 2025, engineers said "
	long := strings.Repeat(sentence, 200) // no sentence end: cut into pieces of text.MaxSentence
	cases := []struct {
		name    string
		text    string
		clipped bool
	}{
		{"ordinary sentences keep their evidence", "The tunnel collapse at Vellmark killed 7 workers on Friday, March 7, 2025. Engineers were on site.", false},
		{"a long sentence under the bound keeps it", strings.Repeat("word ", 180) + "and 7 workers died on Friday, March 7, 2025.", false},
		{"a run with no sentence end is narrowed", long, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Article(corpusArticle{ID: "w", Text: c.text}.article(), k, Options{})
			require.NotEmpty(t, r.Claims)
			_, sents := text.Split(c.text)
			for _, cl := range r.Claims {
				evidenceOK(t, c.text, cl)
				e := cl.Evidence
				whole := -1
				for i, s := range sents {
					if s.Start <= e.Start && e.End <= s.End {
						whole = i
					}
				}
				require.GreaterOrEqual(t, whole, 0)
				s := sents[whole]
				if !c.clipped {
					assert.Equal(t, [2]int{s.Start, s.End}, [2]int{e.SentenceStart, e.SentenceEnd}, "the sentence, whole")
					continue
				}
				assert.Greater(t, s.End-s.Start, longEvidence)
				assert.LessOrEqual(t, e.SentenceEnd-e.SentenceStart, e.End-e.Start+2*evidenceMargin)
				// cut between words
				assert.True(t, e.SentenceStart == s.Start || c.text[e.SentenceStart-1] == ' ', "starts at a word: %q", e.Sentence)
				assert.True(t, e.SentenceEnd == s.End || c.text[e.SentenceEnd] == ' ', "ends at a word: %q", e.Sentence)
			}
		})
	}
}

func TestWindowNoSpaces(t *testing.T) {
	doc := strings.Repeat("ééé", 1000) // no space: cut at rune boundaries
	vs, ve := 1500, 1506
	lo, hi := window(doc, 0, len(doc), vs, ve)
	assert.LessOrEqual(t, lo, vs)
	assert.GreaterOrEqual(t, hi, ve)
	assert.LessOrEqual(t, hi-lo, ve-vs+2*evidenceMargin)
	assert.Equal(t, doc[lo:hi], strings.ToValidUTF8(doc[lo:hi], "?"), "whole runes")
}

func TestWidenToValue(t *testing.T) {
	doc := "The ferry left Tue.Jan 1 at noon. It came back."
	sent := func(s, e int) claim.Evidence {
		return claim.Evidence{SentenceStart: s, SentenceEnd: e, Sentence: doc[s:e]}
	}
	cases := []struct {
		name       string
		ev         claim.Evidence
		start, end int // the value
		ws, we     int // the sentence after
	}{
		{"runs over the end", sent(0, 19), 15, 24, 0, 24},
		{"runs over the start", sent(19, 33), 15, 24, 15, 33},
		{"inside", sent(0, 33), 15, 24, 0, 33},
		{"elsewhere", sent(34, 47), 15, 24, 34, 47},
		{"not a span of the text", claim.Evidence{SentenceStart: 0, SentenceEnd: 5, Sentence: "dated"}, 3, 9, 0, 5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := c.ev
			e.Start, e.End = c.start, c.end
			widen(&e, doc)
			assert.Equal(t, [2]int{c.ws, c.we}, [2]int{e.SentenceStart, e.SentenceEnd})
			if e.Sentence != "dated" {
				assert.Equal(t, doc[e.SentenceStart:e.SentenceEnd], e.Sentence)
			}
		})
	}
}
