package read

import (
	"unicode"
	"unicode/utf8"
)

// The lenient dateline reader works on small tokens: runs of letters, runs
// of digits, and single punctuation marks. "12:52 p. m. EDT" becomes
// 12 : 52 p . m . EDT, so the same code reads "1: 00pm", "a.m." and "8:13AM".

const (
	tokWord = iota + 1
	tokNum
	tokPunct
)

type lineTok struct {
	s           string
	start, end  int // byte offsets in the line
	kind        int
	spaceBefore bool
}

// maxLineTokens bounds the tokens read from one line; a longer line is
// read only up to there (a wire dateline opens a long first paragraph).
const maxLineTokens = 48

// lineTokens splits line into tokens; truncated reports that it stopped
// at maxLineTokens.
func lineTokens(line string, buf []lineTok) (toks []lineTok, truncated bool) {
	toks = buf[:0]
	space := true
	for i := 0; i < len(line); {
		r, w := utf8.DecodeRuneInString(line[i:])
		if unicode.IsSpace(r) {
			space = true
			i += w
			continue
		}
		if len(toks) == maxLineTokens {
			return toks, true
		}
		start, kind := i, tokPunct
		switch {
		case r >= '0' && r <= '9':
			kind = tokNum
			for i < len(line) && line[i] >= '0' && line[i] <= '9' {
				i++
			}
		case unicode.IsLetter(r):
			kind = tokWord
			for i < len(line) {
				r, w := utf8.DecodeRuneInString(line[i:])
				if !unicode.IsLetter(r) && !(r == '\'' && i > start) {
					break
				}
				i += w
			}
		default:
			i += w
		}
		toks = append(toks, lineTok{s: line[start:i], start: start, end: i, kind: kind, spaceBefore: space})
		space = false
	}
	return toks, false
}

// tokenCase classifies a word: all capitals ("EDT", "BRENMOOR"),
// capitalised ("Kestrel"), or lower case.
func tokenCase(s string) (allCaps, capitalised bool) {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false, false
	}
	if utf8.RuneCountInString(s) < 2 {
		return false, true
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false, true
		}
	}
	return true, true
}

// tokLower returns the lexicon word a token spells in any case, or "" when
// it is none; lowering happens in a stack buffer, so nothing allocates.
func tokLower(s string) string {
	var buf [16]byte
	if len(s) > len(buf) {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return dateLex().canon[string(buf[:len(s)])]
}
