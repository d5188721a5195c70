package rules

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

type numberOptions struct {
	// Approx maps hedge words to a relative tolerance: about: 0.1.
	Approx map[string]float64 `yaml:"approx"`
	// UnknownTolerance applies to hedge words listed nowhere.
	UnknownTolerance float64  `yaml:"unknown_tolerance"`
	Exact            []string `yaml:"exact"`     // exactly, precisely
	AtLeast          []string `yaml:"at_least"`  // the number is a lower bound
	MoreThan         []string `yaml:"more_than"` // a strict lower bound
	AtMost           []string `yaml:"at_most"`   // an upper bound
	LessThan         []string `yaml:"less_than"` // a strict upper bound
	// Vague lists vague amounts ("dozens", "hundreds"): lower bounds that
	// are no writer's best figure. Two firm lower bounds ("more than
	// 26,000", "more than 31,000") are each a writer's figure and must
	// agree within FirmBoundTolerance; so must two upper bounds of
	// AtMost ("up to 70 percent", "up to 80 percent").
	Vague              []string `yaml:"vague"`
	FirmBoundTolerance float64  `yaml:"firm_bound_tolerance"`
	// Cumulative lists what counts only grow (killed, arrested): a later
	// article with a higher figure reports an update, not a contradiction.
	Cumulative []string `yaml:"cumulative"`
	// ConvertedTolerance widens an amount the writer converted from
	// another currency: outlets convert at different days' rates.
	ConvertedTolerance float64 `yaml:"converted_tolerance"`
	// UpdateSeverity is the severity of such updates.
	UpdateSeverity string `yaml:"update_severity"`
	// Estimates lists measures whose figures are estimates by nature
	// (damage): a bare one is compared as an approximate one, with
	// UnknownTolerance.
	Estimates []string `yaml:"estimates"`
}

type boundKind int

const (
	boundExact boundKind = iota
	boundApprox
	boundAtLeast
	boundMoreThan
	boundAtMost
	boundLessThan
	boundVague // "dozens": at least, and no one's best figure
)

type numberCompare struct {
	firmTol        float64
	convertedTol   float64
	hedges         map[string]boundKind
	tolerance      map[string]float64
	unknownTol     float64
	cumulative     []string // " killed " (padded for whole-word search)
	estimates      map[string]bool
	updateSeverity Severity
}

func newNumberCompare(o *numberOptions) (*numberCompare, error) {
	if o == nil {
		o = &numberOptions{}
	}
	n := &numberCompare{hedges: map[string]boundKind{}, tolerance: map[string]float64{}, unknownTol: o.UnknownTolerance, updateSeverity: Info}
	if o.UnknownTolerance < 0 || o.UnknownTolerance >= 1 {
		return nil, fmt.Errorf("options.numbers.unknown_tolerance must be in [0, 1), got %v", o.UnknownTolerance)
	}
	for w, tol := range o.Approx {
		if tol < 0 || tol >= 1 {
			return nil, fmt.Errorf("options.numbers.approx: tolerance of %q must be in [0, 1), got %v", w, tol)
		}
		n.hedges[normHedge(w)] = boundApprox
		n.tolerance[normHedge(w)] = tol
	}
	lists := []struct {
		words []string
		kind  boundKind
	}{{o.Exact, boundExact}, {o.AtLeast, boundAtLeast}, {o.MoreThan, boundMoreThan}, {o.AtMost, boundAtMost}, {o.LessThan, boundLessThan}, {o.Vague, boundVague}}
	for _, l := range lists {
		for _, w := range l.words {
			if _, dup := n.hedges[normHedge(w)]; dup {
				return nil, fmt.Errorf("options.numbers: %q is listed twice", w)
			}
			n.hedges[normHedge(w)] = l.kind
		}
	}
	n.estimates = map[string]bool{}
	for _, e := range o.Estimates {
		n.estimates[normHedge(e)] = true
	}
	for _, c := range o.Cumulative {
		n.cumulative = append(n.cumulative, " "+normHedge(c)+" ")
	}
	if o.FirmBoundTolerance < 0 || o.FirmBoundTolerance >= 1 {
		return nil, fmt.Errorf("options.numbers.firm_bound_tolerance must be in [0, 1), got %v", o.FirmBoundTolerance)
	}
	n.firmTol = o.FirmBoundTolerance
	if o.ConvertedTolerance < 0 || o.ConvertedTolerance >= 1 {
		return nil, fmt.Errorf("options.numbers.converted_tolerance must be in [0, 1), got %v", o.ConvertedTolerance)
	}
	n.convertedTol = o.ConvertedTolerance
	if o.UpdateSeverity != "" {
		sev, err := ParseSeverity(o.UpdateSeverity)
		if err != nil {
			return nil, fmt.Errorf("options.numbers.update_severity: %v", err)
		}
		n.updateSeverity = sev
	}
	return n, nil
}

