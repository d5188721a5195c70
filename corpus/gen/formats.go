package gen

import (
	"bytes"
	"encoding/json"
	"html"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// File formats.
const (
	FormatTXT   = "txt"
	FormatMD    = "md"
	FormatHTML  = "html"
	FormatJSON  = "json"
	FormatJSONL = "jsonl"
)

// AllFormats is the default format list.
var AllFormats = []string{FormatTXT, FormatMD, FormatHTML, FormatJSON, FormatJSONL}

func isBundle(format string) bool { return format == FormatJSON || format == FormatJSONL }

const datelineLayout = "Monday, January 2, 2006"

// buildArticle builds what a reader of the file would return, and the file's
// bytes when withFile is set (for JSON formats: the record).
func buildArticle(id, path string, line int, format string, st story, withFile bool) (*article.Article, []byte) {
	a := &article.Article{ID: id, Format: format, Path: path, Line: line, Title: st.headline}
	if format == FormatTXT {
		// The dateline and headline lead the text, as in the file.
		dateline := st.published.Format(datelineLayout)
		var b bytes.Buffer
		b.Grow(len(dateline) + len(st.headline) + len(st.body) + 8)
		b.WriteString(dateline)
		b.WriteString("\n\n")
		b.WriteString(st.headline)
		b.WriteString("\n\n")
		b.Write(st.body)
		b.WriteByte('\n')
		data := b.Bytes()
		a.Text = string(data)
		y, m, d := st.published.Date()
		a.Published = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		a.PublishedFrom = article.DateFromDateline
		a.PublishedText = dateline
		a.DatelineSpan = &article.Span{Start: 0, End: len(dateline)}
		head := len(dateline) + 2 + len(st.headline) + 2
		a.Paragraphs = make([]article.Span, 0, len(st.paras)+2)
		a.Paragraphs = append(a.Paragraphs, article.Span{Start: 0, End: len(dateline)},
			article.Span{Start: len(dateline) + 2, End: head - 2})
		for _, p := range st.paras {
			a.Paragraphs = append(a.Paragraphs, article.Span{Start: head + p.Start, End: head + p.End})
		}
		return a, data
	}
	if format == FormatMD || format == FormatHTML {
		// The readers turn markup into one paragraph a line.
		a.Text, a.Paragraphs = oneParagraphALine(st)
	} else {
		a.Text = string(st.body)
		a.Paragraphs = st.paras // composed without surrounding space, as SplitParagraphs finds them
	}
	a.Published = st.published
	a.PublishedFrom = article.DateFromMetadata
	a.PublishedText = st.published.Format(time.RFC3339)
	a.Source = st.source
	a.URL = articleURL(st.source, id)
	if format != FormatHTML {
		a.Meta = map[string]string{"author": st.author}
	}
	if !withFile {
		return a, nil
	}
	switch format {
	case FormatMD:
		return a, markdownFile(a, st)
	case FormatHTML:
		return a, htmlFile(a, st)
	}
	return a, jsonRecord(a, st)
}

// oneParagraphALine is the story's body with paragraphs separated by a
// single newline, and their spans.
func oneParagraphALine(st story) (string, []article.Span) {
	var b strings.Builder
	b.Grow(len(st.body))
	spans := make([]article.Span, len(st.paras))
	for i, p := range st.paras {
		if i > 0 {
			b.WriteByte('\n')
		}
		spans[i].Start = b.Len()
		b.Write(st.body[p.Start:p.End])
		spans[i].End = b.Len()
	}
	return b.String(), spans
}

// articleURL is a URL under the reserved .example domain.
func articleURL(source, id string) string {
	var b strings.Builder
	b.WriteString("https://")
	for i := 0; i < len(source); i++ {
		c := source[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c - 'A' + 'a')
		case c >= 'a' && c <= 'z':
			b.WriteByte(c)
		}
	}
	b.WriteString(".example/news/")
	b.WriteString(id)
	return b.String()
}

func markdownFile(a *article.Article, st story) []byte {
	var b bytes.Buffer
	b.Grow(len(a.Text) + 256)
	b.WriteString("---\n")
	yamlField(&b, "id", a.ID)
	yamlField(&b, "title", a.Title)
	yamlField(&b, "date", a.PublishedText)
	yamlField(&b, "source", a.Source)
	yamlField(&b, "url", a.URL)
	yamlField(&b, "author", st.author)
	b.WriteString("---\n\n")
	b.Write(st.body) // blank lines between paragraphs, as Markdown wants
	b.WriteByte('\n')
	return b.Bytes()
}

// yamlField writes key: "value"; a JSON string is a valid YAML scalar.
func yamlField(b *bytes.Buffer, key, value string) {
	b.WriteString(key)
	b.WriteString(": ")
	q, _ := json.Marshal(value) // a string always marshals
	b.Write(q)
	b.WriteByte('\n')
}

// htmlFile wraps the article in the boilerplate of a news site, which a
// reader has to strip.
func htmlFile(a *article.Article, st story) []byte {
	var b bytes.Buffer
	b.Grow(len(a.Text) + 2048)
	e := html.EscapeString
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
	b.WriteString(e(a.Title) + " | " + e(a.Source))
	b.WriteString("</title>\n<meta property=\"og:title\" content=\"" + e(a.Title) + "\">\n")
	b.WriteString("<meta property=\"og:site_name\" content=\"" + e(a.Source) + "\">\n")
	b.WriteString("<meta property=\"og:url\" content=\"" + e(a.URL) + "\">\n")
	b.WriteString("<meta property=\"article:published_time\" content=\"" + a.PublishedText + "\">\n")
	b.WriteString("<meta name=\"author\" content=\"" + e(st.author) + "\">\n")
	b.WriteString("<link rel=\"stylesheet\" href=\"/static/site.css\">\n")
	b.WriteString("<script>window.dataLayer=window.dataLayer||[];function track(e){window.dataLayer.push(e)}track({page:\"article\"});</script>\n")
	b.WriteString("</head>\n<body>\n<nav class=\"site-nav\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a> <a href=\"/subscribe\">Subscribe</a></nav>\n")
	b.WriteString("<div class=\"ad-slot\">Advertisement</div>\n<main>\n<article>\n<h1>" + e(a.Title) + "</h1>\n")
	for _, p := range a.Paragraphs {
		b.WriteString("<p>")
		b.WriteString(e(a.Text[p.Start:p.End]))
		b.WriteString("</p>\n")
	}
	b.WriteString("</article>\n<aside class=\"related\"><h2>More stories</h2><ul><li><a href=\"/news/more-1\">Markets close mixed</a></li><li><a href=\"/news/more-2\">Weather: showers expected</a></li></ul></aside>\n</main>\n")
	b.WriteString("<footer><p>&copy; " + e(a.Source) + ". All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/contact\">Contact</a></footer>\n")
	b.WriteString("<script src=\"/static/app.js\" defer></script>\n</body>\n</html>\n")
	return b.Bytes()
}

// jsonRecord is one record of a JSON or JSONL file.
func jsonRecord(a *article.Article, st story) []byte {
	rec := struct {
		ID     string `json:"id"`
		Title  string `json:"title"`
		Date   string `json:"date"`
		Source string `json:"source"`
		URL    string `json:"url"`
		Author string `json:"author"`
		Text   string `json:"text"`
	}{a.ID, a.Title, a.PublishedText, a.Source, a.URL, st.author, a.Text}
	data, _ := json.Marshal(rec) // strings only: cannot fail
	return data
}
