package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

type calendarOptions struct {
	// InferredYearSeverity applies when the weekday's date took its year
	// from the article's date ("Friday, May 3"): the year may be wrong
	// rather than the weekday.
	InferredYearSeverity string `yaml:"inferred_year_severity"`
}

func newCalendarOptions() any { return &calendarOptions{InferredYearSeverity: "warning"} }

// calendar checks weekdays against dates (subjects date:YYYY-MM-DD) and an
// article's own dates against each other (subjects article:<id>).
type calendar struct {
	ruleBase
	inferredYear Severity
}

func buildCalendar(b ruleBase, o any) (Rule, error) {
	opts := o.(*calendarOptions)
	sev, err := ParseSeverity(opts.InferredYearSeverity)
	if err != nil {
		return nil, fmt.Errorf("options.inferred_year_severity: %v", err)
	}
	if len(b.kinds) == 0 {
		b.kinds = []claim.Kind{claim.KindDate, claim.KindWeekday}
	}
	if len(b.prefixes) == 0 {
		b.prefixes = []string{"date:", "article:"}
	}
	return &calendar{ruleBase: b, inferredYear: sev}, nil
}

func (r *calendar) Run(p *Pass) {
	switch {
	case strings.HasPrefix(p.SubjectKey, "date:"):
		r.checkWeekdays(p)
	case strings.HasPrefix(p.SubjectKey, "article:"):
		r.checkArticleDates(p)
	}
}

// checkWeekdays reports weekday names that do not fit their date.
func (r *calendar) checkWeekdays(p *Pass) {
	date := strings.TrimPrefix(p.SubjectKey, "date:")
	want, ok := temporal.Weekday(date)
	if !ok {
		return
	}
	var wrong []*claim.Claim
	var said []string
	severity := r.severity
	allInferred := true
	for i := range p.Claims {
		c := &p.Claims[i]
		if c.Kind != claim.KindWeekday {
			continue
		}
		got, ok := parseWeekday(c.Value)
		if !ok || got == want {
			continue
		}
		wrong = append(wrong, c)
		said = append(said, c.Evidence.Article+" calls it "+got.String())
		if c.Date == nil || c.Date.Resolution != temporal.ResolvedYearFromRef {
			allInferred = false
		}
	}
	if len(wrong) == 0 {
		return
	}
	if allInferred {
		severity = min(severity, r.inferredYear)
	}
	summary := fmt.Sprintf("%s was a %s, but %s.", temporal.Format(date), want, joinAnd(dedupe(said)))
	p.Report(Discrepancy{Kind: claim.KindWeekday, Severity: severity, Subject: temporal.Format(date), Summary: summary, Claims: refsOf(wrong, "weekday")})
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

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
			refs = append(refs, refOf(c, dateRole(c, p.Ctx)))
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
			refs = append(refs, refOf(c, "weekday"))
			also = append(also, `"`+weekdayPhrase(c)+`"`)
		}
	}
	id := strings.TrimPrefix(p.SubjectKey, "article:")
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
	if c.Date != nil && c.Date.Weekday != "" {
		if d, ok := parseWeekday(c.Date.Weekday); ok {
			s = d.String() + ", " + s
		}
	}
	return s
}

var articleDateRoles = map[string]bool{"dateline": true, "metadata": true, "byline": true, "title": true}

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
