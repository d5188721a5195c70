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
	// Cumulative lists what counts only grow (killed, arrested): a later
	// article with a higher figure reports an update, not a contradiction.
	Cumulative []string `yaml:"cumulative"`
	// UpdateSeverity is the severity of such updates.
	UpdateSeverity string `yaml:"update_severity"`
}

type boundKind int

const (
	boundExact boundKind = iota
	boundApprox
	boundAtLeast
	boundMoreThan
	boundAtMost
	boundLessThan
)

type numberCompare struct {
	hedges         map[string]boundKind
	tolerance      map[string]float64
	unknownTol     float64
	cumulative     []string // " killed " (padded for whole-word search)
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
	}{{o.Exact, boundExact}, {o.AtLeast, boundAtLeast}, {o.MoreThan, boundMoreThan}, {o.AtMost, boundAtMost}, {o.LessThan, boundLessThan}}
	for _, l := range lists {
		for _, w := range l.words {
			if _, dup := n.hedges[normHedge(w)]; dup {
				return nil, fmt.Errorf("options.numbers: %q is listed twice", w)
			}
			n.hedges[normHedge(w)] = l.kind
		}
	}
	for _, c := range o.Cumulative {
		n.cumulative = append(n.cumulative, " "+normHedge(c)+" ")
	}
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
	return nv.Approx + "|" + strconv.FormatFloat(nv.Value, 'g', -1, 64) + "|" + nv.Counts + "|" + nv.Unit, true
}

func (n *numberCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	var x float64
	var unit, approx, counts string
	if c.Number != nil {
		x, unit, approx, counts = c.Number.Value, c.Number.Unit, c.Number.Approx, c.Number.Counts
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
	v := sideValue{partition: normHedge(counts) + "|" + unit, lo: x, hi: x}
	kind, known := n.hedges[approx]
	tol := n.tolerance[approx]
	if !known && approx != "" {
		kind, tol = boundApprox, n.unknownTol
	}
	switch kind {
	case boundExact:
		v.spec = 3
	case boundApprox:
		d := math.Abs(x) * tol
		v.lo, v.hi, v.spec = x-d, x+d, 2
	case boundAtLeast, boundMoreThan:
		v.hi, v.hiOpen, v.loOpen, v.spec = math.Inf(1), true, kind == boundMoreThan, 1
	case boundAtMost, boundLessThan:
		v.lo, v.loOpen, v.hiOpen, v.spec = math.Inf(-1), true, kind == boundLessThan, 1
	}
	v.human = humanNumber(approx, x, unit)
	v.key, _ = n.key(c)
	return v, true
}

// agree reports whether the two intervals share a value.
func (n *numberCompare) agree(a, b *sideValue) bool {
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
