package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDocTokens(t *testing.T) {
	cases := []struct {
		in     string
		toks   []string // per sentence, joined by "|"
		shapes string   // one letter a token: W word, C capitalised, N number, P punctuation, U non-ASCII added
	}{
		{"The U.S. economy grew 3.5%. Then it fell.", []string{"The|U.S|.|economy|grew|3.5|%|.", "Then|it|fell|."}, "CCPWWNPP CWWP"},
		{"Ünal’s café, 1,200 “troops”.", []string{"Ünal’s|café|,|1,200|“|troops|”|."}, "UCUWPNUPWUPP"},
		{"Tarvik.Ilse came.", []string{"Tarvik|.", "Ilse|came|."}, "CP CWP"},
		{"", nil, ""},
	}
	for _, c := range cases {
		d := NewDoc("a", c.in, timeZero)
		l := d.Tokens()
		require.Same(t, l, d.Tokens(), "built once")
		require.Len(t, l.SentTok, len(d.Sentences)+1)
		var got []string
		var shapes strings.Builder
		for si := range d.Sentences {
			lo, hi := l.SentRange(si)
			var ws []string
			for i := lo; i < hi; i++ {
				assert.Equal(t, int32(si), l.Toks[i].Sent)
				ws = append(ws, l.Text(i))
				shapes.WriteString(shapeLetters(l.Toks[i].Shape))
			}
			got = append(got, strings.Join(ws, "|"))
			if si+1 < len(d.Sentences) {
				shapes.WriteByte(' ')
			}
		}
		assert.Equal(t, c.toks, got, c.in)
		assert.Equal(t, c.shapes, shapes.String(), c.in)
		toks, sentTok := slices.Clone(l.Toks), slices.Clone(l.SentTok)
		d.Release()
		NewDoc("b", "Another text, released after.", timeZero).Tokens()
		again := d.Tokens()
		assert.Equal(t, toks, again.Toks, "built again after Release")
		assert.Equal(t, sentTok, again.SentTok)
	}
}

func shapeLetters(sh Shape) string {
	var s string
	switch {
	case sh&Cap != 0:
		s = "C"
	case sh&Letter != 0:
		s = "W"
	case sh&Digit != 0:
		s = "N"
	default:
		s = "P"
	}
	if sh&NonASCII != 0 {
		s = "U" + s
	}
	return s
}

func TestLowerAligned(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The U.S. Café", "the u.s. café"},
		{"ÖZ İstanbul", "öz İstanbul"}, // İ lowers to two runes: kept
		{"a\xffB", "a\xffb"},
	} {
		assert.Equal(t, c.want, LowerAligned(c.in), c.in)
	}
}

// checkLayer holds d's token layer to the rules: the tokens of each
// sentence are plainTokens', shapes read the first rune and the bytes,
// Lower keeps every offset.
func checkLayer(t *testing.T, doc string) {
	t.Helper()
	d := NewDoc("f", doc, timeZero)
	l := d.Tokens()
	require.Len(t, l.Lower(), len(doc))
	for i := range l.Toks {
		require.Len(t, l.Low(i), int(l.Toks[i].End-l.Toks[i].Start))
	}
	require.Len(t, l.SentTok, len(d.Sentences)+1)
	require.Equal(t, int32(len(l.Toks)), l.SentTok[len(d.Sentences)])
	for si, s := range d.Sentences {
		want := plainTokens(nil, doc, s.Start, s.End)
		lo, hi := l.SentRange(si)
		require.Len(t, l.Toks[lo:hi], len(want), "sentence %d of %q", si, doc)
		for k, w := range want {
			tk := l.Toks[lo+k]
			require.Equal(t, [3]int{w.Start, w.End, si}, [3]int{int(tk.Start), int(tk.End), int(tk.Sent)}, "token %q of %q", w.Text, doc)
			r, _ := utf8.DecodeRuneInString(w.Text)
			require.Equal(t, unicode.IsLetter(r), tk.Shape&Letter != 0, w.Text)
			require.Equal(t, unicode.IsDigit(r), tk.Shape&Digit != 0, w.Text)
			require.Equal(t, unicode.IsUpper(r), tk.Shape&Cap != 0, w.Text)
			ascii := true
			for i := 0; i < len(w.Text); i++ {
				ascii = ascii && w.Text[i] < utf8.RuneSelf
			}
			require.Equal(t, !ascii, tk.Shape&NonASCII != 0, w.Text)
		}
	}
	got := AppendTokens(nil, doc, 0, len(doc))
	require.Equal(t, plainTokens(nil, doc, 0, len(doc)), got, "AppendTokens of %q", doc)
}

