package events

import "testing"

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
