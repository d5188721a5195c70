package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/text"
)

// shape flags of a token.
type shape uint16

const (
	sWord        shape = 1 << iota // starts with a letter or digit
	sCap                           // starts with an upper-case letter
	sNoLower                       // has letters, none lower case ("UK", "ABC", "F")
	sDigit                         // contains a digit
	sPoss                          // ends in a possessive 's or ’s (stripped from low)
	sInitial                       // a single upper-case letter
	sHyphen                        // contains a hyphen
	sSentFirst                     // first word of its sentence
	sNonASCIICap                   // has a capital outside ASCII ("Ö"): lower-cased on its own
	sNonASCII                      // has bytes beyond ASCII
	sNounSuffix                    // capitalised with a common-noun ending ("Stability")
	sGlued                         // a rank glued to the next word: "then" of "then-Prime"
)

// tok is one token of the document with its lexicon lookup done once.
type tok struct {
	start, end int32 // byte span in the document (possessive included)
	sent       int32 // sentence index
	shape      shape
	pkinds     phraseKind // kinds of the title phrases starting here
	words      wordFlag
	low        string    // lower case, possessive removed
	phrases    []*phrase // title phrases starting with this token
}

// normToken is the lookup form of a token: lower case, curly apostrophes
// straightened, a trailing possessive removed. Plain lower-case ASCII
// returns its input without allocating.
func normToken(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '\'' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	s = trimPossessive(s)
	s = strings.ReplaceAll(s, "’", "'")
	return strings.ToLower(s)
}

// trimPossessive removes a trailing 's or ’s ("Morrow’s" → "Morrow").
func trimPossessive(s string) string {
	n := len(s)
	if n < 3 || (s[n-1] != 's' && s[n-1] != 'S') {
		return s
	}
	if s[n-2] == '\'' {
		return s[:n-2]
	}
	if n > 4 && s[n-4:n-1] == "’" {
		return s[:n-4]
	}
	return s
}

// phraseWords tokenises a vocabulary phrase the way document text is
// tokenised, so the two compare token by token.
func phraseWords(s string) []string {
	var out []string
	for _, t := range text.Tokens(s, 0, len(s)) {
		out = append(out, normToken(t.Text))
	}
	return out
}

func isLowerRune(r rune) bool { return unicode.IsLower(r) }

// tokenShape classifies a token's letters.
func tokenShape(s string) shape {
	if len(s) == 0 {
		return 0
	}
	var sh shape
	letters, lower, ascii := 0, false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'a' <= c && c <= 'z':
			letters++
			lower = true
		case 'A' <= c && c <= 'Z':
			letters++
		case '0' <= c && c <= '9':
			sh |= sDigit
		case c == '-':
			sh |= sHyphen
		}
	}
	if !ascii {
		return tokenShapeUnicode(s) | sNonASCII
	}
	c := s[0]
	switch {
	case 'A' <= c && c <= 'Z':
		sh |= sWord | sCap
	case ('a' <= c && c <= 'z') || ('0' <= c && c <= '9'):
		sh |= sWord
	default:
		return 0
	}
	if letters > 0 && !lower {
		sh |= sNoLower
	}
	if len(s) == 1 && sh&sCap != 0 || dottedInitials(s) {
		sh |= sInitial
	}
	return sh
}

// dottedInitials: two or three initials written with dots, the last dot
// a token of its own ("A.J" of "A.J. Rennick").
func dottedInitials(s string) bool {
	if len(s) != 3 && len(s) != 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i%2 == 1 && c != '.' || i%2 == 0 && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// tokenShapeUnicode is tokenShape for text beyond ASCII.
func tokenShapeUnicode(s string) shape {
	r, _ := utf8.DecodeRuneInString(s)
	var sh shape
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		sh |= sWord
	} else {
		return 0
	}
	if unicode.IsUpper(r) {
		sh |= sCap
	}
	letters, lower := 0, false
	for _, c := range s {
		switch {
		case c == '-':
			sh |= sHyphen
		case unicode.IsDigit(c):
			sh |= sDigit
		case unicode.IsLetter(c):
			letters++
			if unicode.IsLower(c) {
				lower = true
			} else if c >= utf8.RuneSelf && unicode.IsUpper(c) {
				sh |= sNonASCIICap
			}
		}
	}
	if letters > 0 && !lower {
		sh |= sNoLower
	}
	if letters == 1 && sh&sCap != 0 && utf8.RuneCountInString(s) == 1 || dottedInitials(s) {
		sh |= sInitial
	}
	return sh
}

// buildTokens reads the doc's tokens and looks each up once. Lower-case
// forms are cut from the doc's lower-cased text, so a token costs no
// allocation unless it has non-ASCII capitals. A rank glued to a title
// ("then-Prime", "Then–OBC") becomes two tokens, the dash between them
// dropped, so that the title reads as if written apart.
func (a *analysis) buildTokens() {
	d := a.d
	l := d.Tokens()
	lower := l.Lower()
	a.sentTok = growInts(a.sentTok, len(d.Sentences)+1)
	if want := len(l.Toks) + 16; cap(a.toks) < want {
		a.toks = make([]tok, 0, want)
	}
	a.toks = a.toks[:0]
	for si := range d.Sentences {
		a.sentTok[si] = len(a.toks)
		first := true
		lo, hi := l.SentRange(si)
		for ti := lo; ti < hi; ti++ {
			t := l.Toks[ti]
			start, end := int(t.Start), int(t.End)
			if end-start == 3 && d.Text[start] == 0xE2 && a.gluedDash(l, ti, hi) {
				a.toks[len(a.toks)-1].shape |= sGlued
				continue
			}
			if k := gluedRankEnd(lower, start, end); k > 0 {
				a.appendTok(start, k, si, &first, lower)
				a.toks[len(a.toks)-1].shape |= sGlued
				start = k + 1
			}
			a.appendTok(start, end, si, &first, lower)
		}
	}
	a.sentTok[len(d.Sentences)] = len(a.toks)
}

