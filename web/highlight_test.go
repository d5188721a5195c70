package web

import (
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules"
)

// joined rebuilds the text of segments, with [brackets] around marks.
func joined(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Mark {
			b.WriteString("[" + s.Text + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestHighlight(t *testing.T) {
	text := "The mayor of Dunmere opened the pier."
	tests := []struct {
		name  string
		base  int
		spans []markSpan
		want  string
	}{
		{"no spans", 0, nil, text},
		{"one span", 0, []markSpan{{Start: 13, End: 20, Mark: true}}, "The mayor of [Dunmere] opened the pier."},
		{"base offset", 100, []markSpan{{Start: 113, End: 120, Mark: true}}, "The mayor of [Dunmere] opened the pier."},
		{"overlap", 0, []markSpan{{Start: 4, End: 20, Mark: true}, {Start: 13, End: 27, Mark: true}},
			"The [mayor of ][Dunmere][ opened] the pier."},
		{"clipped", 0, []markSpan{{Start: -5, End: 3, Mark: true}, {Start: 32, End: 999, Mark: true}},
			"[The] mayor of Dunmere opened the [pier.]"},
		{"empty and reversed spans ignored", 0, []markSpan{{Start: 5, End: 5, Mark: true}, {Start: 9, End: 2, Mark: true}}, text},
		{"class only is not a mark", 0, []markSpan{{Start: 0, End: 3, Class: "sent"}}, text},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := highlight(text, tc.base, tc.spans)
			assert.Equal(t, tc.want, joined(segs))
		})
	}
}

func TestHighlightKeepsRunesWhole(t *testing.T) {
	text := "Café Øster, 12 € each"
	// Offsets inside "é" (bytes 3-4) and "€" (3 bytes) must not split them.
	segs := highlight(text, 0, []markSpan{{Start: 4, End: 9, Mark: true}, {Start: 17, End: 19, Mark: true}})
	for _, s := range segs {
		assert.True(t, strings.ToValidUTF8(s.Text, "!") == s.Text, "piece %q is not valid UTF-8", s.Text)
	}
	var all strings.Builder
	for _, s := range segs {
		all.WriteString(s.Text)
	}
	assert.Equal(t, text, all.String())
}

func TestHighlightAnchorsAndTitles(t *testing.T) {
	segs := highlight("abcdef", 0, []markSpan{
		{Start: 0, End: 4, Mark: true, Anchor: "c-1", Title: "date: x"},
		{Start: 2, End: 6, Mark: true, Anchor: "c-2", Title: "title: y"},
	})
	require.Len(t, segs, 3)
	assert.Equal(t, "c-1", segs[0].Anchor)
	assert.Equal(t, "c-2", segs[1].Anchor, "the second span's anchor lands on its first piece")
	assert.Equal(t, "date: x; title: y", segs[1].Title)
	assert.Equal(t, "", segs[2].Anchor)
}

func TestEvidenceContext(t *testing.T) {
	text := "Opening line.\nThe ferry left Brannock at dawn. It sank by noon.\nLast line."
	paras := article.SplitParagraphs(text)
	sentStart := strings.Index(text, "The ferry")
	sent := "The ferry left Brannock at dawn."
	valStart := strings.Index(text, "Brannock")
	ref := rules.ClaimRef{Article: "a", Text: sent, SentenceStart: sentStart, SentenceEnd: sentStart + len(sent),
		Start: valStart, End: valStart + len("Brannock")}

	t.Run("paragraph with sentence and value", func(t *testing.T) {
		segs := evidenceContext(ref, text, paras)
		assert.Equal(t, "The ferry left [Brannock] at dawn. It sank by noon.", joined(segs))
		var sentence []string
		for _, s := range segs {
			if s.Class == "sent" || s.Mark {
				sentence = append(sentence, s.Text)
			}
		}
		assert.Equal(t, "The ferry left Brannock at dawn.", strings.Join(sentence, ""), "the sentence is set off around its value")
	})
	t.Run("text that moved falls back to the claim's sentence", func(t *testing.T) {
		segs := evidenceContext(ref, "something else entirely, and longer than the offsets need to be.....", nil)
		assert.Equal(t, "The ferry left [Brannock] at dawn.", joined(segs))
	})
	t.Run("bad offsets show the sentence unmarked", func(t *testing.T) {
		bad := ref
		bad.Start, bad.End = -4, 900
		assert.Equal(t, sent, joined(evidenceContext(bad, "", nil)))
	})
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("word ", 60) + "VALUE" + strings.Repeat(" word", 60)
	vs := strings.Index(long, "VALUE")
	ref := rules.ClaimRef{Text: long, SentenceStart: 1000, Start: 1000 + vs, End: 1000 + vs + 5}
	segs := snippet(ref, 60)
	got := joined(segs)
	assert.Contains(t, got, "[VALUE]")
	assert.True(t, strings.HasPrefix(got, "…") && strings.HasSuffix(got, "…"), got)
	assert.Less(t, len(got), 90)

	short := rules.ClaimRef{Text: "Short one.", SentenceStart: 0, Start: 0, End: 5}
	assert.Equal(t, "[Short] one.", joined(snippet(short, 60)))
}

func TestParagraphOf(t *testing.T) {
	ps := []article.Span{{Start: 0, End: 10}, {Start: 12, End: 30}, {Start: 31, End: 40}}
	p, ok := paragraphOf(ps, 14, 20)
	require.True(t, ok)
	assert.Equal(t, article.Span{Start: 12, End: 30}, p)
	_, ok = paragraphOf(ps, 8, 14) // crosses a paragraph break
	assert.False(t, ok)
	_, ok = paragraphOf(ps, 50, 60)
	assert.False(t, ok)
}

func BenchmarkHighlight(b *testing.B) {
	text := strings.Repeat("The council of Vellory met again on Tuesday. ", 40)
	var spans []markSpan
	for i := 0; i+20 < len(text); i += 45 {
		spans = append(spans, markSpan{Start: i + 15, End: i + 22, Mark: true}, markSpan{Start: i + 36, End: i + 43, Mark: true})
	}
	b.ReportAllocs()
	for b.Loop() {
		highlight(text, 0, spans)
	}
}

// The sweep in highlight gives what checking every span for every piece
// gives, on random overlapping spans.
func TestHighlightSweepMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	text := strings.Repeat("héllo wörld, ", 20)
	for round := 0; round < 300; round++ {
		var spans []markSpan
		for i := 0; i < r.IntN(12); i++ {
			s := r.IntN(len(text) + 10)
			sp := markSpan{Start: s - 5, End: s - 5 + r.IntN(40), Mark: r.IntN(2) == 0}
			if r.IntN(3) == 0 {
				sp.Class, sp.Title, sp.Anchor = "c"+strconv.Itoa(i), "t"+strconv.Itoa(i), "a"+strconv.Itoa(i)
			}
			spans = append(spans, sp)
		}
		base := r.IntN(5)
		require.Equal(t, naiveHighlight(text, base, spans), highlight(text, base, spans), "spans %+v", spans)
	}
}

