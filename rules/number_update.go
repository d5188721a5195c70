package rules

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// datedGroup is a group of agreeing figures with the span of days of the
// articles that give it.
type datedGroup struct {
	g          *valueGroup
	first, end time.Time
}

// updateOrder returns the groups in time order when they read as a count
// that grew: the counts are cumulative, every article's date is known,
// each figure comes from articles strictly later than the previous
// figure's, and no figure is lower than the one before. Otherwise nil.
func (n *numberCompare) updateOrder(groups []*valueGroup, ctx *Context) []datedGroup {
	first := groups[0].sides[0].claims[0]
	if first.Number == nil || !n.isCumulative(first.Number.Counts) {
		return nil
	}
	var dated []datedGroup
	for _, g := range groups {
		dg := datedGroup{g: g}
		for _, c := range g.claims() {
			ref, ok := ctx.reference(c)
			if !ok {
				return nil
			}
			if dg.first.IsZero() || ref.Before(dg.first) {
				dg.first = ref
			}
			if ref.After(dg.end) {
				dg.end = ref
			}
		}
		dated = append(dated, dg)
	}
	slices.SortFunc(dated, func(a, b datedGroup) int { return a.first.Compare(b.first) })
	for i := 1; i < len(dated); i++ {
		prev, cur := dated[i-1], dated[i]
		if !cur.first.After(prev.end) || figure(cur.g) < figure(prev.g) {
			return nil
		}
	}
	return dated
}

func (n *numberCompare) isUpdate(groups []*valueGroup, ctx *Context) bool {
	return n.updateOrder(groups, ctx) != nil
}

// figure is a group's number for ordering: its lower bound, or its upper
// bound when it has none.
func figure(g *valueGroup) float64 {
	v := g.sides[0].v
	if math.IsInf(v.lo, -1) {
		return v.hi
	}
	return v.lo
}

func (r *singleValue) reportUpdate(p *Pass, groups []*valueGroup) {
	dated := r.num.updateOrder(groups, p.Ctx)
	var all []*claim.Claim
	var steps []string
	for _, dg := range dated {
		cs := dg.g.claims()
		all = append(all, cs...)
		steps = append(steps, dg.g.sides[0].v.human+" in "+joinAnd(articlesOf(cs))+" ("+humanDay(dg.first)+")")
	}
	slices.SortFunc(all, func(a, b *claim.Claim) int { return cmp.Compare(a.Evidence.Article, b.Evidence.Article) })
	subj := surface(all, p.SubjectKey)
	summary := countsLead(all[0], subj, p.SubjectKey) + "rose from " + steps[0]
	for _, s := range steps[1:] {
		summary += " to " + s
	}
	p.Report(Discrepancy{
		Kind: claim.KindNumber, Severity: r.num.updateSeverity, Subject: subj, Summary: summary + ".", Claims: refsOf(all, "update"),
	})
}

// countsLead starts a summary about a figure: "The figure for people
// killed in the Riverton flood ", followed by "is ..." or "rose ...".
func countsLead(c *claim.Claim, subj, key string) string {
	if c.Number == nil || c.Number.Counts == "" {
		return "The figure for " + midSubject(subj, key) + " "
	}
	return "The figure for " + c.Number.Counts + " in " + midSubject(subj, key) + " "
}
