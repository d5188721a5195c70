package events

import (
	"strconv"
	"strings"
)

// quantity is a number read from the text with its unit and qualifier.
type quantity struct {
	value      float64
	unit       string
	approx     string
	first      int     // first token of the written value (currency symbol included)
	last       int     // token after it
	numTok     int     // the number token itself
	approxFrom int     // first token of the qualifier, or -1
	max        float64 // top of a range ("between 40 and 50"), or 0
	vague      bool
	magnitude  bool // "6.1-magnitude"
	perShare   bool // "14.20 euros per share"
	// conv is the amount's conversion in brackets after it ("200 million
	// euros ($52.8 million)"), convEnd the token after the bracket.
	conv    *quantity
	convEnd int
	// counts and scope of a count of zero, read by noneAt: "no one was
	// hurt" counts people injured, "no injuries to guards" is scoped.
	counts, scope string
}

// parseDigits reads "1,200", "3.7", "3.7bn", "5km" into a value and the
// letters glued after it. ok is false for anything else: "G20", "15th",
// "3-1", "COVID-19".
func parseDigits(s string) (float64, string, bool) {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '.') {
		i++
	}
	if i == 0 {
		return 0, "", false
	}
	num, suffix := s[:i], strings.ToLower(s[i:])
	for k, c := range []byte(suffix) {
		// letters, or a hyphen before letters: "6.1-magnitude"
		if (c < 'a' || c > 'z') && !(c == '-' && k == 0 && len(suffix) > 1) {
			return 0, "", false
		}
	}
	if strings.Contains(num, ",") {
		// thousands separators: groups of three
		parts := strings.Split(num, ",")
		for k, p := range parts {
			if k > 0 && (len(p) < 3 || (len(p) > 3 && !strings.Contains(p, "."))) {
				return 0, "", false
			}
		}
		num = strings.ReplaceAll(num, ",", "")
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, "", false
	}
	return v, suffix, true
}

// numberAt reads a number at token i: digits, number words ("five",
// "a dozen", "twenty-five") or vague amounts ("dozens"). It returns the
// value, the token after the number and whether it is vague.
func (a *analysis) numberAt(i, hi int) (float64, string, int, bool, bool) {
	t := a.toks[i]
	if t.digit {
		v, suf, ok := parseDigits(a.tx(i))
		return v, suf, i + 1, false, ok
	}
	if !t.word {
		return 0, "", i, false, false
	}
	// "magnitude-5.9"
	if rest, ok := strings.CutPrefix(t.low, "magnitude-"); ok {
		v, suf, ok := parseDigits(rest)
		return v, "-magnitude" + suf, i + 1, false, ok && suf == ""
	}
	if v, ok := voc().vague[t.low]; ok {
		return v, "", i + 1, true, true
	}
	if n := a.matchPhrase(voc().numberSet, i, hi); n > 0 {
		v := voc().numberWords[a.lowPhrase(i, i+n)]
		// "five hundred", "two thousand", "two dozen"
		if i+n < hi {
			if a.toks[i+n].low == "dozen" && v < 12 {
				return v * 12, "", i + n + 1, false, true
			}
			if m, ok := voc().scales[a.toks[i+n].low]; ok && m < 1e6 {
				return v * m, "", i + n + 1, false, true
			}
			if a.toks[i+n].low == "hundred" {
				return v * 100, "", i + n + 1, false, true
			}
		}
		return v, "", i + n, false, true
	}
	// "twenty-five"
	if k := strings.IndexByte(t.low, '-'); k > 0 {
		tens, ok1 := voc().numberWords[t.low[:k]]
		units, ok2 := voc().numberWords[t.low[k+1:]]
		if ok1 && ok2 && tens >= 20 && tens < 100 && units < 10 {
			return tens + units, "", i + 1, false, true
		}
	}
	return 0, "", i, false, false
}

// formatNumber is the canonical string of a value.
func formatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
