package people

import (
	"sync"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// analysis is the state of one document's extraction. Each step fills
// what the next one reads: tokens, names, mentions, titles, quotes.
type analysis struct {
	d   *text.Doc
	k   *kb.KB // may be nil
	tb  *tables
	ref claim.Day // the article's reference date, d.Reference

	toks       []tok
	candBuf    []nameCand    // name candidates (reused)
	claimBuf   []claim.Claim // claims before sorting (reused)
	sentTok    []int         // sentence i's tokens are toks[sentTok[i]:sentTok[i+1]]
	titleCased []bool        // per paragraph: Every Word Capitalised

	people       []*person
	surnameCands []nameCand // full-looking names that are a known particle surname
	mentions     []mention
	tokMent      []int32 // token index → mention index, or -1

	titles   []titleFinding // title claims found, in text order
	titleTok []bool         // tokens used by a title claim
	quotes   []quoteSpan
	offices  []officeFinding
}

// analyze runs every step up to resolved people and their titles.
// The caller must release it when done with everything it returned.
func analyze(d *text.Doc, k *kb.KB) *analysis {
	a := analysisPool.Get().(*analysis)
	a.d, a.k, a.tb = d, k, tablesFor(k)
	if d == nil {
		return a
	}
	a.ref = claim.DayOf(d.Reference)
	a.buildTokens()
	a.markTitleCase()
	if cap(a.tokMent) < len(a.toks) {
		a.tokMent = make([]int32, len(a.toks))
	}
	a.tokMent = a.tokMent[:len(a.toks)]
	for i := range a.tokMent {
		a.tokMent[i] = -1
	}
	a.quotes = findQuotes(d)
	a.findPeople()
	a.findSurnames()
	a.findTitles()
	a.findTitleMentions()
	a.findPronouns()
	return a
}

// analysisPool keeps the per-document buffers (tokens, marks) between
// calls: a 5 KB article has about a thousand tokens.
var analysisPool = sync.Pool{New: func() any { return new(analysis) }}

// release returns a to the pool, keeping only its buffers.
func (a *analysis) release() {
	*a = analysis{
		toks:       a.toks[:0],
		candBuf:    a.candBuf[:0],
		claimBuf:   a.claimBuf[:0],
		sentTok:    a.sentTok[:0],
		tokMent:    a.tokMent[:0],
		titleTok:   a.titleTok[:0],
		titles:     a.titles[:0],
		titleCased: a.titleCased[:0],
	}
	analysisPool.Put(a)
}

// inQuote reports whether byte offset off lies inside quoted words.
func (a *analysis) inQuote(off int) bool {
	for i := range a.quotes {
		q := &a.quotes[i]
		if off >= q.open && off < q.close {
			return true
		}
		if q.open > off {
			break
		}
	}
	return false
}

// kb returns the knowledge base, or nil.
func (a *analysis) kb() *kb.KB { return a.k }
