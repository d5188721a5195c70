package store

import (
	"errors"
	"fmt"
	"strings"
)

// ErrQuerySyntax is a query string that Bleve would read as something
// other than what it plainly says.
var ErrQuerySyntax = errors.New("syntax error")

// checkQuerySyntax refuses what Bleve's query-string syntax has no
// meaning for but would search for anyway, quietly and with other
// results than meant: grouping parentheses, boolean words (AND, OR, NOT
// are searched as words: use +word and -word) and an unclosed phrase.
func checkQuerySyntax(q string) error {
	bad := func(why string) error { return fmt.Errorf("query %q: %w: %s", q, ErrQuerySyntax, why) }
	inPhrase, escaped := false, false
	word := strings.Builder{}
	endWord := func() error {
		switch strings.TrimLeft(word.String(), "+-") {
		case "AND", "OR", "NOT", "&&", "||":
			return bad(fmt.Sprintf("%s is not an operator here: require a word with +word, exclude one with -word", word.String()))
		}
		word.Reset()
		return nil
	}
	for _, r := range q {
		switch {
		case escaped:
			escaped = false
			word.WriteRune(r)
		case r == '\\':
			escaped = true
		case r == '"':
			inPhrase = !inPhrase
		case inPhrase:
		case r == '(' || r == ')':
			return bad(`parentheses do not group here; write \( or \) to search for one`)
		case r == ' ' || r == '\t' || r == '\n':
			if err := endWord(); err != nil {
				return err
			}
		default:
			word.WriteRune(r)
		}
	}
	if inPhrase {
		return bad(`a phrase is not closed with "`)
	}
	return endWord()
}
