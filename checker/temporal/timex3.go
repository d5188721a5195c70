package temporal

import "strings"

// rangeSeparators split a range into its two TIMEX3, longest first.
var rangeSeparators = []string{" through ", " until ", " thru ", " till ", " and ", " to ",
	" \u2013 ", " \u2014 ", " - ", "\u2013", "\u2014", "-"}

// TIMEX3 returns the expressions as TimeML TIMEX3 annotate them: a range
// ("1947-1991", "1957-58", "April 24 and 25", "Aug. 26 to Oct. 20") is two
// TIMEX3, its start and its end; every other expression is itself. Tag
// keeps a range as one expression (Value and RangeEnd) because claims
// compare it whole.
func TIMEX3(exprs []Expression) []Expression {
	out := make([]Expression, 0, len(exprs))
	for _, x := range exprs {
		a, b, ok := splitRange(x)
		if !ok {
			out = append(out, x)
			continue
		}
		out = append(out, a, b)
	}
	return out
}

// splitRange cuts a range at its separator. A day-first range ("28-30
// September") stays whole: its start names no month.
func splitRange(x Expression) (Expression, Expression, bool) {
	if x.RangeEnd == "" {
		return x, x, false
	}
	for _, sep := range rangeSeparators {
		p := strings.Index(x.Text[1:], sep)
		if p < 0 {
			continue
		}
		p++
		left := strings.TrimRight(x.Text[:p], " ,")
		rs := p + len(sep)
		for rs < len(x.Text) && x.Text[rs] == ' ' {
			rs++
		}
		right := x.Text[rs:]
		if left == "" || right == "" || len(left) <= 2 && allDigits(left) {
			return x, x, false
		}
		a, b := x, x
		a.End, a.Text, a.RangeEnd = x.Start+len(left), left, ""
		b.Start, b.Text, b.Value, b.RangeEnd, b.Weekday = x.Start+rs, right, x.RangeEnd, "", ""
		if x.RangeEnd == PresentRef {
			b.Resolution, b.Granularity = ResolvedVague, ""
		}
		return a, b, true
	}
	return x, x, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
