package read

import "github.com/crosscheck/crosscheck/corpus/article"

// readTXT reads a plain-text article. Text is the file's content byte for
// byte (less a byte-order mark), so every offset points into the file the
// user opens; only a file in a legacy encoding is decoded first, and then
// Meta["encoding"] says so.
func readTXT(name string, data []byte) (*article.Article, []Problem) {
	text, enc, note, fault := decodeText(data, false)
	if fault != nil {
		return nil, []Problem{fault.at(name, 0)}
	}
	var problems []Problem
	if note != nil {
		problems = append(problems, note.at(name, 0))
	}
	a := newReadArticle(name, "txt")
	a.Text = text
	if enc != "" {
		metaPut(a, "encoding", enc)
	}
	if fault := finishArticle(a); fault != nil {
		return nil, append(problems, fault.at(name, 0))
	}
	return a, problems
}
