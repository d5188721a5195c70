package web

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

// valueGroup is the sides of a discrepancy that say the same thing: one
// normalised value, however it was written, with how many articles said
// it and when it was first and last reported.
type valueGroup struct {
	Value    string   // normalised
	Written  []string // distinct ways it was written, in order of first use
	Articles int      // distinct articles saying it
	First    string   // earliest report date (YYYY-MM-DD), "" when unknown
	Last     string
	Draft    bool       // a draft says it
	Sides    []sideView // the examples shown
	More     int        // articles saying it that are not named
	Others   []articleLabel
	// ShowValue is set when another group is written the same way but
	// normalises differently ("April 29" of two years): the normalised
	// value is then what tells them apart.
	ShowValue bool
}

// groupLimits bound what a page shows of one discrepancy: a ten-thousand
// sided conflict must not make a ten-megabyte page.
type groupLimits struct {
	groups   int // value groups shown; the rest are counted
	examples int // sides shown in full per group
	others   int // further articles named per group
}

var (
	listLimits  = groupLimits{groups: 6, examples: 1, others: 0}
	draftLimits = groupLimits{groups: 8, examples: 2, others: 10}
	pageLimits  = groupLimits{groups: 30, examples: 3, others: 40}
)

// maxWritten bounds the spellings kept per value.
const maxWritten = 5

// isTimeline reports whether d is a count that changed over time (an
// update, the number rule's info severity) rather than a contradiction.
func isTimeline(d rules.Discrepancy) bool {
	return d.Kind == claim.KindNumber && d.Severity == rules.Info
}

// groupSides groups the sides of d by normalised value. A timeline is in
// the order values were first reported; other discrepancies put the
// value most articles say first. side turns a claim into a shown side;
// it is called only for the examples shown.
func groupSides(d rules.Discrepancy, lim groupLimits, label func(id string) articleLabel, side func(rules.ClaimRef, articleLabel) sideView) (shown []valueGroup, hidden int) {
	byValue := map[string]*valueGroup{}
	var order []*valueGroup
	seen := map[string]map[string]bool{} // value → articles counted
	refs := map[string][]rules.ClaimRef{}
	for _, c := range d.Claims {
		g := byValue[c.Value]
		if g == nil {
			g = &valueGroup{Value: c.Value}
			byValue[c.Value] = g
			order = append(order, g)
			seen[c.Value] = map[string]bool{}
		}
		refs[c.Value] = append(refs[c.Value], c)
		if w := strings.TrimSpace(c.ValueText); w != "" && len(g.Written) < maxWritten && !containsFold(g.Written, w) {
			g.Written = append(g.Written, w)
		}
		l := label(c.Article)
		g.Draft = g.Draft || l.Draft
		if !seen[c.Value][c.Article] {
			seen[c.Value][c.Article] = true
			g.Articles++
		}
		date := c.Reference
		if date == "" {
			date = l.Date
		}
		if len(date) > 10 {
			date = date[:10]
		}
		if date != "" && (g.First == "" || date < g.First) {
			g.First = date
		}
		if date > g.Last {
			g.Last = date
		}
	}
	markLookalikes(order)
	if isTimeline(d) {
		sort.SliceStable(order, func(i, j int) bool {
			a, b := order[i].First, order[j].First
			return a != "" && (b == "" || a < b)
		})
	} else {
		// Drafts first (what the editor wrote), then the most said.
		sort.SliceStable(order, func(i, j int) bool {
			if order[i].Draft != order[j].Draft {
				return order[i].Draft
			}
			return order[i].Articles > order[j].Articles
		})
	}
	for i, g := range order {
		if i >= lim.groups {
			hidden += len(order) - i
			break
		}
		named := map[string]bool{}
		for _, c := range refs[g.Value] {
			l := label(c.Article)
			switch {
			case named[c.Article] && len(g.Sides) > 0:
				// One example per article: another article saying
				// the same tells more than the same article again.
			case len(g.Sides) < lim.examples:
				g.Sides = append(g.Sides, side(c, l))
				named[c.Article] = true
			case len(g.Others) < lim.others:
				g.Others = append(g.Others, l)
				named[c.Article] = true
			}
		}
		g.More = len(seen[g.Value]) - len(named)
		shown = append(shown, *g)
	}
	return shown, hidden
}

// markLookalikes sets ShowValue on groups written alike but normalised
// apart.
func markLookalikes(gs []*valueGroup) {
	byWritten := map[string]*valueGroup{}
	for _, g := range gs {
		for _, w := range g.Written {
			k := strings.ToLower(w)
			if other, ok := byWritten[k]; ok && other != g {
				other.ShowValue, g.ShowValue = true, true
			}
			byWritten[k] = g
		}
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Label is how the group's value is shown: as first written.
func (g valueGroup) Label() string {
	if len(g.Written) > 0 {
		return g.Written[0]
	}
	return g.Value
}

// Also are the other ways the value was written.
func (g valueGroup) Also() []string {
	if len(g.Written) < 2 {
		return nil
	}
	return g.Written[1:]
}
