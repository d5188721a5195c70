package store

import (
	"encoding/binary"
	"errors"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// Paragraph spans are stored as varints: a marker, the count, then each
// span's start after the previous end and its length. A tenth of their
// JSON, which older indexes hold (it starts with '[' or is "null").
const spansFormat = 0x01

var errSpans = errors.New("stored spans do not decode")

func idxPackSpans(spans []article.Span) string {
	if spans == nil {
		return ""
	}
	b := make([]byte, 0, 2+4*len(spans))
	b = append(b, spansFormat)
	b = binary.AppendUvarint(b, uint64(len(spans)))
	prev := 0
	for _, s := range spans {
		b = binary.AppendVarint(b, int64(s.Start-prev))
		b = binary.AppendVarint(b, int64(s.End-s.Start))
		prev = s.End
	}
	return string(b)
}

// idxSpans reads stored paragraph spans, packed or JSON.
func idxSpans(v interface{}) ([]article.Span, error) {
	s := idxString(v)
	if s == "" || s[0] != spansFormat {
		var out []article.Span
		err := idxJSON(v, &out)
		return out, err
	}
	u := unpacker{pc: PackedClaims{s: s}, at: 1}
	n := u.uvarint()
	if u.bad || n > uint64(len(s)) {
		return nil, errSpans
	}
	out := make([]article.Span, n)
	prev := 0
	for i := range out {
		out[i].Start = prev + u.int()
		out[i].End = out[i].Start + u.int()
		prev = out[i].End
	}
	if u.bad || u.at != len(s) {
		return nil, errSpans
	}
	return out, nil
}
