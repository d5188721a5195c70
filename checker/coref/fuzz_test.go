package coref

import (
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// FuzzAnalyze feeds arbitrary text and spans to mention and frame
// extraction: no panic, every mention inside the text, a given span kept
// exactly or refused with an error.
func FuzzAnalyze(f *testing.F) {
	f.Add("A quake struck Velmora in 2019; the 2004 tsunami killed thousands.", 2, 7)
	f.Add("Police arrested Ivo Narrow on Monday, March 3, 2025 in Tarsk.", 7, 15)
	f.Add("\xff\xfe fire\u00a0blaze — checked herself into rehab", 0, 4)
	f.Add("", 0, 0)
	k, err := kb.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		a := &article.Article{ID: "x", Text: text}
		sum, err := Analyze(a, AnalyzeOptions{KB: k})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range sum.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %d-%d %q outside %q", m.Start, m.End, m.Text, text)
			}
		}
		given, err := Analyze(a, AnalyzeOptions{KB: k, Given: []Span{{Start: s, End: e}}})
		valid := s >= 0 && e <= len(text) && s < e && utf8.RuneStart(text[s]) && (e == len(text) || utf8.RuneStart(text[e]))
		if !valid {
			if err == nil {
				t.Fatalf("span %d-%d of %q accepted", s, e, text)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(given.Mentions) != 1 || given.Mentions[0].Start != s || given.Mentions[0].End != e {
			t.Fatalf("span %d-%d not kept: %+v", s, e, given.Mentions)
		}
		Link([]*Summary{sum, given}, Options{})
	})
}
