// Package article holds the article model every stage reads: the article
// with its text, paragraphs and publication date, the one byte-span type,
// and where a date was found.
package article

import "time"

// DateSource says where an article's publication date came from.
type DateSource string

const (
	DateFromMetadata DateSource = "metadata" // front matter, JSON field, HTML meta tag
	DateFromDateline DateSource = "dateline" // a leading line of the text
	DateFromByline   DateSource = "byline"   // a byline with a date ("By Ann Roe | March 4, 2031")
	DateFromURL      DateSource = "url"      // the article's address (/2031/03/04/)
	DateUnknown      DateSource = "unknown"
)

// Span is a half-open byte range [Start, End) into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Article is one news article as plain text. Every offset anywhere in
// crosscheck (paragraphs, sentences, claims, evidence) is a byte offset into
// Text, so that evidence can be shown without searching for it again.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"` // outlet
	URL    string `json:"url,omitempty"`

	// Published is the publication date; zero when unknown.
	Published     time.Time  `json:"published,omitempty"`
	PublishedFrom DateSource `json:"published_from"`
	// PublishedText is the text the date was read from ("Sunday, September 28, 2025").
	PublishedText string `json:"published_text,omitempty"`
	// DatelineSpan locates a dateline inside Text when the date came from one.
	DatelineSpan *Span `json:"dateline_span,omitempty"`
	// DateSources lists every place that dates the article, the chosen one
	// first; the others let the checker report sources that disagree.
	DateSources []DateSighting `json:"date_sources,omitempty"`

	Text       string `json:"text"`
	Paragraphs []Span `json:"paragraphs"`

	Path   string            `json:"path,omitempty"`   // file it was read from
	Line   int               `json:"line,omitempty"`   // line or record number inside Path (JSONL, JSON arrays)
	Format string            `json:"format,omitempty"` // txt, md, html, json, jsonl
	Meta   map[string]string `json:"meta,omitempty"`   // unknown front-matter keys and the like
}

// HasDate reports whether the publication date is known.
func (a *Article) HasDate() bool { return !a.Published.IsZero() }

// ParagraphText returns the text of paragraph i.
func (a *Article) ParagraphText(i int) string {
	p := a.Paragraphs[i]
	return a.Text[p.Start:p.End]
}

// SplitParagraphs returns the non-blank lines of text as spans, trimmed of
// surrounding white space. News text on the web often has one paragraph per
// line with no blank line between, so every newline ends a paragraph.
func SplitParagraphs(text string) []Span {
	var out []Span
	start := 0
	for start <= len(text) {
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end + 1
	}
	return out
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v'
}
