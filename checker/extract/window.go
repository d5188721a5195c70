package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// A run of text with no sentence end (a list, a table, a one-line
// scrape) is cut into "sentences" of up to text.MaxSentence bytes, and
// every claim in one carries it as evidence: what is stored, saved and
// reported would grow with the run's length times its claims. Evidence
// longer than longEvidence is narrowed to the words around the value,
// evidenceMargin bytes either side. Real sentences are far shorter (the
// longest with a claim in the ECB+ dev set has 440 bytes): they are
// never touched.
const (
	longEvidence   = 1024
	evidenceMargin = 192
)

// clipEvidence narrows the over-long evidence of cs in place, after
// widening a sentence to the whole of a value that runs over its edge:
// evidence always holds its value. The tagger keeps its expressions in
// one sentence (temporal.Options.Breaks), but a dateline is read by the
// reader's own scanner ("Fri., May. 3, 2013", cut after "May.").
func clipEvidence(cs []claim.Claim, doc string) {
	for i := range cs {
		e := &cs[i].Evidence
		widen(e, doc)
		ss, se := e.SentenceStart, e.SentenceEnd
		if se-ss <= longEvidence || ss < 0 || se > len(doc) || e.Start < ss || e.End > se || e.Start > e.End ||
			e.Sentence != doc[ss:se] {
			continue
		}
		e.SentenceStart, e.SentenceEnd = window(doc, ss, se, e.Start, e.End)
		e.Sentence = doc[e.SentenceStart:e.SentenceEnd]
	}
}

// widen extends e's sentence, a span of doc, to the whole of a value
// that overlaps it and runs over one of its edges.
func widen(e *claim.Evidence, doc string) {
	ss, se := e.SentenceStart, e.SentenceEnd
	if ss < 0 || se > len(doc) || ss > se || e.Sentence != doc[ss:se] ||
		e.Start < 0 || e.End > len(doc) || e.Start >= e.End || e.End <= ss || e.Start >= se {
		return
	}
	if e.Start < ss || e.End > se {
		e.SentenceStart, e.SentenceEnd = min(ss, e.Start), max(se, e.End)
		e.Sentence = doc[e.SentenceStart:e.SentenceEnd]
	}
}

// window is [lo, hi) inside [ss, se) around the value [vs, ve): at most
// evidenceMargin bytes either side, cut after a space (else at a rune
// boundary) so that no word is split, and trimmed of spaces.
func window(doc string, ss, se, vs, ve int) (int, int) {
	lo := max(ss, vs-evidenceMargin)
	if lo > ss {
		if i := strings.IndexAny(doc[lo:vs], " \t\n"); i >= 0 {
			lo += i + 1
		} else {
			for lo < vs && !utf8.RuneStart(doc[lo]) {
				lo++
			}
		}
	}
	hi := min(se, ve+evidenceMargin)
	if hi < se {
		if i := strings.LastIndexAny(doc[ve:hi], " \t\n"); i >= 0 {
			hi = ve + i
		} else {
			for hi > ve && !utf8.RuneStart(doc[hi]) {
				hi--
			}
		}
	}
	for lo < vs && isSpace(doc[lo]) {
		lo++
	}
	for hi > ve && isSpace(doc[hi-1]) {
		hi--
	}
	return lo, hi
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
