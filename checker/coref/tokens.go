package coref

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/text"
)

// word is one word token of an article.
type word struct {
	start, end int
	text       string
	stem       string
	sent       int  // sentence index
	first      bool // first word of its sentence
	capital    bool // starts with an upper-case letter
	stop       bool // a stopword (lower-cased)
	starts     bool // its stem begins a phrase of the lexicon
}

// wordForm is what tokenize knows of a word's text: an article repeats
// its words, each looked up once.
type wordForm struct {
	stem         string
	stop, starts bool
}

// tokenize splits an article's sentences (text.Split's) into word
// tokens; punctuation is dropped but a clause break (comma, semicolon,
// dash) is remembered in breaks as the index of the word after it.
func tokenize(l *lexicon, doc string, sents []text.Sentence) (words []word, breaks map[int]bool) {
	breaks = map[int]bool{}
	words = make([]word, 0, len(doc)/6) // about one word in six bytes of English
	var toks []text.Token
	forms := make(map[string]wordForm, len(doc)/40)
	for si, s := range sents {
		toks = text.AppendTokens(toks[:0], doc, s.Start, s.End)
		first := true
		for _, t := range toks {
			r, _ := utf8.DecodeRuneInString(t.Text)
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if t.Text == "," || t.Text == ";" || t.Text == "—" || t.Text == "–" || t.Text == "(" || t.Text == ":" {
					breaks[len(words)] = true
				}
				continue
			}
			f, ok := forms[t.Text]
			if !ok {
				f.stem = l.stem(t.Text)
				f.stop, f.starts = l.stop[strings.ToLower(t.Text)], l.starts[f.stem]
				forms[t.Text] = f
			}
			words = append(words, word{
				start: t.Start, end: t.End, text: t.Text, stem: f.stem,
				sent: si, first: first, capital: unicode.IsUpper(r), stop: f.stop, starts: f.starts,
			})
			first = false
		}
	}
	return words, breaks
}

// isNumber reports whether a token is written with digits.
func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// normName is a name's key: lower case, possessive dropped.
func normName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return strings.ToLower(s)
}
