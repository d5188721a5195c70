package people

import "unicode/utf8"

// titleCaseShare is the share of capitalised words (of four or more
// letters) above which a paragraph is title-cased: a headline, or a
// paragraph Where Every Word Is Capitalised. There every capitalised pair
// looks like a name, so names need stronger evidence.
const titleCaseShare = 0.7

// markTitleCase flags each paragraph whose long words are mostly capitalised.
func (a *analysis) markTitleCase() {
	a.titleCased = a.titleCased[:0]
	for range a.d.Paragraphs {
		a.titleCased = append(a.titleCased, false)
	}
	capped, total, para := 0, 0, -1
	flush := func() {
		if para >= 0 && para < len(a.titleCased) {
			a.titleCased[para] = total > 0 && float64(capped) > titleCaseShare*float64(total)
		}
	}
	for si, s := range a.d.Sentences {
		if s.Paragraph != para {
			flush()
			capped, total, para = 0, 0, s.Paragraph
		}
		for i := a.sentTok[si]; i < a.sentTok[si+1]; i++ {
			t := &a.toks[i]
			if t.shape&sWord == 0 || t.shape&sDigit != 0 || len(t.low) < 4 {
				continue
			}
			if t.shape&sNonASCII != 0 && utf8.RuneCountInString(t.low) < 4 {
				continue
			}
			total++
			if t.shape&sCap != 0 {
				capped++
			}
		}
	}
	flush()
}

// tokTitleCased reports whether token i lies in a title-cased paragraph.
func (a *analysis) tokTitleCased(i int) bool {
	p := a.d.Sentences[a.toks[i].sent].Paragraph
	return p >= 0 && p < len(a.titleCased) && a.titleCased[p]
}
