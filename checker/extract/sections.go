package extract

import (
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract/events"
	"github.com/crosscheck/crosscheck/checker/extract/people"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// SectionBytes bounds the articles the extractors read whole. Their
// tokens, mentions and candidate spans take some 80 bytes a byte of text
// while an article is analysed, so an article longer than this (a book,
// a whole feed pasted as one file) is read section by section, each of
// at most sectionSize bytes (article.Parts: cut at a paragraph, line or
// sentence end where it has one): each section with the article's
// metadata and reference date, its claims, expressions and sentences
// shifted to offsets in the whole text. What needs two sections at once
// (a pronoun or "the bridge" after a cut, a sentence the cut splits
// where the text has no break) is not seen. Articles up to SectionBytes
// are read whole, as before.
const (
	SectionBytes = 1 << 20
	sectionSize  = 256 << 10
)

// sections is Article for an article longer than SectionBytes; without
// analysis, Result.Expressions and Sentences stay empty.
func sections(a *article.Article, k *kb.KB, opt Options, ref time.Time, from string, analysis bool) Result {
	whole := articleInfo(a)
	res := Result{Article: a, Reference: ref, ReferenceOf: from, DayFirst: opt.DayFirstFor(a)}
	off, paras, sents := 0, 0, 0
	parts := article.Parts(a.Text, sectionSize)
	for n, part := range parts {
		end := off + len(part)
		info := whole
		info.DatelineStart, info.DatelineEnd = inSection(whole.DatelineStart, whole.DatelineEnd, off, end)
		info.OtherDates = nil
		for _, o := range whole.OtherDates {
			o.Start, o.End = inSection(o.Start, o.End, off, end)
			info.OtherDates = append(info.OtherDates, o)
		}
		d := text.NewDoc(a.ID, part, ref)
		exprs := temporal.Tag(part, temporal.Options{Reference: ref, DayFirst: opt.DayFirstFor(a), Breaks: text.Ends(d.Sentences)})
		cs := append(people.Extract(d, k), events.Extract(d, exprs, info, k)...)
		for _, x := range opt.Extra {
			cs = append(cs, x(d, exprs)...)
		}
		d.Release()
		for i := range cs {
			shiftEvidence(&cs[i].Evidence, off)
		}
		for i := range exprs {
			exprs[i].Start += off
			exprs[i].End += off
		}
		for i := range d.Sentences {
			s := &d.Sentences[i]
			s.Start += off
			s.End += off
			s.Paragraph += paras
			s.Index += sents
		}
		if n == 0 {
			// Room for as many again in every section, and a tenth more:
			// appending alone would copy the claims of a long article
			// several times over while it doubles.
			res.Claims = make([]claim.Claim, 0, len(cs)*len(parts)*11/10)
			if analysis {
				res.Expressions = make([]temporal.Expression, 0, len(exprs)*len(parts)*11/10)
				res.Sentences = make([]text.Sentence, 0, len(d.Sentences)*len(parts)*11/10)
			}
		}
		res.Claims = append(res.Claims, cs...)
		if analysis {
			res.Expressions = append(res.Expressions, exprs...)
			res.Sentences = append(res.Sentences, d.Sentences...)
		}
		paras += len(d.Paragraphs)
		sents += len(d.Sentences)
		off = end
	}
	clipEvidence(res.Claims, a.Text)
	Sort(res.Claims)
	return res
}

// inSection is the span [start, end) of the whole text as offsets into
// the section [off, to), or -1, -1 when it is not inside it.
func inSection(start, end, off, to int) (int, int) {
	if start < off || end > to || start < 0 || end < start {
		return -1, -1
	}
	return start - off, end - off
}

// shiftEvidence moves a section's evidence to offsets in the whole text.
func shiftEvidence(e *claim.Evidence, off int) {
	e.Start += off
	e.End += off
	if e.SentenceStart >= 0 && e.SentenceEnd >= 0 {
		e.SentenceStart += off
		e.SentenceEnd += off
	}
}