// gluedRankEnd returns the end of a glued rank opening the token
// [start, end) ("then" of "then-Prime"), or 0.
func gluedRankEnd(lowered string, start, end int) int {
	k := strings.IndexByte(lowered[start:min(end, start+maxGluedRank+1)], '-')
	if k <= 0 || start+k+1 >= end || vocab().words[lowered[start:start+k]]&wGluedRank == 0 {
		return 0
	}
	return start + k
}

// maxGluedRank bounds the search for the hyphen after a glued rank.
const maxGluedRank = 8

// gluedDash: token ti of l, in a sentence whose tokens end at hi, is an
// en or em dash between a glued rank and a word, with no space on either
// side ("then–Prime").
func (a *analysis) gluedDash(l *text.TokenLayer, ti, hi int) bool {
	t := l.Toks[ti]
	w := a.d.Text[t.Start:t.End]
	if w != "–" && w != "—" || len(a.toks) == 0 || ti+1 >= hi {
		return false
	}
	prev := &a.toks[len(a.toks)-1]
	next := l.Toks[ti+1]
	return prev.end == t.Start && prev.words&wGluedRank != 0 && prev.shape&sWord != 0 &&
		next.Start == t.End && next.Shape&text.Word != 0
}

// appendTok looks up the token [start, end) of sentence si and appends it.
func (a *analysis) appendTok(start, end, si int, first *bool, lowered string) {
	text := a.d.Text[start:end]
	sh := tokenShape(text)
	if sh&sWord != 0 && *first {
		sh |= sSentFirst
		*first = false
	}
	lowEnd := end
	if p := len(trimPossessive(text)); p < len(text) {
		sh |= sPoss
		lowEnd = start + p
	}
	var low string
	switch {
	case sh&sNonASCIICap != 0:
		low = strings.ToLower(a.d.Text[start:lowEnd])
	case sh&sNonASCII != 0 && loweredBeyondASCII(lowered[start:lowEnd], text[:lowEnd-start]):
		// a rune lowered beyond ASCII with no capital ("ǅ", "Ⅱ"):
		// only ASCII letters are lowered here
		low = lowerASCII(text[:lowEnd-start])
	default:
		low = lowered[start:lowEnd]
	}
	var e lexEntry
	if sh&sWord != 0 {
		e = a.tb.lex[low]
	}
	if sh&sCap != 0 && hasNounSuffix(low) {
		sh |= sNounSuffix
	}
	a.toks = append(a.toks, tok{
		start:   int32(start),
		end:     int32(end),
		sent:    int32(si),
		shape:   sh,
		pkinds:  e.kinds,
		words:   e.words,
		low:     low,
		phrases: e.phrases,
	})
}

// loweredBeyondASCII reports whether low, the doc's lower case of s,
// lowered a rune beyond ASCII.
func loweredBeyondASCII(low, s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf && low[i] != s[i] {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases the ASCII letters of s; other bytes are kept.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	run := 0 // start of the run of bytes copied as they are
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[run:i])
			b.WriteByte(c + 'a' - 'A')
			run = i + 1
		}
	}
	b.WriteString(s[run:])
	return b.String()
}

func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// text returns the token's text as written.
func (a *analysis) text(i int) string { return a.d.Text[a.toks[i].start:a.toks[i].end] }

// nameEnd is the end of token i without a possessive suffix.
func (a *analysis) nameEnd(i int) int {
	t := &a.toks[i]
	if t.shape&sPoss == 0 {
		return int(t.end)
	}
	return int(t.start) + len(trimPossessive(a.text(i)))
}

// isPunct reports whether token i is the single character c.
func (a *analysis) isPunct(i int, c string) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].shape&sWord == 0 && a.toks[i].low == c
}

// sentEnd is the index after the last token of token i's sentence.
func (a *analysis) sentEnd(i int) int { return a.sentTok[a.toks[i].sent+1] }

// sentStart is the index of the first token of token i's sentence.
func (a *analysis) sentStart(i int) int { return a.sentTok[a.toks[i].sent] }

// matchPhrase returns the longest title phrase starting at token i that
// ends at or before limit, and its length in tokens.
func (a *analysis) matchPhrase(i, limit int) (*phrase, int) {
	if i < 0 || i >= limit {
		return nil, 0
	}
	for _, p := range a.toks[i].phrases {
		n := len(p.words)
		if i+n > limit {
			continue
		}
		ok := true
		for j := 0; j < n && ok; j++ {
			t := &a.toks[i+j]
			switch {
			case t.low != p.words[j]:
				ok = false
			case p.acronym && t.shape&sNoLower == 0:
				ok = false
			case j < n-1 && t.shape&sPoss != 0:
				ok = false // a possessive ends a phrase
			case j > 0 && t.start != a.toks[i+j-1].end && p.words[j] == ".":
				ok = false // "U.K." keeps its dot attached
			}
		}
		if ok {
			return p, n
		}
	}
	return nil, 0
}
