package read

import "time"

// A dateline, byline or time stamp holds dates and little else: labels
// ("Posted:", "Last updated"), weekdays, times and zones, a place or an
// outlet ("BRENMOOR, NW,", "Harbour Press"), separators. readLineDates accepts
// a line only when every other word is of that kind, which keeps out
// sentences about the event ("the storm struck on June 3, 2030").

// lineDate is one date read from a leading line.
type lineDate struct {
	date       civilDate
	weekday    time.Weekday // named next to the date; -1 when none
	label      string       // labelPublished, labelUpdated or "" (none)
	start, end int          // the date's bytes in the line
}

// lineDates is what one line yields.
type lineDates struct {
	dates  []lineDate
	byline bool // the line opens with "By"
	wire   bool // only the head of the line, before a dash, is a dateline
}

const (
	maxLeadLineLen   = 200 // longer lines are read only as wire datelines
	maxPlacePrefix   = 4   // "Kestrel Bay N.W.," before the date
	maxDirectPrefix  = 2   // "Harbour Press Sep 18, 2030"
	maxBylineNames   = 6   // "By Ann Roe and Jo Poe, Staff Writers"
	maxAllCapsWords  = 4   // zones, places, agencies
	maxResidueNumLen = 4   // times: "1052 GMT"
)

// readLineDates reads the dates of one leading line, or nothing when the
// line is not a dateline, byline or time stamp.
func readLineDates(line string) (lineDates, bool) {
	if plainWordBeforeDigit(line) {
		return lineDates{}, false
	}
	var buf [maxLineTokens]lineTok
	toks, truncated := lineTokens(line, buf[:])
	var (
		out                                        lineDates
		label                                      string
		capsWords, prefixCaps, bylineNames, parens int
		lastWeekday                                = time.Weekday(-1)
		wireCut                                    = -1 // token index of a dash after the first date
		rejected                                   bool
	)
	for i := 0; i < len(toks) && !rejected; {
		t := toks[i]
		if c, n, ok := readDateAt(toks, i); ok {
			ld := lineDate{date: c, weekday: lastWeekday, label: label, start: t.start, end: toks[i+n-1].end}
			if j := skipPunct(toks, i+n, ","); ld.weekday < 0 && j < len(toks) {
				ld.weekday = tokWeekday(toks[j])
			}
			if len(out.dates) == 0 && prefixCaps+capsWords > maxDirectPrefix && !(i > 0 && isPunct(toks[i-1], ",")) {
				rejected = true // "Quake Hits Coast January 20, 2031": a headline
				break
			}
			out.dates = append(out.dates, ld)
			label, lastWeekday = "", -1
			i += n
			continue
		}
		switch t.kind {
		case tokPunct:
			switch t.s {
			case "(", "[":
				parens++
			case ")", "]":
				parens--
			case "-", "–", "—":
				if len(out.dates) > 0 && wireCut < 0 && (t.spaceBefore || (i+1 < len(toks) && toks[i+1].spaceBefore)) {
					wireCut = i
				}
			case ",", ":", "|", "@", "/", ".", ";", "•", "*", "+", "'":
			default:
				rejected = true // quotes, question marks: a sentence
			}
		case tokNum:
			if len(t.s) > maxResidueNumLen {
				rejected = true
			}
		case tokWord:
			low := tokLower(t.s)
			allCaps, capitalised := tokenCase(t.s)
			switch {
			case isOrdinalSuffix(t) && i > 0 && toks[i-1].kind == tokNum:
			case tokWeekday(t) >= 0:
				lastWeekday = tokWeekday(t)
			case dateLex().labels[low] != "":
				if k := dateLex().labels[low]; k == labelByline {
					if i == 0 {
						out.byline = true
					}
					bylineNames = maxBylineNames
				} else if label == "" || k == labelUpdated {
					label = k
				}
			case dateLex().fillers[low]:
			case isMonthWord(low):
			case parens > 0 && capitalised:
			case bylineNames > 0 && (capitalised || dateLex().joiners[low]):
				bylineNames--
			case len(out.dates) == 0 && capitalised && i+1 < len(toks) && isPunct(toks[i+1], ":"):
				rejected = true // a label the lexicon does not know: "Born:", "Related:"
			case allCaps:
				capsWords++
				rejected = capsWords > maxAllCapsWords
			case capitalised && len(out.dates) == 0:
				prefixCaps++
				rejected = prefixCaps > maxPlacePrefix
			default:
				rejected = true
			}
		}
		i++
	}
	if len(out.dates) == 0 {
		return lineDates{}, false
	}
	if rejected || truncated || len(line) > maxLeadLineLen {
		// A wire dateline: "BRENMOOR, March 4, 2031 (Agency) — The ...".
		if wireCut < 0 || prefixCaps+capsWords == 0 {
			return lineDates{}, false
		}
		cut := toks[wireCut].start
		kept := out.dates[:0]
		for _, d := range out.dates {
			if d.end <= cut {
				kept = append(kept, d)
			}
		}
		out.dates, out.wire = kept, true
		if len(kept) == 0 || !wireHeadOK(line[:cut]) {
			return lineDates{}, false
		}
	}
	return out, true
}

// wireHeadOK checks the part of a wire dateline before its dash on its own.
func wireHeadOK(head string) bool {
	if len(head) > maxLeadLineLen {
		return false
	}
	ld, ok := readLineDates(head)
	return ok && len(ld.dates) > 0
}

func isMonthWord(low string) bool {
	_, ok := dateLex().months[low]
	return ok
}

// tokWeekday returns the weekday a token names, or -1.
func tokWeekday(t lineTok) time.Weekday {
	if t.kind != tokWord {
		return -1
	}
	if d, ok := dateLex().weekdays[tokLower(t.s)]; ok {
		return d
	}
	return -1
}

// plainWordBeforeDigit is a quick test for body text: a lower-case word
// that no dateline holds, before any digit (so before any date), makes
// readLineDates reject the line; most body lines end here untokenised.
func plainWordBeforeDigit(line string) bool {
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c >= '0' && c <= '9':
			return false
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(line) && (line[j] >= 'a' && line[j] <= 'z' || line[j] >= 'A' && line[j] <= 'Z' || line[j] == '\'') {
				j++
			}
			if j < len(line) && line[j] >= 0x80 {
				return false // a word with other letters: leave it to the tokenizer
			}
			if i > 0 && (line[i-1] >= 'A' && line[i-1] <= 'Z' || line[i-1] >= 0x80) {
				i = j // the tail of a capitalised word
				continue
			}
			w := line[i:j]
			if tokLower(w) == "" {
				if _, typo := monthTypo(w); !typo {
					return true
				}
			}
			i = j
		default:
			i++
		}
	}
	return false
}
