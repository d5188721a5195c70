package events

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// Where an article's publication date was read from (ArticleInfo.PublishedFrom).
const (
	FromMetadata = "metadata"
	FromDateline = "dateline"
	FromByline   = "byline"
	FromURL      = "url"
	FromUnknown  = "unknown"
)

// metadataSentence and urlSentence stand in for the sentence of a date
// read from metadata or from the article's address.
const (
	metadataSentence = "(metadata)"
	urlSentence      = "(url)"
)

// spanless: a claim read from metadata or the address, not the text.
func spanless(c *claim.Claim) bool {
	return c.Evidence.Sentence == metadataSentence || c.Evidence.Sentence == urlSentence
}

// articleDateClaims claims each place the article states its own date:
// the dateline, the metadata, and a byline date ("OUTLET (29/9/2025):").
func (a *analysis) articleDateClaims(info ArticleInfo) []claim.Claim {
	var out []claim.Claim
	subject := claim.ArticleKey(a.d.ID)
	if !info.Published.IsZero() {
		v := info.Published.Format("2006-01-02")
		dv := &claim.DateValue{Value: v, Granularity: temporal.GranDay, Resolution: temporal.ResolvedAbsolute}
		switch info.PublishedFrom {
		case FromDateline, FromByline:
			if s, e, ok := a.datelineSpan(info); ok {
				out = append(out, claim.Claim{
					Kind: claim.KindDate, SubjectKey: subject, Subject: info.PublishedFrom,
					Value: v, ValueText: a.d.Text[s:e], Modality: claim.Asserted,
					Reference: a.ref, Evidence: a.evidence(s, e), Date: dv,
				})
			}
		case FromMetadata, FromURL:
			sentence := metadataSentence
			if info.PublishedFrom == FromURL {
				sentence = urlSentence
			}
			out = append(out, claim.Claim{
				Kind: claim.KindDate, SubjectKey: subject, Subject: info.PublishedFrom,
				Value: v, ValueText: info.PublishedText, Modality: claim.Asserted,
				Reference: a.ref,
				Evidence:  claim.Evidence{Article: a.d.ID, Sentence: sentence},
				Date:      dv,
			})
		}
		out = append(out, a.otherDateClaims(info, subject)...)
	}
	return append(out, a.bylineClaims(info, subject)...)
}

// datelineSpan is the dateline's span, narrowed to the date text when the
// reader gave it.
func (a *analysis) datelineSpan(info ArticleInfo) (int, int, bool) {
	return a.narrowedSpan(info.DatelineStart, info.DatelineEnd, info.PublishedText)
}

// narrowedSpan is the span [start, end) of a line, narrowed to text inside
// it when text is given and found there.
func (a *analysis) narrowedSpan(start, end int, text string) (int, int, bool) {
	s, e, ok := a.span(start, end)
	if !ok {
		return 0, 0, false
	}
	if text != "" {
		if k := strings.Index(a.d.Text[s:e], text); k >= 0 {
			return s + k, s + k + len(text), true
		}
	}
	return s, e, true
}

// bylineClaims reads "OUTLET (DATE):" or "OUTLET, DATE (Agency) -" at the
// start of one of the first three paragraphs after the dateline.
func (a *analysis) bylineClaims(info ArticleInfo, subject claim.Key) []claim.Claim {
	var out []claim.Claim
	seen := 0
	for pi, par := range a.d.Paragraphs {
		if seen == 3 {
			break
		}
		if info.DatelineStart >= 0 && par.Start < info.DatelineEnd && info.DatelineStart < par.End {
			continue
		}
		seen++
		if c, ok := a.byline(pi, subject); ok {
			out = append(out, c)
		}
	}
	return out
}

// paragraphTokens returns the token range of paragraph pi.
func (a *analysis) paragraphTokens(pi int) (int, int) {
	lo, hi := -1, -1
	for si, s := range a.d.Sentences {
		if s.Paragraph != pi {
			continue
		}
		if lo < 0 {
			lo = a.sentTok[si]
		}
		hi = a.sentTok[si+1]
	}
	return lo, hi
}

