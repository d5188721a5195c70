package read

import (
	"fmt"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/crosscheck/crosscheck/corpus/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads a web page: metadata from meta tags and JSON-LD, and the
// main article text as found by readability. When readability fails or
// finds next to nothing, the visible text of <article>, <main> or <body>
// (boilerplate removed) is used instead.
func readHTML(name string, data []byte) (*article.Article, []Problem) {
	src, enc, note, fault := decodeText(data, true)
	if fault != nil {
		return nil, []Problem{fault.at(name, 0)}
	}
	a := newReadArticle(name, formatHTML)
	if enc != "" {
		metaPut(a, "encoding", enc)
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		a, problems := readHTMLTokens(a, name, src, err)
		if note != nil {
			problems = append([]Problem{note.at(name, 0)}, problems...)
		}
		return a, problems
	}
	meta := readHTMLMeta(doc)
	a.Title, a.Source, a.URL = meta.title, meta.site, meta.url
	var problems []Problem
	if note != nil {
		problems = append(problems, note.at(name, 0))
	}
	if f := applyFirstDate(a, meta.dates); f != nil {
		problems = append(problems, f.at(name, 0))
	}
	text, how := htmlArticleText(doc)
	a.Text = text
	metaPut(a, "extraction", how)
	if f := finishArticle(a); f != nil {
		return nil, append(problems, f.at(name, 0))
	}
	return a, problems
}

// readHTMLTokens reads a page the parser refused (nested too deeply) token
// by token: its words, without structure or metadata.
func readHTMLTokens(a *article.Article, name, src string, parseErr error) (*article.Article, []Problem) {
	// The article is read all the same: a warning, not a skipped file.
	problems := []Problem{newReadProblem(name, 0, ErrHTMLUnstructured,
		"cannot parse HTML ("+parseErr.Error()+"); text read without structure or metadata")}
	a.Text = htmlTokenText(src)
	metaPut(a, "extraction", "tokenizer")
	if f := finishArticle(a); f != nil {
		return nil, append(problems, f.at(name, 0))
	}
	return a, problems
}

// htmlArticleText strips boilerplate from doc and returns the article text
// with how it was found: by readability, or as the visible text of the
// main content element.
func htmlArticleText(doc *html.Node) (text, how string) {
	elements := stripBoilerplate(doc)
	fallback := htmlText(mainContentNode(doc))
	if elements > maxReadabilityElements {
		return fallback, "fallback (page too large for readability)"
	}
	text, how = readableText(doc)
	if useFallback(text, fallback) {
		return fallback, "fallback"
	}
	return text, how
}

// maxReadabilityElements bounds the pages given to readability, whose time
// grows faster than the page on large, deeply nested documents (160,000
// nested elements take seconds). A long news page has a few thousand.
const maxReadabilityElements = 50000

// applyFirstDate uses the first date candidate that parses; when none
// does, the first is reported and kept in Meta.
func applyFirstDate(a *article.Article, dates []string) *readFault {
	for _, d := range dates {
		if t, ok := ParseDate(d); ok {
			a.Published, a.PublishedFrom, a.PublishedText = t, article.DateFromMetadata, strings.TrimSpace(d)
			return nil
		}
	}
	if len(dates) > 0 {
		return applyMetadataDate(a, dates[0])
	}
	return nil
}

// readableText runs readability over the (already stripped) document. It
// never panics: readability is a large heuristic library fed untrusted
// pages, so a panic inside it only means "use the fallback".
func readableText(doc *html.Node) (text, how string) {
	defer func() {
		if r := recover(); r != nil {
			text, how = "", fmt.Sprint("readability panicked: ", r)
		}
	}()
	parser := readability.NewParser()
	parser.DisableJSONLD = true // read by readHTMLMeta, before scripts went
	art, err := parser.ParseAndMutate(doc, nil)
	if err != nil || art.Node == nil {
		return "", "readability found nothing"
	}
	return htmlText(art.Node), "readability"
}

// useFallback: readability's text is missing or much shorter than the
// visible text of the article container, so it probably kept a caption or
// a teaser instead of the story.
func useFallback(readable, fallback string) bool {
	r, f := len(readable), len(fallback)
	if f <= r {
		return false
	}
	return r < 50 || r*4 < f
}

// mainContentNode picks the longest <article>, else <main>, else <body>.
func mainContentNode(doc *html.Node) *html.Node {
	var best, main, body *html.Node
	bestLen := -1
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Article:
				if l := htmlTextLen(c); l > bestLen {
					best, bestLen = c, l
				}
				continue
			case atom.Main:
				if main == nil {
					main = c
				}
			case atom.Body:
				body = c
			}
			visit(c)
		}
	}
	visit(doc)
	switch {
	case best != nil:
		return best
	case main != nil:
		return main
	case body != nil:
		return body
	}
	return doc
}

// htmlTextLen is the number of bytes of text under n.
func htmlTextLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += htmlTextLen(c)
	}
	return total
}
