package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// The time comparer: the clock time an event happened at, with its
// qualifier (rules/data/event-time.yml names it). Each time stands for a
// window of minutes:
//
//	exact ("at 10:30 a.m.")              [t, t]
//	APPROX ("about 10 a.m.")             [t-12, t+12]
//	JUST_AFTER ("shortly after 8:30")    [t, t+20]
//	JUST_BEFORE ("just before 11:30")    [t-20, t]
//
// and two times conflict when their windows lie 5 minutes or more apart:
// "about 10 a.m." and "around 10:30 a.m." conflict (the judgement of the
// labelled real coverage: approximate times half an hour apart are a
// borderline conflict worth a fact-checker's look), "about 10" and
// "about 10:20" do not, nor do "around 11:30" and "just before 11:30", nor
// two readings of one clock a few minutes apart. Times on two different
// days more than six hours apart are the date rule's business, not this
// one's; a time whose day is unknown is compared on the clock alone,
// across midnight ("11:50 p.m." and "about 12:05 a.m." agree), and only
// between dated articles written within a month of each other.
func init() {
	registerComparer("time", comparerDef{claim: claim.KindTime, verb: "happened at",
		build: func(*singleValueOptions) (comparer, error) { return timeCompare{}, nil }})
}

type timeCompare struct{}

// Window half-widths in minutes, by qualifier.
const (
	timeApproxMinutes = 12
	timeJustMinutes   = 20
	timeApartMinutes  = 5 // windows this far apart conflict
	timeOtherDay      = 6 * 60
	timeSameNews      = 31 * 24 * time.Hour
)

// timeSide is a time made comparable: its window in minutes from the
// start of its day, and the day (zero when unknown).
type timeSide struct {
	day    time.Time
	lo, hi int
	ref    time.Time // the article's date (zero when unknown)
}

// timeMod is the qualifier of a time claim ("" when exact).
func timeMod(c *claim.Claim) string {
	if c.Date == nil {
		return ""
	}
	return strings.ToUpper(c.Date.Mod)
}

func (timeCompare) key(c *claim.Claim) (string, bool) {
	if _, _, ok := parseClock(c.Value); !ok {
		return "", false
	}
	switch m := timeMod(c); m {
	case "", "APPROX", "JUST_AFTER", "JUST_BEFORE":
		return c.Value + "|" + m, true
	}
	return "", false // a bound ("after 10 p.m.") gives no time
}

// parseClock reads "2010-09-09T20:30" or "T20:30": the day (zero when
// absent) and the minutes since midnight.
func parseClock(v string) (time.Time, int, bool) {
	i := strings.IndexByte(v, 'T')
	if i < 0 || len(v)-i != 6 || v[i+3] != ':' {
		return time.Time{}, 0, false
	}
	h, err1 := strconv.Atoi(v[i+1 : i+3])
	m, err2 := strconv.Atoi(v[i+4:])
	if err1 != nil || err2 != nil || h > 24 || m > 59 {
		return time.Time{}, 0, false
	}
	var day time.Time
	if i > 0 {
		d, err := time.Parse("2006-01-02", v[:i])
		if err != nil {
			return time.Time{}, 0, false
		}
		day = d
	}
	return day, h*60 + m, true
}

var timeQualifierWords = map[string]string{"APPROX": "about ", "JUST_AFTER": "shortly after ", "JUST_BEFORE": "shortly before "}

func (t timeCompare) value(c *claim.Claim, ctx *Context) (sideValue, bool) {
	key, ok := t.key(c)
	if !ok {
		return sideValue{}, false
	}
	day, m, _ := parseClock(c.Value)
	s := timeSide{day: day, lo: m, hi: m}
	if ref, ok := ctx.reference(c); ok {
		s.ref = ref
	}
	spec := 3
	switch timeMod(c) {
	case "APPROX":
		s.lo, s.hi, spec = m-timeApproxMinutes, m+timeApproxMinutes, 1
	case "JUST_AFTER":
		s.hi, spec = m+timeJustMinutes, 2
	case "JUST_BEFORE":
		s.lo, spec = m-timeJustMinutes, 2
	}
	if !day.IsZero() {
		spec += 4
	}
	return sideValue{key: key, spec: spec, human: timeQualifierWords[timeMod(c)] + clockText(c.Value), data: s}, true
}

func (timeCompare) agree(a, b *sideValue) bool {
	x, y := a.data.(timeSide), b.data.(timeSide)
	if !x.day.IsZero() && !y.day.IsZero() {
		shift := int(y.day.Sub(x.day).Minutes())
		g := windowGap(x.lo, x.hi, y.lo+shift, y.hi+shift)
		if shift != 0 && g >= timeOtherDay {
			return true // another day: the date rule compares the days
		}
		return g < timeApartMinutes
	}
	// a day unknown: the clock alone, the nearer way round midnight, and
	// only between articles written within a month of each other (an
	// undated article or a late one may tell of another occurrence)
	if x.ref.IsZero() || y.ref.IsZero() || x.ref.Sub(y.ref).Abs() > timeSameNews {
		return true
	}
	g := windowGap(x.lo, x.hi, y.lo, y.hi)
	for _, d := range []int{-24 * 60, 24 * 60} {
		g = min(g, windowGap(x.lo, x.hi, y.lo+d, y.hi+d))
	}
	return g < timeApartMinutes
}

// windowGap is the distance between the windows [alo, ahi] and [blo,
// bhi]; 0 when they meet.
func windowGap(alo, ahi, blo, bhi int) int {
	switch {
	case bhi < alo:
		return alo - bhi
	case ahi < blo:
		return blo - ahi
	}
	return 0
}

// clockText writes "2010-09-09T20:30" as "8:30 p.m. on September 9, 2010".
func clockText(v string) string {
	i := strings.IndexByte(v, 'T')
	_, m, _ := parseClock(v)
	h, half := (m/60)%24, "a.m."
	if h >= 12 {
		half = "p.m."
	}
	if h = h % 12; h == 0 {
		h = 12
	}
	out := strconv.Itoa(h)
	if m%60 != 0 {
		out += fmt.Sprintf(":%02d", m%60)
	}
	out += " " + half
	if i > 0 {
		out += " on " + temporal.Format(v[:i])
	}
	return out
}
