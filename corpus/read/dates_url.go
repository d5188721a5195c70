package read

import (
	"strings"
	"time"
)

// Many outlets put the publication date in an article's address:
// /2031/05/03/, /2031/may/03/, /2031/WORLD/05/03/, 2031-05-03,
// 2031_05_03, /20310503/, -20310503, id…20310503. readURLDate reads the
// first such day; a year and month alone (/2031/05/slug) is kept as a
// month. Numbers that are not a valid date between the first web year and
// the far-future bound are ids, not dates.

// minURLYear: no article address is older than the web.
const minURLYear = 1991

type urlDate struct {
	year  int
	month time.Month
	day   int // 0: the address gives only the month
	text  string
}

func (u urlDate) civil() civilDate { return civilDate{year: u.year, month: u.month, day: u.day} }

// readURLDate reads the date in an article address.
func readURLDate(raw string) (urlDate, bool) {
	path := urlPath(raw)
	if path == "" {
		return urlDate{}, false
	}
	var monthOnly urlDate
	segs := strings.Split(path, "/")
	for k, seg := range segs {
		if u, ok := urlSegmentsDate(segs[k:]); ok {
			if u.day > 0 {
				return u, true
			}
			if monthOnly.year == 0 {
				monthOnly = u
			}
		}
		if u, ok := urlInlineDate(seg); ok {
			return u, true
		}
	}
	return monthOnly, monthOnly.year != 0
}

// urlPath drops the scheme and host: digits in a host name are not dates.
func urlPath(raw string) string {
	s := strings.TrimSpace(raw)
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	i := strings.IndexByte(s, '/')
	if i < 0 {
		return ""
	}
	return s[i:]
}

// urlSegmentsDate reads YEAR / [SECTION /] MONTH [/ DAY] from the start of
// segs. The day segment is one or two digits, alone or before "-N"
// ("27-1"); "5-thoughts-on-…" is a title, not a day.
func urlSegmentsDate(segs []string) (urlDate, bool) {
	if len(segs) < 2 || len(segs[0]) != 4 {
		return urlDate{}, false
	}
	y, ok := allDigits(segs[0])
	if !ok || y < minURLYear || !plausibleYear(y) {
		return urlDate{}, false
	}
	k := 1
	m, ok := urlMonth(segs[k])
	if !ok && len(segs) > 3 && isLetters(segs[k]) {
		k++ // a section: /2031/WORLD/05/03/
		if m, ok = urlMonth(segs[k]); !ok || len(segs) <= k+1 || !urlDaySegment(segs[k+1]) {
			return urlDate{}, false
		}
	}
	if !ok {
		return urlDate{}, false
	}
	u := urlDate{year: y, month: m, text: strings.Join(segs[:k+1], "/")}
	if k+1 < len(segs) && urlDaySegment(segs[k+1]) {
		d, _ := allDigits(strings.SplitN(segs[k+1], "-", 2)[0])
		if validCivil(y, m, d) {
			u.day, u.text = d, u.text+"/"+segs[k+1]
		}
	}
	return u, true
}

func urlMonth(seg string) (time.Month, bool) {
	if n, ok := allDigits(seg); ok && len(seg) <= 2 && n >= 1 && n <= 12 {
		return time.Month(n), true
	}
	if isLetters(seg) && len(seg) >= 3 {
		return monthByName(seg)
	}
	return 0, false
}

func urlDaySegment(seg string) bool {
	head, tail, dashed := strings.Cut(seg, "-")
	if _, ok := allDigits(head); !ok || len(head) > 2 {
		return false
	}
	if dashed {
		_, ok := allDigits(tail)
		return ok
	}
	return true
}

// urlInlineDate finds 2031-05-03, 2031_05_03 or 20310503 inside one
// segment, not touching other digits.
func urlInlineDate(seg string) (urlDate, bool) {
	for i := 0; i < len(seg); i++ {
		if !isDigit(seg[i]) || (i > 0 && isDigit(seg[i-1])) {
			continue
		}
		j := i
		for j < len(seg) && isDigit(seg[j]) {
			j++
		}
		switch {
		case j-i == 8:
			if u, ok := urlYMD(seg[i:i+4], seg[i+4:i+6], seg[i+6:i+8]); ok && !urlListingAfter(seg[j:]) {
				u.text = seg[i:j]
				return u, true
			}
		case j-i == 4 && j+6 <= len(seg) && (seg[j] == '-' || seg[j] == '_') && seg[j+3] == seg[j] &&
			(j+6 == len(seg) || !isDigit(seg[j+6])):
			if u, ok := urlYMD(seg[i:j], seg[j+1:j+3], seg[j+4:j+6]); ok && !urlListingAfter(seg[j+6:]) {
				u.text = seg[i : j+6]
				return u, true
			}
		}
		i = j
	}
	return urlDate{}, false
}

// urlListingAfter: "_archive.html" after a date makes it a listing's.
func urlListingAfter(rest string) bool {
	rest = strings.TrimLeft(rest, "_-.")
	end := 0
	for end < len(rest) && isLetters(rest[end:end+1]) {
		end++
	}
	return end > 0 && dateLex().listing[tokLower(rest[:end])]
}

func urlYMD(ys, ms, ds string) (urlDate, bool) {
	y, ok1 := allDigits(ys)
	m, ok2 := allDigits(ms)
	d, ok3 := allDigits(ds)
	if !ok1 || !ok2 || !ok3 || y < minURLYear || !validCivil(y, time.Month(m), d) {
		return urlDate{}, false
	}
	return urlDate{year: y, month: time.Month(m), day: d}, true
}

func allDigits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