// naiveHighlight is highlight before the sweep, kept as the reference.
func naiveHighlight(text string, base int, spans []markSpan) []segment {
	if len(spans) == 0 {
		if text == "" {
			return nil
		}
		return []segment{{Text: text}}
	}
	cuts := make([]int, 0, 2*len(spans)+2)
	cuts = append(cuts, 0, len(text))
	local := make([]markSpan, 0, len(spans))
	for _, sp := range spans {
		s := snapRune(text, sp.Start-base)
		e := snapRune(text, sp.End-base)
		if s >= e {
			continue
		}
		sp.Start, sp.End = s, e
		local = append(local, sp)
		cuts = append(cuts, s, e)
	}
	sort.Ints(cuts)
	cuts = compactInts(cuts)
	anchored := make([]bool, len(local))
	out := make([]segment, 0, len(cuts))
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		seg := segment{Text: text[a:b]}
		styled := false
		for j := range local {
			sp := &local[j]
			if sp.Start > a || sp.End < b {
				continue
			}
			// A mark's own look wins over a plain span around it (the
			// value inside its sentence).
			if !styled || (sp.Mark && !seg.Mark) {
				seg.Class, seg.Title, seg.Href = sp.Class, sp.Title, sp.Href
				styled = true
			} else if sp.Title != "" && !strings.Contains(seg.Title, sp.Title) {
				seg.Title = joinNonEmpty(seg.Title, sp.Title, "; ")
			}
			seg.Mark = seg.Mark || sp.Mark
			if sp.Anchor != "" && !anchored[j] && seg.Anchor == "" {
				seg.Anchor, anchored[j] = sp.Anchor, true
			}
		}
		out = append(out, seg)
	}
	return out
}