func TestDocTokensMatchPlain(t *testing.T) {
	for _, s := range []string{
		"",
		"U.S. President Anna Berg's plan, 1,000 people, 3.5% and don't-stop.",
		"“Quoted,” she said — Vance-Orel?  ‘x’ «y» \u00a0 Ünal Öz’s İstanbul",
		"a.B c.d e,f 1,a a,1 x- -y ' ’ . ,",
		"\xff\xfe broken \xc3 utf8",
		"ǅemal ⅰⅡ Ⓐ x’\xff y’ǅ 3’4",
		strings.Repeat("word", MaxSentence/3), // cut inside a word
	} {
		checkLayer(t, s)
	}
}

func FuzzDocTokens(f *testing.F) {
	for _, s := range []string{"U.S. President Anna Berg's plan, 1,000 people", "\xff’s a.B", "Tarvik.Ilse 3.5. Then", "ǅ’x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLayer(t, s) })
}

// plainTokens is AppendTokens as first written, without fast paths: the
// reference nextToken is held to.
func plainTokens(dst []Token, doc string, start, end int) []Token {
	i := start
	for i < end {
		c := doc[i]
		if c < utf8.RuneSelf && !plainWordByte(c) {
			// ASCII fast path: space or punctuation.
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
				dst = append(dst, Token{i, i + 1, doc[i : i+1]})
			}
			i++
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(doc[i:end])
		}
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			dst = append(dst, Token{i, i + w, doc[i : i+w]})
			i += w
			continue
		}
		j := i + w
		for j < end {
			b := doc[j]
			if b < utf8.RuneSelf {
				if plainWordByte(b) {
					j++
					continue
				}
				if (b == '\'' || b == '.' || b == ',' || b == '-') && j+1 < end && plainJoins(doc, i, j, 1, end) {
					j++
					continue
				}
				break
			}
			r2, w2 := utf8.DecodeRuneInString(doc[j:end])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += w2
				continue
			}
			if r2 == '’' && j+w2 < end && plainJoins(doc, i, j, w2, end) {
				j += w2
				continue
			}
			break
		}
		dst = append(dst, Token{i, j, doc[i:j]})
		i = j
	}
	return dst
}

func plainWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// joins reports whether the joiner of width w at j continues the word
// doc[i:j]: don't, U.S, 3.5, 1,000, Vance-Orel.
func plainJoins(doc string, i, j, w, end int) bool {
	r3, _ := utf8.DecodeRuneInString(doc[j+w : end])
	if !unicode.IsLetter(r3) && !unicode.IsDigit(r3) {
		return false
	}
	switch doc[j] {
	case ',':
		return unicode.IsDigit(r3) && unicode.IsDigit(lastRune(doc[i:j]))
	case '.':
		return unicode.IsDigit(r3) || isAcronymPart(doc[i:j])
	}
	return true
}

// BenchmarkDocTokens is the token layer of a 5 KB article, its buffers
// released and reused as the pipeline does.
func BenchmarkDocTokens(b *testing.B) {
	para := "The ministry said on Tuesday that 34 people were hurt in the blast at the Vetra plant. \"We will rebuild,\" Mayor Ilse Brandt told reporters in St. Ives. The U.S. embassy offered help.\n"
	doc := strings.Repeat(para, 5000/len(para)+1)
	p, s := Split(doc)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		d := &Doc{Text: doc, Paragraphs: p, Sentences: s}
		d.Tokens()
		d.Release()
	}
}

// BenchmarkAppendTokens is AppendTokens sentence by sentence over the
// same text (tokens only: no lower case, no layer), for comparison.
func BenchmarkAppendTokens(b *testing.B) {
	para := "The ministry said on Tuesday that 34 people were hurt in the blast at the Vetra plant. \"We will rebuild,\" Mayor Ilse Brandt told reporters in St. Ives. The U.S. embassy offered help.\n"
	doc := strings.Repeat(para, 5000/len(para)+1)
	_, s := Split(doc)
	b.SetBytes(int64(len(doc)))
	var toks []Token
	for b.Loop() {
		for _, st := range s {
			toks = AppendTokens(toks[:0], doc, st.Start, st.End)
		}
	}
}
