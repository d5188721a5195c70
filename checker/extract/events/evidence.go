package events

import (
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// span checks that [s, e) is a non-empty range of the text on UTF-8
// boundaries: expressions come from another package and are not trusted.
func (a *analysis) span(s, e int) (int, int, bool) {
	t := a.d.Text
	if s < 0 || e > len(t) || s >= e {
		return 0, 0, false
	}
	if !utf8.RuneStart(t[s]) || (e < len(t) && !utf8.RuneStart(t[e])) {
		return 0, 0, false
	}
	return s, e, true
}

// evidence locates the value span [s, e) and its sentence.
func (a *analysis) evidence(s, e int) claim.Evidence {
	ev := claim.Evidence{Article: a.d.ID, Start: s, End: e}
	if si := a.d.SentenceAt(s); si >= 0 {
		st := a.d.Sentences[si]
		ev.SentenceStart, ev.SentenceEnd, ev.Sentence = st.Start, st.End, a.d.Text[st.Start:st.End]
	}
	return ev
}
