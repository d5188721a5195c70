package events

import (
	"sort"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// fullDate reports whether v is YYYY-MM-DD with a known year.
func fullDate(v string) bool {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i, c := range []byte(v) {
		if i == 4 || i == 7 {
			continue
		}
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// namesDate reports whether the text of e names its date (rather than a
// bare weekday resolved against the reference).
func namesDate(e temporal.Expression) bool {
	return e.Resolution == temporal.ResolvedAbsolute || e.Resolution == temporal.ResolvedYearFromRef
}

// weekdayWord finds the first weekday name in text[s:e] and returns its
// span and full lower-case name.
func (a *analysis) weekdayWord(s, e int) (int, int, string) {
	t := a.d.Text
	var buf [12]byte
	for i := s; i < e; {
		if !isASCIILetter(t[i]) {
			i++
			continue
		}
		j := i
		for j < e && isASCIILetter(t[j]) {
			j++
		}
		if j-i <= len(buf) {
			n := copy(buf[:], t[i:j])
			for k := range n {
				buf[k] |= 0x20
			}
			if name := voc().weekdays[string(buf[:n])]; name != "" {
				return i, j, name
			}
		}
		i = j
	}
	return 0, 0, ""
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// weekdayClaims claims the weekday of every expression that names a
// weekday together with a full date ("Sunday, September 28, 2025"), also
// when the tagger split the weekday from its date. It returns the
// expressions used, so the lead-weekday pass skips them.
func (a *analysis) weekdayClaims() ([]claim.Claim, map[int]bool) {
	var out []claim.Claim
	used := map[int]bool{}
	for ei, e := range a.exprs {
		s, end, ok := a.span(e.Start, e.End)
		if !ok {
			continue
		}
		ws, we, name := a.weekdayWord(s, end)
		if name == "" {
			continue
		}
		dateEi := -1
		if namesDate(e) && fullDate(e.Value) {
			dateEi = ei
		} else if nx := a.nextExpr(ei); nx >= 0 && namesDate(a.exprs[nx]) && fullDate(a.exprs[nx].Value) {
			dateEi = nx
		}
		if dateEi < 0 {
			continue
		}
		used[ei] = true
		v := a.exprs[dateEi].Value
		out = append(out, claim.Claim{
			Kind: claim.KindWeekday, SubjectKey: claim.DateKey(v), Subject: a.d.Text[s:max(end, a.exprs[dateEi].End)],
			Value: name, ValueText: a.d.Text[ws:we], Modality: claim.Asserted,
			Reference: a.ref, Evidence: a.evidence(ws, we), Date: a.dateValue(dateEi),
		})
	}
	return out, used
}

// nextExpr returns the expression that follows expression ei after no
// more than ", " ("Sunday, 28 September 2025" tagged as two), or -1.
func (a *analysis) nextExpr(ei int) int {
	end := a.exprs[ei].End
	from := 0
	if a.exprsSorted {
		// Only expressions starting at end.. end+3 qualify: a scan from
		// the first of them keeps this linear in an article's dates.
		from = sort.Search(len(a.exprs), func(j int) bool { return a.exprs[j].Start >= end })
	}
	for j := from; j < len(a.exprs); j++ {
		o := a.exprs[j]
		if a.exprsSorted && o.Start > end+3 {
			break
		}
		if j == ei || o.Start < end || o.Start > end+3 {
			continue
		}
		gap := a.d.Text[end:o.Start]
		ok := true
		for _, c := range []byte(gap) {
			if c != ',' && c != ' ' {
				ok = false
			}
		}
		if ok {
			return j
		}
	}
	return -1
}

// leadWeekdayClaims claims bare weekdays in the first two body paragraphs
// ("the ministry announced Monday"): they say which day the news is from.
func (a *analysis) leadWeekdayClaims(info ArticleInfo, used map[int]bool) []claim.Claim {
	lead := a.leadParagraphs(info, 2)
	var out []claim.Claim
	for ei, e := range a.exprs {
		if used[ei] || e.Weekday == "" || namesDate(e) {
			continue
		}
		s, end, ok := a.span(e.Start, e.End)
		if !ok || !lead[a.paragraphAt(s)] {
			continue
		}
		ws, we, name := a.weekdayWord(s, end)
		if name == "" || !a.reportsNews(s, end) {
			continue
		}
		out = append(out, claim.Claim{
			Kind: claim.KindWeekday, SubjectKey: claim.ArticleKey(a.d.ID), Subject: a.d.Text[s:end],
			Value: name, ValueText: a.d.Text[ws:we], Modality: claim.Asserted,
			Reference: a.ref, Evidence: a.evidence(ws, we), Date: a.dateValue(ei),
		})
	}
	return out
}

// reportsNews reports whether the weekday at text[s:e] dates a news verb:
// "announced Monday", "said on Saturday", "On Monday, the ministry said".
// A weekday elsewhere ("the river rose on Friday") dates the event.
func (a *analysis) reportsNews(s, e int) bool {
	first := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].end > s })
	last := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].start >= e })
	if first >= len(a.toks) || first >= last {
		return false
	}
	lo, hi := a.sentRange(a.toks[first].sent)
	for q := first - 1; q >= lo && q >= first-4; q-- {
		if a.isClauseBreak(q) {
			break
		}
		if voc().newsVerbs[a.toks[q].low] {
			return true
		}
	}
	// sentence-initial "On Monday, ...": the main verb comes after
	if lead := first == lo || first == lo+1 && a.toks[lo].low == "on"; lead {
		for q := last; q < hi && q < last+8; q++ {
			if voc().newsVerbs[a.toks[q].low] {
				return true
			}
		}
	}
	return false
}

