package read

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// Plain-text articles copied from the web start with a few short lines
// before the body: a dateline, a section label ("World News"), a headline,
// a byline. scanLead reads them.

const (
	leadMaxLines    = 6   // leading lines looked at
	titleMaxLen     = 150 // longer first lines are body text, not headlines
	sectionMaxWords = 3   // "World News", "Politics"
)

type leadInfo struct {
	title string
}

// scanLead finds a title among the leading paragraphs, passing over
// datelines, bylines and time stamps (assignDates reads their dates).
// The title is the first line that looks like a headline, unless it is a
// short section label followed by a longer headline. Scanning stops at the
// first line of body text.
func scanLead(text string, paras []article.Span) leadInfo {
	var lead leadInfo
	titleDone := false
	n := min(len(paras), leadMaxLines)
	for i := 0; i < n; i++ {
		p := paras[i]
		line := text[p.Start:p.End]
		if isDateLine(line) || isBylineLine(line) || isUpdatedLine(line) {
			continue
		}
		if titleDone || !isHeadlineLike(line) {
			break
		}
		if leadWordCount(line) <= sectionMaxWords && nextIsLongerHeadline(text, paras[i+1:n], line) {
			continue // a section label such as "World News"
		}
		lead.title, titleDone = line, true
	}
	return lead
}

// nextIsLongerHeadline reports whether the next line that is not a
// dateline, byline or update note is a headline with more words than label.
func nextIsLongerHeadline(text string, rest []article.Span, label string) bool {
	for _, p := range rest {
		line := text[p.Start:p.End]
		if isDateLine(line) || isBylineLine(line) || isUpdatedLine(line) {
			continue
		}
		return isHeadlineLike(line) && leadWordCount(line) > leadWordCount(label)
	}
	return false
}

// isDateLine: a dateline, a byline with a date or a time stamp.
func isDateLine(line string) bool {
	if _, ok := ParseDateline(line); ok {
		return true
	}
	ld, ok := readLineDates(line)
	return ok && !ld.wire
}

// isHeadlineLike: short, has a letter, and does not end like a sentence or
// a lead-in (headlines may end with ? or !, not with . or :).
func isHeadlineLike(line string) bool {
	if len(line) >= titleMaxLen {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', ':', ';', ',':
		return false
	}
	return strings.IndexFunc(line, unicode.IsLetter) >= 0
}

// isBylineLine: "By Jane Doe" or "By Jane Doe and Ann Roe, Staff Writers".
func isBylineLine(line string) bool {
	if len(line) > 80 || len(line) < 4 {
		return false
	}
	if !strings.HasPrefix(line, "By ") && !strings.HasPrefix(line, "BY ") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(line[3:])
	return unicode.IsUpper(next) && leadWordCount(line) <= 10
}

// isUpdatedLine: "Updated: Sept. 29, 2025 10:00 AM" and the like, which is
// neither the publication date nor a title.
func isUpdatedLine(line string) bool {
	if len(line) > maxDatelineLen {
		return false
	}
	for _, label := range [...]string{"Updated", "UPDATED", "Last updated", "Last Updated"} {
		if rest, ok := strings.CutPrefix(line, label); ok {
			rest = strings.TrimLeft(rest, ": ")
			return len(rest) < len(line)-len(label) || rest == ""
		}
	}
	return false
}

func leadWordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
