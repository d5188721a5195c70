package temporal

import (
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzTag(f *testing.F) {
	for _, tc := range tagCases {
		f.Add(tc.text, int64(0), false)
	}
	f.Add("Sunday, September 28, 2025 (29/9/2025) mid-August 1947-1991 2014 – Present", int64(1758326400), true)
	f.Add("\xff\xfe 2025\u2013Present the 15th ’90s 10 a.m.", int64(-62135596800), false)
	f.Fuzz(func(t *testing.T, text string, refUnix int64, dayFirst bool) {
		opt := Options{DayFirst: dayFirst}
		if refUnix != 0 {
			opt.Reference = time.Unix(refUnix%(1<<40), 0).UTC()
		}
		got := Tag(text, opt)
		prevEnd := 0
		for i, x := range got {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
				t.Fatalf("bad span %d..%d in %d bytes", x.Start, x.End, len(text))
			}
			if !utf8.RuneStart(text[x.Start]) || (x.End < len(text) && !utf8.RuneStart(text[x.End])) {
				t.Fatalf("span %d..%d cuts a rune", x.Start, x.End)
			}
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("Text %q != text[%d:%d]", x.Text, x.Start, x.End)
			}
			if i > 0 && x.Start < prevEnd {
				t.Fatalf("expression %d overlaps or is out of order", i)
			}
			prevEnd = x.End
			if x.Type == "" || x.Value == "" || x.Resolution == "" {
				t.Fatalf("incomplete expression %+v", x)
			}
		}
	})
}
