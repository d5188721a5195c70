package temporal

import (
	"time"
)

// wantExpr is one expected expression; empty optional fields are not checked.
type wantExpr struct {
	Text, Value string
	Type        Type
	Gran        string
	Mod         string
	Weekday     string
	RangeEnd    string
	Resolution  string
}

type tagCase struct {
	ref      string // YYYY-MM-DD, or "" for no reference date
	dayFirst bool
	text     string
	want     []wantExpr
}

type wantOpt func(*wantExpr)

func w(text, value string, opts ...wantOpt) wantExpr {
	x := wantExpr{Text: text, Value: value}
	for _, o := range opts {
		o(&x)
	}
	return x
}

func typ(t Type) wantOpt            { return func(x *wantExpr) { x.Type = t } }
func gran(g string) wantOpt         { return func(x *wantExpr) { x.Gran = g } }
func mod(m string) wantOpt          { return func(x *wantExpr) { x.Mod = m } }
func wd(d string) wantOpt           { return func(x *wantExpr) { x.Weekday = d } }
func rng(e string) wantOpt          { return func(x *wantExpr) { x.RangeEnd = e } }
func res(r string) wantOpt          { return func(x *wantExpr) { x.Resolution = r } }
func none(ref, text string) tagCase { return tagCase{ref: ref, text: text} }

func c(ref, text string, want ...wantExpr) tagCase {
	return tagCase{ref: ref, text: text, want: want}
}

func (tc tagCase) options() Options {
	var o Options
	if tc.ref != "" {
		o.Reference, _ = time.Parse("2006-01-02", tc.ref)
	}
	o.DayFirst = tc.dayFirst
	return o
}

// mismatch describes how got differs from want, or "" when it matches.
func mismatch(got []Expression, want []wantExpr) string {
	if len(got) != len(want) {
		return "count differs"
	}
	for i, g := range got {
		x := want[i]
		switch {
		case g.Text != x.Text, g.Value != x.Value:
			return "text/value differ"
		case x.Type != "" && g.Type != x.Type:
			return "type differs"
		case x.Gran != "" && g.Granularity != x.Gran:
			return "granularity differs"
		case x.Mod != "" && g.Mod != x.Mod:
			return "mod differs"
		case x.Weekday != "" && g.Weekday != x.Weekday:
			return "weekday differs"
		case x.RangeEnd != "" && g.RangeEnd != x.RangeEnd:
			return "range end differs"
		case x.Resolution != "" && g.Resolution != x.Resolution:
			return "resolution differs"
		}
	}
	return ""
}
