package rules

import (
	"fmt"
	"strings"
	"time"

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

// key is the day compared, and where in the day it lies when that may
// join it to the next or the day before (see nightIntoMorning).
func (d dateCompare) key(c *claim.Claim) (string, bool) {
	v, ok := d.day(c)
	if e := edgeOf(c); ok && (e.late || e.early) {
		v += fmt.Sprintf("|%t|%t", e.late, e.early)
	}
	return v, ok
}

// day is the value compared: the claim's date, without its time of day.
func (d dateCompare) day(c *claim.Claim) (string, bool) {
	if c.Date != nil && c.Date.Mod != "" && d.ignoreMods[strings.ToUpper(c.Date.Mod)] {
		return "", false
	}
	v := dateValue(c)
	// The time of day of a dated event is the time rule's (event-time):
	// a date compares its day.
	if day, _, ok := strings.Cut(v, "T"); ok && len(day) == len("2006-01-02") {
		v = day
	}
	return v, v != ""
}

// dateEdge says where in its day a date lies, for a night that runs into
// the next morning: late (at night, in the evening, or marked END) or
// early (before 6 a.m., or marked START: "the early hours of Friday").
type dateEdge struct{ late, early bool }

// dateSide is a date made comparable: its day, where in the day it lies.
type dateSide struct {
	day  string
	edge dateEdge
}

func edgeOf(c *claim.Claim) dateEdge {
	v := dateValue(c)
	_, clock, _ := strings.Cut(v, "T")
	mod := ""
	if c.Date != nil {
		mod = strings.ToUpper(c.Date.Mod)
	}
	e := dateEdge{late: mod == "END" || clock == "NI" || clock == "EV", early: mod == "START"}
	if len(clock) == 5 && clock[2] == ':' {
		e.late = e.late || clock >= "18:00"
		e.early = e.early || clock < "06:00"
	}
	return e
}

func (d dateCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	raw, ok := d.day(c)
	if !ok {
		return sideValue{}, false
	}
	v, ok := temporal.Parse(raw)
	if !ok {
		return sideValue{}, false // vague or unresolved: nothing to compare
	}
	return sideValue{key: raw, spec: dateSpecificity(v), human: temporal.Format(raw), data: dateSide{raw, edgeOf(c)}}, true
}

func (dateCompare) agree(a, b *sideValue) bool {
	x, okx := a.data.(dateSide)
	y, oky := b.data.(dateSide)
	if !okx || !oky {
		return temporal.Compatible(a.key, b.key)
	}
	return temporal.Compatible(x.day, y.day) || nightIntoMorning(x, y) || nightIntoMorning(y, x)
}

// nightIntoMorning reports a late hour of one day and an early hour of
// the next: "Thursday night" and "the early hours of Friday" tell of one
// night.
func nightIntoMorning(a, b dateSide) bool {
	if !a.edge.late || !b.edge.early {
		return false
	}
	da, err1 := time.Parse("2006-01-02", a.day)
	db, err2 := time.Parse("2006-01-02", b.day)
	return err1 == nil && err2 == nil && db.Sub(da) == 24*time.Hour
}

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
