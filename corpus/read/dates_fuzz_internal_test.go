package read

import (
	"testing"
	"time"
)

// The dateline and address readers see every leading line and address of
// every article: no panic, spans inside the line, only valid dates within
// the plausible years, the same answer twice.

func FuzzReadLineDates(f *testing.F) {
	for _, s := range []string{
		"Last Updated: Tuesday, 4 March 2031, 09:12 GMT",
		"Posted: Feb 3, 2031 6:15 PM ET Last Updated: Feb 4, 2031 9:00 AM ET",
		"10 / 21 / 29", "Octobr 21, 2029", "8: 56am Thursday 12th of September 2030",
		"BRENMOOR, Sept. 12, 2030 (Harbour Press) — The council voted.",
		"By Ann Roe | September 12, 2030", "Build 1.2.2030.4", "31/04/2030", "\xff\xfe 2030-09-12",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		got, ok := readLineDates(line)
		again, ok2 := readLineDates(line)
		if ok != ok2 || len(got.dates) != len(again.dates) {
			t.Fatalf("not deterministic on %q", line)
		}
		if !ok {
			return
		}
		if len(got.dates) == 0 {
			t.Fatalf("accepted %q without a date", line)
		}
		for _, d := range got.dates {
			if d.start < 0 || d.end > len(line) || d.start >= d.end {
				t.Fatalf("span %d-%d outside %q", d.start, d.end, line)
			}
			checkCivil(t, d.date, line)
			if d.date.alt != nil {
				checkCivil(t, *d.date.alt, line)
			}
		}
	})
}

func FuzzReadURLDate(f *testing.F) {
	for _, s := range []string{
		"https://news.example/world/2031/mar/04/pier-closes", "http://news.example/2031/3/4/4081296/x",
		"https://news.example/movies/pier-closes-20310304", "https://news.example/2031/WORLD/03/04/x/",
		"https://news.example/newswire/2031/03/04-1", "https://blog.example/2031_03_01_archive.html",
		"news.example/0,,20697025,00.html", "/2031/08/5-reasons", "http://", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, url string) {
		u, ok := readURLDate(url)
		u2, ok2 := readURLDate(url)
		if ok != ok2 || u != u2 {
			t.Fatalf("not deterministic on %q", url)
		}
		if !ok {
			return
		}
		if u.year < minURLYear || !plausibleYear(u.year) || u.month < 1 || u.month > 12 {
			t.Fatalf("implausible %+v from %q", u, url)
		}
		if u.day != 0 {
			checkCivil(t, u.civil(), url)
		}
	})
}

func checkCivil(t *testing.T, c civilDate, in string) {
	t.Helper()
	if !validCivil(c.year, c.month, c.day) {
		t.Fatalf("invalid date %+v from %q", c, in)
	}
	if tm := c.time(); tm.Day() != c.day || tm.Month() != c.month || tm.Year() != c.year || tm.Location() != time.UTC {
		t.Fatalf("date %+v does not round-trip from %q", c, in)
	}
}
