package events

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// Clock times of events: "the shooting happened shortly after 8:30 p.m.
// Thursday" gives the shooting the time claim 2010-09-09T20:30 with the
// qualifier JUST_AFTER. A time is claimed only where the event's date
// is: the expression attached to the mention (see attachedDate) or a
// clock time right beside that date ("on Saturday around 11:30 p.m.").

// Qualifiers of a clock time, stored as the claim's date modifier. APPROX
// is TIMEX3's; the other two are crosscheck's ("shortly after" is no
// TIMEX3 bound: the event came a little later than the time).
const (
	TimeApprox     = "APPROX"
	TimeJustAfter  = "JUST_AFTER"
	TimeJustBefore = "JUST_BEFORE"
	timeBound      = "BOUND" // "after 10 p.m.": not claimed
)

// timesFile is data/times.yml.
type timesFile struct {
	Approx     []string          `yaml:"approx"`
	JustAfter  []string          `yaml:"just_after"`
	JustBefore []string          `yaml:"just_before"`
	Bounds     []string          `yaml:"bounds"`
	Zones      []string          `yaml:"zones"`
	DayStart   []string          `yaml:"day_start"`
	Cues       []string          `yaml:"disaster_cues"`
	ZoneIDs    map[string]string `yaml:"zone_ids"`
	LocalTime  []string          `yaml:"local_time"`
}

// timeVocab is the clock-time vocabulary: qualifier phrases by their
// modifier, longest first, and the time zones that follow a time.
type timeVocab struct {
	qualifiers []timePhrase
	zones      [][]string
	dayStart   [][]string
	cues       [][]string
	zoneIDs    map[string]string // zone phrase → IANA zone or "UTC±hh:mm"
	localTime  [][]string
}

type timePhrase struct {
	words []string
	mod   string
}

func loadTimes() (*timeVocab, error) {
	var f timesFile
	if err := decode("times.yml", &f); err != nil {
		return &timeVocab{}, err
	}
	v := &timeVocab{}
	for _, g := range []struct {
		list []string
		mod  string
	}{{f.Approx, TimeApprox}, {f.JustAfter, TimeJustAfter}, {f.JustBefore, TimeJustBefore}, {f.Bounds, timeBound}} {
		for _, p := range g.list {
			v.qualifiers = append(v.qualifiers, timePhrase{strings.Fields(strings.ToLower(p)), g.mod})
		}
	}
	sort.SliceStable(v.qualifiers, func(i, j int) bool { return len(v.qualifiers[i].words) > len(v.qualifiers[j].words) })
	for _, z := range f.Zones {
		v.zones = append(v.zones, strings.Fields(strings.ToLower(z)))
	}
	for _, p := range f.Cues {
		v.cues = append(v.cues, strings.Fields(strings.ToLower(p)))
	}
	v.zoneIDs = map[string]string{}
	for z, id := range f.ZoneIDs {
		v.zoneIDs[strings.Join(strings.Fields(strings.ToLower(z)), " ")] = id
	}
	for _, p := range f.LocalTime {
		v.localTime = append(v.localTime, strings.Fields(strings.ToLower(p)))
	}
	for _, p := range f.DayStart {
		v.dayStart = append(v.dayStart, strings.Fields(strings.ToLower(p)))
	}
	return v, nil
}

// timeClaim is the time claim of mention m whose date is expression ei.
func (a *analysis) timeClaim(m *mention, ei int, mod claim.Modality) (claim.Claim, bool) {
	ti := a.clockNear(ei)
	if ti < 0 {
		return claim.Claim{}, false
	}
	e := a.exprs[ti]
	first, last := a.exprTokens(ti)
	if first < 0 || a.zoned(last+1) || a.inParens(first) {
		return claim.Claim{}, false
	}
	qual, qfirst := a.timeQualifier(first)
	if qual == timeBound {
		return claim.Claim{}, false
	}
	v := e.Value
	if !hasClock(v) {
		return claim.Claim{}, false
	}
	if day, ok := a.dayOf(ei, ti); ok {
		v = day + v[strings.IndexByte(v, 'T'):]
	} else {
		v = v[strings.IndexByte(v, 'T'):] // the day is unknown
	}
	s, end, ok := a.span(a.toks[qfirst].start, e.End)
	if !ok {
		return claim.Claim{}, false
	}
	dv := a.dateValue(ti)
	dv.Value, dv.Granularity, dv.Mod = v, temporal.GranTime, qual
	if dv.Weekday == "" && ei != ti {
		dv.Weekday = a.exprs[ei].Weekday
	}
	return claim.Claim{
		Kind: claim.KindTime, SubjectKey: claim.Key(m.key), Subject: a.subj[m.key],
		Value: v, ValueText: a.d.Text[s:end], Modality: mod,
		Reference: a.ref, Evidence: a.evidence(s, end), Date: dv,
	}, true
}

// clockNear returns ei when it is a clock time read from the text, else
// the clock time beside date ei in its sentence ("on Saturday around
// 11:30 p.m.", "at 9 a.m. on Friday"), else -1.
func (a *analysis) clockNear(ei int) int {
	if ei < 0 || ei >= len(a.exprs) {
		return -1
	}
	if a.clockExpr(ei) {
		return ei
	}
	first, last := a.exprTokens(ei)
	if first < 0 {
		return -1
	}
	lo, hi := a.sentRange(a.toks[first].sent)
	// after the date: up to three qualifier or link words
	for q := last + 1; q < hi && q <= last+4; q++ {
		if x := a.toks[q].expr; x >= 0 && x != ei {
			if a.clockExpr(x) {
				return x
			}
			break
		}
		if !a.timeGlue(q) {
			break
		}
	}
	// before it: "11am on Friday"
	for q := first - 1; q >= lo && q >= first-2; q-- {
		if x := a.toks[q].expr; x >= 0 && x != ei {
			if a.clockExpr(x) {
				return x
			}
			break
		}
		if l := a.toks[q].low; l != "on" && l != "," {
			break
		}
	}
	return -1
}

