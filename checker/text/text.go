// Package text prepares article text for extraction: paragraphs, sentences
// and word tokens, each with byte offsets into the article's plain text.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence with its byte span in the article text.
type Sentence struct {
	Start, End int // half-open byte range into the article text
	Paragraph  int // index of the paragraph it belongs to
	Index      int // index of the sentence in the article
}

// Text returns the sentence's text.
func (s Sentence) Text(doc string) string { return doc[s.Start:s.End] }

// Paragraph is one paragraph span.
type Paragraph struct{ Start, End int }

// Paragraphs splits text at newlines; blank lines are dropped and each span
// is trimmed of surrounding white space.
func Paragraphs(doc string) []Paragraph {
	var out []Paragraph
	start := 0
	for start <= len(doc) {
		end := strings.IndexByte(doc[start:], '\n')
		if end < 0 {
			end = len(doc)
		} else {
			end += start
		}
		s, e := trim(doc, start, end)
		if e > s {
			out = append(out, Paragraph{s, e})
		}
		start = end + 1
	}
	return out
}

// Sentences splits every paragraph into sentences.
func Sentences(doc string, paras []Paragraph) []Sentence {
	var out []Sentence
	var spans [][2]int // one paragraph's, reused
	for pi, p := range paras {
		spans = splitSentences(spans[:0], doc, p.Start, p.End)
		for _, sp := range spans {
			out = append(out, Sentence{Start: sp[0], End: sp[1], Paragraph: pi, Index: len(out)})
		}
	}
	return out
}

// Split is Paragraphs followed by Sentences.
func Split(doc string) ([]Paragraph, []Sentence) {
	p := Paragraphs(doc)
	return p, Sentences(doc, p)
}

// abbreviations that end with a period but rarely end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true,
	"st": true, "jr": true, "sr": true, "rev": true, "hon": true, "pres": true, "amb": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"approx": true, "est": true, "dept": true, "univ": true, "mt": true, "ft": true,
	"e.g": true, "i.e": true, "a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true,
	"e.u": true,
}

// splitSentences appends the sentence spans inside [start, end) to out.
func splitSentences(out [][2]int, doc string, start, end int) [][2]int {
	s := start
	i := start
	for i < end {
		c := doc[i]
		switch {
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			// run of terminators and closing quotes/brackets
			for j < end {
				r, w := utf8.DecodeRuneInString(doc[j:])
				if r == '.' || r == '!' || r == '?' || isCloser(r) {
					j += w
					continue
				}
				break
			}
			if j >= end {
				i = j
				continue
			}
			r, _ := utf8.DecodeRuneInString(doc[j:])
			if unicode.IsSpace(r) {
				k := j
				for k < end {
					r2, w2 := utf8.DecodeRuneInString(doc[k:])
					if !unicode.IsSpace(r2) {
						break
					}
					k += w2
				}
				if k < end && c == '.' && !boundaryAfterPeriod(doc, s, i, k, end) {
					i = j
					continue
				}
				if k < end {
					if nr, _ := utf8.DecodeRuneInString(doc[k:]); unicode.IsLower(nr) && c == '.' {
						// "the U.S. economy", "approx. five": lower case goes on.
						i = j
						continue
					}
				}
				out = appendTrimmed(out, doc, s, j)
				s = k
				i = k
				continue
			}
			// No space after the terminator: "Tarvik.Ilse", "elections.Understanding".
			if c == '.' && j == i+1 && glued(doc, i, end) {
				out = appendTrimmed(out, doc, s, j)
				s = j
				i = j
				continue
			}
			i = j
		default:
			// on to the next terminator: they are ASCII, so never a
			// byte inside another rune
			if n := strings.IndexAny(doc[i:end], ".!?"); n >= 0 {
				i += n
			} else {
				i = end
			}
		}
	}
	out = appendTrimmed(out, doc, s, end)
	return out
}

// boundaryAfterPeriod decides whether the period at i (sentence began at s,
// next word at k) ends the sentence.
func boundaryAfterPeriod(doc string, s, i, k, end int) bool {
	// word before the period
	w := i
	for w > s {
		r, size := utf8.DecodeLastRuneInString(doc[:w])
		if unicode.IsLetter(r) || r == '.' {
			w -= size
			continue
		}
		break
	}
	word := strings.ToLower(doc[w:i])
	if word == "" {
		return true
	}
	if abbreviations[word] {
		// "U.S. President" goes on; "in the U.S. The ..." is ambiguous; keep
		// the common case (title or name follows) together.
		return false
	}
	// single initial: "John F. Kennedy"
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(doc[w:])
		if unicode.IsUpper(r) || spacedAbbreviation(doc, s, w) {
			return false
		}
	}
	// dotted acronym "u.s.a"
	if strings.Count(word, ".") >= 1 && len(word) <= 6 {
		return false
	}
	return true
}

