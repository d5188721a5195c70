package text

import "time"

// Doc is an article prepared for extraction: its text split into
// paragraphs and sentences, with the reference date relative expressions
// are resolved against, and its tokens (Tokens, built at the first
// request). Extractors read a Doc and never re-split or re-tokenize the
// text.
type Doc struct {
	ID         string
	Text       string
	Reference  time.Time // zero when unknown
	Paragraphs []Paragraph
	Sentences  []Sentence

	toks *TokenLayer // built by Tokens
}

// NewDoc splits text and returns a Doc.
func NewDoc(id, doc string, ref time.Time) *Doc {
	p, s := Split(doc)
	return &Doc{ID: id, Text: doc, Reference: ref, Paragraphs: p, Sentences: s}
}

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// Ends are the byte offsets where the sentences end, in order: the breaks
// the temporal tagger keeps its expressions within (temporal.Options).
func Ends(sents []Sentence) []int {
	out := make([]int, len(sents))
	for i, s := range sents {
		out[i] = s.End
	}
	return out
}
