package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

type statusOptions struct {
	Planned          []string `yaml:"planned"`  // status values meaning "not yet happened"
	Happened         []string `yaml:"happened"` // status values meaning "has happened"
	IgnoreModalities []string `yaml:"ignore_modalities"`
	// IgnoreMods lists date modifiers that make a date a bound, not the
	// event's date ("before August 15").
	IgnoreMods []string `yaml:"ignore_mods"`
}

func newStatusOptions() any {
	return &statusOptions{Planned: []string{"planned"}, Happened: []string{"happened"},
		IgnoreModalities: []string{string(claim.Hypothetical), string(claim.Negated)}}
}

// status checks that an event is not called planned after it happened.
type status struct {
	ruleBase
	planned, happened map[string]bool
	ignore            map[claim.Modality]bool
	dates             dateCompare
}

func buildStatus(b ruleBase, o any) (Rule, error) {
	opts := o.(*statusOptions)
	r := &status{ruleBase: b, planned: map[string]bool{}, happened: map[string]bool{}, ignore: map[claim.Modality]bool{},
		dates: newDateCompare(&dateOptions{IgnoreMods: opts.IgnoreMods})}
	for _, v := range opts.Planned {
		r.planned[strings.ToLower(v)] = true
	}
	for _, v := range opts.Happened {
		if r.planned[strings.ToLower(v)] {
			return nil, fmt.Errorf("options: %q is both planned and happened", v)
		}
		r.happened[strings.ToLower(v)] = true
	}
	if len(r.planned) == 0 || len(r.happened) == 0 {
		return nil, fmt.Errorf("options.planned and options.happened must not be empty")
	}
	for _, m := range opts.IgnoreModalities {
		if !slices.Contains(modalities, claim.Modality(m)) {
			return nil, fmt.Errorf("options.ignore_modalities: unknown modality %q", m)
		}
		r.ignore[claim.Modality(m)] = true
	}
	if len(r.kinds) == 0 {
		r.kinds = []claim.Kind{claim.KindStatus, claim.KindDate}
	}
	return r, nil
}

type pastDate struct {
	c   *claim.Claim
	end time.Time // the day after the period the date covers
}

func (r *status) Run(p *Pass) {
	var planned, happened []*claim.Claim
	for i := range p.Claims {
		c := &p.Claims[i]
		if c.Kind != claim.KindStatus || r.ignore[c.Modality] || !r.Applies(p.SubjectKey, c.Kind) {
			continue
		}
		v := strings.ToLower(c.Value)
		switch {
		case r.planned[v]:
			planned = append(planned, c)
		case r.happened[v]:
			happened = append(happened, c)
		}
	}
	if len(planned) == 0 {
		return // only a plan can be out of date or contradicted
	}
	var dates []pastDate
	for i := range p.Claims {
		c := &p.Claims[i]
		if c.Kind != claim.KindDate || r.ignore[c.Modality] || !r.Applies(p.SubjectKey, c.Kind) {
			continue
		}
		if _, ok := r.dates.key(c); !ok {
			continue
		}
		if v, ok := temporal.Parse(dateValue(c)); ok && v.Bounded() {
			dates = append(dates, pastDate{c: c, end: v.End})
		}
	}
	r.checkStale(p, planned, happened, dates)
	r.checkSameArticle(p, planned, happened)
}

// articlesOfClaims is the set of articles cs come from.
func articlesOfClaims(cs []*claim.Claim) map[string]bool {
	out := map[string]bool{}
	for _, c := range cs {
		out[c.Evidence.Article] = true
	}
	return out
}

// checkStale reports planned claims written after the event happened: a
// date of the event lies wholly before the article's date, or an article
// of the same day or earlier says it happened.
func (r *status) checkStale(p *Pass, planned, happened []*claim.Claim, dates []pastDate) {
	var stale, pastDates, doneBy []*claim.Claim
	// An article that calls the event both planned and done is one
	// finding of checkSameArticle; its own past date would only repeat it.
	selfReported := articlesOfClaims(happened)
	for _, pc := range planned {
		ref, ok := p.Ctx.reference(pc)
		if !ok {
			continue
		}
		found := false
		for _, d := range dates {
			if d.c.Evidence.Article == pc.Evidence.Article && selfReported[pc.Evidence.Article] {
				continue
			}
			if !d.end.After(ref) {
				pastDates, found = appendOnce(pastDates, d.c), true
			}
		}
		for _, h := range happened {
			if h.Evidence.Article == pc.Evidence.Article {
				continue // checkSameArticle reports it
			}
			if href, ok := p.Ctx.reference(h); ok && !href.After(ref) {
				doneBy, found = appendOnce(doneBy, h), true
			}
		}
		if found {
			stale = append(stale, pc)
		}
	}
	if len(stale) == 0 {
		return
	}
	all := slices.Concat(stale, pastDates, doneBy)
	subj := surface(all, p.SubjectKey)
	var evidence []string
	if len(pastDates) > 0 {
		evidence = append(evidence, "it is dated "+datesIn(pastDates))
	}
	if len(doneBy) > 0 {
		evidence = append(evidence, "described as having taken place in "+datedArticles(p.Ctx, doneBy))
	}
	summary := fmt.Sprintf("%s is called planned in %s, though %s.", sentenceSubject(subj, p.SubjectKey), datedArticles(p.Ctx, stale), strings.Join(evidence, " and "))
	refs := slices.Concat(refsOf(stale, "planned"), refsOf(pastDates, "date"), refsOf(doneBy, "happened"))
	p.Report(Discrepancy{Kind: claim.KindStatus, Severity: r.severity, Subject: subj, Summary: summary, Claims: refs})
}

// datesIn lists "August 15, 2025 in 001 and 003".
func datesIn(cs []*claim.Claim) string {
	byValue := map[string][]*claim.Claim{}
	for _, c := range cs {
		byValue[dateValue(c)] = append(byValue[dateValue(c)], c)
	}
	var parts []string
	for _, v := range sortedKeys(byValue) {
		parts = append(parts, temporal.Format(v)+" in "+joinAnd(articlesOf(byValue[v])))
	}
	return joinAnd(parts)
}

func appendOnce(cs []*claim.Claim, c *claim.Claim) []*claim.Claim {
	if slices.Contains(cs, c) {
		return cs
	}
	return append(cs, c)
}

// checkSameArticle reports an article that calls the event both planned
// and done.
func (r *status) checkSameArticle(p *Pass, planned, happened []*claim.Claim) {
	byArticle := map[string][2][]*claim.Claim{}
	for _, c := range planned {
		e := byArticle[c.Evidence.Article]
		e[0] = append(e[0], c)
		byArticle[c.Evidence.Article] = e
	}
	for _, c := range happened {
		if e, ok := byArticle[c.Evidence.Article]; ok {
			e[1] = append(e[1], c)
			byArticle[c.Evidence.Article] = e
		}
	}
	for _, a := range sortedKeys(byArticle) {
		e := byArticle[a]
		if len(e[1]) == 0 {
			continue
		}
		all := slices.Concat(e[0], e[1])
		subj := surface(all, p.SubjectKey)
		summary := fmt.Sprintf("%s is called planned and also said to have taken place in %s.", sentenceSubject(subj, p.SubjectKey), a)
		refs := slices.Concat(refsOf(e[0], "planned"), refsOf(e[1], "happened"))
		p.Report(Discrepancy{Kind: claim.KindStatus, Severity: r.severity, Subject: subj, Summary: summary, Claims: refs})
	}
}
