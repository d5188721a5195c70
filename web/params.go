package web

import (
	"net/url"
	"strconv"
)

// intParam reads a whole-number query parameter within [lo, hi]; absent
// means def, anything else is the client's mistake.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest("%s=%q: want a whole number from %d to %d", name, v, lo, hi)
	}
	return n, nil
}
