package events

import (
	"slices"
	"sync"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// analysis holds one article's tokens and the facts about them that the
// extractors share, so each is computed once.
type analysis struct {
	d     *text.Doc
	ref   claim.Day // the article's reference date, d.Reference
	k     *kb.KB
	ix    *kbIndex
	exprs []temporal.Expression
	// exprsSorted: exprs are in text order (as temporal.Tag returns
	// them), so a neighbour is found by binary search.
	exprsSorted bool
	// thingByNoun maps a thing noun to the first thing mention whose
	// identity ends with it, built from the first thingByNounN mentions
	// (see thingSubject).
	thingByNoun  map[string]string
	thingByNounN int

	toks      []tok
	sentTok   []int  // first token of each sentence; last entry = len(toks)
	titleCase []bool // per paragraph: Capitalises Every Word
	persons   map[string]bool
	midCaps   map[string]bool // words capitalised inside sentences of prose
	known     map[string]bool // unknown-to-KB phrases seen as places in plain prose
	doubt     bool            // a place was refused only because the article had not vouched for it yet

	mentions    []mention
	sentMention []int // first mention of each sentence; last entry = len(mentions)

	story       storyPlaces // found on first use
	anchor      place       // the place the article names most (storyAnchor)
	anchorDone  bool
	anchorCount int
	year        int              // storyYear + 1, found on first use (0: not yet)
	capsAt      map[string][]int // capitalised word → its token positions (occurrences), built on first use
	occurs      map[string]int   // name → occurrences(name), counted once
	// Per sentence, found on first use: asked for per figure, a scan of
	// the sentence each time costs its length times its figures.
	bgPhrase   []int8              // a background phrase in it (backgroundClause): 0 not yet, 1 no, 2 yes
	scopeToks  [][]int             // the tokens spanScope may stop at (nil: not yet)
	candidates map[string]int      // places named after a preposition
	inside     map[string][]string // place key → places it lies in (containment)
	lead       int                 // the lead paragraph + 1, found on first use (0: not yet)
	subj       map[string]string   // event key → the noun phrase summaries use

	scratch *scratch
}

// scratch is the per-article working memory, reused across articles so
// that extraction allocates little more than the claims it returns.
type scratch struct {
	toks        []tok
	sentTok     []int
	titleCase   []bool
	first       []mention
	firstAt     []int
	again       []bool
	mentions    []mention
	sentMention []int
	persons     map[string]bool
	midCaps     map[string]bool
	known       map[string]bool
	claims      []claim.Claim // claims before sorting
	order       []int
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{persons: map[string]bool{}, midCaps: map[string]bool{}, known: map[string]bool{}}
}}

// grow returns s resized to n zeroed elements, reusing its storage.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release hands the working memory back to the pool. Nothing returned to
// callers points into it: claims and events hold strings only.
func (a *analysis) release() {
	s := a.scratch
	if s == nil {
		return
	}
	a.scratch = nil
	clear(s.first[:cap(s.first)])
	clear(s.mentions[:cap(s.mentions)])
	clear(s.claims[:cap(s.claims)])
	clear(s.persons)
	clear(s.midCaps)
	clear(s.known)
	scratchPool.Put(s)
}

func newAnalysis(d *text.Doc, exprs []temporal.Expression, k *kb.KB) *analysis {
	sc := scratchPool.Get().(*scratch)
	a := &analysis{d: d, k: k, ix: indexFor(k), exprs: exprs, ref: claim.DayOf(d.Reference),
		scratch: sc, persons: sc.persons, midCaps: sc.midCaps, known: sc.known}
	a.exprsSorted = slices.IsSortedFunc(exprs, func(x, y temporal.Expression) int { return x.Start - y.Start })
	a.tokenize()
	a.findTitleCase()
	a.findMidCaps()
	a.findPersons()
	a.findMentions()
	a.link()
	return a
}

// paragraphOf returns the paragraph index of sentence si.
func (a *analysis) paragraphOf(si int) int {
	if si < 0 || si >= len(a.d.Sentences) {
		return -1
	}
	return a.d.Sentences[si].Paragraph
}

// strictSentence reports whether capitalisation in sentence si says nothing
// about names, so only places the KB or the article vouches for count.
func (a *analysis) strictSentence(si int) bool {
	p := a.paragraphOf(si)
	return p >= 0 && p < len(a.titleCase) && a.titleCase[p]
}