func normHedge(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

func (n *numberCompare) key(c *claim.Claim) (string, bool) {
	if c.Number == nil {
		return c.Value, c.Value != ""
	}
	nv := c.Number
	return nv.Approx + "|" + strconv.FormatFloat(nv.Value, 'g', -1, 64) + "|" + strconv.FormatFloat(nv.Max, 'g', -1, 64) + "|" + nv.Counts + "|" + nv.Unit + "|" + nv.Scope, true
}

func (n *numberCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	var x, top float64
	var unit, approx, counts, scope string
	if c.Number != nil {
		x, unit, approx, counts, scope = c.Number.Value, c.Number.Unit, c.Number.Approx, c.Number.Counts, c.Number.Scope
		top = c.Number.Max
	} else {
		f, err := strconv.ParseFloat(c.Value, 64)
		if err != nil {
			return sideValue{}, false
		}
		x = f
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return sideValue{}, false
	}
	approx = normHedge(approx)
	human := humanNumber(approx, x, unit)
	if top > x {
		human = humanNumber(approx, x, "") + "–" + humanNumber("", top, unit)
	}
	// lengths and speeds in one unit: "940 miles" and "1,500 kilometers"
	dim, f := unitDimension(unit)
	x, top = x*f, top*f
	v := sideValue{partition: normHedge(counts) + "|" + dim + "|" + normHedge(scope), lo: x, hi: max(x, top)}
	if dim == "bearing" {
		v.circular = true
	}
	kind, known := n.hedges[approx]
	tol := n.tolerance[approx]
	if !known && approx != "" || approx == "" && n.estimates[normHedge(counts)] {
		// an unlisted hedge; a bare estimate ("caused $1 million in
		// damage")
		kind, tol = boundApprox, n.unknownTol
	}
	switch kind {
	case boundExact:
		v.spec = 3
	case boundApprox:
		d := math.Abs(x) * tol
		v.lo, v.hi, v.spec = x-d, v.hi+math.Abs(v.hi)*tol, 2
	case boundAtLeast, boundMoreThan, boundVague:
		v.hi, v.hiOpen, v.loOpen, v.spec = math.Inf(1), true, kind == boundMoreThan, 1
		v.firm = kind != boundVague && n.firmTol > 0
	case boundAtMost, boundLessThan:
		v.lo, v.loOpen, v.hiOpen, v.spec = math.Inf(-1), true, kind == boundLessThan, 1
		v.firmUp = kind == boundAtMost && n.firmTol > 0
	}
	if f != 1 {
		// a converted figure was rounded in one unit or the other
		v.lo, v.hi = v.lo-math.Abs(v.lo)*convertTolerance, v.hi+math.Abs(v.hi)*convertTolerance
	}
	if c.Number != nil && c.Number.Converted {
		// "£1.2m ($1.8m)": the writer's rate, not the event's figure
		v.lo, v.hi = v.lo-math.Abs(v.lo)*n.convertedTol, v.hi+math.Abs(v.hi)*n.convertedTol
		v.spec = min(v.spec, 1)
	}
	v.unit, v.round = unit, roundingOf(c.Number, x/f)*f
	v.human = human
	v.key, _ = n.key(c)
	return v, true
}

// roundingOf is half the step a written figure was rounded to: 60 → 5,
// 35 → 0.5, 1,500 → 50, 5.9 → 0.05. A figure converted from another unit
// was rounded in its own unit, so two sides in different units agree when
// they overlap within their roundings ("60 km" and "35 miles").
func roundingOf(nv *claim.NumberValue, x float64) float64 {
	if nv != nil && nv.Max > nv.Value {
		return 0 // a range is its own interval
	}
	x = math.Abs(x)
	if x == 0 || x >= 1e15 {
		return 0
	}
	if x != math.Trunc(x) {
		step := 1.0
		for d := 0; d < 6; d++ {
			step /= 10
			if nearlyEqual(x/step, math.Round(x/step)) {
				break
			}
		}
		return step / 2
	}
	step := 1.0
	for n := int64(x); n%10 == 0 && n > 0; n /= 10 {
		step *= 10
	}
	return step / 2
}

// convertTolerance absorbs the rounding of a figure converted between
// units: "58km (36 miles)", "2,000ft (609 metres)".
const convertTolerance = 0.03

// unitDimension gives a unit's dimension and the factor to its base unit
// (metres, km/h), so figures in miles and in kilometres compare; other
// units stay their own dimension.
func unitDimension(unit string) (string, float64) {
	switch unit {
	case "m":
		return "length", 1
	case "km":
		return "length", 1000
	case "mi":
		return "length", 1609.344
	case "nmi":
		return "length", 1852
	case "ft":
		return "length", 0.3048
	case "km/h":
		return "speed", 1
	case "mph":
		return "speed", 1.609344
	case "bearing":
		return "bearing", 1
	}
	return unit, 1
}

// bearingTolerance: compass points one step apart ("south" and
// "south-west") agree; farther apart they do not.
const bearingTolerance = 45.0

// agree reports whether the two intervals share a value; bearings agree
// within bearingTolerance around the circle.
func (n *numberCompare) agree(a, b *sideValue) bool {
	if a.firm && b.firm {
		// "more than 26,000" and "more than 31,000": two writers' figures
		x, y := math.Min(a.lo, b.lo), math.Max(a.lo, b.lo)
		return y <= x*(1+n.firmTol)
	}
	if a.firmUp && b.firmUp {
		// "up to 70 percent" and "up to 80 percent": two writers' figures
		// of the most
		x, y := math.Min(a.hi, b.hi), math.Max(a.hi, b.hi)
		return y <= x*(1+n.firmTol)
	}
	if a.circular || b.circular {
		d := math.Mod(math.Abs(a.lo-b.lo), 360)
		return math.Min(d, 360-d) <= bearingTolerance
	}
	if a.unit != b.unit {
		a, b = widened(a), widened(b)
	}
	lo, loOpen := a.lo, a.loOpen
	if b.lo > lo || (b.lo == lo && b.loOpen) {
		lo, loOpen = b.lo, b.loOpen
	}
	hi, hiOpen := a.hi, a.hiOpen
	if b.hi < hi || (b.hi == hi && b.hiOpen) {
		hi, hiOpen = b.hi, b.hiOpen
	}
	if lo < hi && !nearlyEqual(lo, hi) {
		return true
	}
	if nearlyEqual(lo, hi) {
		return !loOpen && !hiOpen
	}
	return false
}

// widened is v with its interval grown by the rounding of its figure.
func widened(v *sideValue) *sideValue {
	w := *v
	w.lo, w.hi = w.lo-w.round, w.hi+w.round
	return &w
}

// nearlyEqual absorbs float noise from scaling ("3.7 billion").
func nearlyEqual(a, b float64) bool {
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

// humanNumber renders "about 60", "$3.7 billion", "more than 120 km".
func humanNumber(approx string, x float64, unit string) string {
	num := formatNumber(x)
	switch sym, isCurrency := currencySymbols[strings.ToUpper(unit)]; {
	case isCurrency:
		num = sym + num
	case unit == "percent":
		num += "%"
	case unit != "" && unit != "people":
		num += " " + unit
	}
	if approx != "" {
		return approx + " " + num
	}
	return num
}

func formatNumber(x float64) string {
	abs := math.Abs(x)
	switch {
	case abs >= 1e9:
		return trimFloat(x/1e9) + " billion"
	case abs >= 1e6:
		return trimFloat(x/1e6) + " million"
	}
	return trimFloat(x)
}

// trimFloat prints x without the noise of binary fractions (3.7, not
// 3.7000000000000002).
func trimFloat(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e6)/1e6, 'f', -1, 64)
}

func (n *numberCompare) isCumulative(counts string) bool {
	padded := " " + normHedge(counts) + " "
	for _, w := range n.cumulative {
		if strings.Contains(padded, w) {
			return true
		}
	}
	return false
}
