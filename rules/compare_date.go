package rules

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

type dateOptions struct {
	// IgnoreMods lists TIMEX3 modifiers that make a date a bound rather
	// than a value ("before August 15"): such claims are not compared.
	IgnoreMods []string `yaml:"ignore_mods"`
}

type dateCompare struct {
	ignoreMods map[string]bool
}

func newDateCompare(o *dateOptions) dateCompare {
	d := dateCompare{ignoreMods: map[string]bool{}}
	if o != nil {
		for _, m := range o.IgnoreMods {
			d.ignoreMods[strings.ToUpper(m)] = true
		}
	}
	return d
}

// dateValue is the claim's TIMEX3 value.
func dateValue(c *claim.Claim) string {
	if c.Date != nil && c.Date.Value != "" {
		return c.Date.Value
	}
	return c.Value
}

func (d dateCompare) key(c *claim.Claim) (string, bool) {
	if c.Date != nil && c.Date.Mod != "" && d.ignoreMods[strings.ToUpper(c.Date.Mod)] {
		return "", false
	}
	v := dateValue(c)
	return v, v != ""
}

func (d dateCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	raw, ok := d.key(c)
	if !ok {
		return sideValue{}, false
	}
	v, ok := temporal.Parse(raw)
	if !ok {
		return sideValue{}, false // vague or unresolved: nothing to compare
	}
	return sideValue{key: raw, spec: dateSpecificity(v), human: temporal.Format(raw)}, true
}

func (dateCompare) agree(a, b *sideValue) bool { return temporal.Compatible(a.key, b.key) }

var granularityRank = map[string]int{
	temporal.GranCentury: 1, temporal.GranDecade: 2, temporal.GranYear: 3, temporal.GranSeason: 4,
	temporal.GranMonth: 5, temporal.GranWeek: 6, temporal.GranDay: 7, temporal.GranTime: 8,
}

// dateSpecificity ranks finer values first, and a known year above an
// unknown one at the same granularity.
func dateSpecificity(v temporal.Value) int {
	s := granularityRank[v.Granularity] * 4
	if !v.YearUnknown {
		s += 2
	}
	if !v.MonthUnknown {
		s++
	}
	return s
}