func isDash(s string) bool { return s == "-" || s == "—" || s == "–" || s == ":" }

// byline reads a byline date at the start of paragraph pi.
func (a *analysis) byline(pi int, subject claim.Key) (claim.Claim, bool) {
	lo, hi := a.paragraphTokens(pi)
	if lo < 0 || lo >= hi {
		return claim.Claim{}, false
	}
	// the outlet: one to four capitalised words, not a date
	i := lo
	for i < hi && i < lo+4 && a.toks[i].cap && a.toks[i].expr < 0 &&
		!voc().months[a.toks[i].low] && voc().weekdays[a.toks[i].low] == "" {
		i++
	}
	if i == lo || i+2 >= hi {
		return claim.Claim{}, false
	}
	var ds, de, after int
	switch a.tx(i) {
	case "(":
		j := i + 1
		for j < hi && j < i+10 && a.tx(j) != ")" {
			j++
		}
		if j >= hi || a.tx(j) != ")" || j == i+1 {
			return claim.Claim{}, false // no closing bracket, or nothing inside: "Outlet ( ):"
		}
		ds, de, after = a.toks[i+1].start, a.toks[j-1].end, j+1
	case ",":
		ei := a.toks[i+1].expr
		if ei < 0 {
			return claim.Claim{}, false
		}
		j := i + 1
		for j < hi && a.toks[j].expr == ei {
			j++
		}
		ds, de, after = a.toks[i+1].start, a.toks[j-1].end, j
		if after < hi && a.tx(after) == "(" {
			for after < hi && after < j+6 && a.tx(after) != ")" {
				after++
			}
			after++
		}
	default:
		return claim.Claim{}, false
	}
	if after >= hi || !isDash(a.tx(after)) {
		return claim.Claim{}, false
	}
	value, dv, s, e, ok := a.dateIn(ds, de)
	if !ok {
		return claim.Claim{}, false
	}
	return claim.Claim{
		Kind: claim.KindDate, SubjectKey: subject, Subject: "byline",
		Value: value, ValueText: a.d.Text[s:e], Modality: claim.Asserted,
		Reference: a.ref, Evidence: a.evidence(s, e), Date: dv,
	}, true
}

// dateIn returns the day-precise date written in text[s:e]: a tagged
// expression, else an unambiguous numeric d/m/y or m/d/y.
func (a *analysis) dateIn(s, e int) (string, *claim.DateValue, int, int, bool) {
	for ei, x := range a.exprs {
		if x.Start >= s && x.End <= e && x.Start < x.End && a.dateExpr(ei) && x.Granularity == temporal.GranDay && claimableDate(x) {
			if xs, xe, ok := a.span(x.Start, x.End); ok {
				return x.Value, a.dateValue(ei), xs, xe, true
			}
		}
	}
	v, ok := numericDate(strings.TrimSpace(a.d.Text[s:e]))
	if !ok {
		return "", nil, 0, 0, false
	}
	return v, &claim.DateValue{Value: v, Granularity: temporal.GranDay, Resolution: temporal.ResolvedAbsolute}, s, e, true
}

// numericDate reads "29/9/2025" or "9/29/2025" when the order is certain
// (one part above 12); ambiguous dates are left to the temporal tagger.
func numericDate(s string) (string, bool) {
	sep := "/"
	if strings.Contains(s, ".") {
		sep = "."
	}
	parts := strings.Split(s, sep)
	if len(parts) != 3 || len(parts[2]) != 4 {
		return "", false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v <= 0 {
			return "", false
		}
		n[i] = v
	}
	day, month := n[0], n[1]
	switch {
	case n[0] > 12 && n[1] <= 12:
	case n[1] > 12 && n[0] <= 12:
		day, month = n[1], n[0]
	default:
		return "", false
	}
	t := time.Date(n[2], time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month {
		return "", false
	}
	return t.Format("2006-01-02"), true
}
