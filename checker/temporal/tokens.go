package temporal

import (
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	kNone kind = iota
	kWord
	kNum
	kPunct
)

// tok is one word, digit run or punctuation rune with its byte span.
type tok struct {
	start, end int
	n          int  // value of a digit run (capped)
	lex        lex  // lexicon entry of a word; zero when unknown
	kind       kind // word, number or punctuation
	space      bool // white space (or the text start) precedes the token
	nl         bool // a line break (or the text start) precedes the token
	upper      bool // starts with an upper-case letter
	allUpper   bool // every letter is upper case (and there are at least two)
	ascii      bool
}

// Byte classes for the tokenizer's dispatch.
const (
	cOther uint8 = iota
	cSpace
	cNewline
	cDigit
	cLower
	cUpper
	cHigh // first byte of a multi-byte rune
)

var byteClass = func() (t [256]uint8) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = cHigh
	}
	for _, c := range " \t\r\f\v" {
		t[c] = cSpace
	}
	t['\n'] = cNewline
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLower
		t[c-32] = cUpper
	}
	return t
}()

// tokenize splits text into tokens. It allocates one slice and looks each
// short ASCII word up in the lexicon without allocating.
func tokenize(text string, toks []tok) []tok {
	space, nl := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch byteClass[c] {
		case cSpace:
			space = true
			i++
		case cNewline:
			space, nl = true, true
			i++
		case cDigit:
			j, n := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, tok{start: i, end: j, n: n, kind: kNum, space: space, nl: nl})
			space, nl = false, false
			i = j
		case cLower, cUpper:
			i = scanWord(text, i, space, nl, &toks)
			space, nl = false, false
		case cOther:
			toks = append(toks, tok{start: i, end: i + 1, kind: kPunct, space: space, nl: nl})
			space, nl = false, false
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r != utf8.RuneError && unicode.IsLetter(r):
				i = scanWord(text, i, space, nl, &toks)
				space, nl = false, false
			case r == '\u2028' || r == '\u2029' || r == '\u0085':
				space, nl = true, true
				i += size
			case unicode.IsSpace(r):
				space = true
				i += size
			default:
				toks = append(toks, tok{start: i, end: i + size, kind: kPunct, space: space, nl: nl})
				space, nl = false, false
				i += size
			}
		}
	}
	return toks
}

// scanWord reads a run of letters starting at i and appends it.
func scanWord(text string, i int, space, nl bool, toks *[]tok) int {
	var buf [maxLexLen]byte
	t := tok{start: i, kind: kWord, space: space, nl: nl, ascii: true, allUpper: true}
	n, letters := 0, 0
	h := fnvOffset
	j := i
	for j < len(text) {
		c := text[j]
		switch byteClass[c] {
		case cLower:
			t.allUpper = false
		case cUpper:
			if j == i {
				t.upper = true
			}
		case cHigh:
		default:
			goto done
		}
		if c < utf8.RuneSelf {
			if n < maxLexLen {
				buf[n] = c | 0x20
				h = (h ^ uint32(c|0x20)) * fnvPrime
			}
			n++
			letters++
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			break
		}
		if j == i && unicode.IsUpper(r) {
			t.upper = true
		}
		if !unicode.IsUpper(r) {
			t.allUpper = false
		}
		t.ascii = false
		letters++
		j += size
	}
done:
	t.end = j
	if letters < 2 {
		t.allUpper = false
	}
	if t.ascii && n <= maxLexLen {
		t.lex = lexicon().get(h, buf[:n])
	}
	*toks = append(*toks, t)
	return j
}