// paragraphAt returns the index of the paragraph holding byte off, or -1.
func (a *analysis) paragraphAt(off int) int {
	if si := a.d.SentenceAt(off); si >= 0 {
		return a.d.Sentences[si].Paragraph
	}
	return -1
}

// leadParagraphs marks the first n paragraphs of body text: not the
// dateline, and long enough and punctuated like prose (headlines, section
// labels and "5 min read" are not).
func (a *analysis) leadParagraphs(info ArticleInfo, n int) map[int]bool {
	words := make([]int, len(a.d.Paragraphs))
	lastTok := make([]int, len(a.d.Paragraphs))
	for i := range lastTok {
		lastTok[i] = -1
	}
	for i, t := range a.toks {
		p := a.paragraphOf(t.sent)
		if p < 0 || p >= len(words) {
			continue
		}
		if t.word {
			words[p]++
		}
		lastTok[p] = i
	}
	out := map[int]bool{}
	for p, par := range a.d.Paragraphs {
		if len(out) == n {
			break
		}
		if info.DatelineStart >= 0 && par.Start < info.DatelineEnd && info.DatelineStart < par.End {
			continue
		}
		if words[p] < 12 || lastTok[p] < 0 {
			continue
		}
		switch a.tx(lastTok[p]) {
		case ".", "!", "?", "\"", "”", "’", ")":
			out[p] = true
		}
	}
	return out
}

// eventWeekdayClaim is the weekday claim of mention m from expression ei
// when ei names a weekday but no date can be claimed from it (an undated
// article's "on Sunday"): two weekdays given for one event contradict
// each other whatever the date.
func (a *analysis) eventWeekdayClaim(m *mention, ei int, mod claim.Modality) (claim.Claim, bool) {
	e := a.exprs[ei]
	if e.Weekday == "" || claimableDate(e) {
		return claim.Claim{}, false
	}
	s, end, ok := a.span(e.Start, e.End)
	if !ok {
		return claim.Claim{}, false
	}
	_, _, name := a.weekdayWord(s, end)
	if name == "" {
		return claim.Claim{}, false
	}
	dv := a.dateValue(ei)
	dv.Mod = a.dayStartMod(ei)
	return claim.Claim{
		Kind: claim.KindWeekday, SubjectKey: claim.Key(m.key), Subject: a.subj[m.key],
		Value: name, ValueText: a.d.Text[s:end], Modality: mod,
		Reference: a.ref, Evidence: a.evidence(s, end), Date: dv,
	}, true
}
