package read

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// An article's publication date comes from the most reliable place that
// gives one: its metadata, then a dateline or byline among its first
// lines, then its address. Every place found is kept in DateSources so
// that the checker can report places that disagree.

const (
	leadDateLines   = 8 // leading paragraphs searched for a dateline
	leadBodyLines   = 4 // body-like paragraphs passed before giving up
	bodyLineMinWord = 8 // a paragraph of this many words ending like a sentence is body text
)

// leadCandidate is a date read from one leading paragraph.
type leadCandidate struct {
	lineDate
	para   article.Span
	byline bool
	strict time.Time // the whole line is a dateline ParseDateline reads, with its time
}

func (c *leadCandidate) published() time.Time {
	if !c.strict.IsZero() {
		return c.strict
	}
	return c.date.time()
}

// leadCandidates reads the dates of the leading paragraphs, past a
// headline and sub-headlines. A date in the last paragraph after body
// text is a sign-off, not a dateline.
func leadCandidates(text string, paras []article.Span) []leadCandidate {
	var out []leadCandidate
	body := 0
	n := min(len(paras), leadDateLines)
	for i := 0; i < n && body <= leadBodyLines; i++ {
		p := paras[i]
		line := text[p.Start:p.End]
		if body > 0 && i == len(paras)-1 {
			break
		}
		if t, ok := ParseDateline(line); ok && plausibleYear(t.Year()) {
			c := leadCandidate{para: p, strict: t}
			c.weekday, c.start, c.end = -1, 0, len(line)
			c.date = civilDate{year: t.Year(), month: t.Month(), day: t.Day()}
			if isPublishedLabelLine(line) {
				c.label = labelPublished
				c.start = strings.IndexByte(line, ':') + 1
				for c.start < len(line) && line[c.start] == ' ' {
					c.start++
				}
			}
			out = append(out, c)
		} else if ld, ok := readLineDates(line); ok {
			for _, d := range ld.dates {
				out = append(out, leadCandidate{lineDate: d, para: p, byline: ld.byline})
			}
		} else if isBodyLine(line) {
			body++
		}
	}
	return out
}

// isPublishedLabelLine: "Published: …", "Posted on: …".
func isPublishedLabelLine(line string) bool {
	for i := 0; i < len(line) && i < 16; i++ {
		if line[i] == ':' {
			return isPublishedLabel(line[:i])
		}
	}
	return false
}

// isBodyLine: a long line, or a sentence of several words.
func isBodyLine(line string) bool {
	if len(line) >= titleMaxLen {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', '"', '”':
		return leadWordCount(line) >= bodyLineMinWord
	}
	return false
}

// pickLead chooses the publication date among the leading dates: the
// first one labelled as published, else the first unlabelled one, else
// the first revision stamp.
func pickLead(cands []leadCandidate) (*leadCandidate, bool) {
	for _, want := range [...]string{labelPublished, "", labelUpdated} {
		for i := range cands {
			if cands[i].label == want {
				return &cands[i], true
			}
		}
	}
	return nil, false
}

// assignDates sets the article's publication date and its date sources.
// A date from metadata, set by the format reader, is kept.
func assignDates(a *article.Article) {
	cands := leadCandidates(a.Text, a.Paragraphs)
	u, hasURL := readURLDate(a.URL)
	resolveOrder(cands, u, hasURL, a.Text)
	lead, hasLead := pickLead(cands)
	urlDay := hasURL && u.day > 0

	var sources []article.DateSighting
	if a.HasDate() && a.PublishedFrom == article.DateFromMetadata {
		sources = append(sources, article.DateSighting{From: article.DateFromMetadata, Date: a.Published.Format(time.DateOnly), Text: a.PublishedText})
	}
	var leadSight article.DateSighting
	if hasLead {
		from := article.DateFromDateline
		if lead.byline {
			from = article.DateFromByline
		}
		span := lead.para
		line := a.Text[span.Start:span.End]
		leadSight = article.DateSighting{From: from, Date: lead.date.time().Format(time.DateOnly),
			Text: line[lead.start:lead.end], Span: &span, Updated: lead.label == labelUpdated}
		sources = append(sources, leadSight)
	}
	var urlSight article.DateSighting
	if urlDay {
		urlSight = article.DateSighting{From: article.DateFromURL, Date: u.civil().time().Format(time.DateOnly), Text: u.text}
		sources = append(sources, urlSight)
	}
	if len(sources) == 0 {
		return
	}
	if !a.HasDate() {
		switch {
		case hasLead && !(leadSight.Updated && urlDay && urlPrecedesUpdate(u.civil().time(), lead.date.time())):
			span := lead.para
			a.Published, a.PublishedFrom, a.DatelineSpan = lead.published(), leadSight.From, &span
			a.PublishedText = leadSight.Text
			if !lead.strict.IsZero() {
				a.PublishedText = a.Text[span.Start:span.End]
			}
		case urlDay:
			a.Published, a.PublishedFrom, a.PublishedText = u.civil().time(), article.DateFromURL, u.text
		default:
			a.DateSources = sources
			return
		}
	}
	a.DateSources = chosenFirst(sources, a.PublishedFrom)
}

// urlPrecedesUpdate: an address dated more than a day before a revision
// stamp gives the first publication; the stamp is a later update.
func urlPrecedesUpdate(url, updated time.Time) bool {
	return updated.Sub(url) > 24*time.Hour
}

// chosenFirst moves the sighting the date was taken from to the front.
func chosenFirst(s []article.DateSighting, from article.DateSource) []article.DateSighting {
	for i := range s {
		if s[i].From == from {
			out := append([]article.DateSighting{s[i]}, s[:i]...)
			return append(out, s[i+1:]...)
		}
	}
	return s
}
