package rules

import (
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// checkArticleDates reports an article whose dateline, metadata and
// in-text dates disagree, with its weekday mentions as evidence.
func (r *calendar) checkArticleDates(p *Pass) {
	var ss sideSet
	dc := dateCompare{}
	var weekdayClaims []*claim.Claim
	for i := range p.Claims {
		c := &p.Claims[i]
		switch c.Kind {
		case claim.KindDate:
			if v, ok := dc.value(c, p.Ctx); ok {
				ss.add(v, c)
			}
		case claim.KindWeekday:
			weekdayClaims = append(weekdayClaims, c)
		}
	}
	groups := clusterSides(ss.list, dc.agree)
	if len(groups) < 2 {
		return
	}
	// The side given by the article's metadata or dateline reads first.
	var parts []string
	var refs []ClaimRef
	days := map[time.Weekday]bool{}
	for _, g := range orderByRole(groups, p.Ctx) {
		lead := groupLead(g, p.Ctx)
		role := dateRole(lead, p.Ctx)
		parts = append(parts, withWeekday(lead)+" "+rolePhrase(role, lead))
		for _, c := range g.claims() {
			refs = append(refs, RefOf(c, dateRole(c, p.Ctx)))
		}
		for _, s := range g.sides {
			if d, ok := temporal.Weekday(s.v.key); ok {
				days[d] = true
			}
		}
	}
	var also []string
	for _, c := range weekdayClaims {
		if d, ok := parseWeekday(c.Value); ok && days[d] {
			refs = append(refs, RefOf(c, "weekday"))
			also = append(also, `"`+weekdayPhrase(c)+`"`)
		}
	}
	id := p.SubjectKey.Article()
	summary := id + " is dated " + parts[0]
	if len(parts) > 1 {
		summary += " but " + joinAnd(parts[1:])
	}
	if len(also) > 0 {
		summary += "; it also says " + joinAnd(dedupe(also))
	}
	p.Report(Discrepancy{Kind: claim.KindDate, Severity: r.severity, Subject: id, Summary: summary + ".", Claims: refs})
}

// withWeekday renders a date the way the article gave it: "Sunday,
// September 28, 2025" when it named the weekday.
func withWeekday(c *claim.Claim) string {
	s := temporal.Format(dateValue(c))
	named := ""
	if c.Date != nil {
		named = c.Date.Weekday
	}
	if named == "" { // "Sunday, May 4, 2031" as written
		named, _, _ = strings.Cut(strings.TrimSpace(c.ValueText), ",")
	}
	if d, ok := parseWeekday(named); ok {
		if actual, known := temporal.Weekday(dateValue(c)); !known || actual == d {
			s = d.String() + ", " + s
		}
	}
	return s
}

var articleDateRoles = map[string]bool{"dateline": true, "metadata": true, "byline": true, "title": true, "url": true}

// dateRole says where an article's date claim comes from: the extractor
// may name it in Subject; else a claim equal to the article's reference
// date comes from where that date came from; else the text.
func dateRole(c *claim.Claim, ctx *Context) string {
	if s := strings.ToLower(strings.TrimSpace(c.Subject)); articleDateRoles[s] {
		return s
	}
	if m, ok := ctx.meta(c.Evidence.Article); ok && !m.Reference.IsZero() && articleDateRoles[m.ReferenceFrom] {
		if dateValue(c) == m.Reference.Format("2006-01-02") {
			return m.ReferenceFrom
		}
	}
	return "text"
}

func rolePhrase(role string, c *claim.Claim) string {
	if role == "url" {
		if c.ValueText != "" {
			return `in its URL ("` + c.ValueText + `")`
		}
		return "in its URL"
	}
	if role == "text" || role == "byline" {
		where := "the text"
		if role == "byline" {
			where = "its byline"
		}
		if c.ValueText != "" {
			return "in " + where + ` ("` + c.ValueText + `")`
		}
		return "in " + where
	}
	return "in its " + role
}

// groupLead is the claim that speaks for a group: its dateline or
// metadata date when it has one.
func groupLead(g *valueGroup, ctx *Context) *claim.Claim {
	cs := g.claims()
	for _, c := range cs {
		if r := dateRole(c, ctx); r == "dateline" || r == "metadata" {
			return c
		}
	}
	return cs[0]
}

// orderByRole puts groups holding a dateline or metadata date first.
func orderByRole(groups []*valueGroup, ctx *Context) []*valueGroup {
	var first, rest []*valueGroup
	for _, g := range groups {
		role := dateRole(groupLead(g, ctx), ctx)
		if role == "dateline" || role == "metadata" {
			first = append(first, g)
		} else {
			rest = append(rest, g)
		}
	}
	return append(first, rest...)
}

// weekdayPhrase quotes the weekday with the word before it ("announced
// Monday"), read from the sentence at the claim's offsets.
func weekdayPhrase(c *claim.Claim) string {
	s := c.Evidence.Sentence
	vs, ve := c.Evidence.Start-c.Evidence.SentenceStart, c.Evidence.End-c.Evidence.SentenceStart
	if vs < 0 || ve > len(s) || vs >= ve {
		return c.ValueText
	}
	before := strings.TrimRight(s[:vs], " ")
	if i := strings.LastIndexAny(before, " \t\n"); i >= 0 {
		before = before[i+1:]
	}
	if before == "" || strings.ContainsAny(before, ".;:") {
		return s[vs:ve]
	}
	return before + " " + s[vs:ve]
}
