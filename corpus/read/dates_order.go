package read

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// A numeric dateline such as "05/03/2031" reads as May 3 or March 5. The
// other dates of the article decide: a weekday named with it, the other
// datelines and the address, else the months the text names most.

// resolveOrder replaces each ambiguous leading date by the reading the
// article supports; with no evidence the reader's default stays.
func resolveOrder(cands []leadCandidate, u urlDate, hasURL bool, text string) {
	var counts map[time.Month]int
	for i := range cands {
		c := &cands[i]
		if c.date.alt == nil {
			continue
		}
		first, second := c.date, *c.date.alt
		first.alt = nil
		s1, s2 := orderScore(first, c.weekday, cands, i, u, hasURL), orderScore(second, c.weekday, cands, i, u, hasURL)
		if s1 == s2 {
			if counts == nil {
				counts = textMonthCounts(text)
			}
			s1, s2 = counts[first.month], counts[second.month]
		}
		if s2 > s1 {
			c.date = second
		} else {
			c.date = first
		}
	}
}

// orderScore weighs one reading of cands[self] against the article's
// other dates: a matching weekday decides; a date within two days, or an
// address of the same month, supports it.
func orderScore(r civilDate, wd time.Weekday, cands []leadCandidate, self int, u urlDate, hasURL bool) int {
	t := r.time()
	score := 0
	if wd >= 0 {
		if t.Weekday() == wd {
			score += 100
		} else {
			score -= 100
		}
	}
	near := func(o time.Time) bool {
		d := t.Sub(o)
		return d <= 48*time.Hour && d >= -48*time.Hour
	}
	for j := range cands {
		if j != self && cands[j].date.alt == nil && near(cands[j].date.time()) {
			score += 10
		}
	}
	if hasURL {
		switch {
		case u.day > 0 && near(u.civil().time()):
			score += 10
		case u.day == 0 && u.year == r.year && u.month == r.month:
			score += 10
		}
	}
	return score
}

// textMonthCounts counts the capitalised month names in text.
func textMonthCounts(text string) map[time.Month]int {
	counts := map[time.Month]int{}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += w
			continue
		}
		j := i
		for j < len(text) {
			r, w := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += w
		}
		if word := text[i:j]; len(word) >= 3 && unicode.IsUpper(r) {
			if m, ok := monthByName(word); ok {
				counts[m]++
			}
		}
		i = j
	}
	return counts
}
