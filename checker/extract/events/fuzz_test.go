package events

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"Sunday, September 28, 2025\n\nHarbourWatch (29/9/2025): The ministry announced Monday that the summit in Quellport will be held.",
		"Past summits, such as those in Varnholt and Quellport, were short. At least 30 people were killed.",
		"The Varga-Okoro meeting between A and B will be held in Oslo, at a cost of $3.7bn.",
		"QUELLPORT, Sept. 29 (Wirepost) - 1. The Korvala bridge opening, 2. €450m",
		"“Summit” in ‘Ünïcödé’ — met in Ærø, 12% of voters, Mara Quint, 54,",
		"summit summit in in in , , , the the of of between and and",
		"\xff\xfe broken utf8 summit in Quellport \xc3",
		"The Halvik stadium, opened in May, was sold. A flood hit Morrow Cove, and fire swept through the hills above Tillholm.",
		"Voters in Harlby will go to the polls. Workers at the port of Harlby will begin a strike. In the fire aboard the Kestrel Dawn, 8 died.",
		"opened the , opened , the X bridge opened . go to the polls in . hit through the above",
		"A gunman opened fire in the attack on the Tarnow depot. He aimed a. 44 calibre revolver, not a rifle, then a 20-gauge shotgun or a",
		"A fire broke out in Tarnow. Both guards were burnt to death; 4 miners suffocated. The alarm sounded at 7:45 a.m. local time (0245 EDT",
	} {
		f.Add(s)
	}
	k, err := testKBErr()
	if err != nil {
		f.Fatal(err)
	}
	ref := time.Date(2025, 9, 28, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		check(t, s, ref, k)
		if !utf8.ValidString(s) {
			check(t, strings.ToValidUTF8(s, "\uFFFD"), ref, k)
		}
	})
}

// check extracts from s and verifies every span: inside the text, equal
// to its value text and, for valid UTF-8, on rune boundaries. (In broken
// UTF-8 a stray continuation byte is a rune of its own to the decoder.)
func check(t *testing.T, s string, ref time.Time, k *kb.KB) {
	valid := utf8.ValidString(s)
	{
		d := text.NewDoc("f", s, ref)
		exprs := temporal.Tag(s, temporal.Options{Reference: ref})
		info := ArticleInfo{Published: ref, PublishedFrom: FromDateline, PublishedText: "x", DatelineStart: 0, DatelineEnd: min(len(s), 7)}
		for _, c := range Extract(d, exprs, info, k) {
			ev := c.Evidence
			if ev.Sentence == metadataSentence {
				continue
			}
			if ev.Start < 0 || ev.End > len(s) || ev.Start >= ev.End {
				t.Fatalf("span %d-%d outside text of %d bytes: %+v", ev.Start, ev.End, len(s), c)
			}
			if valid && (!utf8.RuneStart(s[ev.Start]) || (ev.End < len(s) && !utf8.RuneStart(s[ev.End]))) {
				t.Fatalf("span %d-%d not on rune boundaries", ev.Start, ev.End)
			}
			if s[ev.Start:ev.End] != c.ValueText {
				t.Fatalf("value text %q != span %q", c.ValueText, s[ev.Start:ev.End])
			}
		}
		_ = Events(d, k)
	}
}
