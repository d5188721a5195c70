package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // zone rules on machines without a zoneinfo database

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

type zoneOptions struct {
	// ToleranceMinutes is how far apart the converted times may be and
	// still be one moment (a writer's rounding).
	ToleranceMinutes int `yaml:"tolerance_minutes"`
}

func newZoneOptions() any { return &zoneOptions{ToleranceMinutes: 10} }

// zoneRule checks a local time given again in another zone ("9:15 p.m.
// local time (3:15 p.m. EDT)"): on the article's day the two must be one
// moment. The extractor gives the claim as "<date>T<hh:mm> <local
// zone>|T<hh:mm> <other zone>", each zone an IANA name or "UTC±hh:mm".
type zoneRule struct {
	ruleBase
	tolerance int
}

func buildZone(b ruleBase, o any) (Rule, error) {
	opts := o.(*zoneOptions)
	if opts.ToleranceMinutes < 0 || opts.ToleranceMinutes >= 60 {
		return nil, fmt.Errorf("options.tolerance_minutes: %d is not between 0 and 59", opts.ToleranceMinutes)
	}
	if len(b.kinds) == 0 {
		b.kinds = []claim.Kind{claim.KindTime}
	}
	if len(b.prefixes) == 0 {
		b.prefixes = []string{claim.FamilyZone.Prefix()}
	}
	return &zoneRule{ruleBase: b, tolerance: opts.ToleranceMinutes}, nil
}

// zoneConversion is one claim read: the local moment and the time of day
// said in the other zone.
type zoneConversion struct {
	local     time.Time
	undated   bool // local is a clock time on an unknown day
	localZone string
	other     int // minutes after midnight
	otherZone *time.Location
	otherName string
}

func parseConversion(v string) (zoneConversion, bool) {
	l, o, ok := strings.Cut(v, "|")
	if !ok {
		return zoneConversion{}, false
	}
	lt, lz, ok1 := strings.Cut(l, " ")
	ot, oz, ok2 := strings.Cut(o, " ")
	if !ok1 || !ok2 || !strings.HasPrefix(ot, "T") {
		return zoneConversion{}, false
	}
	home, ok := zoneLocation(lz)
	other, ok3 := zoneLocation(oz)
	if !ok || !ok3 {
		return zoneConversion{}, false
	}
	undated := strings.HasPrefix(lt, "XXXX-XX-XX")
	if undated {
		lt = "2000-01-01" + lt[len("XXXX-XX-XX"):]
	}
	local, err := time.ParseInLocation("2006-01-02T15:04", lt, home)
	if err != nil {
		return zoneConversion{}, false
	}
	hm, err := time.Parse("15:04", ot[1:])
	if err != nil {
		return zoneConversion{}, false
	}
	return zoneConversion{local: local, undated: undated, localZone: lz, other: hm.Hour()*60 + hm.Minute(), otherZone: other, otherName: oz}, true
}

// zoneLocation reads an IANA zone name or a fixed offset "UTC+05:30".
func zoneLocation(s string) (*time.Location, bool) {
	if s == "UTC" {
		return time.UTC, true
	}
	if rest, ok := strings.CutPrefix(s, "UTC"); ok && len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' {
		h, err1 := strconv.Atoi(rest[1:3])
		m, err2 := strconv.Atoi(rest[4:])
		if err1 != nil || err2 != nil || h > 14 || m > 59 {
			return nil, false
		}
		off := (h*60 + m) * 60
		if rest[0] == '-' {
			off = -off
		}
		return time.FixedZone(s, off), true
	}
	if !strings.Contains(s, "/") {
		// "Local" and "" would make the answer depend on the machine's zone
		return nil, false
	}
	loc, err := time.LoadLocation(s)
	return loc, err == nil
}

func (r *zoneRule) Run(p *Pass) {
	for i := range p.Claims {
		c := &p.Claims[i]
		if !r.Applies(p.SubjectKey, c.Kind) {
			continue
		}
		z, ok := parseConversion(c.Value)
		if !ok {
			continue
		}
		at := clockOfDay(z.local.Hour()*60 + z.local.Minute())
		var summary string
		if z.undated {
			if actual, ok := r.anyDay(z); !ok {
				summary = fmt.Sprintf("%s gives %s local time (%s) as %s in %s, but on no day of the year are they one moment (%s in %s is %s in %s).",
					c.Evidence.Article, at, z.localZone, clockOfDay(z.other), z.otherName, at, z.localZone, joinOr(actual), z.otherName)
			}
		} else if actual := minutesOfDay(z.local.In(z.otherZone)); !r.near(z.other, actual) {
			summary = fmt.Sprintf("%s gives %s local time (%s) as %s in %s, but on %s, %s in %s was %s in %s.",
				c.Evidence.Article, at, z.localZone, clockOfDay(z.other), z.otherName,
				temporal.Format(z.local.Format("2006-01-02")), at, z.localZone, clockOfDay(actual), z.otherName)
		}
		if summary == "" {
			continue
		}
		p.Report(Discrepancy{Kind: claim.KindTime, Severity: r.severity, Subject: c.Subject, Summary: summary,
			Claims: []ClaimRef{RefOf(c, "conversion")}})
	}
}

// minutesOfDay is t's time of day in minutes after midnight.
func minutesOfDay(t time.Time) int { return t.Hour()*60 + t.Minute() }

// near reports two times of day within the tolerance, across midnight.
func (r *zoneRule) near(a, b int) bool {
	d := (a - b + 24*60) % (24 * 60)
	return min(d, 24*60-d) <= r.tolerance
}

// anyDay tries the local clock time on every day of the years the tz
// database covers in news (2000-2030): the conversion holds on one of
// them, or the other zone's clock times it maps to are returned.
func (r *zoneRule) anyDay(z zoneConversion) ([]string, bool) {
	seen := map[int]bool{}
	var out []string
	d := z.local
	for d.Year() <= 2030 {
		m := minutesOfDay(d.In(z.otherZone))
		if r.near(z.other, m) {
			return nil, true
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, clockOfDay(m))
		}
		d = d.AddDate(0, 0, 1)
	}
	return out, false
}

// clockOfDay writes minutes after midnight as "9:15 p.m.".
func clockOfDay(min int) string {
	h, half := min/60, "a.m."
	if h >= 12 {
		half = "p.m."
	}
	if h = h % 12; h == 0 {
		h = 12
	}
	return fmt.Sprintf("%d:%02d %s", h, min%60, half)
}
