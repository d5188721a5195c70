package read

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownParser is built once: CommonMark plus GFM tables and
// strikethrough, which news written in Markdown uses.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()
})

// markdownText converts Markdown to plain text: each heading, paragraph,
// list item, quoted paragraph and table row becomes one line; emphasis and
// links keep their text; code keeps its lines; HTML blocks, inline HTML and
// images are dropped.
func markdownText(src string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = "", fmt.Errorf("markdown parser failed: %v", r)
		}
	}()
	source := flattenDeepNesting([]byte(strings.ReplaceAll(src, "\r\n", "\n")))
	doc := markdownParser().Parse(text.NewReader(source))
	w := mdTextWriter{src: source}
	w.block(doc)
	return strings.TrimSpace(w.b.String()), nil
}

// maxMarkdownPrefix bounds the container markers (">", "-", "1.", white
// space) that open a line. Goldmark takes time quadratic in nesting depth:
// a line of 200,000 ">" takes a minute. No real article nests that deep.
const maxMarkdownPrefix = 32

// flattenDeepNesting drops the marker prefix of lines that nest deeper than
// maxMarkdownPrefix allows, so that they read as plain paragraphs.
func flattenDeepNesting(src []byte) []byte {
	var out []byte // allocated only when a line needs flattening
	start := 0
	for start < len(src) {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start + 1
		}
		line := src[start:end]
		n := markdownPrefixLen(line)
		if n > maxMarkdownPrefix {
			if out == nil {
				out = append(make([]byte, 0, len(src)), src[:start]...)
			}
			out = append(out, line[n:]...)
		} else if out != nil {
			out = append(out, line...)
		}
		start = end
	}
	if out == nil {
		return src
	}
	return out
}

// markdownPrefixLen is the length of the run of container markers and
// white space at the start of line.
func markdownPrefixLen(line []byte) int {
	i := 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ' || c == '\t' || c == '>' || c == '-' || c == '*' || c == '+':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j < len(line) && (line[j] == '.' || line[j] == ')') {
				i = j + 1
				continue
			}
			return i
		default:
			return i
		}
	}
	return i
}

type mdTextWriter struct {
	src []byte
	b   strings.Builder
}

// endLine closes the current line, if it has anything on it.
func (w *mdTextWriter) endLine() {
	s := w.b.String()
	if len(s) > 0 && s[len(s)-1] != '\n' {
		w.b.WriteByte('\n')
	}
}

func (w *mdTextWriter) block(n ast.Node) {
	switch n.Kind() {
	case ast.KindHeading, ast.KindParagraph, ast.KindTextBlock:
		w.inlines(n)
		w.endLine()
	case ast.KindFencedCodeBlock, ast.KindCodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			w.b.Write(bytes.TrimRight(seg.Value(w.src), " \t\r\n"))
			w.endLine()
		}
	case ast.KindHTMLBlock, ast.KindThematicBreak:
		// markup only
	case east.KindTable:
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				if cell != row.FirstChild() {
					w.b.WriteString(" | ")
				}
				w.inlines(cell)
			}
			w.endLine()
		}
	default: // document, lists, list items, block quotes: their blocks
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c)
		}
	}
}

func (w *mdTextWriter) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			w.text(t.Segment.Value(w.src), t.IsRaw())
			if t.SoftLineBreak() || t.HardLineBreak() {
				w.b.WriteByte(' ')
			}
		case *ast.String:
			w.text(t.Value, t.IsRaw() || t.IsCode())
		case *ast.CodeSpan:
			for cc := t.FirstChild(); cc != nil; cc = cc.NextSibling() {
				if tt, ok := cc.(*ast.Text); ok {
					w.writeOneLine(tt.Segment.Value(w.src))
				}
			}
		case *ast.AutoLink:
			w.b.Write(t.Label(w.src))
		case *ast.RawHTML, *ast.Image:
			// markup, or a picture whose alt text is not story text
		default: // emphasis, links, strikethrough: their text
			w.inlines(c)
		}
	}
}

// text writes inline text, resolving backslash escapes and entities as a
// Markdown renderer would.
func (w *mdTextWriter) text(v []byte, raw bool) {
	if !raw {
		if bytes.IndexByte(v, '\\') >= 0 {
			v = util.UnescapePunctuations(v)
		}
		if bytes.IndexByte(v, '&') >= 0 {
			v = util.ResolveEntityNames(util.ResolveNumericReferences(v))
		}
	}
	w.writeOneLine(v)
}

// writeOneLine writes v with newlines turned into spaces: a block is one line.
func (w *mdTextWriter) writeOneLine(v []byte) {
	for {
		i := bytes.IndexByte(v, '\n')
		if i < 0 {
			w.b.Write(v)
			return
		}
		w.b.Write(v[:i])
		w.b.WriteByte(' ')
		v = v[i+1:]
	}
}
