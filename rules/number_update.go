package rules

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// articleFigure is one article's say on a cumulative count: its most
// advanced figure (the body's 14 over the headline's "at least seven")
// and all its claims in the partition.
type articleFigure struct {
	article string
	day     time.Time
	v       sideValue
	claims  []*claim.Claim
}

// updateStep is a run of articles on successive days that agree on a
// figure.
type updateStep struct {
	v          sideValue
	claims     []*claim.Claim
	first, end time.Time
}

// outlier is an article whose figure fell below the count already
// reported, set against the step it contradicts.
type outlier struct {
	fig  articleFigure
	step *updateStep
}

// timeline is how a cumulative count grew, and the articles that break
// the growth.
type timeline struct {
	steps    []*updateStep
	outliers []outlier
}

// updateTimeline reads the groups as a count that grew: the count is
// cumulative, every article's date is known, each article is represented
// by its most advanced figure, and later days never give a lower figure
// except in outlier articles. It returns nil when the figures do not read
// as growth (fewer than two steps, or two higher figures on one day).
func (n *numberCompare) updateTimeline(groups []*valueGroup, ctx *Context) *timeline {
	first := groups[0].sides[0].claims[0]
	if first.Number == nil || !n.isCumulative(first.Number.Counts) {
		return nil
	}
	figs, ok := articleFigures(groups, ctx)
	if !ok {
		return nil
	}
	tl := &timeline{}
	for _, f := range figs {
		if len(tl.steps) == 0 {
			tl.steps = append(tl.steps, newStep(f))
			continue
		}
		last := tl.steps[len(tl.steps)-1]
		x, cur := figureOf(f.v), figureOf(last.v)
		switch {
		case x > cur && f.day.After(last.end):
			tl.steps = append(tl.steps, newStep(f)) // grew since: even "at least 7" then 11
		case n.agree(&f.v, &last.v):
			last.claims = append(last.claims, f.claims...)
			last.end = f.day
			if x > cur || (x == cur && f.v.spec > last.v.spec) {
				last.v = f.v
			}
		case x < cur:
			tl.outliers = append(tl.outliers, outlier{fig: f, step: last})
		default:
			return nil // two higher figures on one day: no telling which is current
		}
	}
	if len(tl.steps) < 2 {
		return nil
	}
	return tl
}

func newStep(f articleFigure) *updateStep {
	return &updateStep{v: f.v, claims: slices.Clone(f.claims), first: f.day, end: f.day}
}

// articleFigures gives each article's most advanced figure, in date then
// article order. Counts only grow, so the highest figure an article gives
// is its latest; ties go to the later mention (the body over the
// headline). False when an article's date is unknown.
func articleFigures(groups []*valueGroup, ctx *Context) ([]articleFigure, bool) {
	byArticle := map[string]*articleFigure{}
	var order []string
	for _, g := range groups {
		for _, s := range g.sides {
			for _, c := range s.claims {
				id := c.Evidence.Article
				f, seen := byArticle[id]
				if !seen {
					day, ok := ctx.reference(c)
					if !ok {
						return nil, false
					}
					byArticle[id] = &articleFigure{article: id, day: day, v: s.v, claims: []*claim.Claim{c}}
					order = append(order, id)
					continue
				}
				if advances(s.v, c, f) {
					f.v = s.v
				}
				f.claims = append(f.claims, c)
			}
		}
	}
	out := make([]articleFigure, 0, len(order))
	for _, id := range order {
		f := byArticle[id]
		slices.SortFunc(f.claims, compareClaims)
		out = append(out, *f)
	}
	slices.SortFunc(out, func(a, b articleFigure) int {
		return cmp.Or(a.day.Compare(b.day), cmp.Compare(a.article, b.article))
	})
	return out, true
}

// advances reports whether claim c, of value v, is further along than
// the article's current figure: higher, or as high and more precise or
// mentioned later.
func advances(v sideValue, c *claim.Claim, f *articleFigure) bool {
	if x, cur := figureOf(v), figureOf(f.v); x != cur {
		return x > cur
	}
	if v.spec != f.v.spec {
		return v.spec > f.v.spec
	}
	return c.Evidence.Start > latestStart(f.claims)
}

func latestStart(cs []*claim.Claim) int {
	best := -1
	for _, c := range cs {
		best = max(best, c.Evidence.Start)
	}
	return best
}

// figureOf is a value's number for ordering: the middle of a bounded
// range ("about 60" is 60), else its finite bound.
func figureOf(v sideValue) float64 {
	switch {
	case math.IsInf(v.lo, -1):
		return v.hi
	case math.IsInf(v.hi, 1):
		return v.lo
	}
	return (v.lo + v.hi) / 2
}

// reportTimeline reports the growth as one update, and each outlier as a
// conflict with the figure current when it wrote.
func (r *singleValue) reportTimeline(p *Pass, tl *timeline) {
	r.reportUpdate(p, tl.steps)
	for _, o := range tl.outliers {
		groups := []*valueGroup{
			{sides: []*side{{v: o.step.v, claims: o.step.claims}}},
			{sides: []*side{{v: o.fig.v, claims: o.fig.claims}}},
		}
		r.reportConflict(p, groups)
	}
}

func (r *singleValue) reportUpdate(p *Pass, steps []*updateStep) {
	var all []*claim.Claim
	var parts []string
	for _, s := range steps {
		all = append(all, s.claims...)
		parts = append(parts, s.v.human+" in "+joinAnd(articlesOf(s.claims))+" ("+humanDay(s.first)+")")
	}
	slices.SortFunc(all, func(a, b *claim.Claim) int { return cmp.Compare(a.Evidence.Article, b.Evidence.Article) })
	subj := surface(all, p.SubjectKey)
	summary := countsLead(all[0], subj, p.SubjectKey) + "rose from " + parts[0]
	for _, s := range parts[1:] {
		summary += " to " + s
	}
	p.Report(Discrepancy{
		Kind: claim.KindNumber, Severity: r.num.updateSeverity, Subject: subj, Summary: summary + ".", Claims: refsOf(all, "update"),
	})
}

// countsLead starts a summary about a figure: "The figure for people
// killed in the Riverton flood ", followed by "is ..." or "rose ...".
func countsLead(c *claim.Claim, subj string, key claim.Key) string {
	if c.Number == nil || c.Number.Counts == "" {
		return "The figure for " + midSubject(subj, key) + " "
	}
	return "The figure for " + c.Number.Counts + " in " + midSubject(subj, key) + " "
}
