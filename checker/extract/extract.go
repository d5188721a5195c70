// Package extract turns one article into its temporal expressions and
// typed claims by running every extractor over one prepared document.
package extract

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract/events"
	"github.com/crosscheck/crosscheck/checker/extract/people"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Options control extraction.
type Options struct {
	// RefPolicy chooses every article's reference date (--ref): see
	// article.RefPolicy.Reference, the one place it is decided.
	article.RefPolicy
	// DayFirst reads ambiguous numeric dates as day/month for every article;
	// DayFirstSources does it for the outlets named (lower case), since
	// the order is a house style.
	DayFirst        bool
	DayFirstSources map[string]bool
	// Extra extractors run after the built-in ones (plug-ins, and tests
	// that need an extractor to fail).
	Extra []Extractor
}

// Extractor turns a prepared document into claims.
type Extractor func(d *text.Doc, exprs []temporal.Expression) []claim.Claim

// DayFirstFor reports whether ambiguous numeric dates in a are day/month.
func (o Options) DayFirstFor(a *article.Article) bool {
	return o.DayFirst || o.DayFirstSources[strings.ToLower(strings.TrimSpace(a.Source))]
}

// Result is what one article yields.
type Result struct {
	Article     *article.Article
	Reference   time.Time // zero when unknown
	ReferenceOf string    // metadata, dateline, user, unknown
	DayFirst    bool      // ambiguous numeric dates were read day/month
	Expressions []temporal.Expression
	// Sentences are the article's sentences (text.Split).
	Sentences []text.Sentence
	// Doc is the Doc the extractors read, with its tokens, for more
	// work on the article (its story summary); nil for an article read
	// in sections. A caller that keeps results drops it: its tokens
	// take a few times the text.
	Doc    *text.Doc
	Claims []claim.Claim
	// Err is set when an extractor failed on this article (a bug in
	// crosscheck): a read.Problem wrapping read.ErrInternal, naming
	// the article's path and line. Claims are empty then.
	Err error
}

// otherDates are the article's date sources besides the one its date was
// taken from (a date set after reading, as a draft's, has none listed).
func otherDates(a *article.Article) []events.DateSighting {
	var out []events.DateSighting
	for _, s := range a.DateSources {
		if s.From == a.PublishedFrom {
			continue
		}
		t, err := time.Parse(time.DateOnly, s.Date)
		if err != nil {
			continue
		}
		o := events.DateSighting{From: string(s.From), Date: t, Text: s.Text, Start: -1, End: -1, Updated: s.Updated}
		if s.Span != nil {
			o.Start, o.End = s.Span.Start, s.Span.End
		}
		out = append(out, o)
	}
	return out
}

// Article extracts everything from one article. A panic in an extractor
// is recovered into Result.Err, so one odd article cannot stop a run.
func Article(a *article.Article, k *kb.KB, opt Options) (res Result) {
	return extractArticle(a, k, opt, true)
}

// ArticleClaims is Article for a caller that needs claims only: an
// article read in sections (see SectionBytes) comes without its
// Expressions and Sentences, which for a 50 MB text take a hundred
// megabytes more than its claims.
func ArticleClaims(a *article.Article, k *kb.KB, opt Options) (res Result) {
	return extractArticle(a, k, opt, false)
}

func extractArticle(a *article.Article, k *kb.KB, opt Options, analysis bool) (res Result) {
	defer func() {
		if v := recover(); v != nil {
			res = Result{Article: a, Err: InternalError(a, v)}
		}
	}()
	ref, from := a.Reference(opt.RefPolicy)
	if len(a.Text) > SectionBytes {
		return sections(a, k, opt, ref, from, analysis)
	}
	d := text.NewDoc(a.ID, a.Text, ref)
	exprs := temporal.Tag(a.Text, temporal.Options{Reference: ref, DayFirst: opt.DayFirstFor(a), Breaks: text.Ends(d.Sentences)})
	info := articleInfo(a)
	cs := append(people.Extract(d, k), events.Extract(d, exprs, info, k)...)
	for _, x := range opt.Extra {
		cs = append(cs, x(d, exprs)...)
	}
	clipEvidence(cs, a.Text)
	Sort(cs)
	return Result{Article: a, Reference: ref, ReferenceOf: from, DayFirst: opt.DayFirstFor(a), Expressions: exprs, Sentences: d.Sentences, Doc: d, Claims: cs}
}

// articleInfo is what the events extractor reads of a's metadata.
func articleInfo(a *article.Article) events.ArticleInfo {
	info := events.ArticleInfo{
		Published:     a.Published,
		PublishedFrom: string(a.PublishedFrom),
		PublishedText: a.PublishedText,
		DatelineStart: -1,
		DatelineEnd:   -1,
	}
	if a.DatelineSpan != nil {
		info.DatelineStart, info.DatelineEnd = a.DatelineSpan.Start, a.DatelineSpan.End
	}
	info.OtherDates = otherDates(a)
	return info
}

// Sort orders claims by article, evidence start, kind and subject so that
// every output built from them is deterministic. Claims of equal keys keep
// their order. It sorts indexes: claims are large, and moving them costs
// more than comparing them.
func Sort(cs []claim.Claim) {
	order := func(a, b *claim.Claim) int {
		return cmp.Or(
			strings.Compare(a.Evidence.Article, b.Evidence.Article),
			cmp.Compare(a.Evidence.Start, b.Evidence.Start),
			strings.Compare(string(a.Kind), string(b.Kind)),
			strings.Compare(string(a.SubjectKey), string(b.SubjectKey)),
			strings.Compare(a.Value, b.Value),
		)
	}
	sorted := true
	for i := 1; i < len(cs) && sorted; i++ {
		sorted = order(&cs[i-1], &cs[i]) <= 0
	}
	if sorted {
		return
	}
	idx := make([]int32, len(cs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int { return order(&cs[i], &cs[j]) })
	// cs[k] = old cs[idx[k]] for every k, in place: each cycle of the
	// permutation moves its claims round once (a done place is marked -1)
	for k := range idx {
		if idx[k] < 0 {
			continue
		}
		first := cs[k]
		at := k
		for {
			from := int(idx[at])
			idx[at] = -1
			if from == k {
				cs[at] = first
				break
			}
			cs[at] = cs[from]
			at = from
		}
	}
}

// Prepare loads what Article reads with k (the extractors' vocabularies
// and tables; with k nil, those that do not depend on a knowledge base),
// which otherwise loads at the first Article. A caller with a core to
// spare before its first article (a draft check, while it loads the
// knowledge base and opens its index) calls it on another goroutine.
func Prepare(k *kb.KB) {
	temporal.Prepare()
	people.Prepare(k)
	events.Prepare(k)
}
