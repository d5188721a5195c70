package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/text"
)

// quoteSpan is one quotation inside a paragraph.
type quoteSpan struct {
	open, close  int // byte offsets of the opening and closing marks (close = paragraph end when unclosed)
	wStart, wEnd int // the quoted words, trimmed of space and trailing punctuation
	para         int
	words        string // normalised words
	nwords       int
}

// minQuoteWords: shorter quotes are scare quotes ("reset"), not speech.
const minQuoteWords = 3

// quote mark families.
const (
	qDouble = 1 + iota
	qSingle
	qGuillemet
)

// findQuotes pairs quotation marks paragraph by paragraph. Straight and
// curly double quotes pair with each other (a straight pair inside a curly
// quote is nested in it); single quotes count only when
// they cannot be apostrophes; quotes inside a quote are part of it. A
// curly or angle quote left open at the paragraph's end runs to the end
// (news style opens each paragraph of a long quote anew).
func findQuotes(d *text.Doc) []quoteSpan {
	var out []quoteSpan
	for pi, p := range d.Paragraphs {
		kind, open, openW, curly := 0, 0, 0, false
		s := d.Text
		for i := p.Start; i < p.End; {
			c := s[i]
			if c < utf8.RuneSelf && c != '"' && c != '\'' {
				i++
				continue
			}
			r, w := rune(c), 1
			if c >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:p.End])
			}
			switch {
			case r == '"' && kind == 0:
				kind, open, openW, curly = qDouble, i, w, false
			case r == '"' && kind == qDouble && curly && strings.Contains(s[i+w:p.End], "”"):
				// “He said "go home" and left,” — a straight pair inside a
				// curly quote is nested, when the curly close still comes.
			case (r == '"' || r == '”') && kind == qDouble:
				out = appendQuote(out, d, pi, open, open+openW, i)
				kind = 0
			case (r == '“' || r == '„') && kind == 0:
				kind, open, openW, curly = qDouble, i, w, true
			case (r == '\'' || r == '‘') && kind == 0 && opensSingle(s, i, w, p.Start, p.End):
				kind, open, openW, curly = qSingle, i, w, false
			case (r == '\'' || r == '’') && kind == qSingle && closesSingle(s, i, w, p.End):
				out = appendQuote(out, d, pi, open, open+openW, i)
				kind = 0
			case r == '«' && kind == 0:
				kind, open, openW, curly = qGuillemet, i, w, true
			case r == '»' && kind == qGuillemet:
				out = appendQuote(out, d, pi, open, open+openW, i)
				kind = 0
			}
			i += w
		}
		if kind != 0 && curly {
			out = appendQuote(out, d, pi, open, open+openW, p.End)
		}
	}
	return out
}

// opensSingle: a single quote after space or an opening bracket and before
// a letter ("'reset'"), not an apostrophe ("don't", "'90s").
func opensSingle(s string, i, w, lo, hi int) bool {
	if i > lo {
		r, _ := utf8.DecodeLastRuneInString(s[lo:i])
		if !unicode.IsSpace(r) && r != '(' && r != '[' && r != '—' && r != '“' && r != '"' {
			return false
		}
	}
	if i+w >= hi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+w : hi])
	return unicode.IsLetter(r)
}

// closesSingle: a single quote after a non-space and not followed by a
// letter (so not the apostrophe inside "Morrow’s").
func closesSingle(s string, i, w, hi int) bool {
	if i+w < hi {
		r, _ := utf8.DecodeRuneInString(s[i+w : hi])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsSpace(r)
}

// appendQuote adds the quote with marks at open and close and words
// between from and close, if it has enough words.
func appendQuote(out []quoteSpan, d *text.Doc, para, open, from, close int) []quoteSpan {
	ws, we := trimQuoted(d.Text, from, close)
	if ws >= we {
		return out
	}
	words, n := normalizeQuote(d.Text[ws:we])
	if n < minQuoteWords {
		return out
	}
	return append(out, quoteSpan{open: open, close: close, wStart: ws, wEnd: we, para: para, words: words, nwords: n})
}

// trimQuoted trims white space, ellipses and trailing , ; : . from the quoted words.
func trimQuoted(s string, a, b int) (int, int) {
	for a < b {
		r, w := utf8.DecodeRuneInString(s[a:b])
		if unicode.IsSpace(r) || r == '…' || r == '.' {
			a += w
			continue
		}
		break
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(s[a:b])
		if unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '.' || r == '…' {
			b -= w
			continue
		}
		break
	}
	return a, b
}

// normalizeQuote lower-cases the words, keeps apostrophes and hyphens
// inside words (curly apostrophes straightened), turns every other mark
// into a space and collapses spaces. It returns the words and their count.
func normalizeQuote(s string) (string, int) {
	b := make([]byte, 0, len(s))
	n := 0
	inWord := false
	var prev rune
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(r):
			if !inWord {
				if n > 0 {
					b = append(b, ' ')
				}
				n++
				inWord = true
			}
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b = append(b, byte(r))
			} else {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
		case (r == '\'' || r == '’' || r == '-') && inWord && isWordRune(prev) && nextIsWordRune(s, i+w):
			if r == '-' {
				b = append(b, '-')
			} else {
				b = append(b, '\'')
			}
		default:
			inWord = false
		}
		prev = r
		i += w
	}
	return string(b), n
}

func nextIsWordRune(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
