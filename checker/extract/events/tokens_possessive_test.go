package events

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/text"
)

// dropPossessive skips a word whose last byte ends no possessive ending:
// the endings must all end in one of the bytes it tests.
func TestPossessiveEndingsLastByte(t *testing.T) {
	for _, suf := range possessiveEndings {
		if c := suf[len(suf)-1]; c != 's' && c != '\'' && c != 0x99 {
			t.Errorf("possessive ending %q ends in byte %#x, which dropPossessive's fast path does not test", suf, c)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"korvia's", "korvia"}, {"korvia’s", "korvia"}, {"ministers'", "ministers"}, {"ministers’", "ministers"},
		{"'s", "'s"}, {"’", "’"}, {"bus", "bus"}, {"", ""}, {"talks", "talks"},
	} {
		if got := dropPossessive(c.in); got != c.want {
			t.Errorf("dropPossessive(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// An abbreviated head's period joins it when it begins a place name, and
// only then.
func TestNameAbbreviationTokens(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"Talks were held in St. Harlby.", "St.|st Harlby|harlby"},
		{"In St. Harlby talks were held.", "In|in St.|st Harlby|harlby"}, // a sentence's first word is no name word
		{"Talks were held on Penmark St. Harlby police came.", "Penmark|penmark St|st .|. Harlby|harlby"},
		{"Talks were held on 52nd St. Harlby police came.", "52nd|52nd St|st .|. Harlby|harlby"},
		{"Talks were held in St. harlby.", "St|st .|. harlby|harlby"}, // no name after it
	} {
		d := text.NewDoc("t", c.doc, time.Time{})
		a := newAnalysis(d, nil, nil)
		var got []string
		for i, tk := range a.toks {
			got = append(got, a.tx(i)+"|"+tk.low)
		}
		if s := strings.Join(got, " "); !strings.Contains(s, c.want) {
			t.Errorf("%q: tokens %s, want %s among them", c.doc, s, c.want)
		}
		a.release()
	}
}
