package web

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// segment is one piece of text on a page. Text is always plain text: the
// template escapes it, so article text can never become markup.
type segment struct {
	Text   string
	Mark   bool   // wrap in <mark>: a claim's value
	Class  string // CSS class: "sent" for the evidence sentence, "conflict" for marks in a discrepancy
	Anchor string // id for links to this piece ("c-3")
	Title  string // tooltip: what the mark is
	Href   string // link target, when the piece links somewhere
}

// markSpan asks for [Start, End) of a text (absolute byte offsets) to be
// shown as a mark or with a class.
type markSpan struct {
	Start, End int
	Mark       bool
	Class      string
	Anchor     string
	Title      string
	Href       string
}

// highlight splits text, which starts at byte offset base of its article,
// at the edges of spans, so that every piece can be escaped on its own.
// Overlapping spans are merged piece by piece: a piece is marked when any
// span covering it is, and takes the class, title and link of the first
// covering mark (else of the first covering span); later titles are added. Offsets outside text are clipped; offsets inside a UTF-8
// sequence move back to its first byte, so pieces are always valid text.
func highlight(text string, base int, spans []markSpan) []segment {
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
	// A sweep over the cuts: spans join the active set where they start
	// and leave it where they end, so a paragraph with thousands of marks
	// costs about its cuts times the marks overlapping, not times all.
	byStart := make([]int, len(local))
	for j := range byStart {
		byStart[j] = j
	}
	sort.SliceStable(byStart, func(x, y int) bool { return local[byStart[x]].Start < local[byStart[y]].Start })
	var active []int // indices into local, in input order
	next := 0
	anchored := make([]bool, len(local))
	out := make([]segment, 0, len(cuts))
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		kept := active[:0]
		for _, j := range active {
			if local[j].End > a {
				kept = append(kept, j)
			}
		}
		active = kept
		for next < len(byStart) && local[byStart[next]].Start <= a {
			j := byStart[next]
			next++
			if local[j].End > a {
				k := sort.SearchInts(active, j)
				active = append(active, 0)
				copy(active[k+1:], active[k:])
				active[k] = j
			}
		}
		seg := segment{Text: text[a:b]}
		styled := false
		for _, j := range active {
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

// snapRune clips i to [0, len(s)] and moves it back to a rune start.
func snapRune(s string, i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

func compactInts(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func joinNonEmpty(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}
