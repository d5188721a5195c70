package people

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendTokens appends the spans of the tokens of doc[start:end] to dst,
// by exactly the rules of text.Tokens (a test holds the two together).
// text.Tokens returns a new slice of strings for every call; extraction
// runs it over whole articles, and this version, which reuses dst and
// takes an ASCII fast path, is several times cheaper.
func appendTokens(dst [][2]int32, doc string, start, end int) [][2]int32 {
	i := start
	for i < end {
		c := doc[i]
		w := 1
		word := false
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
			word = asciiWord[c]
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(doc[i:end])
			if unicode.IsSpace(r) {
				i += w
				continue
			}
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if !word {
			dst = append(dst, [2]int32{int32(i), int32(i + w)})
			i += w
			continue
		}
		j := wordEnd(doc, i, i+w, end)
		dst = append(dst, [2]int32{int32(i), int32(j)})
		i = j
	}
	return dst
}

// wordEnd returns the end of the word token that starts at i and whose
// first rune ends at j.
func wordEnd(doc string, i, j, end int) int {
	for j < end {
		c := doc[j]
		if c < utf8.RuneSelf && asciiWord[c] {
			j++ // the common case: one more ASCII letter or digit
			continue
		}
		r2, w2 := decodeAt(doc, j, end)
		if isWordRune(r2) {
			j += w2
			continue
		}
		// inner joiners: don't, U.K, 3.5, 1,000, Morrow-Kask
		if (r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',' || r2 == '-') && j+w2 < end {
			r3, _ := decodeAt(doc, j+w2, end)
			if isWordRune(r3) {
				if r2 == ',' && !(isDigitRune(r3) && isDigitRune(lastRuneOf(doc[i:j]))) {
					return j
				}
				if r2 == '.' && !(isDigitRune(r3) || acronymPart(doc[i:j])) {
					return j
				}
				j += w2
				continue
			}
		}
		return j
	}
	return j
}

// asciiWord marks ASCII letters and digits; asciiSpace the ASCII white
// space unicode.IsSpace knows.
var asciiWord, asciiSpace = func() (w, sp [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		w[c] = ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
		sp[c] = c == ' ' || ('\t' <= c && c <= '\r')
	}
	return
}()

func decodeAt(s string, i, end int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:end])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// acronymPart: "U" or "U.S" before a period continue an acronym; so do digits.
func acronymPart(s string) bool {
	last := s
	if k := strings.LastIndexByte(s, '.'); k >= 0 {
		last = s[k+1:]
	}
	if utf8.RuneCountInString(last) != 1 {
		return isDigitRune(lastRuneOf(s))
	}
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r) || isDigitRune(r)
}
