package web

import (
	"sort"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules"
)

// snippetBytes is about how much of a sentence a list shows per side;
// contextBytes how much of its paragraph a page shows either side of it.
const (
	snippetBytes = 160
	contextBytes = 600
)

// evidenceContext shows a claim in its paragraph: the sentence set off and
// the value marked, both located by the claim's byte offsets. The article
// text is used only when the claim's sentence is exactly where the claim
// says (an index rebuilt since would otherwise shift the marks); else the
// claim's own copy of the sentence is shown.
func evidenceContext(ref rules.ClaimRef, text string, paragraphs []article.Span) []segment {
	ss, se := ref.SentenceStart, ref.SentenceEnd
	if se-ss > 4*contextBytes {
		// A "sentence" as long as a page (text without full stops):
		// the value with some words around it is all that helps.
		return snippet(ref, 2*contextBytes)
	}
	if ss >= 0 && ss <= se && se <= len(text) && text[ss:se] == ref.Text {
		p, ok := paragraphOf(paragraphs, ss, se)
		if !ok {
			p = article.Span{Start: ss, End: se}
		}
		// A paragraph may be a whole one-line file: show at most
		// contextBytes either side of the sentence.
		from, to := max(p.Start, ss-contextBytes), min(p.End, se+contextBytes)
		from, to = snapRune(text, from), snapRune(text, to)
		segs := highlight(text[from:to], from, []markSpan{
			{Start: ss, End: se, Class: "sent"},
			{Start: ref.Start, End: ref.End, Mark: true},
		})
		if from > p.Start {
			segs = append([]segment{{Text: "…"}}, segs...)
		}
		if to < p.End {
			segs = append(segs, segment{Text: "…"})
		}
		return segs
	}
	return sentenceMarked(ref)
}

// sentenceMarked is the claim's sentence with its value marked.
func sentenceMarked(ref rules.ClaimRef) []segment {
	vs, ve := ref.Start-ref.SentenceStart, ref.End-ref.SentenceStart
	if vs < 0 || ve > len(ref.Text) || vs > ve {
		return highlight(ref.Text, 0, nil)
	}
	return highlight(ref.Text, 0, []markSpan{{Start: vs, End: ve, Mark: true}})
}

// paragraphOf finds the paragraph holding [start, end).
func paragraphOf(ps []article.Span, start, end int) (article.Span, bool) {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].End >= end })
	if i < len(ps) && ps[i].Start <= start {
		return ps[i], true
	}
	return article.Span{}, false
}

// snippet is up to about limit bytes of the claim's sentence centred on its
// value, the value marked, with "…" where the sentence was cut.
func snippet(ref rules.ClaimRef, limit int) []segment {
	s := ref.Text
	vs, ve := ref.Start-ref.SentenceStart, ref.End-ref.SentenceStart
	valid := vs >= 0 && ve <= len(s) && vs <= ve
	if !valid {
		vs, ve = 0, 0
	}
	from, to := 0, len(s)
	if len(s) > limit {
		pad := max(10, (limit-(ve-vs))/2)
		from, to = vs-pad, ve+pad
		if from < 0 {
			to, from = to-from, 0
		}
		if to > len(s) {
			from, to = max(0, from-(to-len(s))), len(s)
		}
		from, to = snapRune(s, from), snapRune(s, to)
	}
	var spans []markSpan
	if valid && ve > vs {
		spans = []markSpan{{Start: vs, End: ve, Mark: true}}
	}
	out := highlight(s[from:to], from, spans)
	if from > 0 {
		out = append([]segment{{Text: "…"}}, out...)
	}
	if to < len(s) {
		out = append(out, segment{Text: "…"})
	}
	return out
}