// spacedAbbreviation reports whether the one-letter word at w ends an
// abbreviation written with a space after each period: "p. m.", "e. g."
// (the letter before it is a word of its own, followed by ". ").
func spacedAbbreviation(doc string, s, w int) bool {
	if w-s < 3 || doc[w-2:w] != ". " {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(doc[:w-2])
	if !unicode.IsLetter(r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(doc[:w-2-n])
	return w-2-n == s || !unicode.IsLetter(p)
}

// glued reports whether a period with no space after it ends a sentence:
// a lower-case word of two or more letters before it and a capitalised
// word of two or more letters after it ("Tarvik.Ilse"). Domain names,
// decimals and initials ("U.S.", "3.5", "example.com") stay whole.
func glued(doc string, i, end int) bool {
	// before: at least two letters, the last one lower case
	if i < 2 {
		return false
	}
	r1, w1 := utf8.DecodeLastRuneInString(doc[:i])
	r0, _ := utf8.DecodeLastRuneInString(doc[:i-w1])
	if !unicode.IsLower(r1) || !unicode.IsLetter(r0) {
		return false
	}
	// after: upper case letter followed by a lower case letter
	a, aw := utf8.DecodeRuneInString(doc[i+1:])
	if !unicode.IsUpper(a) || i+1+aw >= end {
		return false
	}
	b, _ := utf8.DecodeRuneInString(doc[i+1+aw:])
	return unicode.IsLower(b)
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

// MaxSentence bounds a sentence's length in bytes. A longer run without a
// sentence end is a list, a table or text without punctuation (a
// one-line scrape), and work that extractors do per sentence would grow
// with its square; it is cut at a space (else at a rune boundary) into
// pieces of at most this size. No real sentence is this long.
const MaxSentence = 4096

func appendTrimmed(out [][2]int, doc string, s, e int) [][2]int {
	s, e = trim(doc, s, e)
	for e-s > MaxSentence {
		cut, half := s+MaxSentence, s+MaxSentence/2
		for cut > half && !utf8.RuneStart(doc[cut]) {
			cut--
		}
		if cut == half {
			// no rune starts in the upper half (bytes that are not
			// UTF-8): cut at the size itself
			cut = s + MaxSentence
		} else if sp := strings.LastIndexAny(doc[half:cut], " \t"); sp >= 0 {
			cut = half + sp
		}
		if a, b := trim(doc, s, cut); b > a {
			out = append(out, [2]int{a, b})
		}
		s, e = trim(doc, cut, e)
	}
	if e > s {
		out = append(out, [2]int{s, e})
	}
	return out
}

// trim narrows [s, e) to exclude leading and trailing white space
// (including non-breaking spaces).
func trim(doc string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(doc[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(doc[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}

// Token is a word, number or punctuation mark with its byte span.
type Token struct {
	Start, End int
	Text       string
}

// Tokens splits doc[start:end] into tokens: runs of letters/digits (with
// inner apostrophes, hyphens, periods in numbers and acronyms kept) and
// single punctuation marks. White space is dropped.
func Tokens(doc string, start, end int) []Token {
	return AppendTokens(nil, doc, start, end)
}

// AppendTokens is Tokens appending to dst, so a caller that tokenizes
// sentence after sentence can reuse one slice.
func AppendTokens(dst []Token, doc string, start, end int) []Token {
	for i := start; ; {
		s, e, _ := nextToken(doc, i, end)
		if s == e {
			return dst
		}
		dst = append(dst, Token{s, e, doc[s:e]})
		i = e
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isAcronymPart: "U" or "U.S" before a period continue an acronym; so do digits.
func isAcronymPart(s string) bool {
	last := s
	if k := strings.LastIndexByte(s, '.'); k >= 0 {
		last = s[k+1:]
	}
	if utf8.RuneCountInString(last) != 1 {
		return unicode.IsDigit(lastRune(s))
	}
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
