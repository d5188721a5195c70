package rules

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// The weekday comparer: the day of the week an undated article gives for
// an event ("killed on Sunday"). Two weekdays for one event contradict
// each other whatever the date, except neighbouring days when either
// side is a time of day or the edge of a day: "Saturday night" and "early
// Sunday" tell of one night.
func init() {
	registerComparer("weekday", comparerDef{claim: claim.KindWeekday, verb: "happened on",
		build: func(*singleValueOptions) (comparer, error) { return weekdayCompare{}, nil }})
}

type weekdayCompare struct{}

// weekdaySide is a weekday made comparable: the day and whether the claim
// lies at a time of day or at a day's edge.
type weekdaySide struct {
	day  int // 0 Sunday … 6 Saturday
	edge bool
}

func (weekdayCompare) key(c *claim.Claim) (string, bool) {
	d, ok := parseWeekday(c.Value)
	if !ok {
		return "", false
	}
	edge := weekdayEdge(c)
	return d.String() + "|" + map[bool]string{true: "edge", false: "day"}[edge], true
}

func weekdayEdge(c *claim.Claim) bool {
	if c.Date == nil {
		return false
	}
	mod := strings.ToUpper(c.Date.Mod)
	return c.Date.Granularity == temporal.GranTime || mod == "START" || mod == "END"
}

func (weekdayCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	d, ok := parseWeekday(c.Value)
	if !ok {
		return sideValue{}, false
	}
	return sideValue{key: d.String(), spec: 1, human: d.String(), data: weekdaySide{day: int(d), edge: weekdayEdge(c)}}, true
}

func (weekdayCompare) agree(a, b *sideValue) bool {
	x, okx := a.data.(weekdaySide)
	y, oky := b.data.(weekdaySide)
	if !okx || !oky {
		return a.key == b.key
	}
	if x.day == y.day {
		return true
	}
	next := (x.day+1)%7 == y.day || (y.day+1)%7 == x.day
	return next && (x.edge || y.edge)
}
