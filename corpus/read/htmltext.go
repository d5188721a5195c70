package read

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Elements whose content is never article text. <form> is not among them:
// some sites wrap the whole page in one.
var htmlBoilerplateTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Iframe: true,
	atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Head: true,
	atom.Dialog: true, atom.Menu: true,
}

// ARIA roles of page furniture.
var htmlBoilerplateRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alert": true,
}

// Elements that start a new line of text.
var htmlBlockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.Table: true, atom.Tr: true,
	atom.Caption: true, atom.Figure: true, atom.Figcaption: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Hr: true,
	atom.Body: true, atom.Form: true, atom.Fieldset: true, atom.Legend: true,
}

// stripBoilerplate removes navigation, scripts, styles, footers, asides,
// hidden elements and page headers (a <header> outside <article>/<main>)
// from doc, before readability or the fallback looks at it. It returns the
// number of elements left.
func stripBoilerplate(doc *html.Node) int {
	var doomed []*html.Node
	kept := 0
	var visit func(n *html.Node, inContent bool)
	visit = func(n *html.Node, inContent bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				if c.Type == html.CommentNode {
					doomed = append(doomed, c)
				}
				continue
			}
			if isBoilerplateElement(c, inContent) {
				doomed = append(doomed, c)
				continue
			}
			kept++
			visit(c, inContent || c.DataAtom == atom.Article || c.DataAtom == atom.Main)
		}
	}
	visit(doc, false)
	for _, n := range doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return kept
}

func isBoilerplateElement(n *html.Node, inContent bool) bool {
	if htmlBoilerplateTags[n.DataAtom] || (n.DataAtom == atom.Header && !inContent) {
		return true
	}
	if n.DataAtom == 0 && n.Data == "noscript" {
		return true
	}
	for _, at := range n.Attr {
		switch at.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(at.Val, "true") {
				return true
			}
		case "role":
			if htmlBoilerplateRoles[strings.ToLower(strings.TrimSpace(at.Val))] {
				return true
			}
		}
	}
	return false
}

// htmlText renders n as plain text: one line per paragraph, heading, list
// item or other block, white space collapsed as a browser would, <pre>
// kept line by line. Boilerplate elements are skipped even if still there.
func htmlText(n *html.Node) string {
	var t htmlTextBuilder
	t.node(n, false)
	return strings.TrimSpace(t.b.String())
}

// htmlTokenText renders HTML that cannot be parsed into a tree, token by
// token: text outside boilerplate elements, a new line at block tags.
func htmlTokenText(src string) string {
	var t htmlTextBuilder
	z := html.NewTokenizer(strings.NewReader(src))
	skip := 0 // depth inside boilerplate elements
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(t.b.String())
		case html.TextToken:
			if skip == 0 {
				t.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if htmlBoilerplateTags[tok.DataAtom] {
				switch tok.Type {
				case html.StartTagToken:
					skip++
				case html.EndTagToken:
					skip = max(skip-1, 0)
				}
				continue
			}
			if htmlBlockTags[tok.DataAtom] || tok.DataAtom == atom.Br {
				t.newline()
			}
		}
	}
}

// htmlFragmentText renders an HTML fragment (a JSON record's body).
func htmlFragmentText(s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return htmlText(doc)
}

// looksLikeHTML reports text that carries block markup rather than prose
// that merely mentions a "<".
func looksLikeHTML(s string) bool {
	if strings.IndexByte(s, '<') < 0 {
		return false
	}
	lower := strings.ToLower(s)
	for _, tag := range [...]string{"<p>", "<p ", "</p>", "<br>", "<br/>", "<br />", "<div", "</li>"} {
		if strings.Contains(lower, tag) {
			return true
		}
	}
	return false
}

type htmlTextBuilder struct {
	b     strings.Builder
	space bool // a collapsed space is due before the next word
}

func (t *htmlTextBuilder) atLineStart() bool {
	s := t.b.String()
	return len(s) == 0 || s[len(s)-1] == '\n'
}

func (t *htmlTextBuilder) newline() {
	t.space = false
	if !t.atLineStart() {
		t.b.WriteByte('\n')
	}
}

func (t *htmlTextBuilder) node(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			t.pre(n.Data)
		} else {
			t.text(n.Data)
		}
		return
	case html.ElementNode:
		if htmlBoilerplateTags[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			t.newline()
			return
		case atom.Td, atom.Th:
			t.space = !t.atLineStart()
		case atom.Img:
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && htmlBlockTags[n.DataAtom]
	if block {
		t.newline()
	}
	pre = pre || n.DataAtom == atom.Pre
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c, pre)
	}
	if block {
		t.newline()
	}
}

// text writes s with runs of white space collapsed to one space; a space
// is written only before a word, so lines never end in one.
func (t *htmlTextBuilder) text(s string) {
	for i := 0; i < len(s); {
		r, size := decodeRuneAt(s, i)
		if unicode.IsSpace(r) {
			t.space = true
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := decodeRuneAt(s, j)
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if t.space && !t.atLineStart() {
			t.b.WriteByte(' ')
		}
		t.space = false
		t.b.WriteString(s[i:j])
		i = j
	}
}

func decodeRuneAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// pre writes preformatted text, one output line per input line.
func (t *htmlTextBuilder) pre(s string) {
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			t.newline()
		}
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if t.space && !t.atLineStart() {
			t.b.WriteByte(' ')
		}
		t.space = false
		t.b.WriteString(line)
	}
}
