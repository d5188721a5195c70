package text

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Shape is what a token's first rune and its bytes say of it, the
// classes every extractor asks of a token.
type Shape uint8

const (
	Letter   Shape = 1 << iota // starts with a letter
	Digit                      // starts with a digit
	Cap                        // starts with an upper-case letter
	NonASCII                   // has a byte beyond ASCII
)

// Word is Letter|Digit: a word or number, not punctuation.
const Word = Letter | Digit

// Tok is one token of a Doc: a word or number (Tokens' rules) or a
// punctuation mark, inside one sentence.
type Tok struct {
	Start, End int32 // byte span in Doc.Text
	Sent       int32 // sentence index
	Shape      Shape
}

// TokenLayer is a Doc's token layer, built once (Doc.Tokens).
type TokenLayer struct {
	// Toks are the tokens of every sentence, in text order: a token
	// never crosses a sentence end.
	Toks []Tok
	// SentTok[i] is the index of sentence i's first token;
	// SentTok[len(Sentences)] is len(Toks).
	SentTok []int32

	text, lower string // the doc's text; its lower case (Lower)
}

// Lower returns the doc's text lower-cased with every byte offset kept
// (LowerAligned), built at its first call: tokens slice their lower-case
// form out of it.
func (t *TokenLayer) Lower() string {
	if t.lower == "" {
		t.lower = LowerAligned(t.text)
	}
	return t.lower
}

// Tokens returns d's token layer, built at its first call. A Doc serves
// one goroutine at a time (extractors read it in turn), so the layer is
// built without a lock.
func (d *Doc) Tokens() *TokenLayer {
	if d.toks == nil {
		d.toks = buildTokens(d.Text, d.Sentences)
	}
	return d.toks
}

// Release gives d's token buffers back for another Doc's: call it when
// nothing reads d's TokenLayer any more (a caller holding it would see
// another doc's tokens). d's tokens are built again if asked for after.
func (d *Doc) Release() {
	if t := d.toks; t != nil {
		d.toks = nil
		*t = TokenLayer{Toks: t.Toks[:0], SentTok: t.SentTok[:0]} // the lower case is not reused: tokens' forms are slices of it
		layers.Put(t)
	}
}

// layers are released TokenLayers, whose buffers buildTokens reuses: a
// 5 KB article has about a thousand tokens.
var layers = sync.Pool{New: func() any { return new(TokenLayer) }}

// buildTokens tokenizes every sentence of doc. A sentence whose span is
// not inside doc has no tokens.
func buildTokens(doc string, sents []Sentence) *TokenLayer {
	t := layers.Get().(*TokenLayer)
	if want := len(doc)/5 + 4; cap(t.Toks) < want { // about a token in five bytes of English
		t.Toks = make([]Tok, 0, want)
	}
	if cap(t.SentTok) < len(sents)+1 {
		t.SentTok = make([]int32, len(sents)+1)
	}
	t.Toks, t.SentTok, t.text = t.Toks[:0], t.SentTok[:len(sents)+1], doc
	for si, s := range sents {
		t.SentTok[si] = int32(len(t.Toks))
		if s.Start < 0 || s.End > len(doc) || s.Start >= s.End {
			continue
		}
		t.Toks = appendToks(t.Toks, doc, s.Start, s.End, int32(si))
	}
	t.SentTok[len(sents)] = int32(len(t.Toks))
	return t
}

// LowerAligned lower-cases s without changing any byte offset: runes
// whose lower case has another UTF-8 length stay as they are.
func LowerAligned(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && r != utf8.RuneError && utf8.RuneLen(l) == w {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+w]...)
		}
		i += w
	}
	// b is written no more: the string shares its bytes (no copy of the
	// article)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendToks appends the tokens of doc[start:end] (sentence sent) to dst.
func appendToks(dst []Tok, doc string, start, end int, sent int32) []Tok {
	for i := start; ; {
		s, e, sh := nextToken(doc, i, end)
		if s == e {
			return dst
		}
		dst = append(dst, Tok{int32(s), int32(e), sent, sh})
		i = e
	}
}

// nextToken returns the span and shape of the first token of
// doc[i:end], or an empty span when there is none: a run of letters and
// digits, with inner apostrophes, hyphens, and periods and commas in
// numbers and acronyms kept, or a single punctuation mark; white space
// is skipped. It takes an ASCII fast path; a test holds it to a plain
// version of the rules.
func nextToken(doc string, i, end int) (int, int, Shape) {
	for i < end {
		c := doc[i]
		w := 1
		var sh Shape
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
			sh = asciiShape[c]
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(doc[i:end])
			if unicode.IsSpace(r) {
				i += w
				continue
			}
			sh = NonASCII
			if unicode.IsLetter(r) {
				sh |= Letter
				if unicode.IsUpper(r) {
					sh |= Cap
				}
			} else if unicode.IsDigit(r) {
				sh |= Digit
			}
		}
		if sh&Word == 0 {
			return i, i + w, sh
		}
		j, wide := wordEnd(doc, i, i+w, end)
		if wide {
			sh |= NonASCII
		}
		return i, j, sh
	}
	return end, end, 0
}

// wordEnd returns the end of the word token that starts at i and whose
// first rune ends at j, and whether it has bytes beyond ASCII after its
// first rune.
func wordEnd(doc string, i, j, end int) (int, bool) {
	wide := false
	for j < end {
		c := doc[j]
		if c < utf8.RuneSelf && asciiShape[c]&Word != 0 {
			j++ // the common case: one more ASCII letter or digit
			continue
		}
		r2, w2 := decodeAt(doc, j, end)
		if isWordRune(r2) {
			wide = wide || c >= utf8.RuneSelf
			j += w2
			continue
		}
		// inner joiners: don't, U.S, 3.5, 1,000, Vance-Orel
		if (r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',' || r2 == '-') && j+w2 < end {
			r3, _ := decodeAt(doc, j+w2, end)
			if isWordRune(r3) {
				if r2 == ',' && !(isDigitRune(r3) && isDigitRune(lastRune(doc[i:j]))) {
					return j, wide
				}
				if r2 == '.' && !(isDigitRune(r3) || isAcronymPart(doc[i:j])) {
					return j, wide
				}
				wide = wide || c >= utf8.RuneSelf
				j += w2
				continue
			}
		}
		return j, wide
	}
	return j, wide
}

// asciiShape is the Shape of an ASCII byte; asciiSpace marks the ASCII
// white space unicode.IsSpace knows.
var asciiShape, asciiSpace = func() (sh [utf8.RuneSelf]Shape, sp [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'A' <= c && c <= 'Z':
			sh[c] = Letter | Cap
		case 'a' <= c && c <= 'z':
			sh[c] = Letter
		case '0' <= c && c <= '9':
			sh[c] = Digit
		}
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

// Text returns token i as written.
func (t *TokenLayer) Text(i int) string { return t.text[t.Toks[i].Start:t.Toks[i].End] }

// Low returns token i's lower-case form (a slice of Lower).
func (t *TokenLayer) Low(i int) string { return t.Lower()[t.Toks[i].Start:t.Toks[i].End] }

// SentRange returns the token index range of sentence si.
func (t *TokenLayer) SentRange(si int) (int, int) { return int(t.SentTok[si]), int(t.SentTok[si+1]) }
