package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// lookupBuf is the size of the stack buffer lookups normalize into; longer
// inputs still work, they just allocate.
const lookupBuf = 96

// appendNorm appends the lookup form of s to dst: trimmed, lower case,
// runs of white space as one space, curly apostrophes straightened and a
// trailing possessive ("Veloria's", "the Islands'") removed. It writes into
// dst so that hot-path lookups can use a stack buffer and not allocate.
func appendNorm(dst []byte, s string) []byte {
	s = trimPossessive(strings.TrimSpace(s))
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				space = true
				continue
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		if r == '’' || r == '‘' {
			dst = append(dst, '\'')
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// trimPossessive removes a trailing "'s", "’s" or a lone trailing
// apostrophe, in any case. It looks at the last bytes only: it runs on
// every lookup.
func trimPossessive(s string) string {
	n := len(s)
	if n < 2 {
		return s
	}
	cut := 0
	switch last := s[n-1]; {
	case last == 's' || last == 'S':
		if s[n-2] == '\'' {
			cut = 2
		} else if n >= 4 && s[n-4:n-1] == "’" {
			cut = 4
		}
	case last == '\'':
		cut = 1
	case n >= 3 && s[n-3:] == "’":
		cut = 3
	}
	if cut == 0 || cut >= n {
		return s
	}
	return strings.TrimRight(s[:n-cut], " ")
}

// normWord is appendNorm for code that is not in a hot path.
func normWord(s string) string { return string(appendNorm(nil, s)) }

// isAcronym reports whether s (already trimmed) is written in capitals
// only, with at least two letters, like an abbreviation. Such words match
// only when written the same way, so that a pronoun in lower case whose
// letters spell an abbreviation does not.
func isAcronym(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// acronymForm is the form under which an acronym is stored and looked up:
// trimmed, possessive removed, case kept.
func acronymForm(s string) string { return trimPossessive(strings.TrimSpace(s)) }

// foldMarks removes diacritics ("Ésterlund" → "Esterlund") so that text typed
// without them still matches. A transform chain keeps state, so each call
// makes its own: lookups run on many goroutines at once.
func foldMarks(s string) string {
	if isASCII(s) {
		return s // nothing to fold: most names, and the cost of loading
	}
	stripMarks := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(stripMarks, s)
	if err != nil {
		return s
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lookupKeys returns the keys a name is indexed under: its normal form
// and, when different, the form without diacritics.
func lookupKeys(s string) []string {
	n := normWord(s)
	if n == "" {
		return nil
	}
	if f := foldMarks(n); f != n {
		return []string{n, f}
	}
	return []string{n}
}

func surname(name string) string {
	f := strings.Fields(normWord(name))
	if len(f) == 0 {
		return ""
	}
	last := f[len(f)-1]
	// "Jr.", "II" are not surnames.
	if (last == "jr." || last == "jr" || last == "ii" || last == "iii") && len(f) > 1 {
		last = f[len(f)-2]
	}
	return strings.TrimSuffix(last, ",")
}
