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
		r, w := decodeAt(doc, i, end)
		if isSpaceRune(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			dst = append(dst, [2]int32{int32(i), int32(i + w)})
			i += w
			continue
		}
		j := i + w
		for j < end {
			if c := doc[j]; c < utf8.RuneSelf && asciiWord[c] {
				j++ // the common case: one more ASCII letter or digit
				continue
			}
			r2, w2 := decodeAt(doc, j, end)
			if isWordRune(r2) {
				j += w2
				continue
			}
			// inner joiners: don't, U.S, 3.5, 1,000, Morrow-Kask
			if (r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',' || r2 == '-') && j+w2 < end {
				r3, _ := decodeAt(doc, j+w2, end)
				if isWordRune(r3) {
					if r2 == ',' && !(isDigitRune(r3) && isDigitRune(lastRuneOf(doc[i:j]))) {
						break
					}
					if r2 == '.' && !(isDigitRune(r3) || acronymPart(doc[i:j])) {
						break
					}
					j += w2
					continue
				}
			}
			break
		}
		dst = append(dst, [2]int32{int32(i), int32(j)})
		i = j
	}
	return dst
}

// asciiWord marks ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
	}
	return t
}()

func decodeAt(s string, i, end int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:end])
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	return unicode.IsSpace(r)
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
