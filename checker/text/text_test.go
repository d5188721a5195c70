package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sentenceTexts(doc string) []string {
	_, ss := Split(doc)
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text(doc)
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		doc  string
		want []string
	}{
		{"plain", "The dam held. Crews left at dawn.", []string{"The dam held.", "Crews left at dawn."}},
		{"newline ends a paragraph", "Flood Warning Lifted\nThe river fell overnight.", []string{"Flood Warning Lifted", "The river fell overnight."}},
		{"glued period", "The Meeting In Tarvik.Ilse Brandt Said It Was Over.", []string{"The Meeting In Tarvik.", "Ilse Brandt Said It Was Over."}},
		{"glued lower case", "in past local elections.Understanding this matters.", []string{"in past local elections.", "Understanding this matters."}},
		{"acronym stays", "The U.S. President spoke. Then he left.", []string{"The U.S. President spoke.", "Then he left."}},
		{"title abbreviation", "Dr. Vera Holm met Mr. Tan on Jan. 5 in St. Ives.", []string{"Dr. Vera Holm met Mr. Tan on Jan. 5 in St. Ives."}},
		{"initial", "John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"spaced abbreviation", "The ferry left at 9:40 p. m. EDT on May 2. It docked at dawn.", []string{"The ferry left at 9:40 p. m. EDT on May 2.", "It docked at dawn."}},
		{"a lone letter still ends one", "They chose plan b. Crews left.", []string{"They chose plan b.", "Crews left."}},
		{"decimal and domain", "Costs rose 3.5 percent, says example.com today.", []string{"Costs rose 3.5 percent, says example.com today."}},
		{"quote closes sentence", `"It is over," she said. "We go home." Then silence.`, []string{`"It is over," she said.`, `"We go home."`, "Then silence."}},
		{"question and exclamation", "Was it safe? No! Nobody knew.", []string{"Was it safe?", "No!", "Nobody knew."}},
		{"lower case after period goes on", "He cited approx. five cases.", []string{"He cited approx. five cases."}},
		{"trailing spaces and blank lines", "  One.  \n\n\n  Two.  ", []string{"One.", "Two."}},
		{"non-breaking space trimmed", "\u00a0Alpha beta.\u00a0", []string{"Alpha beta."}},
		{"empty", "", []string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sentenceTexts(c.doc)
			if len(c.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestSentenceParagraphIndex(t *testing.T) {
	doc := "First para. Still first.\nSecond para."
	_, ss := Split(doc)
	require.Len(t, ss, 3)
	assert.Equal(t, []int{0, 0, 1}, []int{ss[0].Paragraph, ss[1].Paragraph, ss[2].Paragraph})
	assert.Equal(t, []int{0, 1, 2}, []int{ss[0].Index, ss[1].Index, ss[2].Index})
}

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"The U.S. economy grew 3.5%.", []string{"The", "U.S", ".", "economy", "grew", "3.5", "%", "."}},
		{"a Vance-Orel meeting, 1,200 troops", []string{"a", "Vance-Orel", "meeting", ",", "1,200", "troops"}},
		{"don't stop", []string{"don't", "stop"}},
		{"“Quoted,” she said", []string{"“", "Quoted", ",", "”", "she", "said"}},
		{"one, two", []string{"one", ",", "two"}},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range Tokens(c.in, 0, len(c.in)) {
			assert.Equal(t, c.in[tk.Start:tk.End], tk.Text)
			got = append(got, tk.Text)
		}
		assert.Equal(t, c.want, got, c.in)
	}
}

func TestSentenceAt(t *testing.T) {
	d := NewDoc("a", "One two. Three four.\nFive.", timeZero)
	assert.Equal(t, 0, d.SentenceAt(0))
	assert.Equal(t, 0, d.SentenceAt(5))
	assert.Equal(t, 1, d.SentenceAt(9))
	assert.Equal(t, 2, d.SentenceAt(len(d.Text)-1))
	assert.Equal(t, -1, d.SentenceAt(len(d.Text)))
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"A. B.", "Alaska.Yuri", "U.S. and U.K.", "\"x.\" y", "…\u00a0.\n.", "a\xffb. C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		paras, ss := Split(doc)
		prev := 0
		for _, p := range paras {
			if p.Start < prev || p.End <= p.Start || p.End > len(doc) {
				t.Fatalf("bad paragraph %+v in %q", p, doc)
			}
			prev = p.End
		}
		prev = 0
		for _, s := range ss {
			if s.Start < prev || s.End <= s.Start || s.End > len(doc) {
				t.Fatalf("bad sentence %+v in %q", s, doc)
			}
			if utf8.ValidString(doc) && (!utf8.RuneStart(doc[s.Start]) || (s.End < len(doc) && !utf8.RuneStart(doc[s.End]))) {
				t.Fatalf("sentence %+v not on rune boundaries in %q", s, doc)
			}
			prev = s.End
		}
		for _, tk := range Tokens(doc, 0, len(doc)) {
			if tk.Start < 0 || tk.End > len(doc) || tk.Start >= tk.End || doc[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v", tk)
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	para := "The ministry said on Tuesday that 34 people were hurt in the blast at the Vetra plant. \"We will rebuild,\" Mayor Ilse Brandt told reporters in St. Ives. The U.S. embassy offered help.\n"
	doc := ""
	for len(doc) < 5000 {
		doc += para
	}
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Split(doc)
	}
}

// A run longer than MaxSentence whose upper half holds no rune start
// (bytes that are not UTF-8) is cut at the size, not before its start
// (a fuzzer found the panic).
func TestLongRunOfContinuationBytes(t *testing.T) {
	doc := "Start " + strings.Repeat("\x80", 3*MaxSentence) + " end."
	_, ss := Split(doc)
	require.NotEmpty(t, ss)
	prev := 0
	for _, s := range ss {
		require.GreaterOrEqual(t, s.Start, prev)
		require.LessOrEqual(t, s.End-s.Start, MaxSentence)
		prev = s.End
	}
}
