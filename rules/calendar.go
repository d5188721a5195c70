package rules

import (
	"fmt"

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
		b.prefixes = []string{claim.FamilyDate.Prefix(), claim.FamilyArticle.Prefix()}
	}
	return &calendar{ruleBase: b, inferredYear: sev}, nil
}

func (r *calendar) Run(p *Pass) {
	switch p.SubjectKey.Family() {
	case claim.FamilyDate:
		r.checkWeekdays(p)
	case claim.FamilyArticle:
		r.checkArticleDates(p)
	}
}

// checkWeekdays reports weekday names that do not fit their date.
func (r *calendar) checkWeekdays(p *Pass) {
	date := p.SubjectKey.Day()
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
