package people

import "unicode/utf8"

// titleCaseShare is the share of capitalised words (of four or more
// letters) above which a paragraph is title-cased: a headline, or a
// paragraph Where Every Word Is Capitalised. There every capitalised pair
// looks like a name, so names need stronger evidence.
const titleCaseShare = 0.7

// markTitleCase flags each paragraph whose long words are mostly capitalised.
func (a *analysis) markTitleCase() {
	a.titleCased = make([]bool, len(a.d.Paragraphs))
	capped := make([]int, len(a.d.Paragraphs))
	total := make([]int, len(a.d.Paragraphs))
	for i := range a.toks {
		t := &a.toks[i]
		if t.shape&sWord == 0 || t.shape&sDigit != 0 || utf8.RuneCountInString(t.low) < 4 {
			continue
		}
		p := a.d.Sentences[t.sent].Paragraph
		if p < 0 || p >= len(total) {
			continue
		}
		total[p]++
		if t.shape&sCap != 0 {
			capped[p]++
		}
	}
	for p := range total {
		a.titleCased[p] = total[p] > 0 && float64(capped[p]) > titleCaseShare*float64(total[p])
	}
}

// tokTitleCased reports whether token i lies in a title-cased paragraph.
func (a *analysis) tokTitleCased(i int) bool {
	p := a.d.Sentences[a.toks[i].sent].Paragraph
	return p >= 0 && p < len(a.titleCased) && a.titleCased[p]
}
