package claim

import (
	"fmt"
	"time"

	"gopkg.in/yaml.v3"
)

// Day is a calendar day, an article's reference date (the day it was
// written, relative dates are read from and ages counted to), or zero
// when unknown. Its text form, in JSON and YAML alike, is YYYY-MM-DD;
// the zero Day's is "". Years run from 1 to 9999.
type Day struct {
	ymd int32 // year*10000 + month*100 + day; 0: unknown
}

// DayOf is the calendar day of t as t's own zone gives it; zero when t is
// zero or its year lies outside 1..9999.
func DayOf(t time.Time) Day {
	if t.IsZero() {
		return Day{}
	}
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Day{}
	}
	return Day{int32(y*10000 + int(m)*100 + d)}
}

// ParseDay reads YYYY-MM-DD; ok is false for anything else, an
// impossible day ("2031-02-30") included.
func ParseDay(s string) (Day, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Day{}, false
	}
	n := func(part string) int {
		v := 0
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return -1
			}
			v = v*10 + int(part[i]-'0')
		}
		return v
	}
	y, m, d := n(s[:4]), n(s[5:7]), n(s[8:])
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Day{}, false
	}
	return Day{int32(y*10000 + m*100 + d)}, true
}

// daysIn is the number of days of month m of year y. ParseDay runs on
// every stored claim a check unpacks: no time.Date.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// IsZero reports an unknown day.
func (d Day) IsZero() bool { return d.ymd == 0 }

// Date is the day's year, month and day (zeros when unknown).
func (d Day) Date() (year int, month time.Month, day int) {
	v := int(d.ymd)
	return v / 10000, time.Month(v / 100 % 100), v % 100
}

// Time is the day at midnight UTC; the zero time when unknown.
func (d Day) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// String is YYYY-MM-DD, or "" when unknown.
func (d Day) String() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Date()
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + dd/10), byte('0' + dd%10)}
	return string(b[:])
}

// MarshalText is the day as String gives it.
func (d Day) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD, or "" for an unknown day.
func (d *Day) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Day{}
		return nil
	}
	v, ok := ParseDay(string(b))
	if !ok {
		return fmt.Errorf("day %q: want YYYY-MM-DD", b)
	}
	*d = v
	return nil
}

// UnmarshalYAML reads YAML as UnmarshalText does; a bad day is a type
// error at the node's line, so that a file's other errors are still found.
func (d *Day) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: a day is one YYYY-MM-DD value", n.Line)}}
	}
	if err := d.UnmarshalText([]byte(n.Value)); err != nil {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %v", n.Line, err)}}
	}
	return nil
}
