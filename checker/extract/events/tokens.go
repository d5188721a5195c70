package events

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
)

// tok is one token of the article with what the heuristics ask of it.
type tok struct {
	start, end int
	low        string // lower case, possessive "'s" removed
	sent       int    // sentence index
	expr       int    // index into analysis.exprs of a covering expression, or -1
	flags      uint32 // word classes (see flags.go)
	cap        bool   // starts with an upper-case letter
	word       bool   // starts with a letter
	digit      bool   // starts with a digit
}

// tokenize fills a.toks and a.sentTok from the doc's tokens, with what
// the heuristics ask of each.
func (a *analysis) tokenize() {
	d := a.d
	l := d.Tokens()
	lower := l.Lower()
	a.sentTok = grow(a.scratch.sentTok, len(d.Sentences)+1)
	a.toks = a.scratch.toks[:0]
	flags, nonWord := tokenFlags()
	for si := range d.Sentences {
		a.sentTok[si] = len(a.toks)
		lo, hi := l.SentRange(si)
		first := len(a.toks)
		for ti := lo; ti < hi; ti++ {
			t := l.Toks[ti]
			if a.nameAbbrevPeriod(l, first, ti, hi) {
				// "St" "." "Ives" → "St." "Ives": one name, whose
				// lower-case form keeps no period, so that "St. Ives"
				// and "St Ives" key alike
				a.toks[len(a.toks)-1].end = int(t.End)
				continue
			}
			tk := tok{
				start: int(t.Start), end: int(t.End), low: dropPossessive(lower[t.Start:t.End]),
				sent: si, expr: -1,
				cap: t.Shape&text.Cap != 0, word: t.Shape&text.Letter != 0, digit: t.Shape&text.Digit != 0,
			}
			if tk.word {
				tk.flags = flags[tk.low]
				if strings.IndexByte(tk.low, '-') > 0 {
					tk.flags |= fNumber // "twenty-five"
				}
			} else if nonWord {
				tk.flags = flags[tk.low] & scanBits // word classes are a word's only
			}
			a.toks = append(a.toks, tk)
		}
	}
	a.sentTok[len(d.Sentences)] = len(a.toks)
	a.scratch.toks, a.scratch.sentTok = a.toks, a.sentTok
	a.markExpressions()
}

// nameAbbrevPeriod reports whether token ti of l, in the sentence being
// tokenized (whose tokens end at hi), is the period of an abbreviated
// head that begins a place name ("St. Ives"): right after the
// abbreviation, which is capitalised, and before a capitalised word.
// After a name word or a number it ends a street ("Ilsen St.", "52nd
// St."); a capitalised word that opens the sentence ("In St. Ives") is
// no name word. first is the sentence's first token in a.toks.
func (a *analysis) nameAbbrevPeriod(l *text.TokenLayer, first, ti, hi int) bool {
	t := l.Toks[ti]
	if t.End-t.Start != 1 || a.d.Text[t.Start] != '.' || ti+1 >= hi || len(a.toks) == first {
		return false
	}
	prev := a.toks[len(a.toks)-1]
	if prev.end != int(t.Start) || !prev.cap || !mvoc().nameAbbrevs[prev.low] {
		return false
	}
	if n := len(a.toks) - 1; n > first && (a.toks[n-1].digit || a.toks[n-1].cap && n-1 > first) {
		return false
	}
	return l.Toks[ti+1].Shape&text.Cap != 0
}

var possessiveEndings = []string{"'s", "’s", "'", "’"}

// lowerWord lower-cases a token and drops a possessive ending, so that
// "Korvia’s" and "korvia" look the same to the word lists.
func lowerWord(s string) string { return dropPossessive(strings.ToLower(s)) }

// markExpressions records which tokens lie inside a temporal expression.
func (a *analysis) markExpressions() {
	if len(a.exprs) == 0 {
		return
	}
	order := make([]int, len(a.exprs))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return a.exprs[order[i]].Start < a.exprs[order[j]].Start })
	ti := 0
	for _, ei := range order {
		e := a.exprs[ei]
		for ti > 0 && a.toks[ti-1].end > e.Start {
			ti--
		}
		for ti < len(a.toks) && a.toks[ti].end <= e.Start {
			ti++
		}
		for k := ti; k < len(a.toks) && a.toks[k].start < e.End; k++ {
			if a.toks[k].expr < 0 {
				a.toks[k].expr = ei
			}
		}
	}
}

// tx returns token i as written.
func (a *analysis) tx(i int) string { return a.d.Text[a.toks[i].start:a.toks[i].end] }

// sentRange returns the token index range of sentence si.
func (a *analysis) sentRange(si int) (int, int) { return a.sentTok[si], a.sentTok[si+1] }

// isClauseBreak reports whether token i ends a clause.
func (a *analysis) isClauseBreak(i int) bool {
	switch a.tx(i) {
	case ",", ";", ":", "(", ")", "—", "–", "-", "•", "|":
		return true
	}
	return false
}

// isQuote reports whether token i is a quotation mark.
func (a *analysis) isQuote(i int) bool {
	switch a.tx(i) {
	case "\"", "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	return false
}

// isPunct reports whether token i is punctuation.
func (a *analysis) isPunct(i int) bool { return !a.toks[i].word && !a.toks[i].digit }

// matchPhrase returns the length in tokens of the longest phrase of ps that
// starts at token i inside [i, end), or 0. Callers pass the token after
// something they found, which is past the end when that thing ends the
// text ("The bridge opened"), so i is checked here once for all of them.
func (a *analysis) matchPhrase(ps phraseSet, i, end int) int {
	end = min(end, len(a.toks))
	if i < 0 || i >= end {
		return 0 // a phrase cannot start at the end of its range
	}
	cands := ps[a.toks[i].low]
	for _, p := range cands {
		if i+len(p) > end {
			continue
		}
		ok := true
		for k := 1; k < len(p); k++ {
			if a.toks[i+k].low != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// dateExpr reports whether expression ei names a date (not a duration or a
// recurring set).
func (a *analysis) dateExpr(ei int) bool {
	if ei < 0 || ei >= len(a.exprs) {
		return false
	}
	t := a.exprs[ei].Type
	return t == temporal.Date || t == temporal.Time
}
