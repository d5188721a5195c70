package rules

import (
	"strconv"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// The age comparer: a person's age in whole years, compared across
// articles written on different days. It is the worked example of a
// comparison added as one file: it registers itself here, and
// rules/data/person-age.yml names it (compare: age).
func init() {
	registerComparer("age", comparerDef{claim: claim.KindAge, verb: "is aged",
		build: func(*singleValueOptions) (comparer, error) { return ageCompare{}, nil }})
}

type ageCompare struct{}

// ageSide is an age made comparable: the years, the day the article was
// written (zero when unknown) and whether it is an age at death, which no
// longer grows (modality former).
type ageSide struct {
	years   int
	ref     time.Time
	article string
	atDeath bool
}

func ageYears(c *claim.Claim) (int, bool) {
	n, err := strconv.Atoi(c.Value)
	return n, err == nil && n >= 0 && n <= 130
}

// key: one age written on one day; an undated claim's day is its article's.
func (ageCompare) key(c *claim.Claim) (string, bool) {
	if _, ok := ageYears(c); !ok {
		return "", false
	}
	day := c.Reference.String()
	if day == "" {
		day = "?" + c.Evidence.Article
	}
	return c.Value + "|" + day + "|" + string(c.Modality), true
}

func (ageCompare) value(c *claim.Claim, ctx *Context) (sideValue, bool) {
	n, ok := ageYears(c)
	if !ok {
		return sideValue{}, false
	}
	s := ageSide{years: n, article: c.Evidence.Article, atDeath: c.Modality == claim.Former}
	v := sideValue{human: c.Value, spec: 1}
	if ref, ok := ctx.reference(c); ok {
		s.ref = ref
		v.spec = 2
		v.human += " on " + temporal.Format(ref.Format("2006-01-02"))
	}
	if s.atDeath {
		v.human += " at death"
	}
	v.data = s
	return v, true
}

func (ageCompare) agree(a, b *sideValue) bool {
	x, y := a.data.(ageSide), b.data.(ageSide)
	diff := abs(x.years - y.years)
	switch {
	case x.atDeath && y.atDeath:
		return diff == 0 // one age at one death
	case x.ref.IsZero() || y.ref.IsZero():
		// An undated article may be years apart from any other: only
		// one article's own ages are compared, and they must be equal.
		return x.article != y.article || diff == 0
	case x.atDeath || y.atDeath:
		return deathAgrees(x, y)
	}
	// Both alive on known days: the birthdays each age allows must meet.
	// Aged n on day r means born in (r - n - 1 years, r - n years].
	xlo, xhi := yearsBefore(x.ref, x.years+1), yearsBefore(x.ref, x.years)
	ylo, yhi := yearsBefore(y.ref, y.years+1), yearsBefore(y.ref, y.years)
	lo, hi := xlo, yhi
	if ylo.After(lo) {
		lo = ylo
	}
	if xhi.Before(hi) {
		hi = xhi
	}
	return lo.Before(hi)
}

// deathAgrees compares an age at death with an age of the living. The
// death came before the article that reports it. A living age given on
// that day or later is really the age at death too, so it must be equal;
// one given earlier may grow until the death, by the whole years between
// the two articles and a birthday, and never shrink.
func deathAgrees(x, y ageSide) bool {
	if y.atDeath {
		x, y = y, x
	}
	if !y.ref.Before(x.ref) {
		return x.years == y.years
	}
	return y.years <= x.years && x.years <= y.years+wholeYears(y.ref, x.ref)+1
}

// yearsBefore is the same day n years before t; February 29 in a year
// without it is February 28 (someone born on March 1 is not yet n on a
// February 29).
func yearsBefore(t time.Time, n int) time.Time {
	d := t.AddDate(-n, 0, 0)
	if t.Month() == time.February && t.Day() == 29 && d.Month() == time.March {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// wholeYears counts the whole years between two days, in either order.
func wholeYears(a, b time.Time) int {
	if b.Before(a) {
		a, b = b, a
	}
	n := b.Year() - a.Year()
	if b.Month() < a.Month() || b.Month() == a.Month() && b.Day() < a.Day() {
		n--
	}
	return n
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
