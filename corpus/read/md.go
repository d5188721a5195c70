package read

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/article"
	"gopkg.in/yaml.v3"
)

// Front-matter keys with a field of their own; the rest go to Meta.
var (
	frontIDKeys     = []string{"id"}
	frontTitleKeys  = []string{"title"}
	frontDateKeys   = []string{"date", "published", "published_at"}
	frontSourceKeys = []string{"source"}
	frontURLKeys    = []string{"url"}
)

// readMD reads a Markdown article with optional YAML front matter. Text is
// the body as plain text without markup, so offsets refer to that text.
func readMD(name string, data []byte) (*article.Article, []Problem) {
	src, enc, note, fault := decodeText(data, false)
	if fault != nil {
		return nil, []Problem{fault.at(name, 0)}
	}
	a := newReadArticle(name, formatMD)
	if enc != "" {
		metaPut(a, "encoding", enc)
	}
	var problems []Problem
	if note != nil {
		problems = append(problems, note.at(name, 0))
	}
	front, body, bodyLine, hasFront := splitFrontMatter(src)
	if hasFront {
		for _, f := range applyFrontMatter(a, front) {
			problems = append(problems, f.at(name, f.line))
		}
	}
	text, err := markdownText(body)
	if err != nil {
		problems = append(problems, newReadProblem(name, bodyLine, ErrRecordMalformed, err.Error()))
	}
	a.Text = text
	if f := finishArticle(a); f != nil {
		return nil, append(problems, f.at(name, 0))
	}
	return a, problems
}

// splitFrontMatter splits "---\n<yaml>\n---\n<body>". The closing fence
// may also be "...". Without a closing fence the file has no front matter
// (a leading "---" is then a Markdown rule). bodyLine is the 1-based line
// the body starts on.
func splitFrontMatter(src string) (front, body string, bodyLine int, ok bool) {
	first, rest, found := strings.Cut(src, "\n")
	if !found || strings.TrimRight(first, " \t\r") != "---" {
		return "", src, 1, false
	}
	line := 2
	for pos := 0; pos <= len(rest); line++ {
		end := strings.IndexByte(rest[pos:], '\n')
		next := len(rest) + 1
		if end >= 0 {
			end += pos
			next = end + 1
		} else {
			end = len(rest)
		}
		if fence := strings.TrimRight(rest[pos:end], " \t\r"); fence == "---" || fence == "..." {
			if next > len(rest) {
				return rest[:pos], "", line + 1, true
			}
			return rest[:pos], rest[next:], line + 1, true
		}
		pos = next
	}
	return "", src, 1, false
}

// frontFault is a front-matter problem with its line in the file.
type frontFault struct {
	readFault
	line int
}

// applyFrontMatter sets known fields from YAML front matter and keeps the
// other keys in Meta as strings.
func applyFrontMatter(a *article.Article, front string) []*frontFault {
	doc, err := parseYAML(front)
	if err != nil {
		return []*frontFault{{readFault{ErrRecordMalformed, "front matter is not valid YAML: " + err.Error()}, 1}}
	}
	if len(doc.Content) == 0 {
		return nil // empty front matter
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return []*frontFault{{readFault{ErrRecordMalformed, "front matter is not a mapping of keys to values"}, 1}}
	}
	values := map[string]*yaml.Node{}
	var order []string
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i].Value
		if _, dup := values[k]; !dup {
			order = append(order, k)
		}
		values[k] = m.Content[i+1]
	}
	used := map[string]bool{}
	take := func(keys []string) (string, int) {
		for _, k := range keys {
			if v, ok := values[k]; ok && v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "" {
				used[k] = true
				return strings.TrimSpace(v.Value), v.Line + 1 // +1: the opening fence
			}
		}
		return "", 0
	}
	if id, _ := take(frontIDKeys); id != "" {
		a.ID = id
	}
	a.Title, _ = take(frontTitleKeys)
	a.Source, _ = take(frontSourceKeys)
	a.URL, _ = take(frontURLKeys)
	var faults []*frontFault
	if date, line := take(frontDateKeys); date != "" {
		if f := applyMetadataDate(a, date); f != nil {
			faults = append(faults, &frontFault{*f, line})
		}
	} else {
		// A date that is no scalar (date: [1,2]) is kept in Meta and said.
		for _, k := range frontDateKeys {
			if v, ok := values[k]; ok && v.Kind != yaml.ScalarNode {
				faults = append(faults, &frontFault{readFault{ErrUnparsedDate, "date not understood: " + k + " is " + quoteShort(yamlText(v))}, v.Line + 1})
				break
			}
		}
	}
	for _, k := range order {
		if !used[k] {
			metaPut(a, k, yamlText(values[k]))
		}
	}
	return faults
}

// parseYAML parses front matter; a panic in the YAML library on hostile
// input becomes an error.
func parseYAML(src string) (doc yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml parser failed: %v", r)
		}
	}()
	err = yaml.Unmarshal([]byte(src), &doc)
	return doc, err
}

// yamlText is a scalar's value, a list of scalars joined by ", ", or any
// other value as flow-style YAML.
func yamlText(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return n.Value
	case yaml.SequenceNode:
		parts := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return yamlFlow(n)
			}
			parts = append(parts, c.Value)
		}
		return strings.Join(parts, ", ")
	}
	return yamlFlow(n)
}

func yamlFlow(n *yaml.Node) string {
	c := *n
	c.Style = yaml.FlowStyle
	out, err := yaml.Marshal(&c)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