// timeGlue reports a word that may stand between a date and its time:
// "on Saturday at about 11:30 p.m.", "Friday, shortly after noon".
func (a *analysis) timeGlue(q int) bool {
	l := a.toks[q].low
	if l == "at" || l == "," {
		return true
	}
	for _, p := range tvoc().qualifiers {
		if p.mod != timeBound && slicesContains(p.words, l) {
			return true
		}
	}
	return false
}

func slicesContains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// clockExpr reports a TIME expression whose clock reading the text makes
// certain: with am/pm, noon or midnight, or a 24-hour hour above 12. "8:30"
// alone may be morning or evening.
func (a *analysis) clockExpr(ei int) bool {
	e := a.exprs[ei]
	if e.Type != temporal.Time || !hasClock(e.Value) {
		return false
	}
	t := strings.ToLower(e.Text)
	if strings.Contains(t, "noon") || strings.Contains(t, "midnight") || hasMeridiem(t) {
		return true
	}
	// a 24-hour clock: an hour above 12, or written with its zero ("06:00")
	c := e.Value[strings.IndexByte(e.Value, 'T')+1:]
	return c[:2] > "12" || strings.HasPrefix(strings.TrimSpace(e.Text), "0")
}

// hasMeridiem reports "am", "pm", "a.m." or "a. m." in a lower-case time.
func hasMeridiem(t string) bool {
	s := strings.NewReplacer(".", "", " ", "").Replace(t)
	return strings.Contains(s, "am") || strings.Contains(s, "pm")
}

// hasClock reports a TIMEX3 value ending in a clock time ("T20:30").
func hasClock(v string) bool {
	i := strings.IndexByte(v, 'T')
	if i < 0 || len(v)-i != 6 || v[i+3] != ':' {
		return false
	}
	for _, c := range []byte(v[i+1:i+3] + v[i+4:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// dayOf returns the full date of the time ti or of its date ei.
func (a *analysis) dayOf(ei, ti int) (string, bool) {
	for _, x := range []int{ti, ei} {
		v := a.exprs[x].Value
		if i := strings.IndexByte(v, 'T'); i >= 0 {
			v = v[:i]
		}
		if fullDate(v) {
			return v, true
		}
	}
	return "", false
}

// exprTokens returns the first and last token of expression ei, or -1.
func (a *analysis) exprTokens(ei int) (int, int) {
	e := a.exprs[ei]
	first := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].end > e.Start })
	if first >= len(a.toks) || a.toks[first].expr != ei {
		return -1, -1
	}
	last := first
	for last+1 < len(a.toks) && a.toks[last+1].expr == ei {
		last++
	}
	return first, last
}

// timeQualifier reads the qualifier before token first ("about", "shortly
// after"; "at about" too) and returns its modifier ("" for none) and the
// token the claim's span starts at.
func (a *analysis) timeQualifier(first int) (string, int) {
	lo, _ := a.sentRange(a.toks[first].sent)
	for _, p := range tvoc().qualifiers {
		n := len(p.words)
		if first-n < lo {
			continue
		}
		ok := true
		for k, w := range p.words {
			if a.toks[first-n+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return p.mod, first - n
		}
	}
	return "", first
}

// zoned reports a time zone at token q ("ET", "GMT", "(11.30 p.m. ET)").
func (a *analysis) zoned(q int) bool {
	for _, z := range tvoc().zones {
		if a.wordsAt(q, len(a.toks), z) {
			return true
		}
	}
	return false
}

// inParens reports a time right after an opening parenthesis: the same
// moment given again, in another zone or form.
func (a *analysis) inParens(first int) bool {
	for q := first - 1; q >= 0 && q >= first-3; q-- {
		switch a.tx(q) {
		case "(", "[":
			return true
		case ")", ".", ",":
			return false
		}
	}
	return false
}

// qualifierLen returns the length of a time qualifier ("about", "shortly
// after") at token q that leads straight to a time or date expression,
// else 0.
func (a *analysis) qualifierLen(q, hi int) int {
	for _, p := range tvoc().qualifiers {
		n := len(p.words)
		if p.mod == timeBound || q+n >= hi || a.toks[q+n].expr < 0 {
			continue
		}
		ok := true
		for k, w := range p.words {
			if a.toks[q+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return n
		}
	}
	return 0
}

// dayStartMod returns START for a date the words before it put in its
// first hours ("in the early hours of Friday"), else the date's own
// modifier.
func (a *analysis) dayStartMod(ei int) string {
	mod := a.exprs[ei].Mod
	first, _ := a.exprTokens(ei)
	if mod != "" || first < 0 {
		return mod
	}
	lo, _ := a.sentRange(a.toks[first].sent)
	for _, p := range tvoc().dayStart {
		n := len(p)
		if first-n < lo {
			continue
		}
		ok := true
		for k, w := range p {
			if a.toks[first-n+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return "START"
		}
	}
	return mod
}
